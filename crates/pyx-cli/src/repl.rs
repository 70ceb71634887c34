//! The interactive `pyx`: `pyx` with no arguments.
//!
//! On a terminal it is a REPL in the manner of CPython's: a banner, the
//! prompts `>>> ` and `... `, line editing and in-memory history
//! (rustyline; nothing is written to disk), multi-line blocks ended by a
//! blank line, results echoed as `repr` and bound to `_`, tracebacks that
//! leave the interpreter running, Ctrl-C to clear the line or interrupt
//! running code (a catchable `KeyboardInterrupt`), Ctrl-D to leave.
//!
//! Type-ahead and paste: keys that arrive before a line is run (`x=1⏎x+1⏎`
//! sent at once) are kept for the next prompt (rustyline's `buffer-redux`
//! keeps what it read past the line's end), and a line holding newlines
//! (a bracketed paste) is taken as that many typed lines.
//!
//! `exit` and `quit` alone on a line leave, as in CPython 3.13.
//!
//! The interpreter holds the command line's grants and limits, as for
//! scripts; limits apply to each input.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;

use pyx_vm::Interpreter;

use crate::session::{Outcome, Session};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::MemHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

const PS1: &str = ">>> ";
const PS2: &str = "... ";

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

/// Is `source` the bare name `exit` or `quit`, still bound to the
/// built-in quitter? (CPython 3.13 leaves on either.)
fn is_bare_quit(interp: &mut Interpreter, source: &str) -> bool {
    let name = source.trim();
    if name != "exit" && name != "quit" {
        return false;
    }
    matches!(interp.eval(&format!("type({name}).__name__ == 'Quitter'")).as_deref(), Ok("True"))
}

/// The REPL on the session's interpreter (after `-i`'s program, on the
/// namespace it left). `quiet`: no banner.
pub fn run_repl(mut session: Session, quiet: bool) -> i32 {
    if let Err(e) = session.interp.run_source(QUITTERS, "<repl>") {
        session.interp.print_error(&e);
    }
    let config = rustyline::Config::builder()
        .auto_add_history(true)
        .tab_stop(4)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut editor = match Editor::<ReplHelper, MemHistory>::with_history(config, MemHistory::new()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("pyx: cannot use the terminal: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(ReplHelper { names: session.interp.global_names() }));
    if !quiet {
        println!("pyx {} (Python 3.11 compatible) — Ctrl-D to exit", env!("CARGO_PKG_VERSION"));
    }
    let mut buffer = String::new();
    // Lines of a multi-line paste not yet taken.
    let mut pasted: VecDeque<String> = VecDeque::new();
    loop {
        let prompt = if buffer.is_empty() { PS1 } else { PS2 };
        // Lines of a bracketed paste are already on the screen (the editor
        // showed the paste whole): take them without prompting again.
        let read = match pasted.pop_front() {
            Some(line) => Ok(line),
            None => editor.readline(prompt),
        };
        match read {
            Ok(line) => {
                if line.contains('\n') {
                    let mut lines = line.split('\n').map(|l| l.trim_end_matches('\r').to_string());
                    let first = lines.next().unwrap_or_default();
                    for (i, l) in lines.enumerate() {
                        pasted.insert(i, l);
                    }
                    // A paste ending in a newline leaves an empty last piece:
                    // that newline only ended the last line.
                    if pasted.back().map(|l| l.is_empty()).unwrap_or(false) && line.ends_with('\n') {
                        pasted.pop_back();
                    }
                    pasted.push_front(first);
                    continue;
                }
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                if classify(&buffer) == InputState::Incomplete {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                if is_bare_quit(&mut session.interp, &source) {
                    return 0;
                }
                let r = session.run(|interp| interp.run_interactive(&source, "<stdin>"));
                session.interp.vm.stdout.flush();
                if let Some(h) = editor.helper_mut() {
                    h.names = session.interp.global_names();
                }
                if let Outcome::Exit(code) = session.report(r) {
                    return code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                pasted.clear();
                session.keyboard.store(false, Ordering::SeqCst);
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
