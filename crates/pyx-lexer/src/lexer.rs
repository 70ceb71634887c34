//! The token stream: drives the raw scanner, finishes numbers, strings and
//! identifiers by hand, and applies the layout rules (NEWLINE, INDENT,
//! DEDENT, brackets, continuations) and the soft-keyword rules.

use std::collections::VecDeque;

use logos::Logos;
use pyx_span::Span;

use crate::error::{LexError, SyntaxErrorKind};
use crate::escapes::{decode_bytes, decode_str, normalize_newlines};
use crate::fstring::split_fstring;
use crate::identifiers::{invalid_character_message, is_printable, scan_identifier, verify_identifier};
use crate::layout::{measure, IndentChange, IndentProblem, Indentation};
use crate::numbers::scan_number;
use crate::scanner::{fixed_token, Raw};
use crate::soft_keywords::{match_is_keyword, MatchBlocks};
use crate::strings::{parse_prefix, scan_string, StringPrefix};
use crate::token::Tok;
use crate::Spanned;

/// CPython's limit on open brackets (MAXLEVEL).
pub(crate) const MAX_BRACKET_DEPTH: usize = 200;

/// What the lexer is tokenizing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A whole module: full layout.
    File,
    /// The expression of an f-string field: as if inside brackets, so no
    /// NEWLINE, INDENT or DEDENT at all.
    FStringExpression,
}

/// An iterator over the tokens of a source text. After the first error it
/// yields nothing more.
pub struct Lexer<'s> {
    src: &'s str,
    /// The raw scanner, kept in step with `pos` by [`Lexer::sync_raw`].
    raw: logos::Lexer<'s, Raw>,
    bytes: &'s [u8],
    pos: usize,
    /// Added to every offset, so that spans point into the whole file.
    base: u32,
    mode: Mode,
    /// Tokens already produced but not yet returned (extra DEDENTs, the
    /// rest of a line read ahead to classify `match`).
    pending: VecDeque<Spanned>,
    /// An error to report once `pending` is drained.
    deferred_error: Option<LexError>,
    finished: bool,
    indentation: Indentation,
    /// Open brackets: the bracket byte and its offset.
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    /// Whether the current logical line has produced a token yet.
    line_has_tokens: bool,
    /// The last thing scanned was a backslash continuation.
    after_continuation: bool,
    /// The token just scanned is a `match` that starts a logical line.
    match_candidate: bool,
    match_blocks: MatchBlocks,
}

impl<'s> Lexer<'s> {
    pub(crate) fn new(src: &'s str, base: u32, mode: Mode) -> Lexer<'s> {
        let mut lexer = Lexer {
            src,
            raw: Raw::lexer(src),
            bytes: src.as_bytes(),
            pos: 0,
            base,
            mode,
            pending: VecDeque::new(),
            deferred_error: None,
            finished: false,
            indentation: Indentation::default(),
            brackets: Vec::new(),
            at_line_start: mode == Mode::File,
            line_has_tokens: false,
            after_continuation: false,
            match_candidate: false,
            match_blocks: MatchBlocks::default(),
        };
        if src.len() > u32::MAX as usize - base as usize {
            lexer.fail(LexError::syntax("source code is too large (over 4 GiB)", Span::at(base)));
        } else if lexer.bytes.contains(&0) {
            let nul = lexer.bytes.iter().position(|&b| b == 0).unwrap_or(0);
            let at = lexer.span(nul, nul + 1);
            lexer.fail(LexError::syntax("source code cannot contain null bytes", at));
        } else if src.starts_with('\u{FEFF}') {
            lexer.pos = 3;
        }
        lexer
    }

    fn fail(&mut self, error: LexError) {
        self.deferred_error = Some(error);
        self.finished = true;
    }

    #[inline]
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(start as u32, end as u32).shifted(self.base)
    }

    #[inline]
    fn spanned(&self, start: usize, tok: Tok, end: usize) -> Spanned {
        (start as u32 + self.base, tok, end as u32 + self.base)
    }

    fn error(&self, message: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError::syntax(message, self.span(start, end))
    }

    /// 1-based line number of `offset` (error paths only: O(offset)).
    fn line_of(&self, offset: usize) -> usize {
        let upto = &self.bytes[..offset.min(self.bytes.len())];
        let mut line = 1;
        let mut i = 0;
        while i < upto.len() {
            match upto[i] {
                b'\n' => line += 1,
                b'\r' if upto.get(i + 1) != Some(&b'\n') => line += 1,
                _ => {}
            }
            i += 1;
        }
        line
    }

    /// The next token, from the pending queue or freshly scanned.
    #[inline(always)]
    fn next_token(&mut self) -> Result<Option<Spanned>, LexError> {
        if let Some(tok) = self.pending.pop_front() {
            return Ok(Some(tok));
        }
        if let Some(error) = self.deferred_error.take() {
            self.finished = true;
            return Err(error);
        }
        if self.finished {
            return Ok(None);
        }
        let tok = self.scan()?;
        if self.match_candidate {
            self.match_candidate = false;
            if let Some(tok) = tok {
                return Ok(Some(self.classify_match(tok)));
            }
        }
        Ok(tok)
    }

    /// Reads the rest of the logical line after a line-initial `match` to
    /// decide whether it is the keyword; the tokens read are queued.
    fn classify_match(&mut self, tok: Spanned) -> Spanned {
        let mut line: Vec<Spanned> = Vec::new();
        loop {
            match self.next_token() {
                Ok(Some(next)) => {
                    let end_of_line = next.1 == Tok::Newline;
                    line.push(next);
                    if end_of_line {
                        break;
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    self.deferred_error = Some(error);
                    break;
                }
            }
        }
        let rest: Vec<Tok> = line.iter().map(|t| t.1.clone()).collect();
        let is_keyword = self.deferred_error.is_none() && match_is_keyword(&rest);
        let later = std::mem::take(&mut self.pending);
        self.pending.extend(line);
        self.pending.extend(later);
        if is_keyword {
            self.match_blocks.saw_match_header();
            (tok.0, Tok::Match, tok.2)
        } else {
            tok
        }
    }

    /// Scans the next token (never called with tokens pending).
    #[inline(always)]
    fn scan(&mut self) -> Result<Option<Spanned>, LexError> {
        loop {
            if self.at_line_start {
                match self.line_start()? {
                    LineStart::Blank => continue,
                    LineStart::Token(tok) => return Ok(Some(tok)),
                    LineStart::Content => {}
                }
            }
            self.sync_raw()?;
            let Some(raw) = self.raw.next() else {
                self.pos = self.bytes.len();
                return self.end_of_input();
            };
            let raw_span = self.raw.span();
            let (start, end) = (raw_span.start, raw_span.end);
            self.pos = end;
            let Ok(raw) = raw else {
                return Err(self.bad_character(start));
            };
            if raw != Raw::Continuation {
                self.after_continuation = false;
            }
            let tok = match raw {
                Raw::Newline => {
                    if self.mode == Mode::FStringExpression || !self.brackets.is_empty() {
                        continue;
                    }
                    self.at_line_start = true;
                    if !self.line_has_tokens {
                        continue;
                    }
                    self.line_has_tokens = false;
                    return Ok(Some(self.spanned(start, Tok::Newline, end)));
                }
                Raw::Comment => continue,
                Raw::Continuation => {
                    self.after_continuation = true;
                    continue;
                }
                Raw::StrayBackslash => {
                    return Err(if end >= self.bytes.len() {
                        self.error("unexpected EOF while parsing", end, end)
                    } else {
                        self.error("unexpected character after line continuation character", end, end + 1)
                    });
                }
                Raw::Name => self.name(start, end)?,
                Raw::NonAscii => self.identifier(start)?,
                Raw::Keyword(code) => {
                    if self.bytes.get(end).is_some_and(|&b| b >= 0x80) {
                        self.identifier(start)?
                    } else {
                        fixed_token(code)
                    }
                }
                Raw::Number => match scan_number(self.bytes, start) {
                    Ok((number_end, tok)) => {
                        self.pos = number_end;
                        tok
                    }
                    Err(e) => return Err(self.error(e.message, e.offset, e.offset + 1)),
                },
                Raw::Quote => self.string(start, start, StringPrefix::default())?,
                Raw::Open(b) => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(self.error("too many nested parentheses", start, end));
                    }
                    self.brackets.push((b, start));
                    match b {
                        b'(' => Tok::Lpar,
                        b'[' => Tok::Lsqb,
                        _ => Tok::Lbrace,
                    }
                }
                Raw::Close(b) => self.close_bracket(b, start)?,
                Raw::Operator(code) => fixed_token(code),
            };
            self.line_has_tokens = true;
            return Ok(Some(self.spanned(start, tok, self.pos)));
        }
    }

    /// Moves the raw scanner up to `pos` after hand-written scanning went
    /// past the raw token it returned.
    #[inline]
    fn sync_raw(&mut self) -> Result<(), LexError> {
        let at = self.raw.span().end;
        if self.pos > at {
            if !self.src.is_char_boundary(self.pos) {
                return Err(self.error("internal lexer error: bad offset", self.pos, self.pos));
            }
            self.raw.bump(self.pos - at);
        }
        Ok(())
    }

    /// Handles the start of a physical line at bracket depth 0: skips blank
    /// and comment-only lines, and turns the indentation into INDENT or
    /// DEDENT tokens.
    fn line_start(&mut self) -> Result<LineStart, LexError> {
        let line_begin = self.pos;
        let m = measure(self.bytes, line_begin);
        match self.bytes.get(m.end) {
            None => {
                self.pos = m.end;
                self.at_line_start = false;
                return Ok(LineStart::Content);
            }
            Some(b'#' | b'\n' | b'\r') => {
                let start = m.end;
                let mut p = start + memchr::memchr2(b'\n', b'\r', &self.bytes[start..]).unwrap_or(self.bytes.len() - start);
                p += match (self.bytes.get(p), self.bytes.get(p + 1)) {
                    (Some(b'\r'), Some(b'\n')) => 2,
                    (Some(_), _) => 1,
                    (None, _) => 0,
                };
                self.pos = p;
                return Ok(LineStart::Blank);
            }
            Some(_) => {}
        }
        self.at_line_start = false;
        self.pos = m.end;
        let change = self.indentation.change(m).map_err(|problem| {
            let kind = match problem {
                IndentProblem::InconsistentTabs => SyntaxErrorKind::TabError,
                _ => SyntaxErrorKind::IndentationError,
            };
            LexError { kind, message: problem.message().into(), span: self.span(m.end, m.end) }
        })?;
        let depth = self.indentation.depth();
        self.match_blocks.line_starts(depth, change == IndentChange::Indent);
        match change {
            IndentChange::Same => Ok(LineStart::Content),
            IndentChange::Indent => Ok(LineStart::Token(self.spanned(line_begin, Tok::Indent, m.end))),
            IndentChange::Dedent(n) => {
                for _ in 1..n {
                    let dedent = self.spanned(m.end, Tok::Dedent, m.end);
                    self.pending.push_back(dedent);
                }
                Ok(LineStart::Token(self.spanned(m.end, Tok::Dedent, m.end)))
            }
        }
    }

    /// End of input: close the last logical line and every open block.
    fn end_of_input(&mut self) -> Result<Option<Spanned>, LexError> {
        let end = self.bytes.len();
        if self.after_continuation {
            return Err(self.error("unexpected EOF while parsing", end, end));
        }
        if let Some(&(b, offset)) = self.brackets.last() {
            return Err(self.error(format!("'{}' was never closed", b as char), offset, offset + 1));
        }
        self.finished = true;
        if self.mode == Mode::FStringExpression {
            return Ok(None);
        }
        for _ in 0..self.indentation.close_all() {
            let dedent = self.spanned(end, Tok::Dedent, end);
            self.pending.push_back(dedent);
        }
        if self.line_has_tokens {
            self.line_has_tokens = false;
            return Ok(Some(self.spanned(end, Tok::Newline, end)));
        }
        Ok(self.pending.pop_front())
    }

    fn close_bracket(&mut self, b: u8, start: usize) -> Result<Tok, LexError> {
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(self.error(format!("unmatched '{}'", b as char), start, start + 1));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if b != expected {
            let open_line = self.line_of(open_at);
            let message = if open_line != self.line_of(start) {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}",
                    b as char, open as char
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    b as char, open as char
                )
            };
            return Err(self.error(message, start, start + 1));
        }
        Ok(match b {
            b')' => Tok::Rpar,
            b']' => Tok::Rsqb,
            _ => Tok::Rbrace,
        })
    }

    /// An ASCII name: maybe a string prefix, maybe continued by non-ASCII
    /// characters, maybe a soft keyword.
    fn name(&mut self, start: usize, end: usize) -> Result<Tok, LexError> {
        match self.bytes.get(end) {
            Some(&b) if b >= 0x80 => return self.identifier(start),
            Some(b'\'' | b'"') => {
                if let Some(prefix) = parse_prefix(&self.bytes[start..end]) {
                    return self.string(start, end, prefix);
                }
            }
            _ => {}
        }
        let text = &self.src[start..end];
        if !self.line_has_tokens && self.mode == Mode::File {
            if text == "match" {
                self.match_candidate = true;
            } else if text == "case" && self.match_blocks.case_allowed_at(self.indentation.depth()) {
                return Ok(Tok::Case);
            }
        }
        Ok(Tok::Name(text.to_owned()))
    }

    /// An identifier containing non-ASCII characters, starting at `start`.
    fn identifier(&mut self, start: usize) -> Result<Tok, LexError> {
        let end = scan_identifier(self.bytes, start);
        let text = self.src.get(start..end).unwrap_or("");
        self.pos = end;
        match verify_identifier(text) {
            Ok(name) => Ok(Tok::Name(name)),
            Err((offset, message)) => {
                let at = start + offset;
                Err(self.error(message, at, at))
            }
        }
    }

    /// A string, bytes or f-string literal whose prefix starts at `start`
    /// and whose opening quote is at `quote`.
    fn string(&mut self, start: usize, quote: usize, prefix: StringPrefix) -> Result<Tok, LexError> {
        let bounds = scan_string(self.bytes, quote).map_err(|u| {
            let line = self.line_of(u.detected_at);
            let what = if u.triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
            self.error(format!("{what} (detected at line {line})"), start, start)
        })?;
        self.pos = bounds.end;
        let body = &self.src[bounds.body_start..bounds.body_end];
        let literal_error = |message: String| self.error(message, start, bounds.end);
        if prefix.format {
            return split_fstring(self.src, bounds.body_start, bounds.body_end, prefix.raw, self.base)
                .map(Tok::FString)
                .map_err(|e| self.error(e.message, e.offset, e.offset));
        }
        if prefix.bytes {
            return decode_bytes(body, prefix.raw).map(Tok::Bytes).map_err(literal_error);
        }
        if prefix.raw {
            return Ok(Tok::Str(normalize_newlines(body)));
        }
        decode_str(body).map(Tok::Str).map_err(literal_error)
    }

    /// The error for a character the scanner does not recognise.
    fn bad_character(&self, start: usize) -> LexError {
        let c = self.src.get(start..).and_then(|s| s.chars().next()).unwrap_or('\0');
        let end = start + c.len_utf8();
        if c == '\0' {
            self.error("source code cannot contain null bytes", start, end)
        } else if !is_printable(c) {
            self.error(invalid_character_message(c), start, start)
        } else {
            self.error("invalid syntax", start, end)
        }
    }
}

/// What the start of a physical line turned out to be.
enum LineStart {
    /// A blank or comment-only line, skipped.
    Blank,
    /// An INDENT or the first DEDENT for a new logical line.
    Token(Spanned),
    /// A logical line at the current indentation (or end of input).
    Content,
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.next_token() {
            Ok(Some(tok)) => Some(Ok(tok)),
            Ok(None) => None,
            Err(error) => {
                self.finished = true;
                self.pending.clear();
                self.deferred_error = None;
                Some(Err(error))
            }
        }
    }
}
