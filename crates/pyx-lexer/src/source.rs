//! Source bytes to text (PEP 263 / PEP 3120): UTF-8 by default, a UTF-8
//! byte-order mark, or an encoding declared by a coding cookie on line 1
//! or 2.
//!
//! Supported declared encodings: UTF-8, ASCII, Latin-1 (ISO-8859-1),
//! ISO-8859-15 and Windows-1252 (the ones seen in real Python files; the
//! last two are small tables here, so no codec library is needed). Any
//! other declared encoding is refused with "unknown encoding: NAME".

use pyx_span::Span;

use crate::error::LexError;

/// Decodes a source file's bytes. Errors read like CPython's for a file,
/// without a file name.
pub fn decode_source(bytes: &[u8]) -> Result<String, LexError> {
    decode(bytes, None)
}

/// Like [`decode_source`], naming the source `name` in error messages (the
/// name the host chose, never a host path).
pub fn decode_source_named(bytes: &[u8], name: &str) -> Result<String, LexError> {
    decode(bytes, Some(name))
}

fn error(message: impl Into<String>, offset: usize) -> LexError {
    let at = offset.min(u32::MAX as usize) as u32;
    LexError::syntax(message, Span::new(at, at.saturating_add(1)))
}

fn decode(bytes: &[u8], name: Option<&str>) -> Result<String, LexError> {
    if bytes.len() > u32::MAX as usize {
        return Err(error("source code is too large (over 4 GiB)", 0));
    }
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(error("source code cannot contain null bytes", nul));
    }
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = coding_cookie(body).map(|raw| {
        let normal = normal_encoding_name(&raw);
        (raw, normal)
    });
    let encoding = match &declared {
        None => "utf-8".to_string(),
        Some((_, normal)) => normal.clone(),
    };
    // With a BOM, CPython accepts only a cookie its own normalisation turns
    // into "utf-8" ("utf8" is refused there, though it decodes without one).
    if bom && declared.as_ref().is_some_and(|(raw, _)| !cpython_says_utf8(raw)) {
        let shown = if encoding == "utf-8" { declared.as_ref().map(|(raw, _)| raw.clone()).unwrap_or_default() } else { encoding.clone() };
        return Err(error(format!("encoding problem: {shown} with BOM"), 0));
    }
    let offset = if bom { 3 } else { 0 };
    match encoding.as_str() {
        "utf-8" => match std::str::from_utf8(body) {
            Ok(text) => Ok(text.to_owned()),
            Err(e) => {
                let bad = e.valid_up_to();
                let byte = body.get(bad).copied().unwrap_or(0);
                let line = 1 + body[..bad].iter().filter(|&&b| b == b'\n').count();
                let in_file = name.map(|n| format!(" in file {n}")).unwrap_or_default();
                let message = if declared.is_some() {
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {bad}: invalid start byte"
                    )
                } else {
                    format!(
                        "Non-UTF-8 code starting with '\\x{byte:02x}'{in_file} on line {line}, but no encoding declared; \
                         see https://peps.python.org/pep-0263/ for details"
                    )
                };
                Err(error(message, offset + bad))
            }
        },
        "iso-8859-1" => Ok(body.iter().map(|&b| b as char).collect()),
        "ascii" => match body.iter().position(|b| !b.is_ascii()) {
            None => Ok(body.iter().map(|&b| b as char).collect()),
            Some(bad) => Err(error(
                format!(
                    "(unicode error) 'ascii' codec can't decode byte 0x{:02x} in position {bad}: ordinal not in range(128)",
                    body[bad]
                ),
                offset + bad,
            )),
        },
        "iso-8859-15" => Ok(body.iter().map(|&b| latin9(b)).collect()),
        "koi8-r" => Ok(body
            .iter()
            .map(|&b| if b < 0x80 { b as char } else { char::from_u32(u32::from(KOI8_R_HIGH[usize::from(b - 0x80)])).unwrap_or('\u{FFFD}') })
            .collect()),
        "cp1252" => {
            let mut text = String::with_capacity(body.len());
            for (i, &b) in body.iter().enumerate() {
                match cp1252(b) {
                    Some(c) => text.push(c),
                    None => {
                        return Err(error(
                            format!(
                                "(unicode error) 'charmap' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"
                            ),
                            offset + i,
                        ))
                    }
                }
            }
            Ok(text)
        }
        _ => {
            let raw = declared.map(|(raw, _)| raw).unwrap_or_default();
            Err(error(format!("unknown encoding: {raw}"), 0))
        }
    }
}

/// The encoding named by a coding cookie on line 1, or on line 2 when
/// line 1 is blank or a comment: `[ \t\f]*#.*coding[:=][ \t]*([-\w.]+)`.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n' || b == b'\r');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let trimmed = first.iter().skip_while(|b| matches!(b, b' ' | b'\t' | 0x0C)).copied().next();
    if matches!(trimmed, None | Some(b'#')) {
        return lines.next().and_then(cookie_in_line);
    }
    None
}

fn cookie_in_line(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t' | 0x0C))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let mut i = 0;
    while i + 7 <= comment.len() {
        if &comment[i..i + 6] == b"coding" && matches!(comment[i + 6], b':' | b'=') {
            let mut p = i + 7;
            while p < comment.len() && matches!(comment[p], b' ' | b'\t') {
                p += 1;
            }
            let name_start = p;
            while p < comment.len()
                && (comment[p].is_ascii_alphanumeric() || matches!(comment[p], b'-' | b'_' | b'.'))
            {
                p += 1;
            }
            if p > name_start {
                return Some(String::from_utf8_lossy(&comment[name_start..p]).into_owned());
            }
        }
        i += 1;
    }
    None
}

/// CPython's normalisation of an encoding name, extended with the aliases
/// of the encodings we decode.
fn normal_encoding_name(raw: &str) -> String {
    let name = raw.to_ascii_lowercase().replace('_', "-");
    let is = |base: &str| name == base || name.starts_with(&format!("{base}-"));
    if is("utf-8") || name == "utf8" {
        return "utf-8".into();
    }
    if is("latin-1") || is("iso-8859-1") || is("iso-latin-1")
        || matches!(name.as_str(), "latin1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin")
    {
        return "iso-8859-1".into();
    }
    match name.as_str() {
        "ascii" | "us-ascii" | "646" => "ascii".into(),
        "iso-8859-15" | "iso8859-15" | "latin-9" | "latin9" | "l9" => "iso-8859-15".into(),
        "cp1252" | "windows-1252" => "cp1252".into(),
        "koi8-r" | "koi8r" | "cskoi8r" => "koi8-r".into(),
        _ => name,
    }
}

/// CPython's `get_normal_name` test for UTF-8: "utf-8" or "utf-8-...",
/// case-insensitive, with `_` read as `-`.
fn cpython_says_utf8(raw: &str) -> bool {
    let name = raw.to_ascii_lowercase().replace('_', "-");
    name == "utf-8" || name.starts_with("utf-8-")
}

/// KOI8-R's upper half (generated from CPython's `koi8_r` codec).
const KOI8_R_HIGH: [u16; 128] = [
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580,
    0x2584, 0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451,
    0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
    0x256A, 0x256B, 0x256C, 0x00A9, 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441,
    0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A,
    0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
];

fn latin9(b: u8) -> char {
    match b {
        0xA4 => '\u{20AC}',
        0xA6 => '\u{0160}',
        0xA8 => '\u{0161}',
        0xB4 => '\u{017D}',
        0xB8 => '\u{017E}',
        0xBC => '\u{0152}',
        0xBD => '\u{0153}',
        0xBE => '\u{0178}',
        _ => b as char,
    }
}

/// Windows-1252; `None` for the five bytes it leaves undefined.
fn cp1252(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => match HIGH[(b - 0x80) as usize] {
            0 => None,
            u => char::from_u32(u as u32),
        },
        _ => Some(b as char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(bytes: &[u8]) -> String {
        decode_source(bytes).unwrap_err().message
    }

    #[test]
    fn utf8_default_and_bom() {
        assert_eq!(decode_source("x = 'é'".as_bytes()).unwrap(), "x = 'é'");
        assert_eq!(decode_source(b"\xEF\xBB\xBFx = 1").unwrap(), "x = 1");
        assert_eq!(decode_source(b"\xEF\xBB\xBF# coding: utf-8\nx").unwrap(), "# coding: utf-8\nx");
    }

    #[test]
    fn invalid_utf8_uses_the_file_wording() {
        assert_eq!(
            msg(b"x = 1\n\xff"),
            "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(
            decode_source_named(b"\xff", "x.py").unwrap_err().message,
            "Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
        );
    }

    #[test]
    fn cookies() {
        assert_eq!(decode_source(b"# -*- coding: latin-1 -*-\nx='\xe9'").unwrap(), "# -*- coding: latin-1 -*-\nx='é'");
        assert_eq!(decode_source(b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\n'\xa4'").unwrap().chars().last(), Some('\''));
        assert!(decode_source(b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\n'\xa4'").unwrap().contains('€'));
        assert!(decode_source(b"# coding=cp1252\n'\x80'").unwrap().contains('€'));
        assert!(decode_source(b"# coding: ascii\n'\x80'").is_err());
        // A cookie on line 2 counts only if line 1 is blank or a comment.
        assert!(decode_source(b"x = 1\n# coding: latin-1\n'\xe9'").is_err());
        assert_eq!(msg(b"# coding: foo\n"), "unknown encoding: foo");
        assert_eq!(msg(b"\xEF\xBB\xBF# coding: latin-1\n"), "encoding problem: iso-8859-1 with BOM");
    }

    #[test]
    fn koi8_r_and_bom_rules() {
        assert_eq!(decode_source(b"# -*- coding: koi8-r -*-\n'\xc1'").expect("koi8-r"), "# -*- coding: koi8-r -*-\n'\u{430}'");
        assert_eq!(msg(b"\xEF\xBB\xBF# coding: utf8\n"), "encoding problem: utf8 with BOM");
        assert!(decode_source(b"\xEF\xBB\xBF# coding: utf-8\n").is_ok());
        assert!(decode_source(b"# coding: utf8\nx = 1\n").is_ok());
    }

    #[test]
    fn null_bytes() {
        assert_eq!(msg(b"x\x00"), "source code cannot contain null bytes");
    }
}
