//! Decoding string and bytes literal bodies: escape sequences, line
//! continuations and newline normalisation, with CPython's error wording.
//!
//! CPython reports escape errors in positions of an internal buffer where
//! every non-ASCII character was rewritten as a 10-byte `\UXXXXXXXX`
//! escape; we count positions the same way so messages match.

/// Decodes a non-raw `str` literal body.
///
/// Lone surrogates (`"\ud800"`) cannot be held in a Rust `String`; they
/// become U+FFFD. Unknown escapes such as `\d` keep their backslash
/// (CPython warns about them; we do not print warnings).
pub(crate) fn decode_str(body: &str) -> Result<String, String> {
    if memchr::memchr2(b'\\', b'\r', body.as_bytes()).is_none() {
        return Ok(body.to_owned());
    }
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    // Position in CPython's rewritten buffer (see the module comment).
    let mut cpos = 0usize;
    let mut run_start = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' && b != b'\r' {
            cpos += match b {
                0..=0x7F => 1,
                0xC0..=0xFF => 10,
                _ => 0,
            };
            i += 1;
            continue;
        }
        out.push_str(&body[run_start..i]);
        if b == b'\r' {
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            cpos += 1;
            run_start = i;
            continue;
        }
        let esc = cpos;
        let Some(&n) = bytes.get(i + 1) else {
            // A lone trailing backslash (only possible in an f-string
            // literal piece before `{`): keep it.
            out.push('\\');
            i += 1;
            run_start = i;
            break;
        };
        let mut consumed = 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i + 2) == Some(&b'\n') {
                    consumed = 3;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0C'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0B'),
            b'0'..=b'7' => {
                let (value, len) = octal(&bytes[i + 1..]);
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
                consumed = 1 + len;
            }
            b'x' | b'u' | b'U' => {
                let (want, name) = match n {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = hex_digits(&bytes[i + 2..], want);
                if digits < want {
                    return Err(unicode_error(esc, esc + 1 + digits, name));
                }
                let text = &body[i + 2..i + 2 + want];
                let value = u32::from_str_radix(text, 16).unwrap_or(0xFFFD);
                if value > 0x10FFFF {
                    return Err(unicode_error(esc, esc + 1 + want, "illegal Unicode character"));
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
                consumed = 2 + want;
            }
            b'N' => {
                let (c, len) = named_escape(body, i, esc)?;
                out.push(c);
                consumed = len;
            }
            _ => {
                // Unknown escape: keep the backslash, let the next
                // character be copied as ordinary text.
                out.push('\\');
                consumed = 1;
            }
        }
        // Account positions for what the escape consumed (all ASCII except
        // in the unknown-escape case, which only consumed the backslash).
        cpos += consumed;
        i += consumed;
        run_start = i;
    }
    out.push_str(&body[run_start.min(body.len())..]);
    Ok(out)
}

/// Decodes `\N{NAME}` at `i` (the backslash); returns the character and
/// the escape's length in bytes.
fn named_escape(body: &str, i: usize, esc: usize) -> Result<(char, usize), String> {
    let bytes = body.as_bytes();
    let malformed = |end: usize| unicode_error(esc, end, "malformed \\N character escape");
    if bytes.get(i + 2) != Some(&b'{') {
        return Err(malformed(esc + 1));
    }
    let name_start = i + 3;
    let Some(close) = bytes[name_start..].iter().position(|&b| b == b'}') else {
        let rest = &body[i..];
        let width: usize = rest.chars().map(|c| if c.is_ascii() { 1 } else { 10 }).sum();
        return Err(malformed(esc + width - 1));
    };
    let name = &body[name_start..name_start + close];
    let len = 3 + close + 1;
    if name.is_empty() {
        return Err(malformed(esc + 2));
    }
    let c = lookup_name(name)
        .ok_or_else(|| unicode_error(esc, esc + len - 1, "unknown Unicode character name"))?;
    Ok((c, len))
}

/// Looks up a Unicode character name, case-insensitively like CPython.
fn lookup_name(name: &str) -> Option<char> {
    if name.len() > 256 {
        return None;
    }
    unicode_names2::character(&name.to_ascii_uppercase())
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Up to three octal digits at the start of `digits`.
fn octal(digits: &[u8]) -> (u32, usize) {
    let mut value = 0u32;
    let mut len = 0;
    while len < 3 {
        match digits.get(len) {
            Some(&d @ b'0'..=b'7') => value = value * 8 + (d - b'0') as u32,
            _ => break,
        }
        len += 1;
    }
    (value, len)
}

/// How many of the first `want` bytes are hex digits.
fn hex_digits(bytes: &[u8], want: usize) -> usize {
    bytes.iter().take(want).take_while(|b| b.is_ascii_hexdigit()).count()
}

/// Normalises `\r\n` and `\r` to `\n`, as CPython does to the source text
/// before tokenizing; used for raw literal bodies.
pub(crate) fn normalize_newlines(body: &str) -> String {
    if memchr::memchr(b'\r', body.as_bytes()).is_none() {
        return body.to_owned();
    }
    body.replace("\r\n", "\n").replace('\r', "\n")
}

/// Decodes a bytes literal body. Only ASCII may appear literally.
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    if raw {
        return Ok(normalize_newlines(body).into_bytes());
    }
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&n) = bytes.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let mut consumed = 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i + 2) == Some(&b'\n') {
                    consumed = 3;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0C),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0B),
            b'0'..=b'7' => {
                let (value, len) = octal(&bytes[i + 1..]);
                // CPython 3.11 keeps the low byte of `\400`..`\777`.
                out.push((value & 0xFF) as u8);
                consumed = 1 + len;
            }
            b'x' => {
                if hex_digits(&bytes[i + 2..], 2) < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {i}"));
                }
                let text = &body[i + 2..i + 4];
                out.push(u8::from_str_radix(text, 16).unwrap_or(0));
                consumed = 4;
            }
            _ => {
                out.push(b'\\');
                consumed = 1;
            }
        }
        i += consumed;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_escapes() {
        assert_eq!(decode_str(r#"a\n\t\\\'\"\a\b\f\v\r"#).unwrap(), "a\n\t\\'\"\x07\x08\x0C\x0B\r");
        assert_eq!(decode_str(r"\0\101\7777").unwrap(), "\0A\u{1FF}7");
        assert_eq!(decode_str(r"\x41\u00e9\U0001F600").unwrap(), "Aé😀");
        assert_eq!(decode_str(r"\d\8é\q").unwrap(), "\\d\\8é\\q");
        assert_eq!(decode_str("a\\\nb\\\r\nc").unwrap(), "abc");
        assert_eq!(decode_str("a\r\nb\rc").unwrap(), "a\nb\nc");
        assert_eq!(decode_str(r"\ud800").unwrap(), "\u{FFFD}");
    }

    #[test]
    fn named_escapes() {
        assert_eq!(decode_str(r"\N{LATIN SMALL LETTER A}").unwrap(), "a");
        assert_eq!(decode_str(r"\N{latin small letter a}!").unwrap(), "a!");
        assert_eq!(decode_str(r"\N{EM DASH}").unwrap(), "—");
    }

    #[test]
    fn escape_errors_match_cpython() {
        let e = |s: &str| decode_str(s).unwrap_err();
        let pre = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        assert_eq!(e(r"\N{foo}"), format!("{pre} 0-6: unknown Unicode character name"));
        assert_eq!(e(r"é\N{foo}"), format!("{pre} 10-16: unknown Unicode character name"));
        assert_eq!(e(r"\x4"), format!("{pre} 0-2: truncated \\xXX escape"));
        assert_eq!(e(r"\x4z"), format!("{pre} 0-2: truncated \\xXX escape"));
        assert_eq!(e(r"é\x4"), format!("{pre} 10-12: truncated \\xXX escape"));
        assert_eq!(e(r"\u12"), format!("{pre} 0-3: truncated \\uXXXX escape"));
        assert_eq!(e(r"\U1234"), format!("{pre} 0-5: truncated \\UXXXXXXXX escape"));
        assert_eq!(e(r"\U00110000"), format!("{pre} 0-9: illegal Unicode character"));
        assert_eq!(e(r"\N"), format!("{pre} 0-1: malformed \\N character escape"));
        assert_eq!(
            e(r"\N{LATIN SMALL LETTER A"),
            format!("{pre} 0-22: malformed \\N character escape")
        );
    }

    #[test]
    fn bytes() {
        assert_eq!(decode_bytes(r"a\x41\777\n\N{x}\u1234", false).unwrap(), b"aA\xff\n\\N{x}\\u1234");
        assert_eq!(decode_bytes(r"\x41", true).unwrap(), b"\\x41");
        assert_eq!(decode_bytes("é", false).unwrap_err(), "bytes can only contain ASCII literal characters");
        assert_eq!(decode_bytes(r"ab\xz", false).unwrap_err(), "(value error) invalid \\x escape at position 2");
    }
}
