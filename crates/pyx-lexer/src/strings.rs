//! String literal boundaries: prefixes, quotes, where a literal ends, and
//! the "unterminated" errors. Decoding the body is `escapes.rs`'s job.

/// What a string prefix (`r`, `b`, `rb`, `f`, ...) asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct StringPrefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

/// Parses a string prefix, case-insensitively: `r u b br rb f fr rf`.
/// Anything else (like `ur`) is not a prefix, so the name and the string
/// become separate tokens and the parser reports the error.
pub(crate) fn parse_prefix(text: &[u8]) -> Option<StringPrefix> {
    if text.len() > 2 {
        return None;
    }
    let mut prefix = StringPrefix::default();
    let mut unicode = false;
    for &b in text {
        let flag = match b.to_ascii_lowercase() {
            b'r' => &mut prefix.raw,
            b'b' => &mut prefix.bytes,
            b'f' => &mut prefix.format,
            b'u' => &mut unicode,
            _ => return None,
        };
        if *flag {
            return None;
        }
        *flag = true;
    }
    let valid = match text.len() {
        0 | 1 => true,
        _ => prefix.raw && (prefix.bytes || prefix.format),
    };
    valid.then_some(prefix)
}

/// Where a string literal's body lies, given the offset of its opening
/// quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StringBounds {
    pub body_start: usize,
    pub body_end: usize,
    /// Just past the closing quote(s).
    pub end: usize,
    pub triple: bool,
}

/// An unterminated literal: whether it was triple-quoted, and the offset
/// where CPython detects it (the newline that ends a one-line string, or
/// the last character of the source for a triple-quoted one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unterminated {
    pub triple: bool,
    pub detected_at: usize,
}

/// Finds the end of the string literal whose opening quote is at `quote`.
/// Backslashes escape the next character even in raw strings (a raw
/// string still cannot end in an odd backslash).
pub(crate) fn scan_string(bytes: &[u8], quote: usize) -> Result<StringBounds, Unterminated> {
    let q = bytes[quote];
    let triple = bytes.get(quote + 1) == Some(&q) && bytes.get(quote + 2) == Some(&q);
    let body_start = quote + if triple { 3 } else { 1 };
    let mut p = body_start;
    if triple {
        // Jump between quotes and backslashes with memchr: docstrings are
        // the longest tokens in typical code.
        while let Some(found) = memchr::memchr2(q, b'\\', &bytes[p..]) {
            p += found;
            if bytes[p] == b'\\' {
                p += 2;
            } else if bytes.get(p + 1) == Some(&q) && bytes.get(p + 2) == Some(&q) {
                return Ok(StringBounds { body_start, body_end: p, end: p + 3, triple });
            } else {
                p += 1;
            }
            if p >= bytes.len() {
                break;
            }
        }
        Err(Unterminated { triple, detected_at: bytes.len().saturating_sub(1) })
    } else {
        while p < bytes.len() {
            let Some(found) = memchr::memchr3(q, b'\\', b'\n', &bytes[p..]) else {
                if let Some(cr) = memchr::memchr(b'\r', &bytes[p..]) {
                    return Err(Unterminated { triple, detected_at: p + cr });
                }
                break;
            };
            p += found;
            // `\r` alone also ends a line; it is rare, so check the skipped
            // run for it only here.
            if let Some(cr) = memchr::memchr(b'\r', &bytes[p - found..p]) {
                return Err(Unterminated { triple, detected_at: p - found + cr });
            }
            match bytes[p] {
                b'\\' => {
                    // An escaped `\r\n` is one line break.
                    if bytes.get(p + 1) == Some(&b'\r') && bytes.get(p + 2) == Some(&b'\n') {
                        p += 3;
                    } else {
                        p += 2;
                    }
                }
                b'\n' => return Err(Unterminated { triple, detected_at: p }),
                _ => return Ok(StringBounds { body_start, body_end: p, end: p + 1, triple }),
            }
        }
        Err(Unterminated { triple, detected_at: bytes.len().saturating_sub(1) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(parse_prefix(b""), Some(StringPrefix::default()));
        assert!(parse_prefix(b"Rb").unwrap().raw);
        assert!(parse_prefix(b"bR").unwrap().bytes);
        assert!(parse_prefix(b"fr").unwrap().format);
        assert!(parse_prefix(b"U").is_some());
        for bad in [&b"ur"[..], b"bf", b"rr", b"x", b"bu", b"rfb"] {
            assert_eq!(parse_prefix(bad), None);
        }
    }

    #[test]
    fn bounds() {
        let b = scan_string(br#"'a\'b' x"#, 0).unwrap();
        assert_eq!((b.body_start, b.body_end, b.end, b.triple), (1, 5, 6, false));
        let b = scan_string(b"'''a''b'''", 0).unwrap();
        assert_eq!((b.body_start, b.body_end, b.end, b.triple), (3, 7, 10, true));
        let b = scan_string(b"''", 0).unwrap();
        assert_eq!((b.body_start, b.body_end, b.end), (1, 1, 2));
        let b = scan_string(b"'a\\\nb'", 0).unwrap();
        assert_eq!(b.end, 6);
    }

    #[test]
    fn carriage_returns_end_one_line_strings() {
        assert_eq!(scan_string(b"'ab\rc'", 0), Err(Unterminated { triple: false, detected_at: 3 }));
        assert_eq!(scan_string(b"'a\\\rb'", 0).map(|b| b.end), Ok(6));
        assert_eq!(scan_string(b"'a\\\r\nb'", 0).map(|b| b.end), Ok(7));
    }

    #[test]
    fn unterminated() {
        assert_eq!(
            scan_string(b"'abc\nx", 0),
            Err(Unterminated { triple: false, detected_at: 4 })
        );
        assert_eq!(scan_string(b"'abc\\", 0), Err(Unterminated { triple: false, detected_at: 4 }));
        assert_eq!(scan_string(b"'''ab\n", 0), Err(Unterminated { triple: true, detected_at: 5 }));
    }
}
