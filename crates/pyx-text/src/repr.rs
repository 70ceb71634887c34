//! `repr()` of `str` and `bytes`, and `ascii()`: CPython's quote choice and
//! escapes, with printability from CPython's Unicode database.

use crate::unicode_db::is_printable;

fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)` for a Python `str`.
pub fn repr_str(s: &str) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_repr_char(&mut out, c, quote);
    }
    out.push(quote);
    out
}

/// The quote `repr_str(s)` opens and closes with.
pub fn repr_quote(s: &str) -> char {
    choose_quote(s.contains('\''), s.contains('"'))
}

/// Append the escaped text of `part`, a piece of a string whose repr uses
/// `quote` (`repr_str` built a piece at a time).
pub fn push_repr_body(out: &mut String, part: &str, quote: char) {
    for c in part.chars() {
        push_repr_char(out, c, quote);
    }
}

/// The start of `repr_str(s)`: the quote `repr_str` would choose for all of
/// `s`, then the escaped text of `s[..end]` (no closing quote when `end`
/// is short of the end).
pub fn repr_str_prefix(s: &str, end: usize) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let part = &s[..end];
    let mut out = String::with_capacity(part.len() + 2);
    out.push(quote);
    for c in part.chars() {
        push_repr_char(&mut out, c, quote);
    }
    if end == s.len() {
        out.push(quote);
    }
    out
}

/// The length in bytes of `repr_str(s)`, measured without building it (so
/// a caller can check a memory budget first).
pub fn repr_len(s: &str) -> usize {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    s.chars().fold(2usize, |n, c| n.saturating_add(repr_char_len(c, quote)))
}

/// The length in bytes of `ascii_escape(repr)`, measured without building it.
pub fn ascii_escape_len(repr: &str) -> usize {
    repr.chars().fold(0usize, |n, c| n.saturating_add(if c.is_ascii() { 1 } else { hex_escape_len(c) }))
}

fn repr_char_len(c: char, quote: char) -> usize {
    match c {
        '\\' | '\t' | '\n' | '\r' => 2,
        c if c == quote => 2,
        c if (c as u32) < 0x20 || c as u32 == 0x7f => 4,
        c if c.is_ascii() || is_printable(c) => c.len_utf8(),
        c => hex_escape_len(c),
    }
}

fn hex_escape_len(c: char) -> usize {
    match c as u32 {
        0..=0xff => 4,
        0x100..=0xffff => 6,
        _ => 10,
    }
}

fn push_repr_char(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
            push_hex_escape(out, c);
        }
        c if c.is_ascii() || is_printable(c) => out.push(c),
        c => push_hex_escape(out, c),
    }
}

fn push_hex_escape(out: &mut String, c: char) {
    // Written digit by digit: `write!` per character made escaping big
    // strings several times slower.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let cp = c as u32;
    let (tag, digits) = match cp {
        0..=0xff => ('x', 2),
        0x100..=0xffff => ('u', 4),
        _ => ('U', 8),
    };
    out.push('\\');
    out.push(tag);
    for k in (0..digits).rev() {
        out.push(HEX[((cp >> (4 * k)) & 15) as usize] as char);
    }
}

/// Escape every non-ASCII character of an already computed `repr` the way
/// `ascii()` does (`\xhh`, `\uhhhh`, `\Uhhhhhhhh`).
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// `ascii(s)` for a Python `str` (also what `!a` gives).
pub fn ascii_str(s: &str) -> String {
    ascii_escape(&repr_str(s))
}

/// `repr(b)` for Python `bytes` (`b'...'`).
pub fn repr_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    push_bytes_body(&mut out, b);
    out
}

/// The quoted part of a bytes repr (`'...'`), shared with `bytearray(b'...')`.
pub fn push_bytes_body(out: &mut String, b: &[u8]) {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            q if char::from(q) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => {
                push_hex_escape(out, byte as char);
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measured_lengths_match_the_built_text() {
        for s in ["", "abc", "it's", "\"'", "a\tb\n\\\r\x00\x7f", "\u{e9}\u{ffff}\u{1F600}\u{85}\u{2028}", "\u{378}x"] {
            assert_eq!(repr_len(s), repr_str(s).len(), "{s:?}");
            let r = repr_str(s);
            assert_eq!(ascii_escape_len(&r), ascii_escape(&r).len(), "{s:?}");
            assert_eq!(repr_str_prefix(s, s.len()), r);
            let cut = s.char_indices().nth(1).map_or(s.len(), |(i, _)| i);
            assert!(r.starts_with(&repr_str_prefix(s, cut)), "{s:?}");
        }
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'\"b"), "'a\\'\"b'");
        assert_eq!(repr_str("\n\t\u{7f}\u{a0}é\u{2028}😀"), "'\\n\\t\\x7f\\xa0é\\u2028😀'");
        assert_eq!(ascii_str("é😀"), "'\\xe9\\U0001f600'");
        assert_eq!(repr_bytes(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
    }
}
