//! Turning LALRPOP's parse errors into CPython's syntax error messages.
//!
//! An LR parser knows the token it could not accept and the tokens it
//! expected; CPython's messages ("expected ':'", "Perhaps you forgot a
//! comma?", "expected an indented block after 'if' statement on line 3")
//! also need a little context before that token. [`TokenTrail`] holds that
//! context: the last few tokens with their bracket depth, and the first
//! tokens of the current and previous logical lines. It is built only when
//! an error happens, by lexing the source again up to the refused token, so
//! that parsing valid code pays nothing for it.

use std::collections::VecDeque;

use lalrpop_util::ParseError;
use pyx_lexer::{LexError, SyntaxErrorKind, Tok};
use pyx_span::{LineIndex, Span};

use crate::error::SyntaxError;

/// What the messages need to know about a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Name,
    /// A number or string literal, `None`, `True`, `False`, `...`.
    Literal,
    Str,
    Open,
    Close,
    Comma,
    /// A token that ends the expression before it (`=`, `:`, `if`, ...).
    Boundary,
    Newline,
    Indent,
    Dedent,
    /// A keyword that starts an expression (`not`, `lambda`, `await`).
    ExprKeyword,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Seen {
    class: Class,
    /// The keyword, for statement keywords.
    keyword: Option<&'static str>,
    span: Span,
    depth: u32,
}

const TRAIL: usize = 256;

/// The tokens before a parse error, with the context the messages need.
pub struct TokenTrail {
    recent: VecDeque<Seen>,
    depth: u32,
    at_line_start: bool,
    line: [Option<Seen>; 2],
    previous_line: [Option<Seen>; 2],
}

fn classify(tok: &Tok) -> (Class, Option<&'static str>) {
    let class = match tok {
        Tok::Name(_) => Class::Name,
        Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_) | Tok::None | Tok::True | Tok::False | Tok::Ellipsis => {
            Class::Literal
        }
        Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => Class::Str,
        Tok::Lpar | Tok::Lsqb | Tok::Lbrace => Class::Open,
        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => Class::Close,
        Tok::Comma => Class::Comma,
        Tok::Newline => Class::Newline,
        Tok::Indent => Class::Indent,
        Tok::Dedent => Class::Dedent,
        Tok::Not | Tok::Lambda | Tok::Await => Class::ExprKeyword,
        Tok::Equal | Tok::Colon | Tok::ColonEqual | Tok::If | Tok::Else | Tok::For | Tok::Yield | Tok::Return
        | Tok::Semi => Class::Boundary,
        _ => Class::Other,
    };
    let keyword = match tok {
        Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_) | Tok::Str(_) | Tok::Bytes(_)
        | Tok::FString(_) => None,
        _ => tok.spelling(),
    };
    (class, keyword)
}

impl TokenTrail {
    /// Replays `tokens` (the stream the parser saw) up to and including the
    /// refused token `stop` (its start and kind), or to the end. `depth` is
    /// the bracket depth the tokens start at (1 for the expression of an
    /// f-string field, which CPython parses as if in parentheses).
    pub fn replay<I>(tokens: I, depth: u32, stop: Option<(u32, &Tok)>) -> TokenTrail
    where
        I: Iterator<Item = Result<(u32, Tok, u32), LexError>>,
    {
        let mut trail = TokenTrail::new(depth);
        for item in tokens {
            let Ok((start, tok, end)) = item else { break };
            if let Some((at, refused)) = stop {
                if start > at {
                    break;
                }
                trail.record(start, &tok, end);
                if start == at && std::mem::discriminant(&tok) == std::mem::discriminant(refused) {
                    break;
                }
            } else {
                trail.record(start, &tok, end);
            }
        }
        trail
    }

    fn new(depth: u32) -> TokenTrail {
        TokenTrail {
            recent: VecDeque::with_capacity(TRAIL),
            depth,
            at_line_start: true,
            line: [None, None],
            previous_line: [None, None],
        }
    }

    fn record(&mut self, start: u32, tok: &Tok, end: u32) {
        let (class, keyword) = classify(tok);
        if class == Class::Close {
            self.depth = self.depth.saturating_sub(1);
        }
        let seen = Seen { class, keyword, span: Span::new(start, end), depth: self.depth };
        if class == Class::Open {
            self.depth += 1;
        }
        if self.recent.len() == TRAIL {
            self.recent.pop_front();
        }
        self.recent.push_back(seen);
        match class {
            Class::Newline => {
                self.at_line_start = true;
                self.previous_line = self.line;
            }
            Class::Indent | Class::Dedent => {}
            _ if self.at_line_start => {
                self.at_line_start = false;
                self.line = [Some(seen), None];
            }
            _ => {
                if self.line[1].is_none() {
                    self.line[1] = Some(seen);
                }
            }
        }
    }
}

fn starts_expression(c: Class) -> bool {
    matches!(c, Class::Name | Class::Literal | Class::Str | Class::Open | Class::ExprKeyword)
}

fn ends_expression(c: Class) -> bool {
    matches!(c, Class::Name | Class::Literal | Class::Str | Class::Close)
}

impl TokenTrail {
    /// The tokens before the last one (the one the parser refused).
    fn before_last(&self) -> impl Iterator<Item = &Seen> {
        self.recent.iter().rev().skip(1)
    }

    /// Where the expression that ends just before the refused token
    /// starts: after the nearest comma, opening bracket, `=`, `:` or
    /// keyword at the same bracket depth.
    fn expression_start(&self, depth: u32, mut skip_if: bool) -> Option<u32> {
        let mut start = None;
        for seen in self.before_last() {
            if seen.depth < depth {
                break;
            }
            if skip_if && seen.depth == depth && seen.keyword == Some("if") {
                skip_if = false;
            } else if seen.depth == depth
                && matches!(seen.class, Class::Comma | Class::Boundary | Class::Newline | Class::Indent | Class::Dedent)
            {
                break;
            }
            start = Some(seen.span.start);
        }
        start
    }

    /// The bracket that opened depth `depth`, before the refused token.
    fn opener(&self, depth: u32) -> Option<Seen> {
        if depth == 0 {
            return None;
        }
        self.before_last().find(|s| s.class == Class::Open && s.depth == depth - 1).copied()
    }

    /// What CPython would call the expression that ends with `last`.
    fn target_kind(&self, source: &str, last: Seen) -> &'static str {
        let before = self.before_last().nth(1);
        match last.class {
            Class::Name if before.is_some_and(|b| source.get(b.span.range()) == Some(".")) => "attribute",
            Class::Close if source.as_bytes().get(last.span.start as usize) == Some(&b']') => "subscript",
            Class::Close if source.as_bytes().get(last.span.start as usize) == Some(&b')') => "function call",
            Class::Literal | Class::Str => "literal",
            _ => "expression",
        }
    }

    fn block_opener(&self) -> Option<(String, u32)> {
        let first = self.previous_line[0]?;
        let second = self.previous_line[1];
        let keyword = match first.keyword {
            Some("async") => second.and_then(|s| s.keyword)?,
            Some(k) => k,
            None => return None,
        };
        let what = match keyword {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "except" if second.and_then(|s| s.keyword).is_none() && second.is_some_and(|s| s.class == Class::Other) => {
                "'except*' statement".to_string()
            }
            "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally" | "match" | "case" => {
                format!("'{keyword}' statement")
            }
            _ => return None,
        };
        let anchor = if first.keyword == Some("async") { second.map_or(first, |s| s) } else { first };
        Some((what, anchor.span.start))
    }
}

/// CPython's message for a parse error.
pub fn convert(err: ParseError<u32, Tok, LexError>, trail: &TokenTrail, source: &str) -> SyntaxError {
    match err {
        ParseError::User { error } => from_user(error, source),
        ParseError::InvalidToken { location } => {
            SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", Span::at(location))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            unexpected(trail, source, Span::at(location), None, &expected)
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            unexpected(trail, source, Span::new(l, r), Some(&tok), &expected)
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", Span::new(l, r))
        }
    }
}

/// Where the expression list that starts at `from` ends, when the rest of
/// its line (or of its statement, up to a `;` or a comment) parses as one;
/// `None` when it does not.
fn legacy_call_end(source: &str, from: u32) -> Option<u32> {
    let rest = source.get(from as usize..)?;
    let line = &rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())];
    let parses = |end: usize| {
        let candidate = line[..end].trim_end();
        (!candidate.is_empty() && crate::parse_expression(candidate).is_ok()).then_some(candidate.len())
    };
    let mut ends: Vec<usize> = line.match_indices(';').map(|(i, _)| i).collect();
    ends.push(line.len());
    let end = ends.into_iter().rev().find_map(parses)?;
    // A trailing comment is not part of it.
    let end = line[..end].match_indices('#').map(|(i, _)| i).find_map(parses).unwrap_or(end);
    Some(from + end as u32)
}

fn line_start_and_indent(source: &str, offset: u32) -> (u32, u32) {
    let index = LineIndex::new(source);
    let line = index.line_span(source, index.line_column(offset).line);
    let text = source.get(line.range()).unwrap_or("");
    let indent = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
    (line.start, indent as u32)
}

/// An error raised by the lexer or an action, placed where CPython places
/// the indentation errors its tokenizer raises.
fn from_user(error: LexError, source: &str) -> SyntaxError {
    let mut e = SyntaxError::from(error);
    if e.kind == SyntaxErrorKind::TabError {
        let (start, _) = line_start_and_indent(source, e.span.start);
        e.span = Span::at(start);
        e.no_column = true;
    } else if e.kind == SyntaxErrorKind::IndentationError && e.message.starts_with("unindent does not match") {
        // CPython's column is just past the end of the line.
        let index = LineIndex::new(source);
        let line = index.line_span(source, index.line_column(e.span.start).line);
        let text = source.get(line.range()).unwrap_or("");
        e.span = Span::at(line.start + text.trim_end().len() as u32);
        e.no_column = true;
    }
    e
}

fn unexpected(
    trail: &TokenTrail,
    source: &str,
    span: Span,
    tok: Option<&Tok>,
    expected: &[String],
) -> SyntaxError {
    let syntax = |message: &str, span: Span| SyntaxError::new(SyntaxErrorKind::SyntaxError, message, span);
    let expects = |t: &str| expected.iter().any(|e| e == t);
    let class = tok.map_or(Class::Newline, |t| classify(t).0);
    let previous = if tok.is_none() { trail.recent.back() } else { trail.before_last().next() }.copied();

    if class == Class::Indent {
        let (start, indent) = line_start_and_indent(source, span.end);
        let mut e = SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected indent", Span::at(start + indent.saturating_sub(1)));
        e.no_column = true;
        return e;
    }
    if expects("Indent") && previous.is_some_and(|p| p.class == Class::Newline) {
        if let Some((what, at)) = trail.block_opener() {
            let line = LineIndex::new(source).line_column(at).line;
            let span = match (tok, previous) {
                (None, Some(newline)) => Span::at(newline.span.start),
                _ if class == Class::Dedent => Span::at(span.start),
                _ => span,
            };
            return SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                format!("expected an indented block after {what} on line {line}"),
                span,
            );
        }
    }
    // CPython says "expected ':'" after the header of a compound statement.
    let header = trail.line[0].and_then(|s| s.keyword).is_some_and(|k| {
        matches!(
            k,
            "if" | "elif" | "else" | "while" | "for" | "async" | "with" | "try" | "except" | "finally" | "def"
                | "class" | "match" | "case"
        )
    });
    if class == Class::Newline && expects("\":\"") && header {
        return syntax("expected ':'", Span::at(span.start));
    }
    // `if x = 1:`: an assignment where a condition belongs. Only the
    // plain case (a simple operand after `=`, then the `:`) is recognised.
    let condition = trail.line[0].and_then(|s| s.keyword).is_some_and(|k| matches!(k, "if" | "elif" | "while"));
    let name_after_keyword = previous.is_some_and(|p| {
        p.depth == 0 && p.class == Class::Name && trail.line[1].is_some_and(|s| s.span == p.span)
    });
    if condition && matches!(tok, Some(Tok::Equal)) && name_after_keyword {
        let rest = source.get(span.end as usize..).unwrap_or("");
        let operand = rest.split([':', '\n']).next().unwrap_or("");
        let simple = !operand.trim().is_empty()
            && !operand.trim().contains(' ')
            && operand.chars().all(|c| c.is_alphanumeric() || c == '_' || c == ' ' || c == '.')
            && rest.len() > operand.len()
            && rest.as_bytes()[operand.len()] == b':';
        if let (true, Some(start)) = (simple, previous.map(|p| p.span.start)) {
            let end = span.end + operand.trim_end().len() as u32;
            return syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Span::new(start, end));
        }
    }
    if expected.len() == 1 && expects("\"(\"") {
        return syntax("expected '('", span);
    }
    if let Some(prev) = previous {
        let opener = trail.opener(prev.depth).and_then(|o| source.as_bytes().get(o.span.start as usize).copied());
        // `{1: }`
        if prev.class == Class::Boundary
            && source.get(prev.span.range()) == Some(":")
            && opener == Some(b'{')
            && matches!(tok, Some(Tok::Rbrace | Tok::Comma))
        {
            return syntax("expression expected after dictionary key and ':'", prev.span);
        }
        // `f(a==1=2)`
        if matches!(tok, Some(Tok::Equal)) && opener == Some(b'(') && ends_expression(prev.class) {
            if let Some(start) = trail.expression_start(prev.depth, false) {
                return syntax(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    Span::new(start, span.end),
                );
            }
        }
        // `(x.y := 1)`
        let what = trail.target_kind(source, prev);
        if matches!(tok, Some(Tok::ColonEqual)) && what != "expression" {
            if let Some(start) = trail.expression_start(prev.depth, false) {
                return syntax(&format!("cannot use assignment expressions with {what}"), Span::new(start, prev.span.end));
            }
        }
    }
    if let (Some(prev), true) = (previous, starts_expression(class)) {
        // `print x`: a Python 2 print statement, when what follows the
        // name is an expression list (CPython's `invalid_legacy_expression`).
        if prev.class == Class::Name && prev.depth == 0 {
            let word = source.get(prev.span.range()).unwrap_or("");
            if word == "print" || word == "exec" {
                if let Some(end) = legacy_call_end(source, span.start) {
                    return syntax(
                        &format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                        Span::new(prev.span.start, end),
                    );
                }
            }
        }
        let name_then_string = prev.class == Class::Name && class == Class::Str;
        if prev.depth > 0 && ends_expression(prev.class) && !name_then_string {
            if let Some(start) = trail.expression_start(prev.depth, false) {
                return syntax("invalid syntax. Perhaps you forgot a comma?", Span::new(start, span.end));
            }
        }
    }
    if expects("\"else\"") {
        if let Some(prev) = previous {
            if let Some(start) = trail.expression_start(prev.depth, true) {
                return syntax("expected 'else' after 'if' expression", Span::new(start, prev.span.end));
            }
        }
    }
    let span = if class == Class::Newline || class == Class::Dedent || tok.is_none() {
        Span::at(span.start)
    } else {
        span
    };
    syntax("invalid syntax", span)
}

/// CPython's last word on a parser error: it tokenizes the rest of the
/// source, and an error the tokenizer finds there replaces the parser's —
/// an unclosed bracket only when the parser had read past the bracket's
/// line (the furthest token it read is on a later line than the bracket).
/// For "Perhaps you forgot a comma?" CPython has read the token after the
/// second expression; otherwise about the last token the error covers.
pub fn prefer_tokenizer_error(source: &str, err: SyntaxError) -> SyntaxError {
    if err.kind != SyntaxErrorKind::SyntaxError {
        return err;
    }
    let comma = err.message.ends_with("Perhaps you forgot a comma?");
    let mut furthest: Option<u32> = None;
    let mut lex_error = None;
    for token in pyx_lexer::tokenize(source) {
        match token {
            Ok((start, _, _)) => {
                if comma {
                    if furthest.is_none() && start >= err.span.end {
                        furthest = Some(start);
                    }
                } else if start < err.span.end.max(err.span.start + 1) {
                    furthest = Some(start);
                }
            }
            Err(e) => {
                lex_error = Some(e);
                break;
            }
        }
    }
    let Some(lex_error) = lex_error else { return err };
    let lex_error = from_user(lex_error, source);
    if lex_error.span == err.span && lex_error.message == err.message {
        return err;
    }
    if lex_error.message.ends_with("was never closed") {
        let index = LineIndex::new(source);
        let bracket_line = index.line_column(lex_error.span.start).line;
        // No token read past the error: the parser reached the end.
        let read_line = furthest.map_or(u32::MAX, |at| index.line_column(at).line);
        if read_line <= bracket_line {
            return err;
        }
    }
    lex_error
}
