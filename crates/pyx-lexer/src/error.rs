//! Errors found while tokenizing.

use pyx_span::Span;

/// Which Python exception a syntax problem becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn python_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A tokenizing error: the exception kind, CPython's message where there is
/// one, and where in the source it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
}

impl LexError {
    pub fn syntax(message: impl Into<String>, span: Span) -> LexError {
        LexError { kind: SyntaxErrorKind::SyntaxError, message: message.into(), span }
    }
}
