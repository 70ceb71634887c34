//! The interactive `pyx`: `pyx` with no arguments.
//!
//! On a terminal it is a REPL in the manner of CPython's: a banner, the
//! prompts `>>> ` and `... `, line editing and in-memory history
//! (rustyline; nothing is written to disk), multi-line blocks ended by a
//! blank line, results echoed as `repr` and bound to `_`, tracebacks that
//! leave the interpreter running, Ctrl-C to clear the line or interrupt
//! running code (a catchable `KeyboardInterrupt`), Ctrl-D to leave.
//!
//! When stdin is not a terminal, the whole of stdin is the program, run as
//! `<stdin>` (like `python3 < file`).
//!
//! The interpreter is bare, as for scripts: no grants.

use std::io::{IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use std::time::Duration;

use pyx_vm::{Interpreter, OutputSink, RunError};

use crate::run::RunOptions;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::MemHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Writes straight to the process's stdout (line-buffered by std), so the
/// output of long-running code shows as it is produced.
struct TerminalStdout;
impl OutputSink for TerminalStdout {
    fn write(&mut self, s: &str) {
        let _ = std::io::stdout().lock().write_all(s.as_bytes());
    }
    fn flush(&mut self) {
        let _ = std::io::stdout().flush();
    }
}

struct TerminalStderr;
impl OutputSink for TerminalStderr {
    fn write(&mut self, s: &str) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
}

/// `pyx` with no program: the REPL on a terminal, else run stdin. `opts`
/// holds the grant and limit flags given (as for scripts); limits apply to
/// each input.
pub fn main(opts: RunOptions) -> i32 {
    // Deep Python recursion re-enters the VM only through native calls; a
    // large thread stack lets the native re-entry bound match CPython's
    // recursion limit (as for scripts).
    let interactive = std::io::stdin().is_terminal();
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(move || {
        let session = match Session::new(opts) {
            Ok(s) => s,
            Err(code) => return code,
        };
        if interactive {
            run_repl(session)
        } else {
            run_stdin(session)
        }
    });
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("pyx: internal error");
            70
        }
    }
}

/// An interpreter with the command line's grants and limits, and the
/// wall-clock limit it enforces on each input.
struct Session {
    interp: Interpreter,
    max_time: Option<Duration>,
    deadline_flag: Arc<AtomicBool>,
}

impl Session {
    fn new(mut opts: RunOptions) -> Result<Session, i32> {
        // `sys.argv` of an interactive session, as CPython's.
        opts.argv = vec![String::new()];
        let b = crate::run::builder_for(&opts)?;
        let (vm, max_time, deadline_flag) = match b.build_vm() {
            Ok(parts) => parts,
            Err(e) => {
                eprintln!("{e}");
                return Err(3);
            }
        };
        let mut interp = Interpreter::from_vm(*vm);
        interp.vm.stdout = Box::new(TerminalStdout);
        interp.vm.stderr = Box::new(TerminalStderr);
        Ok(Session { interp, max_time, deadline_flag })
    }

    /// Run `f` on the interpreter with a fresh step/output budget and, with
    /// `--max-time`, a watchdog that stops it at the deadline.
    fn run<T>(&mut self, f: impl FnOnce(&mut Interpreter) -> T) -> T {
        self.interp.reset_budget();
        let Some(limit) = self.max_time else { return f(&mut self.interp) };
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let flag = self.deadline_flag.clone();
        let watchdog = std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(limit) {
                flag.store(true, Ordering::SeqCst);
            }
        });
        let r = f(&mut self.interp);
        drop(done);
        let _ = watchdog.join();
        self.deadline_flag.store(false, Ordering::SeqCst);
        r
    }
}

/// The exit status for how a run ended, after reporting it.
fn report(interp: &mut Interpreter, e: &RunError) -> i32 {
    interp.print_error(e);
    match e {
        RunError::Exit { code, .. } => *code,
        RunError::Exception { .. } | RunError::Limit(_) => 1,
    }
}

/// `pyx < program.py`: read all of stdin and run it as `<stdin>`.
fn run_stdin(mut session: Session) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("pyx: can't read stdin: {e}");
        return 2;
    }
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file <stdin> on line {line}, but no encoding declared",
                e.as_bytes().get(e.utf8_error().valid_up_to()).copied().unwrap_or(0)
            );
            return 1;
        }
    };
    let r = session.run(|interp| interp.run_source(&source, "<stdin>"));
    let interp = &mut session.interp;
    interp.vm.stdout.flush();
    match r {
        Ok(()) => 0,
        Err(e) => report(interp, &e),
    }
}

/// What to do with the lines typed so far.
#[derive(Debug, PartialEq, Eq)]
pub enum InputState {
    /// A whole statement: run it.
    Complete,
    /// More lines may make it whole: prompt with `... `.
    Incomplete,
    /// A syntax error more lines cannot fix: run it, to report the error.
    Invalid,
}

/// Does the first line of an input open a compound statement? Such an
/// input ends only at a blank line, as in CPython's interactive mode.
fn opens_block(first_line: &str) -> bool {
    let line = first_line.trim_start();
    if line.starts_with('@') {
        return true;
    }
    let word: String = line
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
        | "def" | "class" | "async" => true,
        // Soft keywords: `match = 1` is an assignment.
        "match" | "case" => {
            let code = line.split('#').next().unwrap_or("").trim_end();
            code.ends_with(':')
        }
        _ => false,
    }
}

/// Decide, like CPython's `codeop`, whether `source` (the lines typed so
/// far, each ending in a newline) is a whole statement.
pub fn classify(source: &str) -> InputState {
    // The line just typed (every line of `source` ends in a newline).
    let last_line = source
        .strip_suffix('\n')
        .unwrap_or(source)
        .rsplit('\n')
        .next()
        .unwrap_or("");
    let last_blank = last_line.trim().is_empty();
    let first = source.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let in_block = opens_block(first);
    match pyx_parser::parse_module(source) {
        Ok(_) if in_block && !last_blank => InputState::Incomplete,
        Ok(_) => InputState::Complete,
        Err(e) => {
            let m = e.message.as_str();
            if m.ends_with("was never closed")
                || m.starts_with("unterminated triple-quoted string literal")
                || m.starts_with("unexpected EOF while parsing")
            {
                return InputState::Incomplete;
            }
            if last_blank {
                return InputState::Invalid;
            }
            if m.starts_with("expected an indented block") {
                return InputState::Incomplete;
            }
            // Inside a block, an error at the very end (the parser wanted
            // more: `try:` without its `except`, a decorator without its
            // `def`) is fixed by more lines.
            let at_end = e.span.start as usize >= source.trim_end().len();
            if in_block && at_end {
                InputState::Incomplete
            } else {
                InputState::Invalid
            }
        }
    }
}

/// Tab on a line that holds only indentation indents; elsewhere it
/// completes keywords and the names of `__main__` and the builtins.
struct ReplHelper {
    /// Refreshed after each run (reading dictionaries, running no code).
    names: Vec<String>,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

impl ReplHelper {
    fn candidates(&self, prefix: &str) -> Vec<String> {
        let mut found: Vec<String> = KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(
                self.names
                    .iter()
                    .filter(|n| !n.starts_with('_') || prefix.starts_with('_'))
                    .cloned(),
            )
            .filter(|n| n.starts_with(prefix))
            .collect();
        found.sort();
        found.dedup();
        found
    }
}

impl Completer for ReplHelper {
    type Candidate = String;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or("");
        if before.trim().is_empty() {
            let width = 4 - before.chars().count() % 4;
            return Ok((pos, vec![" ".repeat(width)]));
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
            .last();
        let Some((start, _)) = start else {
            return Ok((pos, Vec::new()));
        };
        // Attributes (`x.ab`) would need to run code (`dir`); not completed.
        if before[..start].ends_with('.') {
            return Ok((pos, Vec::new()));
        }
        Ok((start, self.candidates(&before[start..])))
    }
}
impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl Helper for ReplHelper {}

/// Python source for the REPL's `exit` and `quit`: the host supplies them
/// (a bare interpreter has no way to leave), as CPython's `site` does.
const QUITTERS: &str = "\
class Quitter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Use {self.name}() or Ctrl-D (i.e. EOF) to exit'
    def __call__(self, code=None):
        raise SystemExit(code)
__builtins__['exit'] = Quitter('exit')
__builtins__['quit'] = Quitter('quit')
del Quitter
";

fn run_repl(mut session: Session) -> i32 {
    let keyboard = Arc::new(AtomicBool::new(false));
    session.interp.set_keyboard_interrupt(keyboard.clone());
    {
        // While code runs the terminal is in cooked mode and Ctrl-C is
        // SIGINT; while rustyline reads a line it is a key.
        // The VM clears the flag when it raises `KeyboardInterrupt`. Code
        // stuck where the VM does not poll (one enormous native operation)
        // leaves it set: a third unanswered Ctrl-C then leaves pyx.
        let flag = keyboard.clone();
        let mut unanswered = 0;
        let on_sigint = move || {
            if flag.swap(true, Ordering::SeqCst) {
                unanswered += 1;
                if unanswered >= 2 {
                    eprintln!("\npyx: the running code does not respond to Ctrl-C; exiting");
                    std::process::exit(130);
                }
            } else {
                unanswered = 0;
            }
        };
        if let Err(e) = ctrlc::set_handler(on_sigint) {
            eprintln!("pyx: Ctrl-C will not interrupt running code: {e}");
        }
    }
    if let Err(e) = session.interp.run_source(QUITTERS, "<repl>") {
        session.interp.print_error(&e);
    }
    let config = rustyline::Config::builder()
        .auto_add_history(true)
        .tab_stop(4)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut editor = match Editor::<ReplHelper, MemHistory>::with_history(config, MemHistory::new())
    {
        Ok(e) => e,
        Err(e) => {
            eprintln!("pyx: cannot use the terminal: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(ReplHelper {
        names: session.interp.global_names(),
    }));
    println!(
        "pyx {} (Python 3.11 compatible) — Ctrl-D to exit",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { PS1 } else { PS2 };
        match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                if classify(&buffer) == InputState::Incomplete {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                keyboard.store(false, Ordering::SeqCst);
                let r = session.run(|interp| interp.run_interactive(&source, "<stdin>"));
                let interp = &mut session.interp;
                interp.vm.stdout.flush();
                if let Some(h) = editor.helper_mut() {
                    h.names = interp.global_names();
                }
                match r {
                    Ok(()) => {}
                    Err(e @ RunError::Exit { .. }) => return report(interp, &e),
                    Err(e) => {
                        interp.print_error(&e);
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                eprintln!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("pyx: cannot read the terminal: {e}");
                return 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_indents_blank_lines_and_completes_names() {
        let h = ReplHelper {
            names: vec![
                "print".into(),
                "primes".into(),
                "_private".into(),
                "len".into(),
            ],
        };
        assert_eq!(h.candidates("pr"), vec!["primes", "print"]);
        assert_eq!(h.candidates("wh"), vec!["while"]);
        assert_eq!(h.candidates("_p"), vec!["_private"]);
        assert!(h.candidates("").iter().all(|n| !n.starts_with('_')));
    }

    #[test]
    fn simple_statements_are_complete() {
        assert_eq!(classify("1 + 2\n"), InputState::Complete);
        assert_eq!(classify("x = (1,\n2)\n"), InputState::Complete);
        assert_eq!(classify("match = 3\n"), InputState::Complete);
    }

    #[test]
    fn open_brackets_and_strings_continue() {
        assert_eq!(classify("x = (1,\n"), InputState::Incomplete);
        assert_eq!(classify("f(\n\n"), InputState::Incomplete);
        assert_eq!(classify("s = '''abc\n"), InputState::Incomplete);
        assert_eq!(classify("x = 1 + \\\n"), InputState::Incomplete);
    }

    #[test]
    fn blocks_end_at_a_blank_line() {
        assert_eq!(classify("def f():\n"), InputState::Incomplete);
        assert_eq!(classify("def f():\n    return 1\n"), InputState::Incomplete);
        assert_eq!(classify("def f():\n    return 1\n\n"), InputState::Complete);
        assert_eq!(
            classify("for i in range(3): print(i)\n"),
            InputState::Incomplete
        );
        assert_eq!(
            classify("for i in range(3): print(i)\n\n"),
            InputState::Complete
        );
        assert_eq!(classify("@dec\n"), InputState::Incomplete);
        assert_eq!(classify("try:\n    pass\n"), InputState::Incomplete);
        assert_eq!(classify("try:\n    pass\n\n"), InputState::Invalid);
        assert_eq!(classify("if x:\n    pass\nelse:\n"), InputState::Incomplete);
        assert_eq!(classify("match x:\n"), InputState::Incomplete);
    }

    #[test]
    fn real_errors_are_reported_at_once() {
        assert_eq!(classify("x = = 1\n"), InputState::Invalid);
        assert_eq!(classify("x = 1 +\n"), InputState::Invalid);
        assert_eq!(classify("def f():\n    x = = 1\n"), InputState::Invalid);
        assert_eq!(classify("if x:\n\n"), InputState::Invalid);
        assert_eq!(classify(")\n"), InputState::Invalid);
    }
}
