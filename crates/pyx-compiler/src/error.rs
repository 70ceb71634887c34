//! Compile errors: what the VM turns into a Python `SyntaxError`.

use pyx_span::Span;
use std::fmt;

/// What kind of Python exception a [`CompileError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError` (scoping errors, misplaced `return`/`yield`/`break`, ...).
    SyntaxError,
    /// `RecursionError`: the source nests deeper than the compiler allows
    /// ("maximum recursion depth exceeded during compilation").
    RecursionError,
}

/// An error found while compiling: kind, CPython's message, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub span: Span,
    /// 1-based line of `span.start` (filled in by the public entry points).
    pub line: u32,
    /// 1-based character column of `span.start`, as `SyntaxError.offset`.
    pub column: u32,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            message: message.into(),
            span,
            line: 0,
            column: 0,
        }
    }

    pub fn too_deep(span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::RecursionError,
            message: "maximum recursion depth exceeded during compilation".into(),
            span,
            line: 0,
            column: 0,
        }
    }

    /// Fill in `line` and `column` from the source text.
    pub(crate) fn locate(mut self, source: &str) -> CompileError {
        let index = pyx_span::LineIndex::new(source);
        self.line = index.line_column(self.span.start).line;
        self.column = index.char_column(source, self.span.start);
        self
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::RecursionError => "RecursionError",
        };
        write!(f, "{kind}: {} (line {}, column {})", self.message, self.line, self.column)
    }
}

impl std::error::Error for CompileError {}
