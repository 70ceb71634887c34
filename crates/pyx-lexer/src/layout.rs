//! Indentation: measuring the leading whitespace of a line and turning
//! changes of it into INDENT/DEDENT, with CPython's consistency checks.
//!
//! Tabs advance to the next multiple of 8. To catch code whose meaning
//! depends on the tab size, CPython also measures every line with a tab
//! size of 1 (the "alternate" column) and requires both measures to agree
//! on whether a line is indented more, less or the same; we do the same.

/// CPython's limit on indentation levels (MAXINDENT).
pub(crate) const MAX_INDENT_LEVELS: usize = 100;

const TAB_SIZE: u32 = 8;

/// The leading whitespace of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Measure {
    pub col: u32,
    pub alt_col: u32,
    /// Offset of the first character after the whitespace.
    pub end: usize,
}

/// Measures the whitespace at `start`. Backslash continuations are
/// skipped: indentation cannot be split across physical lines, so the
/// column before the first backslash, if any, is the line's indentation.
pub(crate) fn measure(bytes: &[u8], start: usize) -> Measure {
    let mut before_continuation: Option<(u32, u32)> = None;
    let mut p = start;
    // Fast path: plain spaces, the common case.
    while bytes.get(p) == Some(&b' ') {
        p += 1;
    }
    let mut col = (p - start).min(u32::MAX as usize) as u32;
    let mut alt_col = col;
    while p < bytes.len() {
        match bytes[p] {
            b' ' => {
                col = col.saturating_add(1);
                alt_col = alt_col.saturating_add(1);
            }
            b'\t' => {
                col = (col / TAB_SIZE).saturating_add(1).saturating_mul(TAB_SIZE);
                alt_col = alt_col.saturating_add(1);
            }
            0x0C => {
                col = 0;
                alt_col = 0;
            }
            b'\\' => {
                let newline = match (bytes.get(p + 1), bytes.get(p + 2)) {
                    (Some(b'\r'), Some(b'\n')) => 2,
                    (Some(b'\n' | b'\r'), _) => 1,
                    _ => break,
                };
                if before_continuation.is_none() && col != 0 {
                    before_continuation = Some((col, alt_col));
                }
                p += 1 + newline;
                continue;
            }
            _ => break,
        }
        p += 1;
    }
    if let Some((c, a)) = before_continuation {
        col = c;
        alt_col = a;
    }
    Measure { col, alt_col, end: p }
}

/// What a new logical line's indentation does to the block structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IndentChange {
    Same,
    Indent,
    /// Closes this many blocks.
    Dedent(usize),
}

/// An indentation error, mapped to CPython's messages by the lexer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IndentProblem {
    TooDeep,
    InconsistentTabs,
    UnmatchedDedent,
}

impl IndentProblem {
    pub(crate) fn message(self) -> &'static str {
        match self {
            IndentProblem::TooDeep => "too many levels of indentation",
            IndentProblem::InconsistentTabs => "inconsistent use of tabs and spaces in indentation",
            IndentProblem::UnmatchedDedent => "unindent does not match any outer indentation level",
        }
    }
}

/// The stack of open indentation levels.
#[derive(Clone, Debug)]
pub(crate) struct Indentation {
    cols: Vec<u32>,
    alt_cols: Vec<u32>,
}

impl Default for Indentation {
    fn default() -> Self {
        Indentation { cols: vec![0], alt_cols: vec![0] }
    }
}

impl Indentation {
    /// How many blocks are open.
    pub(crate) fn depth(&self) -> usize {
        self.cols.len() - 1
    }

    /// Applies the indentation of a new logical line.
    pub(crate) fn change(&mut self, m: Measure) -> Result<IndentChange, IndentProblem> {
        let top = self.depth();
        let (cur, cur_alt) = (self.cols[top], self.alt_cols[top]);
        if m.col == cur {
            if m.alt_col != cur_alt {
                return Err(IndentProblem::InconsistentTabs);
            }
            Ok(IndentChange::Same)
        } else if m.col > cur {
            if top + 1 >= MAX_INDENT_LEVELS {
                return Err(IndentProblem::TooDeep);
            }
            if m.alt_col <= cur_alt {
                return Err(IndentProblem::InconsistentTabs);
            }
            self.cols.push(m.col);
            self.alt_cols.push(m.alt_col);
            Ok(IndentChange::Indent)
        } else {
            let mut closed = 0;
            while self.depth() > 0 && m.col < self.cols[self.depth()] {
                self.cols.pop();
                self.alt_cols.pop();
                closed += 1;
            }
            let top = self.depth();
            if m.col != self.cols[top] {
                return Err(IndentProblem::UnmatchedDedent);
            }
            if m.alt_col != self.alt_cols[top] {
                return Err(IndentProblem::InconsistentTabs);
            }
            Ok(IndentChange::Dedent(closed))
        }
    }

    /// Closes every block (end of input); returns how many were open.
    pub(crate) fn close_all(&mut self) -> usize {
        let open = self.depth();
        self.cols.truncate(1);
        self.alt_cols.truncate(1);
        open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Measure {
        measure(s.as_bytes(), 0)
    }

    #[test]
    fn measures_tabs_spaces_and_form_feeds() {
        assert_eq!(m("    x"), Measure { col: 4, alt_col: 4, end: 4 });
        assert_eq!(m("\tx"), Measure { col: 8, alt_col: 1, end: 1 });
        assert_eq!(m("   \tx"), Measure { col: 8, alt_col: 4, end: 4 });
        assert_eq!(m("  \x0c  x"), Measure { col: 2, alt_col: 2, end: 5 });
        assert_eq!(m("  \\\n    x"), Measure { col: 2, alt_col: 2, end: 8 });
        assert_eq!(m("\\\n  x"), Measure { col: 2, alt_col: 2, end: 4 });
    }

    #[test]
    fn indent_dedent_and_errors() {
        let mut ind = Indentation::default();
        assert_eq!(ind.change(m("x")), Ok(IndentChange::Same));
        assert_eq!(ind.change(m("    x")), Ok(IndentChange::Indent));
        assert_eq!(ind.change(m("        x")), Ok(IndentChange::Indent));
        assert_eq!(ind.change(m("x")), Ok(IndentChange::Dedent(2)));
        assert_eq!(ind.change(m("    x")), Ok(IndentChange::Indent));
        assert_eq!(ind.change(m("  x")), Err(IndentProblem::UnmatchedDedent));

        let mut ind = Indentation::default();
        assert_eq!(ind.change(m("\tx")), Ok(IndentChange::Indent));
        assert_eq!(ind.change(m("        x")), Err(IndentProblem::InconsistentTabs));
    }

    #[test]
    fn too_many_levels() {
        let mut ind = Indentation::default();
        for level in 1..MAX_INDENT_LEVELS {
            let line = format!("{}x", " ".repeat(level));
            assert_eq!(ind.change(m(&line)), Ok(IndentChange::Indent));
        }
        let line = format!("{}x", " ".repeat(MAX_INDENT_LEVELS));
        assert_eq!(ind.change(m(&line)), Err(IndentProblem::TooDeep));
    }
}
