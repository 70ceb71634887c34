//! Parses Python 3.11 source into a [`pyx_ast::Module`].
//!
//! The grammar (`grammar/python.lalrpop`) is an LR(1) LALRPOP grammar over
//! the tokens of `pyx-lexer`; the grammar's actions live in the modules
//! below and build the AST, check what the grammar alone cannot (targets,
//! parameter order, `with` items), and refuse trees deeper than
//! [`MAX_DEPTH`] so that no tree can overflow the stack when walked or
//! dropped. Errors are [`SyntaxError`]s with CPython 3.11's messages where
//! practical, and render like CPython's traceback tail.
//!
//! Never touches the OS.

// Grammar values are boxed where they would make the LR parser's stack
// entries large (`Vec<Box<T>>`, boxed locals): every entry is moved on each
// reduction, so small entries are what makes parsing fast.
#![allow(clippy::vec_box, clippy::boxed_local, clippy::box_collection)]

mod error;
mod messages;
mod nodes;
mod parameters;
mod patterns;
mod statements;
mod strings;
mod targets;

#[allow(clippy::all, unused_parens, unused_variables, dead_code)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

use pyx_ast::{Expr, Module, Span};
use pyx_lexer::{LexError, Tok};

pub use error::{render_error_text, ErrorLocation, SyntaxError};
pub use nodes::MAX_DEPTH;
pub use pyx_lexer::SyntaxErrorKind;

use messages::TokenTrail;
use nodes::{Ex, PResult, Top};

type Token = Result<(u32, Tok, u32), LexError>;

/// Parses the tokens `lex` produces; on an error, lexes again to give the
/// error messages their context (see [`messages::TokenTrail`]). `depth` is
/// the bracket depth the tokens start at.
fn run<I, F>(source: &str, lex: F, depth: u32) -> Result<Top, SyntaxError>
where
    I: Iterator<Item = Token>,
    F: Fn() -> I,
{
    grammar::TopParser::new().parse(source, lex()).map_err(|e| {
        let stop = match &e {
            lalrpop_util::ParseError::UnrecognizedToken { token: (l, tok, _), .. }
            | lalrpop_util::ParseError::ExtraToken { token: (l, tok, _) } => Some((*l, tok)),
            _ => None,
        };
        let trail = match &e {
            lalrpop_util::ParseError::User { .. } => TokenTrail::replay(std::iter::empty(), depth, None),
            _ => TokenTrail::replay(lex(), depth, stop),
        };
        messages::convert(e, &trail, source)
    })
}

/// Parses a whole module (a file's contents, already decoded).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    if source.len() > u32::MAX as usize - 1 {
        return Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "source too large", Span::at(0)));
    }
    let top = run(source, || pyx_lexer::tokenize(source), 0).map_err(|e| messages::prefer_tokenizer_error(source, e))?;
    match top {
        Top::Module(body) => Ok(nodes::module(body, source.len() as u32)),
        _ => Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", Span::at(0))),
    }
}

/// Parses the argument of `eval`: one expression list, with leading
/// spaces and tabs ignored as CPython ignores them.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    if source.len() > u32::MAX as usize - 1 {
        return Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "source too large", Span::at(0)));
    }
    let body = source.trim_start_matches([' ', '\t']);
    let skipped = (source.len() - body.len()) as u32;
    let lex = || {
        let marker = std::iter::once(Ok((skipped, Tok::Indent, skipped)));
        let tokens = pyx_lexer::tokenize(body).map(move |t| match t {
            Ok((l, tok, r)) => Ok((l + skipped, tok, r + skipped)),
            Err(mut e) => {
                e.span = e.span.shifted(skipped);
                Err(e)
            }
        });
        marker.chain(tokens)
    };
    match run(source, lex, 0)? {
        Top::Expression(e) => e.into_expr().map_err(|e| match e {
            lalrpop_util::ParseError::User { error } => error.into(),
            _ => SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", Span::at(0)),
        }),
        _ => Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", Span::at(0))),
    }
}

/// Parses the expression of an f-string replacement field (called from the
/// grammar's actions while the surrounding string is being built).
pub(crate) fn parse_field(source: &str, text: &str, at: Span) -> PResult<Ex> {
    let lex = || {
        let marker = std::iter::once(Ok((at.start, Tok::Dedent, at.start)));
        marker.chain(pyx_lexer::tokenize_fstring_expression(text, at.start))
    };
    let to_user = |e: SyntaxError| {
        let message = if e.message.starts_with("f-string") {
            e.message
        } else {
            format!("f-string: {}", e.message)
        };
        lalrpop_util::ParseError::User { error: LexError { kind: e.kind, message, span: e.span } }
    };
    match run(source, lex, 1) {
        Ok(Top::Field(mut e)) => {
            // CPython 3.11 parses a field's text as if it were wrapped in
            // parentheses standing where the braces are, so a bare tuple
            // spans from the `{` to the character after the text.
            if matches!(e.form, nodes::Form::Plain) && matches!(e.expr.kind, pyx_ast::ExprKind::Tuple { .. }) {
                e.expr.span = Span::new(at.start.saturating_sub(1), at.end + 1);
            }
            Ok(e)
        }
        Ok(_) => Err(nodes::error_at("f-string: invalid syntax", at)),
        Err(e) => Err(to_user(e)),
    }
}

#[cfg(test)]
mod tests;

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
