//! Colour on the terminal, as CPython 3.13 uses it: the REPL's prompts in
//! bold magenta, and tracebacks with the file, line and function names in
//! magenta, the exception's type in bold magenta and its message in
//! magenta, and the failing expression and its `~~~^^^` markers in red
//! (the `^` part bold).
//!
//! Whether to colour follows CPython 3.13's rules, per stream:
//! `PYTHON_COLORS=0` turns it off and `PYTHON_COLORS=1` on, whatever else
//! is set; otherwise `NO_COLOR` (any value, even empty) turns it off,
//! `FORCE_COLOR` (any value) on, `TERM=dumb` off, and else it is on only
//! when the stream is a terminal.

use std::io::IsTerminal;

const RESET: &str = "\x1b[0m";
const BOLD_MAGENTA: &str = "\x1b[1;35m";
const MAGENTA: &str = "\x1b[35m";
const BOLD_RED: &str = "\x1b[1;31m";
const RED: &str = "\x1b[31m";

/// The environment variables that decide, read once.
pub struct Env {
    pub python_colors: Option<String>,
    pub no_color: bool,
    pub force_color: bool,
    pub term: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |n: &str| std::env::var_os(n).map(|v| v.to_string_lossy().into_owned());
        Env {
            python_colors: var("PYTHON_COLORS"),
            no_color: std::env::var_os("NO_COLOR").is_some(),
            force_color: std::env::var_os("FORCE_COLOR").is_some(),
            term: var("TERM"),
        }
    }

    /// Colour a stream that is (or is not) a terminal?
    pub fn allows(&self, is_terminal: bool) -> bool {
        match self.python_colors.as_deref() {
            Some("0") => return false,
            Some("1") => return true,
            _ => {}
        }
        if self.no_color {
            return false;
        }
        if self.force_color {
            return true;
        }
        if self.term.as_deref() == Some("dumb") {
            return false;
        }
        is_terminal
    }
}

/// Colour the REPL's prompts (they go to stdout)?
pub fn for_stdout() -> bool {
    Env::from_process().allows(std::io::stdout().is_terminal())
}

/// Colour tracebacks (they go to stderr)?
pub fn for_stderr() -> bool {
    Env::from_process().allows(std::io::stderr().is_terminal())
}

pub fn prompt(p: &str) -> String {
    format!("{BOLD_MAGENTA}{p}{RESET}")
}

/// `KeyboardInterrupt` alone, as the REPL prints it on Ctrl-C.
pub fn exception_name(name: &str) -> String {
    format!("{BOLD_MAGENTA}{name}{RESET}")
}

/// Is `line` a marker line: indentation, then only `~` and `^`, with at
/// least one `^`?
fn is_marker_line(line: &str) -> bool {
    let marks = line.trim_start_matches(' ');
    !marks.is_empty() && marks.contains('^') && marks.chars().all(|c| c == '^' || c == '~')
}

/// `text` with the runs of characters under `~` in red and under `^` in
/// bold red, `marks` giving, per character, `~`, `^` or anything else.
fn paint_by(text: &str, marks: &[char]) -> String {
    let mut out = String::new();
    let mut current: Option<char> = None;
    for (i, c) in text.chars().enumerate() {
        let m = marks.get(i).copied().filter(|m| *m == '~' || *m == '^');
        if m != current {
            if current.is_some() {
                out.push_str(RESET);
            }
            match m {
                Some('^') => out.push_str(BOLD_RED),
                Some(_) => out.push_str(RED),
                None => {}
            }
            current = m;
        }
        out.push(c);
    }
    if current.is_some() {
        out.push_str(RESET);
    }
    out
}

/// `  File "name", line N, in func` (or without `, in func`, as a syntax
/// error has it) with its three values in magenta; `None` for any other
/// line.
fn frame_line(line: &str) -> Option<String> {
    let rest = line.strip_prefix("  File \"")?;
    let (file, rest) = rest.split_once("\", line ")?;
    let (num, func) = match rest.split_once(", in ") {
        Some((n, f)) => (n, Some(f)),
        None => (rest, None),
    };
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut out = format!("  File {MAGENTA}\"{file}\"{RESET}, line {MAGENTA}{num}{RESET}");
    if let Some(f) = func {
        out.push_str(&format!(", in {MAGENTA}{f}{RESET}"));
    }
    Some(out)
}

/// `Type: message` (or `Type` alone) at the start of a line, the type a
/// dotted name: the exception's summary.
fn summary_line(line: &str) -> Option<String> {
    let (name, message) = match line.split_once(": ") {
        Some((n, m)) => (n, Some(m)),
        None => (line, None),
    };
    let dotted = !name.is_empty()
        && name.split('.').all(|part| {
            let mut cs = part.chars();
            matches!(cs.next(), Some(c) if c.is_alphabetic() || c == '_')
                && cs.all(|c| c.is_alphanumeric() || c == '_')
        });
    if !dotted {
        return None;
    }
    Some(match message {
        Some(m) => format!("{BOLD_MAGENTA}{name}{RESET}: {MAGENTA}{m}{RESET}"),
        None => format!("{BOLD_MAGENTA}{name}{RESET}"),
    })
}

/// A traceback (or a syntax error's report) as CPython 3.13 colours it.
/// Lines it does not recognise are left as they are.
pub fn traceback(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() * 2);
    for (i, raw) in lines.iter().enumerate() {
        let (line, end) = match raw.strip_suffix('\n') {
            Some(l) => (l, "\n"),
            None => (*raw, ""),
        };
        let next_marks = lines
            .get(i + 1)
            .map(|l| l.trim_end_matches('\n'))
            .filter(|l| is_marker_line(l));
        let painted = if let Some(f) = frame_line(line) {
            f
        } else if is_marker_line(line) {
            let marks: Vec<char> = line.chars().collect();
            paint_by(line, &marks)
        } else if let Some(marks) = next_marks {
            // The source line above its markers.
            let marks: Vec<char> = marks.chars().collect();
            paint_by(line, &marks)
        } else if line.starts_with(' ')
            || line.is_empty()
            || line == "Traceback (most recent call last):"
            || line.starts_with("During handling of the above exception")
            || line.starts_with("The above exception was the direct cause")
        {
            line.to_string()
        } else {
            summary_line(line).unwrap_or_else(|| line.to_string())
        };
        out.push_str(&painted);
        out.push_str(end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(python_colors: Option<&str>, no_color: bool, force: bool, term: Option<&str>) -> Env {
        Env {
            python_colors: python_colors.map(str::to_string),
            no_color,
            force_color: force,
            term: term.map(str::to_string),
        }
    }

    #[test]
    fn the_environment_decides_as_in_cpython_3_13() {
        assert!(env(None, false, false, Some("xterm")).allows(true));
        assert!(!env(None, false, false, Some("xterm")).allows(false));
        assert!(!env(None, true, false, Some("xterm")).allows(true));
        assert!(!env(None, false, false, Some("dumb")).allows(true));
        assert!(env(None, false, true, Some("dumb")).allows(false));
        assert!(!env(None, true, true, None).allows(true));
        assert!(env(Some("1"), true, false, Some("dumb")).allows(false));
        assert!(!env(Some("0"), false, true, None).allows(true));
        // Another value of PYTHON_COLORS is ignored.
        assert!(env(Some("yes"), false, false, None).allows(true));
    }

    #[test]
    fn a_traceback_is_coloured_part_by_part() {
        let text = "Traceback (most recent call last):\n  File \"m.py\", line 3, in f\n    x = a / 0\n        ~~^~~\nZeroDivisionError: division by zero\n";
        let c = traceback(text);
        assert!(c.starts_with("Traceback (most recent call last):\n"));
        assert!(c.contains(&format!(
            "  File {MAGENTA}\"m.py\"{RESET}, line {MAGENTA}3{RESET}, in {MAGENTA}f{RESET}\n"
        )));
        assert!(c.contains(&format!(
            "    x = {RED}a {RESET}{BOLD_RED}/{RESET}{RED} 0{RESET}\n"
        )));
        assert!(c.contains(&format!("{RED}~~{RESET}{BOLD_RED}^{RESET}{RED}~~{RESET}\n")));
        assert!(c.ends_with(&format!(
            "{BOLD_MAGENTA}ZeroDivisionError{RESET}: {MAGENTA}division by zero{RESET}\n"
        )));
        // Nothing is lost: without the escapes it is the text again.
        let plain = c
            .replace(RESET, "")
            .replace(BOLD_MAGENTA, "")
            .replace(MAGENTA, "")
            .replace(BOLD_RED, "")
            .replace(RED, "");
        assert_eq!(plain, text);
    }

    #[test]
    fn a_syntax_error_and_a_bare_exception() {
        let c = traceback(
            "  File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
        );
        assert!(c.contains(&format!(
            "  File {MAGENTA}\"<stdin>\"{RESET}, line {MAGENTA}1{RESET}\n"
        )));
        assert!(c.contains(&format!("    x = {BOLD_RED}={RESET} 1\n")));
        assert!(c.contains(&format!(
            "{BOLD_MAGENTA}SyntaxError{RESET}: {MAGENTA}invalid syntax{RESET}"
        )));
        assert_eq!(
            traceback("KeyboardInterrupt\n"),
            format!("{BOLD_MAGENTA}KeyboardInterrupt{RESET}\n")
        );
        // A message's later lines are left alone.
        assert_eq!(traceback("  two words here\n"), "  two words here\n");
    }
}
