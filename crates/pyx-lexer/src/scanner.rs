//! Raw tokens recognised by a [logos] DFA: operators, keywords, ASCII names
//! and the first character of everything that needs hand-written scanning
//! (numbers, strings, non-ASCII identifiers).
//!
//! The scanner knows nothing about lines or brackets; the lexer in
//! `lexer.rs` drives it one token at a time and does the layout itself.

use logos::Logos;

use crate::token::Tok;

/// A raw token. Variants carrying a [`Tok`] are emitted as they are; the
/// others are starts that the lexer finishes by hand.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\x0C]+")]
pub(crate) enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    /// A backslash joining this physical line to the next.
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// A backslash not followed by a newline: always an error.
    #[token("\\")]
    StrayBackslash,

    /// An ASCII name; the lexer extends it if a non-ASCII character follows
    /// and checks whether it prefixes a string.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    /// A non-ASCII character: the start of an identifier (or an invalid
    /// character, which identifier verification reports).
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    /// A digit, or a dot followed by a digit: the start of a number.
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    /// A quote without prefix: the start of a string.
    #[regex(r#"['"]"#)]
    Quote,

    #[token("False", |_| Tok::False)]
    #[token("None", |_| Tok::None)]
    #[token("True", |_| Tok::True)]
    #[token("and", |_| Tok::And)]
    #[token("as", |_| Tok::As)]
    #[token("assert", |_| Tok::Assert)]
    #[token("async", |_| Tok::Async)]
    #[token("await", |_| Tok::Await)]
    #[token("break", |_| Tok::Break)]
    #[token("class", |_| Tok::Class)]
    #[token("continue", |_| Tok::Continue)]
    #[token("def", |_| Tok::Def)]
    #[token("del", |_| Tok::Del)]
    #[token("elif", |_| Tok::Elif)]
    #[token("else", |_| Tok::Else)]
    #[token("except", |_| Tok::Except)]
    #[token("finally", |_| Tok::Finally)]
    #[token("for", |_| Tok::For)]
    #[token("from", |_| Tok::From)]
    #[token("global", |_| Tok::Global)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("in", |_| Tok::In)]
    #[token("is", |_| Tok::Is)]
    #[token("lambda", |_| Tok::Lambda)]
    #[token("nonlocal", |_| Tok::Nonlocal)]
    #[token("not", |_| Tok::Not)]
    #[token("or", |_| Tok::Or)]
    #[token("pass", |_| Tok::Pass)]
    #[token("raise", |_| Tok::Raise)]
    #[token("return", |_| Tok::Return)]
    #[token("try", |_| Tok::Try)]
    #[token("while", |_| Tok::While)]
    #[token("with", |_| Tok::With)]
    #[token("yield", |_| Tok::Yield)]
    Keyword(Tok),

    #[token("(", |_| b'(')]
    #[token("[", |_| b'[')]
    #[token("{", |_| b'{')]
    Open(u8),
    #[token(")", |_| b')')]
    #[token("]", |_| b']')]
    #[token("}", |_| b'}')]
    Close(u8),

    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("@", |_| Tok::At)]
    #[token("<<", |_| Tok::LeftShift)]
    #[token(">>", |_| Tok::RightShift)]
    #[token("&", |_| Tok::Amper)]
    #[token("|", |_| Tok::VBar)]
    #[token("^", |_| Tok::CircumFlex)]
    #[token("~", |_| Tok::Tilde)]
    #[token(":=", |_| Tok::ColonEqual)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token(",", |_| Tok::Comma)]
    #[token(":", |_| Tok::Colon)]
    #[token(".", |_| Tok::Dot)]
    #[token(";", |_| Tok::Semi)]
    #[token("=", |_| Tok::Equal)]
    #[token("->", |_| Tok::Rarrow)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinusEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VBarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LeftShiftEqual)]
    #[token(">>=", |_| Tok::RightShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    #[token("...", |_| Tok::Ellipsis)]
    Operator(Tok),
}
