//! Raw tokens recognised by a [logos] DFA: operators, keywords, ASCII names
//! and the first character of everything that needs hand-written scanning
//! (numbers, strings, non-ASCII identifiers).
//!
//! The scanner knows nothing about lines or brackets; the lexer in
//! `lexer.rs` drives it one token at a time and does the layout itself.

use logos::Logos;

use crate::token::Tok;

/// A raw token. `Keyword` and `Operator` carry a code for
/// [`fixed_token`]; the other variants are starts that the lexer finishes
/// by hand.
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

    #[token("False", |_| 0u8)]
    #[token("None", |_| 1u8)]
    #[token("True", |_| 2u8)]
    #[token("and", |_| 3u8)]
    #[token("as", |_| 4u8)]
    #[token("assert", |_| 5u8)]
    #[token("async", |_| 6u8)]
    #[token("await", |_| 7u8)]
    #[token("break", |_| 8u8)]
    #[token("class", |_| 9u8)]
    #[token("continue", |_| 10u8)]
    #[token("def", |_| 11u8)]
    #[token("del", |_| 12u8)]
    #[token("elif", |_| 13u8)]
    #[token("else", |_| 14u8)]
    #[token("except", |_| 15u8)]
    #[token("finally", |_| 16u8)]
    #[token("for", |_| 17u8)]
    #[token("from", |_| 18u8)]
    #[token("global", |_| 19u8)]
    #[token("if", |_| 20u8)]
    #[token("import", |_| 21u8)]
    #[token("in", |_| 22u8)]
    #[token("is", |_| 23u8)]
    #[token("lambda", |_| 24u8)]
    #[token("nonlocal", |_| 25u8)]
    #[token("not", |_| 26u8)]
    #[token("or", |_| 27u8)]
    #[token("pass", |_| 28u8)]
    #[token("raise", |_| 29u8)]
    #[token("return", |_| 30u8)]
    #[token("try", |_| 31u8)]
    #[token("while", |_| 32u8)]
    #[token("with", |_| 33u8)]
    #[token("yield", |_| 34u8)]
    Keyword(u8),

    #[token("(", |_| b'(')]
    #[token("[", |_| b'[')]
    #[token("{", |_| b'{')]
    Open(u8),
    #[token(")", |_| b')')]
    #[token("]", |_| b']')]
    #[token("}", |_| b'}')]
    Close(u8),

    #[token("+", |_| 35u8)]
    #[token("-", |_| 36u8)]
    #[token("*", |_| 37u8)]
    #[token("**", |_| 38u8)]
    #[token("/", |_| 39u8)]
    #[token("//", |_| 40u8)]
    #[token("%", |_| 41u8)]
    #[token("@", |_| 42u8)]
    #[token("<<", |_| 43u8)]
    #[token(">>", |_| 44u8)]
    #[token("&", |_| 45u8)]
    #[token("|", |_| 46u8)]
    #[token("^", |_| 47u8)]
    #[token("~", |_| 48u8)]
    #[token(":=", |_| 49u8)]
    #[token("<", |_| 50u8)]
    #[token(">", |_| 51u8)]
    #[token("<=", |_| 52u8)]
    #[token(">=", |_| 53u8)]
    #[token("==", |_| 54u8)]
    #[token("!=", |_| 55u8)]
    #[token(",", |_| 56u8)]
    #[token(":", |_| 57u8)]
    #[token(".", |_| 58u8)]
    #[token(";", |_| 59u8)]
    #[token("=", |_| 60u8)]
    #[token("->", |_| 61u8)]
    #[token("+=", |_| 62u8)]
    #[token("-=", |_| 63u8)]
    #[token("*=", |_| 64u8)]
    #[token("/=", |_| 65u8)]
    #[token("//=", |_| 66u8)]
    #[token("%=", |_| 67u8)]
    #[token("@=", |_| 68u8)]
    #[token("&=", |_| 69u8)]
    #[token("|=", |_| 70u8)]
    #[token("^=", |_| 71u8)]
    #[token("<<=", |_| 72u8)]
    #[token(">>=", |_| 73u8)]
    #[token("**=", |_| 74u8)]
    #[token("...", |_| 75u8)]
    Operator(u8),
}

/// The token for a `Keyword`/`Operator` code (small codes keep [`Raw`]
/// two bytes wide, which measurably speeds up the scanner loop).
#[inline]
pub(crate) fn fixed_token(code: u8) -> Tok {
    match code {
        0 => Tok::False,
        1 => Tok::None,
        2 => Tok::True,
        3 => Tok::And,
        4 => Tok::As,
        5 => Tok::Assert,
        6 => Tok::Async,
        7 => Tok::Await,
        8 => Tok::Break,
        9 => Tok::Class,
        10 => Tok::Continue,
        11 => Tok::Def,
        12 => Tok::Del,
        13 => Tok::Elif,
        14 => Tok::Else,
        15 => Tok::Except,
        16 => Tok::Finally,
        17 => Tok::For,
        18 => Tok::From,
        19 => Tok::Global,
        20 => Tok::If,
        21 => Tok::Import,
        22 => Tok::In,
        23 => Tok::Is,
        24 => Tok::Lambda,
        25 => Tok::Nonlocal,
        26 => Tok::Not,
        27 => Tok::Or,
        28 => Tok::Pass,
        29 => Tok::Raise,
        30 => Tok::Return,
        31 => Tok::Try,
        32 => Tok::While,
        33 => Tok::With,
        34 => Tok::Yield,
        35 => Tok::Plus,
        36 => Tok::Minus,
        37 => Tok::Star,
        38 => Tok::DoubleStar,
        39 => Tok::Slash,
        40 => Tok::DoubleSlash,
        41 => Tok::Percent,
        42 => Tok::At,
        43 => Tok::LeftShift,
        44 => Tok::RightShift,
        45 => Tok::Amper,
        46 => Tok::VBar,
        47 => Tok::CircumFlex,
        48 => Tok::Tilde,
        49 => Tok::ColonEqual,
        50 => Tok::Less,
        51 => Tok::Greater,
        52 => Tok::LessEqual,
        53 => Tok::GreaterEqual,
        54 => Tok::EqEqual,
        55 => Tok::NotEqual,
        56 => Tok::Comma,
        57 => Tok::Colon,
        58 => Tok::Dot,
        59 => Tok::Semi,
        60 => Tok::Equal,
        61 => Tok::Rarrow,
        62 => Tok::PlusEqual,
        63 => Tok::MinusEqual,
        64 => Tok::StarEqual,
        65 => Tok::SlashEqual,
        66 => Tok::DoubleSlashEqual,
        67 => Tok::PercentEqual,
        68 => Tok::AtEqual,
        69 => Tok::AmperEqual,
        70 => Tok::VBarEqual,
        71 => Tok::CircumflexEqual,
        72 => Tok::LeftShiftEqual,
        73 => Tok::RightShiftEqual,
        74 => Tok::DoubleStarEqual,
        75 => Tok::Ellipsis,
        // Codes come only from the attributes above.
        _ => Tok::Ellipsis,
    }
}
