//! Splitting an f-string body into literal pieces and replacement fields,
//! with Python 3.11's rules: the expression part may not contain a
//! backslash or `#`, `{{`/`}}` stand for braces outside format specs,
//! format specs may hold fields nested one level deep, and `=` asks for
//! the expression text to be printed (with `!r` implied unless a
//! conversion or spec is given).
//!
//! Expressions are not tokenized here: the parser lexes each field's text
//! with [`crate::tokenize_fstring_expression`] at its recorded span.

use pyx_span::Span;

use crate::escapes::{decode_str, normalize_newlines};
use crate::token::{FStringField, FStringPart};

/// Brackets CPython allows inside one replacement field.
const MAX_FIELD_BRACKETS: usize = 200;

/// An f-string error at a byte offset of the source.
#[derive(Debug, PartialEq)]
pub(crate) struct FStringError {
    pub offset: usize,
    pub message: String,
}

fn error<T>(offset: usize, message: impl Into<String>) -> Result<T, FStringError> {
    Err(FStringError { offset, message: message.into() })
}

/// Splits the body `body_start..body_end` of an f-string in `src`. Spans
/// in the result are shifted by `base`.
pub(crate) fn split_fstring(
    src: &str,
    body_start: usize,
    body_end: usize,
    raw: bool,
    base: u32,
) -> Result<Vec<FStringPart>, FStringError> {
    let mut splitter = Splitter { src, bytes: src.as_bytes(), end: body_end, raw, base };
    let (parts, pos) = splitter.parts(body_start, 0)?;
    debug_assert!(pos >= body_end);
    Ok(parts)
}

struct Splitter<'s> {
    src: &'s str,
    bytes: &'s [u8],
    end: usize,
    raw: bool,
    base: u32,
}

impl Splitter<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(start as u32, end as u32).shifted(self.base)
    }

    /// Literal pieces and fields from `pos` up to the end of the body
    /// (level 0) or up to the `}` closing a format spec (level > 0, the
    /// `}` is not consumed). Recursion is bounded by the nesting limit.
    fn parts(&mut self, mut pos: usize, level: u32) -> Result<(Vec<FStringPart>, usize), FStringError> {
        let mut parts = Vec::new();
        loop {
            pos = self.literal(pos, level, &mut parts)?;
            if pos >= self.end {
                if level > 0 {
                    return error(self.end, "f-string: expecting '}'");
                }
                return Ok((parts, pos));
            }
            if self.bytes[pos] == b'}' {
                // Only reached inside a format spec: it ends the spec.
                return Ok((parts, pos));
            }
            let (field, next) = self.field(pos, level)?;
            parts.push(FStringPart::Field(field));
            pos = next;
        }
    }

    /// Scans literal text from `pos`, pushes it (decoded) if not empty,
    /// and returns the offset of the `{`/`}` or end that stopped it.
    fn literal(&self, start: usize, level: u32, parts: &mut Vec<FStringPart>) -> Result<usize, FStringError> {
        let mut pos = start;
        let mut text = String::new();
        let mut run = start;
        while pos < self.end {
            let b = self.bytes[pos];
            if b == b'\\' && !self.raw {
                let next = self.bytes.get(pos + 1).copied();
                if next == Some(b'N') && self.bytes.get(pos + 2) == Some(&b'{') {
                    // `\N{NAME}`: its braces are not a field.
                    let close = self.bytes[pos + 3..self.end].iter().position(|&c| c == b'}');
                    pos = close.map_or(self.end, |c| pos + 3 + c + 1);
                } else if matches!(next, Some(b'{') | Some(b'}')) || pos + 1 >= self.end {
                    pos += 1;
                } else {
                    pos += 2;
                }
                continue;
            }
            if b == b'{' || b == b'}' {
                if level == 0 {
                    if self.bytes.get(pos + 1) == Some(&b) && pos + 1 < self.end {
                        text.push_str(&self.src[run..=pos]);
                        pos += 2;
                        run = pos;
                        continue;
                    }
                    if b == b'}' {
                        return error(pos + 1, "f-string: single '}' is not allowed");
                    }
                }
                break;
            }
            pos += 1;
        }
        let pos = pos.min(self.end);
        if pos > start {
            text.push_str(&self.src[run..pos]);
            let value = if self.raw {
                normalize_newlines(&text)
            } else {
                decode_str(&text).map_err(|message| FStringError { offset: start, message })?
            };
            parts.push(FStringPart::Literal { value, span: self.span(start, pos) });
        }
        Ok(pos)
    }

    /// A replacement field starting at the `{` at `open`; returns it and
    /// the offset after its `}`.
    fn field(&mut self, open: usize, level: u32) -> Result<(FStringField, usize), FStringError> {
        if level >= 2 {
            return error(open, "f-string: expressions nested too deeply");
        }
        let expr_start = open + 1;
        let mut pos = expr_start;
        let mut quote: Option<(u8, bool)> = None;
        let mut brackets: Vec<u8> = Vec::new();
        while pos < self.end {
            let b = self.bytes[pos];
            if b == b'\\' {
                return error(pos, "f-string expression part cannot include a backslash");
            }
            if let Some((q, triple)) = quote {
                if b == q {
                    if !triple {
                        quote = None;
                    } else if self.bytes.get(pos + 1) == Some(&q) && self.bytes.get(pos + 2) == Some(&q) && pos + 2 < self.end {
                        quote = None;
                        pos += 3;
                        continue;
                    }
                }
                pos += 1;
                continue;
            }
            match b {
                b'\'' | b'"' => {
                    let triple = pos + 2 < self.end
                        && self.bytes[pos + 1] == b
                        && self.bytes[pos + 2] == b;
                    quote = Some((b, triple));
                    pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_FIELD_BRACKETS {
                        return error(pos, "f-string: too many nested parenthesis");
                    }
                    brackets.push(b);
                    pos += 1;
                    continue;
                }
                b'#' => return error(pos, "f-string expression part cannot include '#'"),
                _ => {}
            }
            if brackets.is_empty() && matches!(b, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                let next = self.bytes.get(pos + 1).copied().filter(|_| pos + 1 < self.end);
                if next == Some(b'=') && matches!(b, b'=' | b'!' | b'<' | b'>') {
                    pos += 2;
                    continue;
                }
                if b == b'<' || b == b'>' {
                    pos += 1;
                    continue;
                }
                break;
            }
            if matches!(b, b')' | b']' | b'}') {
                let Some(opening) = brackets.pop() else {
                    return error(pos, format!("f-string: unmatched '{}'", b as char));
                };
                let expected = match opening {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if b != expected {
                    return error(
                        pos,
                        format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            b as char, opening as char
                        ),
                    );
                }
            }
            pos += 1;
        }
        if quote.is_some() {
            return error(pos, "f-string: unterminated string");
        }
        if let Some(&opening) = brackets.last() {
            return error(pos, format!("f-string: unmatched '{}'", opening as char));
        }
        if pos >= self.end {
            return error(pos, "f-string: expecting '}'");
        }
        let expr_end = pos;
        let expression = &self.src[expr_start..expr_end];
        let mut stop = self.bytes[pos];
        if expression.bytes().all(|b| b.is_ascii_whitespace() || b == 0x0B || b == 0x0C) {
            let message = if stop == b'}' {
                "f-string: empty expression not allowed".to_string()
            } else {
                format!("f-string: expression required before '{}'", stop as char)
            };
            return error(pos, message);
        }

        let mut debug_text = None;
        if stop == b'=' {
            pos += 1;
            while pos < self.end && matches!(self.bytes[pos], b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                pos += 1;
            }
            debug_text = Some(normalize_newlines(&self.src[expr_start..pos]));
            if pos >= self.end {
                return error(pos, "f-string: expecting '}'");
            }
            stop = self.bytes[pos];
        }

        let mut conversion = None;
        if stop == b'!' {
            pos += 1;
            if pos >= self.end {
                return error(pos, "f-string: expecting '}'");
            }
            let c = self.bytes[pos];
            if !matches!(c, b's' | b'r' | b'a') {
                return error(pos, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = Some(c as char);
            pos += 1;
            if pos >= self.end {
                return error(pos, "f-string: expecting '}'");
            }
            stop = self.bytes[pos];
        }

        let mut format_spec = None;
        if stop == b':' {
            let (spec, next) = self.parts(pos + 1, level + 1)?;
            format_spec = Some(spec);
            pos = next;
            if pos >= self.end {
                return error(pos, "f-string: expecting '}'");
            }
            stop = self.bytes[pos];
        }

        if stop != b'}' {
            return error(pos, "f-string: expecting '}'");
        }
        pos += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let field = FStringField {
            expression: expression.to_owned(),
            expression_span: self.span(expr_start, expr_end),
            debug_text,
            conversion,
            format_spec,
            span: self.span(open, pos),
        };
        Ok((field, pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(body: &str) -> Result<Vec<FStringPart>, String> {
        split_fstring(body, 0, body.len(), false, 0).map_err(|e| e.message)
    }

    fn lit(value: &str, start: u32, end: u32) -> FStringPart {
        FStringPart::Literal { value: value.into(), span: Span::new(start, end) }
    }

    fn field(parts: &[FStringPart], i: usize) -> &FStringField {
        match &parts[i] {
            FStringPart::Field(f) => f,
            other => panic!("not a field: {other:?}"),
        }
    }

    #[test]
    fn literals_and_fields() {
        let parts = split("a{x}b{{c}}").unwrap();
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0], lit("a", 0, 1));
        let f = field(&parts, 1);
        assert_eq!(f.expression, "x");
        assert_eq!(f.expression_span, Span::new(2, 3));
        assert_eq!(f.span, Span::new(1, 4));
        assert_eq!((f.conversion, &f.debug_text, &f.format_spec), (None, &None, &None));
        assert_eq!(parts[2], lit("b{c}", 4, 10));
    }

    #[test]
    fn debug_conversion_and_spec() {
        let parts = split("{x = }").unwrap();
        let f = field(&parts, 0);
        assert_eq!(f.expression, "x ");
        assert_eq!(f.debug_text.as_deref(), Some("x = "));
        assert_eq!(f.conversion, Some('r'));

        let parts = split("{x=:>4}").unwrap();
        let f = field(&parts, 0);
        assert_eq!(f.debug_text.as_deref(), Some("x="));
        assert_eq!(f.conversion, None);
        assert_eq!(f.format_spec, Some(vec![lit(">4", 4, 6)]));

        let parts = split("{x = !s:>4}").unwrap();
        assert_eq!(field(&parts, 0).conversion, Some('s'));

        let parts = split("{a != b}{a == b}{a <= b}{a:=1}").unwrap();
        assert_eq!(field(&parts, 0).expression, "a != b");
        assert_eq!(field(&parts, 1).expression, "a == b");
        assert_eq!(field(&parts, 2).expression, "a <= b");
        assert_eq!(field(&parts, 3).expression, "a");
        assert_eq!(field(&parts, 3).format_spec, Some(vec![lit("=1", 27, 29)]));
    }

    #[test]
    fn nested_specs() {
        let parts = split("{x:{w}.{p}}").unwrap();
        let spec = field(&parts, 0).format_spec.clone().unwrap();
        assert_eq!(spec.len(), 3);
        assert_eq!(field(&spec, 0).expression, "w");
        assert_eq!(spec[1], lit(".", 6, 7));
        assert_eq!(field(&spec, 2).expression, "p");
        // `{{` in a spec opens a nested field holding a dict display.
        let parts = split("{x:{{}}}").unwrap();
        let spec = field(&parts, 0).format_spec.clone().unwrap();
        assert_eq!(field(&spec, 0).expression, "{}");
        // `}}` after a spec is a literal brace.
        let parts = split("{x:}}}").unwrap();
        assert_eq!(field(&parts, 0).format_spec, Some(vec![]));
        assert_eq!(parts[1], lit("}", 4, 6));
    }

    #[test]
    fn brackets_and_strings_hide_stops() {
        let parts = split("{d['a:b']}{f(x, y=1)}{(lambda x:1)}{'}'}").unwrap();
        assert_eq!(field(&parts, 0).expression, "d['a:b']");
        assert_eq!(field(&parts, 1).expression, "f(x, y=1)");
        assert_eq!(field(&parts, 2).expression, "(lambda x:1)");
        assert_eq!(field(&parts, 3).expression, "'}'");
    }

    #[test]
    fn named_escape_braces_are_literal() {
        assert_eq!(split(r"\N{DIGIT ONE}{x}").unwrap()[0], lit("1", 0, 13));
        let raw = split_fstring(r"\N{x}", 0, 5, true, 0).unwrap();
        assert_eq!(raw[0], lit("\\N", 0, 2));
    }

    #[test]
    fn errors() {
        for (body, msg) in [
            ("{", "f-string: expecting '}'"),
            ("}", "f-string: single '}' is not allowed"),
            ("{}", "f-string: empty expression not allowed"),
            ("{ }", "f-string: empty expression not allowed"),
            ("{!r}", "f-string: expression required before '!'"),
            ("{:x}", "f-string: expression required before ':'"),
            ("{=}", "f-string: expression required before '='"),
            ("{a!x}", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("{a!}", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("{a=!}", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("{a!rx}", "f-string: expecting '}'"),
            ("{x!r=}", "f-string: expecting '}'"),
            ("{a\\n}", "f-string expression part cannot include a backslash"),
            ("{a#}", "f-string expression part cannot include '#'"),
            ("{a:{b:{c}}}", "f-string: expressions nested too deeply"),
            ("{a", "f-string: expecting '}'"),
            ("{a!r", "f-string: expecting '}'"),
            ("{a(}", "f-string: closing parenthesis '}' does not match opening parenthesis '('"),
            ("{a)}", "f-string: unmatched ')'"),
            ("{a(", "f-string: unmatched '('"),
            ("{\"a}", "f-string: unterminated string"),
            ("{x:{y}}}", "f-string: single '}' is not allowed"),
        ] {
            assert_eq!(split(body), Err(msg.to_string()), "{body}");
        }
    }
}
