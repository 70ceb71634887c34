//! The interactive `pyx`: `pyx` with no arguments.
//!
//! On a terminal it is a REPL in the manner of CPython's: a banner, the
//! prompts `>>> ` and `... ` (in colour where CPython 3.13 would colour
//! them: see `crate::colour`), line editing (rustyline), a history that
//! keeps each input whole (a block comes back with Up as one multi-line
//! entry, to edit and run again) and is kept in `~/.pyx_history` (or
//! `$PYX_HISTORY`) across sessions, completion of names, keywords and the
//! attributes of bound names, multi-line blocks ended by a
//! blank line, results echoed as `repr` and bound to `_`, tracebacks that
//! leave the interpreter running, Ctrl-C to clear the line or interrupt
//! running code (a catchable `KeyboardInterrupt`), Ctrl-D to leave.
//!
//! Type-ahead and paste: keys that arrive before a line is run (`x=1⏎x+1⏎`
//! sent at once) are kept for the next prompt (rustyline's `buffer-redux`
//! keeps what it read past the line's end), and a line holding newlines
//! (a bracketed paste) is taken as that many typed lines.
//!
//! Auto-indent, as in CPython 3.13: a continuation line starts with the
//! block's indentation (four spaces more after a `:`), `else`/`elif`/
//! `except`/`finally` typed there move back a level, and a line left with
//! only that indentation ends the block. A line that arrives with its own
//! indentation (typed, type-ahead, a plain paste) keeps its own instead.
//!
//! `exit` and `quit` alone on a line leave, as in CPython 3.13.
//!
//! The interpreter holds the command line's grants and limits, as for
//! scripts; limits apply to each input.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;

use pyx::embed::Interpreter;

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

/// The indentation a continuation line of `buffer` (the lines typed so
/// far) starts with, as CPython 3.13's REPL gives it: that of the last
/// line, four spaces more after a line ending in `:`. None inside an
/// open bracket, string or backslash continuation (where indentation is
/// not the block's, or is part of a string's text), or at `>>> `.
fn auto_indent(buffer: &str) -> String {
    if buffer.is_empty() || buffer.ends_with("\\\n") {
        return String::new();
    }
    if let Err(e) = pyx_parser::parse_module(buffer) {
        let m = e.message.as_str();
        if m.ends_with("was never closed") || m.starts_with("unterminated") {
            return String::new();
        }
    }
    let Some(last) = buffer.lines().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let indent: String = last.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    if code_of(last).trim_end().ends_with(':') {
        indent + "    "
    } else {
        indent
    }
}

/// A line without its comment (a `#` outside quotes).
fn code_of(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

/// The line read after `indent` was given to start it with. Indentation
/// typed (or pasted, or arriving as type-ahead) after it replaces it, so
/// lines that carry their own indentation keep it; a line left holding
/// only the indentation is blank (it ends the block).
fn take_indent(indent: &str, line: String) -> String {
    if indent.is_empty() {
        return line;
    }
    let Some(rest) = line.strip_prefix(indent) else {
        return line;
    };
    if rest.trim().is_empty() {
        return String::new();
    }
    if rest.starts_with([' ', '\t']) {
        return rest.to_string();
    }
    line
}

/// `else`, `elif`, `except` and `finally` move back one level when their
/// `:` is typed on a line that starts with the indentation given (the
/// line is redrawn at once, so what is seen is what runs).
struct DedentOnColon {
    /// The indentation the line being read was given.
    indent: std::sync::Arc<std::sync::Mutex<String>>,
}

impl DedentOnColon {
    /// The line up to the cursor, moved back a level, if it should be.
    fn dedented(indent: &str, before: &str) -> Option<String> {
        let outer = indent.strip_suffix("    ")?;
        let rest = before.strip_prefix(indent)?;
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if !matches!(word.as_str(), "else" | "elif" | "except" | "finally") {
            return None;
        }
        Some(format!("{outer}{rest}:"))
    }
}

impl rustyline::ConditionalEventHandler for DedentOnColon {
    fn handle(
        &self,
        _evt: &rustyline::Event,
        n: rustyline::RepeatCount,
        _positive: bool,
        ctx: &rustyline::EventContext,
    ) -> Option<rustyline::Cmd> {
        if n != 1 {
            return None;
        }
        let indent = self.indent.lock().ok()?.clone();
        let before = ctx.line().get(..ctx.pos())?;
        let text = DedentOnColon::dedented(&indent, before)?;
        Some(rustyline::Cmd::Replace(rustyline::Movement::BeginningOfLine, Some(text)))
    }
}

/// Tab on a line that holds only indentation indents; elsewhere it
/// completes keywords and the names of `__main__` and the builtins, and
/// after `name.` or `name.attr.` the attributes of that object.
struct ReplHelper {
    /// Refreshed after each run (reading dictionaries, running no code).
    names: Vec<String>,
    /// The session, lent to the helper while a line is read (attribute
    /// completion asks its interpreter for `dir()`); `None` otherwise.
    session: RefCell<Option<Session>>,
    /// Prompts in colour.
    colour: bool,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

/// The most execution steps a completion may take (`dir()` and any
/// property or `__getattr__`/`__dir__` it runs): well within what a
/// person waits for at a Tab.
const COMPLETION_STEPS: u64 = 200_000;

/// Is `expr` a dotted chain of names (`a`, `a.b.c`), which can be looked
/// up without calling or subscripting anything?
fn is_dotted_name(expr: &str) -> bool {
    !expr.is_empty()
        && expr.split('.').all(|part| {
            let mut cs = part.chars();
            matches!(cs.next(), Some(c) if c.is_alphabetic() || c == '_')
                && cs.all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// The attribute names of `expr` (a dotted name), from `dir()` run in the
/// interpreter under a small step budget with output discarded. Any
/// error (a name not bound, a limit reached) gives none.
fn attribute_names(interp: &mut Interpreter, expr: &str) -> Vec<String> {
    if !is_dotted_name(expr) {
        return Vec::new();
    }
    // Anything the code prints is dropped: it must not land on the line
    // being edited.
    let names = format!("[n for n in dir({expr}) if isinstance(n, str) and n.isidentifier()]");
    interp.eval_quietly::<Vec<String>>(&names, COMPLETION_STEPS).unwrap_or_default()
}

/// Of `names`, those that complete `prefix`, sorted, as CPython's
/// `rlcompleter` offers attributes: names starting with `_` only once the
/// prefix does, and `__dunder__` names only once it starts with `__`.
fn attribute_candidates(mut names: Vec<String>, prefix: &str) -> Vec<String> {
    names.retain(|n| {
        n.starts_with(prefix)
            && (prefix.starts_with('_') || !n.starts_with('_'))
            && (prefix.starts_with("__") || !n.starts_with("__"))
    });
    names.sort();
    names.dedup();
    names
}

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

/// Where the dotted name ending at byte `end` of `before` starts, if it
/// is one that may be looked up: not the attribute of a call's or a
/// subscript's result (`f().x`, `a[0].x`), nor in a string.
fn dotted_name_before(before: &str, end: usize) -> Option<usize> {
    let head = &before[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map(|(i, _)| i)?;
    let preceding = head[..start].chars().next_back();
    if matches!(preceding, Some(')' | ']' | '}' | '\'' | '"')) {
        return None;
    }
    is_dotted_name(&head[start..]).then_some(start)
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
            .last()
            .map_or(pos, |(i, _)| i);
        let prefix = &before[start..];
        if before[..start].ends_with('.') {
            let Some(expr_start) = dotted_name_before(before, start - 1) else {
                return Ok((pos, Vec::new()));
            };
            let expr = &before[expr_start..start - 1];
            let names = match self.session.try_borrow_mut() {
                Ok(mut slot) => match slot.as_mut() {
                    Some(session) => attribute_names(&mut session.interp, expr),
                    None => Vec::new(),
                },
                Err(_) => Vec::new(),
            };
            return Ok((start, attribute_candidates(names, prefix)));
        }
        if prefix.is_empty() {
            return Ok((pos, Vec::new()));
        }
        Ok((start, self.candidates(prefix)))
    }
}
impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _default: bool) -> Cow<'b, str> {
        if self.colour {
            Cow::Owned(crate::colour::prompt(prompt))
        } else {
            Cow::Borrowed(prompt)
        }
    }
}
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
    matches!(interp.eval::<bool>(&format!("type({name}).__name__ == 'Quitter'")), Ok(true))
}

/// How many entries the history keeps, and reads back from its file.
const HISTORY_SIZE: usize = 1000;

/// The history file: `$PYX_HISTORY`, else `~/.pyx_history`; none when
/// `PYX_HISTORY` is set but empty, or there is no home directory.
fn history_path() -> Option<PathBuf> {
    match std::env::var_os("PYX_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".pyx_history")),
    }
}

/// One history entry as one line of the file: a block's newlines (and
/// backslashes, so that the escape can be undone) written as `\n` (`\\`).
fn escape_entry(entry: &str) -> String {
    let mut out = String::with_capacity(entry.len());
    for c in entry.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape_entry(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The history file of a session: read at the start, appended to at the
/// end. Any failure (unreadable file, home not writable) turns it off
/// without a word, as a missing history is no reason to refuse a REPL.
struct HistoryFile {
    path: PathBuf,
    /// The last entries of the file, as read.
    entries: Vec<String>,
    /// How many lines the file held.
    lines: usize,
}

impl HistoryFile {
    /// `None`: no history file this session (the file exists but cannot
    /// be read, or there is no path).
    fn open() -> Option<HistoryFile> {
        HistoryFile::open_at(history_path()?)
    }

    fn open_at(path: PathBuf) -> Option<HistoryFile> {
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(_) => return None,
        };
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        let keep = lines.len().saturating_sub(HISTORY_SIZE);
        let entries = lines[keep..].iter().map(|l| unescape_entry(l)).collect();
        Some(HistoryFile { path, entries, lines: lines.len() })
    }

    /// Add this session's `new` entries. A file grown past twice the
    /// history's size is rewritten with its last entries only.
    fn save(&self, new: &[String]) {
        if new.is_empty() {
            return;
        }
        let mut options = std::fs::OpenOptions::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let rewrite = self.lines + new.len() > 2 * HISTORY_SIZE;
        let entries: Vec<&String> = if rewrite {
            let all: Vec<&String> = self.entries.iter().chain(new).collect();
            all[all.len().saturating_sub(HISTORY_SIZE)..].to_vec()
        } else {
            new.iter().collect()
        };
        let mut text = String::new();
        for e in entries {
            text.push_str(&escape_entry(e));
            text.push('\n');
        }
        let file = if rewrite {
            options.write(true).create(true).truncate(true).open(&self.path)
        } else {
            options.append(true).create(true).open(&self.path)
        };
        if let Ok(mut f) = file {
            let _ = f.write_all(text.as_bytes());
        }
    }
}

/// The REPL on the session's interpreter (after `-i`'s program, on the
/// namespace it left). `quiet`: no banner.
pub fn run_repl(mut session: Session, quiet: bool) -> i32 {
    let r = session.interp.run(QUITTERS, "<repl>");
    session.report(r);
    let colour = crate::colour::for_stdout();
    // rustyline has its own idea of when to colour (it honours NO_COLOR);
    // ours (CPython 3.13's, with PYTHON_COLORS) decides.
    let colour_mode = if colour { rustyline::ColorMode::Forced } else { rustyline::ColorMode::Disabled };
    let config = rustyline::Config::builder()
        .color_mode(colour_mode)
        .auto_add_history(false)
        .max_history_size(HISTORY_SIZE)
        .map(|b| b.tab_stop(4).completion_type(rustyline::CompletionType::List).build());
    let mut editor = match config
        .and_then(|config| Editor::<ReplHelper, MemHistory>::with_history(config, MemHistory::new()))
    {
        Ok(e) => e,
        Err(e) => {
            eprintln!("pyx: cannot use the terminal: {e}");
            return 1;
        }
    };
    let indent = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    editor.bind_sequence(
        rustyline::KeyEvent(rustyline::KeyCode::Char(':'), rustyline::Modifiers::NONE),
        rustyline::EventHandler::Conditional(Box::new(DedentOnColon { indent: indent.clone() })),
    );
    let history = HistoryFile::open();
    if let Some(h) = &history {
        for entry in &h.entries {
            let _ = editor.add_history_entry(entry.as_str());
        }
    }
    editor.set_helper(Some(ReplHelper {
        names: session.interp.global_names(),
        session: RefCell::new(None),
        colour,
    }));
    if !quiet {
        println!("pyx {} (Python 3.11 compatible) — Ctrl-D to exit", env!("CARGO_PKG_VERSION"));
    }
    let mut new_entries = Vec::new();
    let code = read_eval_print(&mut editor, session, &mut new_entries, &indent);
    if let Some(h) = &history {
        h.save(&new_entries);
    }
    code
}

/// The loop of the REPL, until Ctrl-D or `exit`; returns the exit
/// status. Each input run goes into the history as one entry (a block
/// with its newlines), and into `new_entries` for the history file.
fn read_eval_print(
    editor: &mut Editor<ReplHelper, MemHistory>,
    mut session: Session,
    new_entries: &mut Vec<String>,
    given_indent: &std::sync::Mutex<String>,
) -> i32 {
    let mut buffer = String::new();
    // Lines of a multi-line paste (or of a block recalled from the
    // history) not yet taken.
    let mut pasted: VecDeque<String> = VecDeque::new();
    loop {
        let prompt = if buffer.is_empty() { PS1 } else { PS2 };
        // Lines of a bracketed paste are already on the screen (the editor
        // showed the paste whole): take them without prompting again.
        let (read, last_of_several) = match pasted.pop_front() {
            Some(line) => (Ok(line), pasted.is_empty()),
            None => {
                // The session is the helper's while a line is read (for
                // attribute completion), and comes back after.
                if let Some(h) = editor.helper_mut() {
                    *h.session.get_mut() = Some(session);
                }
                // A continuation line starts indented (auto-indent); the
                // indentation given is then reconciled with what was typed.
                let indent = auto_indent(&buffer);
                if let Ok(mut given) = given_indent.lock() {
                    given.clone_from(&indent);
                }
                let read = editor.readline_with_initial(prompt, (&indent, "")).map(|line| take_indent(&indent, line));
                session = match editor.helper_mut().and_then(|h| h.session.get_mut().take()) {
                    Some(s) => s,
                    None => unreachable!("the helper keeps the session while reading"),
                };
                (read, false)
            }
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
                let mut state = classify(&buffer);
                // The last line of a recalled block (or of a paste) ends
                // it: Enter runs the block as a whole, without the blank
                // line that ends one typed line by line.
                if state == InputState::Incomplete && last_of_several {
                    let closed = format!("{buffer}\n");
                    if classify(&closed) == InputState::Complete {
                        buffer = closed;
                        state = InputState::Complete;
                    }
                }
                if state == InputState::Incomplete {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                let entry = source.trim_end();
                if matches!(editor.add_history_entry(entry), Ok(true)) {
                    new_entries.push(entry.to_string());
                }
                if is_bare_quit(&mut session.interp, &source) {
                    return 0;
                }
                let r = session.run(|interp| interp.run_interactive(&source, "<stdin>"));
                if let Some(h) = editor.helper_mut() {
                    h.names = session.interp.global_names();
                }
                match session.report(r) {
                    Outcome::Exit(code) => return code,
                    // A bug in pyx left the interpreter unusable (reported).
                    o @ Outcome::Internal => return o.status(),
                    _ => {}
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                pasted.clear();
                session.keyboard.clear();
                if session.colour {
                    eprintln!("{}", crate::colour::exception_name("KeyboardInterrupt"));
                } else {
                    eprintln!("KeyboardInterrupt");
                }
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
            session: RefCell::new(None),
            colour: false,
        };
        assert_eq!(h.candidates("pr"), vec!["primes", "print"]);
        assert_eq!(h.candidates("wh"), vec!["while"]);
        assert_eq!(h.candidates("_p"), vec!["_private"]);
        assert!(h.candidates("").iter().all(|n| !n.starts_with('_')));
    }

    #[test]
    fn history_entries_keep_their_newlines_in_one_line() {
        for entry in ["x = 1", "def f():\n    return '\\n'", "a\\", "\\\\n\r"] {
            let line = escape_entry(entry);
            assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
            assert_eq!(unescape_entry(&line), entry);
        }
    }

    #[test]
    fn the_history_file_is_appended_to_and_trimmed_when_long() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h");
        let h = HistoryFile::open_at(path.clone()).unwrap();
        assert!(h.entries.is_empty());
        h.save(&["a = 1".to_string(), "def f():\n    pass".to_string()]);
        let h = HistoryFile::open_at(path.clone()).unwrap();
        assert_eq!(h.entries, ["a = 1", "def f():\n    pass"]);
        // Past twice the history's size, only the last entries stay.
        let many: Vec<String> = (0..2 * HISTORY_SIZE).map(|i| format!("x = {i}")).collect();
        h.save(&many);
        let h = HistoryFile::open_at(path.clone()).unwrap();
        assert_eq!(h.lines, HISTORY_SIZE);
        assert_eq!(h.entries.first().map(String::as_str), Some("x = 1000"));
        assert_eq!(h.entries.last().map(String::as_str), Some("x = 1999"));
        // A path that cannot be read as a file: no history file.
        assert!(HistoryFile::open_at(dir.path().to_path_buf()).is_none());
    }

    #[test]
    fn attributes_complete_only_after_a_dotted_name() {
        let before = "x = obj.attr.";
        assert_eq!(dotted_name_before(before, before.len() - 1), Some(4));
        for refused in ["f().", "a[0].", "'s'.", "1.", "x.y..", "{}."] {
            assert_eq!(dotted_name_before(refused, refused.len() - 1), None, "{refused}");
        }
        let names = vec!["__class__".to_string(), "_hidden".into(), "append".into(), "count".into()];
        assert_eq!(attribute_candidates(names.clone(), ""), vec!["append", "count"]);
        assert_eq!(attribute_candidates(names.clone(), "a"), vec!["append"]);
        assert_eq!(attribute_candidates(names.clone(), "_"), vec!["_hidden"]);
        assert_eq!(attribute_candidates(names, "__"), vec!["__class__"]);
    }

    #[test]
    fn continuation_lines_are_indented_as_the_block_wants() {
        assert_eq!(auto_indent(""), "");
        assert_eq!(auto_indent("def f(x):\n"), "    ");
        assert_eq!(auto_indent("def f(x):\n    if x:  # a comment\n"), "        ");
        assert_eq!(auto_indent("def f(x):\n    y = '#:'\n"), "    ");
        assert_eq!(auto_indent("def f(x):\n    return [\n"), "");
        assert_eq!(auto_indent("def f(x):\n    s = \"\"\"a:\n"), "");
        assert_eq!(auto_indent("def f(x):\n    y = 1 + \\\n"), "");
        assert_eq!(auto_indent("for i in x: print(i)\n"), "");
        // What was typed after the indentation given.
        assert_eq!(take_indent("    ", "    y = 1".into()), "    y = 1");
        assert_eq!(take_indent("    ", "        y = 1".into()), "    y = 1");
        assert_eq!(take_indent("    ", "    elsewhere = 1".into()), "    elsewhere = 1");
        // `else:` and its kin move back a level as their `:` is typed.
        assert_eq!(DedentOnColon::dedented("        ", "        else").as_deref(), Some("    else:"));
        assert_eq!(DedentOnColon::dedented("    ", "    except* E").as_deref(), Some("except* E:"));
        assert_eq!(DedentOnColon::dedented("    ", "    elsewhere"), None);
        assert_eq!(DedentOnColon::dedented("    ", "        else"), None);
        assert_eq!(DedentOnColon::dedented("", "else"), None);
        assert_eq!(DedentOnColon::dedented("    ", "    x = {1"), None);
        assert_eq!(take_indent("    ", "    ".into()), "");
        assert_eq!(take_indent("    ", "x".into()), "x");
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
