//! The tokens the parser consumes.

use num_bigint::BigInt;
use pyx_span::Span;

/// One token. Literal tokens carry their decoded value; names are NFKC
/// normalised. `match` and `case` come out as [`Tok::Match`] / [`Tok::Case`]
/// only where they start a match statement or a case clause, and as
/// [`Tok::Name`] everywhere else (they are soft keywords).
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal: the value of its imaginary part.
    Imaginary(f64),
    /// A string literal with its escapes decoded (`u` and raw prefixes
    /// included). Adjacent literals are separate tokens; the parser joins them.
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string literal, split into its parts.
    FString(Vec<FStringPart>),

    // Layout.
    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Soft keywords, only where they act as keywords.
    Match,
    Case,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    CircumFlex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    Rarrow,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    Ellipsis,
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text with escapes decoded and `{{`/`}}` collapsed.
    Literal { value: String, span: Span },
    /// A replacement field `{expression=!r:spec}`.
    Field(FStringField),
}

/// A replacement field of an f-string. The parser parses `expression`
/// itself; `expression_span` locates it in the whole source so that errors
/// and AST spans inside it point at the right place.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringField {
    /// The expression's source text, exactly as written between `{` and the
    /// `=`, `!`, `:` or `}` that ends it.
    pub expression: String,
    pub expression_span: Span,
    /// For the `=` debug form: the text to print before the value — the
    /// expression as written, including the whitespace around it and `=`.
    pub debug_text: Option<String>,
    /// `'s'`, `'r'` or `'a'`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself made of literal parts and nested
    /// fields. `None` when there is no `:`.
    pub format_spec: Option<Vec<FStringPart>>,
    /// The whole field, braces included.
    pub span: Span,
}

impl Tok {
    /// The text the parser's error messages use for this token.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => n.clone(),
            Tok::Int(i) => i.to_string(),
            Tok::Float(_) | Tok::Imaginary(_) => "number".into(),
            Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => "string".into(),
            Tok::Newline => "newline".into(),
            Tok::Indent => "indent".into(),
            Tok::Dedent => "dedent".into(),
            other => other.spelling().unwrap_or("token").into(),
        }
    }

    /// How a keyword or operator token is written in source; `None` for
    /// tokens with a value and the layout tokens.
    pub fn spelling(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Match => "match",
            Tok::Case => "case",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::DoubleStar => "**",
            Tok::Slash => "/",
            Tok::DoubleSlash => "//",
            Tok::Percent => "%",
            Tok::At => "@",
            Tok::LeftShift => "<<",
            Tok::RightShift => ">>",
            Tok::Amper => "&",
            Tok::VBar => "|",
            Tok::CircumFlex => "^",
            Tok::Tilde => "~",
            Tok::ColonEqual => ":=",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::Lpar => "(",
            Tok::Rpar => ")",
            Tok::Lsqb => "[",
            Tok::Rsqb => "]",
            Tok::Lbrace => "{",
            Tok::Rbrace => "}",
            Tok::Comma => ",",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::Semi => ";",
            Tok::Equal => "=",
            Tok::Rarrow => "->",
            Tok::PlusEqual => "+=",
            Tok::MinusEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::DoubleSlashEqual => "//=",
            Tok::PercentEqual => "%=",
            Tok::AtEqual => "@=",
            Tok::AmperEqual => "&=",
            Tok::VBarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LeftShiftEqual => "<<=",
            Tok::RightShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::Ellipsis => "...",
            _ => return None,
        })
    }
}
