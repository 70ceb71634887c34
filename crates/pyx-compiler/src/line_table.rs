//! The line table: which source span (and line) each instruction came from,
//! for tracebacks and `pyx --dis`.
//!
//! Stored run-length encoded: one entry per run of consecutive instructions
//! with the same span, so straight-line code of one statement costs one
//! entry. Lookups are a binary search.

use pyx_span::Span;

/// One run of instructions `start..` (up to the next entry's `start`) that
/// share a source location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineTableEntry {
    /// Index of the first instruction of the run.
    pub start: u32,
    /// The 1-based source line of `span.start`.
    pub line: u32,
    /// The byte span in the source text.
    pub span: Span,
}

/// Instruction index → source location.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineTable {
    entries: Box<[LineTableEntry]>,
}

impl LineTable {
    /// Build from one `(line, span)` per instruction.
    pub fn from_locations(locations: &[(u32, Span)]) -> LineTable {
        let mut entries: Vec<LineTableEntry> = Vec::new();
        for (i, &(line, span)) in locations.iter().enumerate() {
            match entries.last() {
                Some(last) if last.span == span && last.line == line => {}
                _ => entries.push(LineTableEntry { start: i as u32, line, span }),
            }
        }
        LineTable { entries: entries.into_boxed_slice() }
    }

    pub fn entries(&self) -> &[LineTableEntry] {
        &self.entries
    }

    fn entry_for(&self, instr: u32) -> Option<&LineTableEntry> {
        let idx = match self.entries.binary_search_by(|e| e.start.cmp(&instr)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        self.entries.get(idx)
    }

    /// The 1-based line of instruction `instr` (0 if unknown).
    pub fn line_for(&self, instr: u32) -> u32 {
        self.entry_for(instr).map_or(0, |e| e.line)
    }

    /// The source span of instruction `instr`.
    pub fn span_for(&self, instr: u32) -> Option<Span> {
        self.entry_for(instr).map(|e| e.span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_merged_and_found() {
        let a = (1, Span::new(0, 5));
        let b = (2, Span::new(6, 9));
        let t = LineTable::from_locations(&[a, a, a, b, b, a]);
        assert_eq!(t.entries().len(), 3);
        assert_eq!(t.line_for(0), 1);
        assert_eq!(t.line_for(2), 1);
        assert_eq!(t.line_for(3), 2);
        assert_eq!(t.line_for(5), 1);
        assert_eq!(t.line_for(99), 1);
        assert_eq!(t.span_for(4), Some(Span::new(6, 9)));
    }
}
