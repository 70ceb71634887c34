//! Parsing for `str.format` / `str.format_map`: literal text, replacement
//! fields, field-name chains, conversions and nested specs — CPython's
//! `MarkupIterator`, `parse_field` and `field_name_split`.
//!
//! Nothing is resolved here. Attribute access through a format string
//! (`"{0.__class__}"`) is an escape route in a sandbox, so the parsed chain
//! is handed to the VM, which applies its own attribute rules. The parser is
//! lazy (an iterator) so the VM can interleave lookups and errors in
//! CPython's order.

use crate::unicode_db::decimal_value;
use crate::{TextError, TextResult};

/// One replacement field as written: `{field_name!conversion:format_spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawField<'a> {
    /// Everything before `!` or `:` (may be empty: automatic numbering).
    pub field_name: &'a str,
    /// The character after `!`, unvalidated (see [`Conversion::parse`]).
    pub conversion: Option<char>,
    /// The spec after `:`, possibly containing nested `{}` fields.
    pub format_spec: &'a str,
    /// Whether `format_spec` contains `{` and must be expanded first (by
    /// formatting it as a format string, one recursion level down).
    pub spec_needs_expanding: bool,
}

/// A step of the format string: literal text, then maybe a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatChunk<'a> {
    /// Text to copy (with `{{`/`}}` already collapsed to one brace).
    pub literal: &'a str,
    /// The replacement field that follows it, if any.
    pub field: Option<RawField<'a>>,
}

/// Lazy iterator over the chunks of a format string.
pub struct FormatStringParser<'a> {
    s: &'a str,
    pos: usize,
    failed: bool,
}

/// Parse `s` chunk by chunk.
pub fn parse_format_string(s: &str) -> FormatStringParser<'_> {
    FormatStringParser { s, pos: 0, failed: false }
}

/// `str.format`'s recursion limit for nested specs (CPython: 2 levels).
pub const MAX_FORMAT_RECURSION: u32 = 2;

/// The error for exceeding [`MAX_FORMAT_RECURSION`].
pub fn recursion_error() -> TextError {
    TextError::value("Max string recursion exceeded")
}

impl<'a> Iterator for FormatStringParser<'a> {
    type Item = TextResult<FormatChunk<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.s.len() {
            return None;
        }
        let r = self.next_chunk();
        if r.is_err() {
            self.failed = true;
        }
        Some(r)
    }
}

impl<'a> FormatStringParser<'a> {
    fn next_chunk(&mut self) -> TextResult<FormatChunk<'a>> {
        let s = self.s;
        let bytes = s.as_bytes();
        let start = self.pos;
        let mut i = start;
        let mut brace = None;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            if b == b'{' || b == b'}' {
                brace = Some(b);
                break;
            }
        }
        let at_end = i >= bytes.len();
        let mut literal_end = i;
        if brace == Some(b'}') && (at_end || bytes[i] != b'}') {
            return Err(TextError::value("Single '}' encountered in format string"));
        }
        if at_end && brace == Some(b'{') {
            return Err(TextError::value("Single '{' encountered in format string"));
        }
        let mut markup_follows = brace.is_some();
        if !at_end && brace.is_some() {
            if Some(bytes[i]) == brace {
                // Escaped brace: keep one in the literal, skip the other.
                i += 1;
                markup_follows = false;
            } else {
                literal_end -= 1;
            }
        }
        self.pos = i;
        let literal = &s[start..literal_end];
        if !markup_follows {
            return Ok(FormatChunk { literal, field: None });
        }
        let field = self.parse_field()?;
        Ok(FormatChunk { literal, field: Some(field) })
    }

    fn parse_field(&mut self) -> TextResult<RawField<'a>> {
        let s = self.s;
        let bytes = s.as_bytes();
        let name_start = self.pos;
        let mut i = self.pos;
        let mut last = 0u8;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            last = b;
            match b {
                b'{' => return Err(TextError::value("unexpected '{' in field name")),
                b'[' => {
                    while i < bytes.len() && bytes[i] != b']' {
                        i += 1;
                    }
                    last = 0;
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        let name_end = i.saturating_sub(1).max(name_start);
        let mut field = RawField { field_name: "", conversion: None, format_spec: "", spec_needs_expanding: false };
        match last {
            b'!' | b':' => {
                field.field_name = &s[name_start..name_end];
                if last == b'!' {
                    let Some(c) = s[i..].chars().next() else {
                        return Err(TextError::value("end of string while looking for conversion specifier"));
                    };
                    field.conversion = Some(c);
                    i += c.len_utf8();
                    if i < bytes.len() {
                        let b = bytes[i];
                        i += 1;
                        if b == b'}' {
                            self.pos = i;
                            return Ok(field);
                        }
                        if b != b':' {
                            return Err(TextError::value("expected ':' after conversion specifier"));
                        }
                    }
                }
                let spec_start = i;
                let mut depth = 1;
                while i < bytes.len() {
                    let b = bytes[i];
                    i += 1;
                    match b {
                        b'{' => {
                            field.spec_needs_expanding = true;
                            depth += 1;
                        }
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                field.format_spec = &s[spec_start..i - 1];
                                self.pos = i;
                                return Ok(field);
                            }
                        }
                        _ => {}
                    }
                }
                Err(TextError::value("unmatched '{' in format spec"))
            }
            b'}' => {
                field.field_name = &s[name_start..name_end];
                self.pos = i;
                Ok(field)
            }
            _ => Err(TextError::value("expected '}' before end of string")),
        }
    }
}

/// A validated `!r` / `!s` / `!a` conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`: `str(value)`
    Str,
    /// `!r`: `repr(value)`
    Repr,
    /// `!a`: `ascii(value)`
    Ascii,
}

impl Conversion {
    /// Validate a conversion character ("Unknown conversion specifier x").
    pub fn parse(c: char) -> TextResult<Conversion> {
        match c {
            's' => Ok(Conversion::Str),
            'r' => Ok(Conversion::Repr),
            'a' => Ok(Conversion::Ascii),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                Err(TextError::value(format!("Unknown conversion specifier {c}")))
            }
            c => Err(TextError::value(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        }
    }
}

/// The object a field starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst<'a> {
    /// A positional argument (explicit or automatically numbered).
    Index(usize),
    /// A keyword argument / mapping key.
    Name(&'a str),
}

/// One step of the chain after the first name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor<'a> {
    /// `.name`: attribute lookup (the VM applies its own attribute rules).
    Attr(&'a str),
    /// `[123]`: item lookup with an int key.
    Index(usize),
    /// `[key]`: item lookup with a str key.
    Key(&'a str),
}

/// A split field name: the first object, the accessors that parsed, and
/// the error (if any) CPython raises after applying those accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName<'a> {
    /// Where to start.
    pub first: FieldFirst<'a>,
    /// Accessors to apply in order.
    pub rest: Vec<FieldAccessor<'a>>,
    /// Raised after `rest` has been applied (CPython parses the chain lazily).
    pub rest_error: Option<TextError>,
}

/// Automatic-vs-manual field numbering state, shared by a format string and
/// its nested specs.
#[derive(Debug, Clone, Default)]
pub struct AutoNumber {
    state: Option<bool>, // None: not decided; Some(true): automatic; Some(false): manual
    next: usize,
}

/// `get_integer` of the format parser: `None` if not all decimal digits.
fn field_integer(s: &str) -> TextResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(TextError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(usize::try_from(acc).ok())
}

/// CPython's `field_name_split` plus the `FieldNameIterator` walk.
pub fn split_field_name<'a>(name: &'a str, auto: &mut AutoNumber) -> TextResult<FieldName<'a>> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..first_end];
    let index = field_integer(first_text)?;
    let is_empty = first_text.is_empty();
    let numeric = is_empty || index.is_some();
    if numeric {
        let state = *auto.state.get_or_insert(is_empty);
        if state && !is_empty {
            return Err(TextError::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if !state && is_empty {
            return Err(TextError::value(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
    }
    let first = match index {
        Some(i) => FieldFirst::Index(i),
        None if is_empty => {
            let i = auto.next;
            auto.next += 1;
            FieldFirst::Index(i)
        }
        None => FieldFirst::Name(first_text),
    };
    let mut rest = Vec::new();
    let mut rest_error = None;
    let mut tail = &name[first_end..];
    while let Some(c) = tail.chars().next() {
        let body = &tail[1..];
        let (accessor_text, next_tail) = match c {
            '.' => {
                let end = body.find(['.', '[']).unwrap_or(body.len());
                (&body[..end], &body[end..])
            }
            '[' => match body.find(']') {
                Some(end) => (&body[..end], &body[end + 1..]),
                None => {
                    rest_error = Some(TextError::value("Missing ']' in format string"));
                    break;
                }
            },
            _ => {
                rest_error =
                    Some(TextError::value("Only '.' or '[' may follow ']' in format field specifier"));
                break;
            }
        };
        if accessor_text.is_empty() {
            rest_error = Some(TextError::value("Empty attribute in format string"));
            break;
        }
        let accessor = if c == '.' {
            FieldAccessor::Attr(accessor_text)
        } else {
            match field_integer(accessor_text) {
                Ok(Some(i)) => FieldAccessor::Index(i),
                Ok(None) => FieldAccessor::Key(accessor_text),
                Err(e) => {
                    rest_error = Some(e);
                    break;
                }
            }
        };
        rest.push(accessor);
        tail = next_tail;
    }
    Ok(FieldName { first, rest, rest_error })
}

/// `IndexError` for a positional field past the arguments.
pub fn index_error(index: usize) -> TextError {
    TextError::IndexError(format!("Replacement index {index} out of range for positional args tuple"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(s: &str) -> Vec<FormatChunk<'_>> {
        parse_format_string(s).collect::<TextResult<Vec<_>>>().unwrap()
    }

    #[test]
    fn literal_and_fields() {
        let c = chunks("a{{b}}{0.x[k]!r:>{w}}");
        assert_eq!(c[0].literal, "a{");
        assert_eq!(c[1].literal, "b}");
        let f = c[2].field.clone().unwrap();
        assert_eq!((f.field_name, f.conversion, f.format_spec, f.spec_needs_expanding), ("0.x[k]", Some('r'), ">{w}", true));
        let mut auto = AutoNumber::default();
        let n = split_field_name(f.field_name, &mut auto).unwrap();
        assert_eq!(n.first, FieldFirst::Index(0));
        assert_eq!(n.rest, vec![FieldAccessor::Attr("x"), FieldAccessor::Key("k")]);
    }

    #[test]
    fn errors() {
        let e = |s: &str| parse_format_string(s).find_map(Result::err).map(|e| e.message().to_string());
        assert_eq!(e("}").as_deref(), Some("Single '}' encountered in format string"));
        assert_eq!(e("{0").as_deref(), Some("expected '}' before end of string"));
        let mut auto = AutoNumber::default();
        split_field_name("0", &mut auto).unwrap();
        assert_eq!(
            split_field_name("", &mut auto).unwrap_err().message(),
            "cannot switch from manual field specification to automatic field numbering"
        );
    }
}
