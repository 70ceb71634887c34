//! `repr()` of `str` and `bytes`, and `ascii()`: CPython's quote choice and
//! escapes, with printability from CPython's Unicode database.

use crate::unicode_db::is_printable;
use std::fmt::Write;

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
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if c.is_ascii() || is_printable(c) => out.push(c),
        c => push_hex_escape(out, c),
    }
}

fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
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
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'\"b"), "'a\\'\"b'");
        assert_eq!(repr_str("\n\t\u{7f}\u{a0}é\u{2028}😀"), "'\\n\\t\\x7f\\xa0é\\u2028😀'");
        assert_eq!(ascii_str("é😀"), "'\\xe9\\U0001f600'");
        assert_eq!(repr_bytes(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
    }
}
