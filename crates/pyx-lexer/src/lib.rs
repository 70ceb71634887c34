//! Turns Python 3.11 source text into [`Tok`]ens for the parser.
//!
//! Two stages: a [logos] scanner recognises raw tokens, and a layout pass
//! turns line structure into `Newline`/`Indent`/`Dedent`, drops newlines
//! inside brackets, joins backslash continuations and decides where the
//! soft keywords `match` and `case` act as keywords. String literals are
//! decoded here (escapes, `\N{...}`), and f-strings are split into parts
//! whose expressions the parser lexes with [`tokenize_fstring_expression`].
//!
//! Every error message follows CPython 3.11's tokenizer. No input makes the
//! lexer panic, recurse deeply or take more than linear time.
//!
//! Never touches the OS.

mod dump;
mod error;
mod escapes;
mod fstring;
mod identifiers;
mod layout;
mod lexer;
mod numbers;
mod scanner;
mod soft_keywords;
mod source;
mod strings;
mod token;

#[cfg(test)]
mod tests;

pub use dump::dump_tokens;
pub use error::{LexError, SyntaxErrorKind};
pub use lexer::Lexer;
pub use source::{decode_source, decode_source_named};
pub use token::{FStringField, FStringPart, Tok};

/// A token with its byte span, in the triple form LALRPOP expects.
pub type Spanned = (u32, Tok, u32);

/// Tokenizes a whole module. The stream ends with a `Newline` (if the last
/// logical line had no line break) and a `Dedent` for every open block.
pub fn tokenize(source: &str) -> Lexer<'_> {
    Lexer::new(source, 0, lexer::Mode::File)
}

/// Tokenizes the expression of an f-string replacement field, as if it
/// were inside brackets: line breaks are ignored and no `Newline`,
/// `Indent` or `Dedent` is produced. Every span is shifted by `base` (the
/// expression's offset in the file, [`FStringField::expression_span`]'s
/// start), so spans point into the whole file.
pub fn tokenize_fstring_expression(text: &str, base: u32) -> Lexer<'_> {
    Lexer::new(text, base, lexer::Mode::FStringExpression)
}

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
