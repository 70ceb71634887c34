//! Byte spans over a source text, and the translation of byte offsets into
//! the line/column pairs that error messages and tracebacks show.
//!
//! Every later stage (tokens, AST nodes, bytecode line tables) refers to the
//! source through a [`Span`]; this crate is the one place that knows how a
//! span maps to lines. It never touches the OS.

use std::fmt;

/// A half-open byte range `start..end` into one source text.
///
/// Offsets are `u32`: sources larger than 4 GiB are refused long before
/// they reach the lexer, and the smaller type keeps AST nodes compact.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The empty span at `offset`.
    pub const fn at(offset: u32) -> Span {
        Span { start: offset, end: offset }
    }

    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// This span moved `delta` bytes later (used when a piece of source,
    /// such as an f-string replacement field, is parsed on its own).
    pub fn shifted(self, delta: u32) -> Span {
        Span { start: self.start.saturating_add(delta), end: self.end.saturating_add(delta) }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A 1-based line and a 0-based column, both as CPython reports them:
/// the column counts UTF-8 bytes from the start of the line (CPython's
/// `col_offset`), and [`LineIndex::char_column`] gives the character column
/// that `SyntaxError.offset` uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineColumn {
    pub line: u32,
    pub column: u32,
}

/// Start offsets of every line of a source, for offset → line lookups in
/// O(log lines).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    /// Index `source`. Lines end at `\n`, `\r\n` or a lone `\r`, as in
    /// Python's universal newlines.
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts, len: bytes.len() as u32 }
    }

    /// Number of lines (a trailing newline does not start a new line of text
    /// but is counted, as editors do).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The line (1-based) and byte column (0-based) of `offset`.
    pub fn line_column(&self, offset: u32) -> LineColumn {
        let offset = offset.min(self.len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(exact) => exact,
            Err(next) => next - 1,
        };
        LineColumn { line: line as u32 + 1, column: offset - self.line_starts[line] }
    }

    /// The byte range of line `line` (1-based), without its line ending.
    pub fn line_span(&self, source: &str, line: u32) -> Span {
        let idx = (line.max(1) - 1) as usize;
        let Some(&start) = self.line_starts.get(idx) else {
            return Span::at(self.len);
        };
        let next = self.line_starts.get(idx + 1).copied().unwrap_or(self.len);
        let bytes = source.as_bytes();
        let mut end = next;
        while end > start && matches!(bytes.get(end as usize - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// The text of line `line` (1-based), without its line ending.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        source.get(self.line_span(source, line).range()).unwrap_or("")
    }

    /// The 1-based character column of `offset`, as `SyntaxError.offset`
    /// reports it.
    pub fn char_column(&self, source: &str, offset: u32) -> u32 {
        let lc = self.line_column(offset);
        let start = self.line_starts[lc.line as usize - 1] as usize;
        let end = (offset as usize).min(source.len());
        let text = source.get(start..end).unwrap_or("");
        text.chars().count() as u32 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_follow_universal_newlines() {
        let src = "ab\ncd\r\nef\rg";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.line_column(0), LineColumn { line: 1, column: 0 });
        assert_eq!(idx.line_column(4), LineColumn { line: 2, column: 1 });
        assert_eq!(idx.line_column(7), LineColumn { line: 3, column: 0 });
        assert_eq!(idx.line_column(10), LineColumn { line: 4, column: 0 });
        assert_eq!(idx.line_text(src, 2), "cd");
        assert_eq!(idx.line_text(src, 4), "g");
        assert_eq!(idx.line_text(src, 9), "");
    }

    #[test]
    fn char_column_counts_characters_not_bytes() {
        let src = "x = 'é' +";
        let idx = LineIndex::new(src);
        assert_eq!(idx.char_column(src, src.len() as u32 - 1), 9);
    }
}

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
