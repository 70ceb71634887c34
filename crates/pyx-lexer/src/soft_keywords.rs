//! Where the soft keywords `match` and `case` act as keywords.
//!
//! `match` starts a match statement only as the first token of a logical
//! line whose last token (at bracket depth 0) is a `:`; that is never true
//! of an expression or assignment statement starting with the name
//! `match` (`match = 1`, `match(x)`, `match[x]: int = 1`), because a
//! logical line ending in `:` is always a compound-statement header.
//!
//! `case` starts a case clause only as the first token of a logical line
//! directly inside a match statement's block; the lexer tracks those block
//! depths.

use crate::token::Tok;

/// Decides whether `match` acts as a keyword, given the tokens after it up
/// to and including the logical line's `Newline`.
pub(crate) fn match_is_keyword(rest: &[Tok]) -> bool {
    let [first, .., colon, Tok::Newline] = rest else {
        return false;
    };
    if *colon != Tok::Colon {
        return false;
    }
    // `match` must be followed by a subject, not by something that makes it
    // a plain name.
    !matches!(
        first,
        Tok::Colon
            | Tok::Equal
            | Tok::Dot
            | Tok::Comma
            | Tok::Semi
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::ColonEqual
            | Tok::PlusEqual
            | Tok::MinusEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::DoubleSlashEqual
            | Tok::PercentEqual
            | Tok::AtEqual
            | Tok::AmperEqual
            | Tok::VBarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::Newline
    )
}

/// The indentation depths of the blocks that belong to match statements,
/// innermost last.
#[derive(Clone, Debug, Default)]
pub(crate) struct MatchBlocks {
    depths: Vec<usize>,
    /// A `match ...:` line was just lexed; the next INDENT opens its block.
    expecting_block: bool,
}

impl MatchBlocks {
    pub(crate) fn saw_match_header(&mut self) {
        self.expecting_block = true;
    }

    /// A new logical line starts at indentation `depth`, after `indented`
    /// (whether an INDENT was just emitted).
    pub(crate) fn line_starts(&mut self, depth: usize, indented: bool) {
        if indented && self.expecting_block {
            self.depths.push(depth);
        }
        self.expecting_block = false;
        while self.depths.last().is_some_and(|&d| d > depth) {
            self.depths.pop();
        }
    }

    /// Whether a line at `depth` is directly inside a match block.
    pub(crate) fn case_allowed_at(&self, depth: usize) -> bool {
        self.depths.last() == Some(&depth)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Tok {
        Tok::Name(s.into())
    }

    #[test]
    fn match_statement_lines() {
        assert!(match_is_keyword(&[name("x"), Tok::Colon, Tok::Newline]));
        assert!(match_is_keyword(&[Tok::Lpar, name("x"), Tok::Rpar, Tok::Colon, Tok::Newline]));
        assert!(match_is_keyword(&[Tok::Minus, name("x"), Tok::Colon, Tok::Newline]));
    }

    #[test]
    fn match_as_a_name() {
        assert!(!match_is_keyword(&[Tok::Equal, name("x"), Tok::Newline]));
        assert!(!match_is_keyword(&[Tok::Lpar, name("x"), Tok::Rpar, Tok::Newline]));
        assert!(!match_is_keyword(&[Tok::Colon, Tok::Newline]));
        assert!(!match_is_keyword(&[Tok::Newline]));
        assert!(!match_is_keyword(&[]));
    }

    #[test]
    fn case_blocks_nest() {
        let mut blocks = MatchBlocks::default();
        blocks.saw_match_header();
        blocks.line_starts(1, true);
        assert!(blocks.case_allowed_at(1));
        blocks.line_starts(2, true);
        assert!(!blocks.case_allowed_at(2));
        blocks.line_starts(1, false);
        assert!(blocks.case_allowed_at(1));
        blocks.line_starts(0, false);
        assert!(!blocks.case_allowed_at(0));
        assert!(!blocks.case_allowed_at(1));
    }
}
