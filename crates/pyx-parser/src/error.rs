//! The syntax error the parser reports, and its CPython-style rendering.

use std::fmt;

use pyx_lexer::{LexError, SyntaxErrorKind};
use pyx_span::{LineIndex, Span};

/// A `SyntaxError`, `IndentationError` or `TabError`: what went wrong and
/// where. `span` is a byte range of the source; [`SyntaxError::location`]
/// turns it into the `lineno`/`offset`/`end_lineno`/`end_offset` that
/// CPython's exception carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
    /// Set for errors that CPython reports without an end column (the
    /// indentation errors): one caret at most is drawn, and often none, as
    /// their column lies inside the indentation.
    pub no_column: bool,
}

/// Where a syntax error is, as CPython's `SyntaxError` attributes put it:
/// 1-based lines and 1-based *character* columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLocation {
    pub lineno: u32,
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
    /// The text of line `lineno`, without its line break.
    pub text: String,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind, message: message.into(), span, no_column: false }
    }

    /// The Python exception type's name.
    pub fn type_name(&self) -> &'static str {
        self.kind.python_name()
    }

    /// `lineno`, `offset`, `end_lineno`, `end_offset` and `text` for this
    /// error in `source`.
    pub fn location(&self, source: &str) -> ErrorLocation {
        let index = LineIndex::new(source);
        let start = index.line_column(self.span.start);
        let end = index.line_column(self.span.end.max(self.span.start));
        let text = index.line_text(source, start.line).to_string();
        let offset = i64::from(index.char_column(source, self.span.start));
        if self.no_column {
            return ErrorLocation { lineno: start.line, offset, end_lineno: end.line, end_offset: -1, text };
        }
        let mut end_offset = i64::from(index.char_column(source, self.span.end.max(self.span.start)));
        if self.span.is_empty() {
            end_offset = offset;
        }
        ErrorLocation { lineno: start.line, offset, end_lineno: end.line, end_offset, text }
    }

    /// The error as CPython prints the end of a traceback for it:
    ///
    /// ```text
    ///   File "x.py", line 3
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    pub fn render(&self, filename: &str, source: &str) -> String {
        let loc = self.location(source);
        let mut out = format!("  File \"{}\", line {}\n", filename, loc.lineno);
        if !self.text_hidden(source, &loc) {
            let exact = self.kind == SyntaxErrorKind::SyntaxError && !self.no_column;
            out.push_str(&render_error_text(&loc, exact));
        }
        out.push_str(self.type_name());
        out.push_str(": ");
        out.push_str(&self.message);
        out.push('\n');
        out
    }

    /// Whether CPython shows no source line for this error: a blank line
    /// past the end of the source (its exception's `text` is `None`).
    pub fn text_hidden(&self, source: &str, loc: &ErrorLocation) -> bool {
        loc.text.trim_start_matches([' ', '\t', '\x0c']).is_empty() && self.span.start as usize >= source.len() && loc.lineno > 1
    }
}

/// The source line and caret line CPython prints for a syntax error at
/// `loc` (each line ending in a line break; empty when the column lies
/// left of the text). `exact` draws carets from `offset` to `end_offset`
/// (plain `SyntaxError`s with a known end); otherwise one caret.
pub fn render_error_text(loc: &ErrorLocation, exact: bool) -> String {
    let mut out = String::new();
    let line = loc.text.as_str();
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let skipped = (line.chars().count() - stripped.chars().count()) as i64;
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let len = stripped.chars().count() as i64;
    let mut col = loc.offset - 1 - skipped;
    if col > len {
        col = len;
    }
    if col >= 0 {
        let mut end = loc.end_offset;
        if loc.end_lineno != loc.lineno {
            end = line.chars().count() as i64 + 1;
        }
        // The line as CPython holds it ends with its line break.
        end = end.min(line.chars().count() as i64 + 2);
        let end_col = end - 1 - skipped;
        let carets = if exact { (end_col - col).max(1) } else { 1 };
        out.push_str("    ");
        out.extend(std::iter::repeat_n(' ', col as usize));
        out.extend(std::iter::repeat_n('^', carets as usize));
        out.push('\n');
    }
    out
}

impl From<LexError> for SyntaxError {
    fn from(e: LexError) -> SyntaxError {
        SyntaxError::new(e.kind, e.message, e.span)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
