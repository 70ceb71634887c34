//! Turns Python 3.11 source text into [`Tok`]ens for the parser.
//!
//! Two stages: a [logos] scanner recognises raw tokens, and a layout pass
//! turns line structure into `Newline`/`Indent`/`Dedent`, drops newlines
//! inside brackets, joins backslash continuations and decides where the
//! soft keywords `match` and `case` act as keywords. String literals are
//! decoded here (escapes, `\N{...}`), and f-strings are split into parts.
//!
//! Never touches the OS.

mod error;
mod token;

pub use error::{LexError, SyntaxErrorKind};
pub use token::{FStringField, FStringPart, Tok};

/// A token with its byte span, in the triple form LALRPOP expects.
pub type Spanned = (u32, Tok, u32);
