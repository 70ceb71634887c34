//! The text codecs behind str.encode, bytes.decode and str(bytes, ...):
//! UTF-8, UTF-16 and UTF-32 (with or without BOM), ASCII and Latin-1,
//! with the strict, ignore, replace, backslashreplace and (encoding)
//! xmlcharrefreplace error handlers and CPython's error messages.

use crate::builtins::types::str::char_escape;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Vm};

/// A codec, by CPython's normalized name.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// Windows-1252 (a charmap codec).
    Cp1252,
    /// UTF-16; `None`: native order (little) with a BOM.
    Utf16(Option<Endian>),
    /// UTF-32; `None`: native order (little) with a BOM.
    Utf32(Option<Endian>),
}

#[derive(Clone, Copy, PartialEq)]
enum Endian {
    Little,
    Big,
}

/// Windows-1252's bytes 0x80..0xa0 (0: undefined); the others are Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

impl Codec {
    /// For the single-byte codecs: the char of byte `b`.
    fn byte_char(self, b: u8) -> Option<char> {
        match self {
            Codec::Ascii if b >= 128 => None,
            Codec::Cp1252 if (0x80..0xa0).contains(&b) => match CP1252_HIGH[b as usize - 0x80] {
                0 => None,
                u => char::from_u32(u as u32),
            },
            _ => Some(b as char),
        }
    }
    /// For the single-byte codecs: the byte of char `c`.
    fn char_byte(self, c: char) -> Option<u8> {
        let u = c as u32;
        match self {
            Codec::Ascii => (u < 128).then_some(u as u8),
            Codec::Cp1252 if (0x80..0xa0).contains(&u) => None,
            Codec::Cp1252 if u >= 0x100 => CP1252_HIGH.iter().position(|&h| h as u32 == u).map(|i| 0x80 + i as u8),
            _ => (u < 256).then_some(u as u8),
        }
    }
    /// Why a single-byte codec cannot map a byte or char.
    fn reason(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "character maps to <undefined>",
        }
    }

    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }
}

fn codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    match native_codec(name) {
        Some(c) => Ok(c),
        None => Err(vm.exc_msg(vm.t.lookup_error, format!("unknown encoding: {}", name))),
    }
}

/// Whether `str.encode`/`bytes.decode` handle codec `name` here, without
/// the codec registry.
pub fn is_native(name: &str) -> bool {
    native_codec(name).is_some()
}

/// `str.encode`/`bytes.decode`/`str(b, enc)` with a codec this module does
/// not implement: the codec registry's answer, from the frozen `_codecs`
/// module's `_text_encode(str, encoding, errors)` / `_text_decode(bytes,
/// encoding, errors)` (they look the codec up, refuse non-text codecs and
/// check the result type, with CPython's messages). Without an importer
/// (no stdlib) the encoding is simply unknown.
pub fn via_registry(vm: &mut Vm, func: &str, obj: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    let name = vm.intern("_codecs");
    let globals = vm.new_dict()?;
    let m = match vm.import_name(name, Value::None, Value::Int(0), globals) {
        Ok(m) => m,
        Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.import_error) => {
            return Err(vm.exc_msg(vm.t.lookup_error, format!("unknown encoding: {}", encoding)));
        }
        Err(e) => return Err(e),
    };
    let f = vm.getattr_str(m, func)?;
    let enc = vm.new_string(encoding.to_string())?;
    let err = vm.new_string(errors.to_string())?;
    vm.call(f, &[obj, enc, err])
}

fn native_codec(name: &str) -> Option<Codec> {
    use Endian::*;
    Some(match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "latin" | "8859" | "cp819" => Codec::Latin1,
        "cp1252" | "windows-1252" => Codec::Cp1252,
        "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf-16-le" | "utf-16le" => Codec::Utf16(Some(Little)),
        "utf-16-be" | "utf-16be" => Codec::Utf16(Some(Big)),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf-32-le" | "utf-32le" => Codec::Utf32(Some(Little)),
        "utf-32-be" | "utf-32be" => Codec::Utf32(Some(Big)),
        _ => return None,
    })
}

/// `surrogatepass` differs from `strict` only for lone surrogates, which
/// pyx strings (UTF-8) never hold: treat it as `strict`.
fn handler(errors: &str) -> &str {
    if errors == "surrogatepass" {
        "strict"
    } else {
        errors
    }
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> crate::interp::vm::Unwind {
    vm.exc_msg(vm.t.lookup_error, format!("unknown error handler name '{}'", errors))
}

/// The (encoding, errors) arguments of `str.encode`/`bytes.decode`
/// called as a method: positional after self, or by keyword.
pub fn method_codec_args(vm: &mut Vm, a: &crate::interp::vm::Args<'_>, fname: &str) -> PyResult<(String, String)> {
    let (enc, errors) = (a.get(1), a.get(2));
    codec_args(vm, enc, errors, fname)
}

/// The (encoding, errors) arguments of encode()/decode()/str(); utf-8 and
/// strict by default.
pub fn codec_args(vm: &mut Vm, enc: Option<Value>, errors: Option<Value>, fname: &str) -> PyResult<(String, String)> {
    let mut text = |v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match vm.str_of(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!("{}() argument '{}' must be str, not {}", fname, what, vm.type_name(v)))),
            },
        }
    };
    Ok((text(enc, "encoding", "utf-8")?, text(errors, "errors", "strict")?))
}

/// Encodes `s` as `str.encode(encoding, errors)` does. The UTF codecs
/// cannot fail (pyx strings hold no lone surrogates); ASCII and Latin-1
/// report each run of unencodable characters to the error handler.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec(vm, encoding)?;
    let errors = handler(errors);
    // The output (and, for the one-byte codecs, the characters listed
    // first) measured before anything is allocated.
    let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
    let size = match codec {
        Codec::Utf8 => s.len(),
        Codec::Utf16(_) => s.chars().map(char::len_utf16).sum::<usize>().saturating_mul(2).saturating_add(2),
        Codec::Utf32(_) => nchars.saturating_mul(4).saturating_add(4),
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => nchars.saturating_mul(5),
    };
    // Held while the output grows: the caller's copy of the text, and for
    // the one-byte codecs the characters listed (4 bytes each).
    let held = s.len().saturating_add(if matches!(codec, Codec::Ascii | Codec::Latin1 | Codec::Cp1252) { nchars.saturating_mul(4) } else { 0 });
    vm.reserve(size.saturating_add(s.len()))?;
    vm.tick_bytes(size)?;
    let cap = if matches!(codec, Codec::Ascii | Codec::Latin1 | Codec::Cp1252) { nchars } else { size };
    let mut out = Vec::with_capacity(cap);
    let unit16 = |out: &mut Vec<u8>, u: u16, e: Endian| match e {
        Endian::Little => out.extend_from_slice(&u.to_le_bytes()),
        Endian::Big => out.extend_from_slice(&u.to_be_bytes()),
    };
    match codec {
        Codec::Utf8 => out.extend_from_slice(s.as_bytes()),
        Codec::Utf16(e) => {
            if e.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let e = e.unwrap_or(Endian::Little);
            for u in s.encode_utf16() {
                unit16(&mut out, u, e);
            }
        }
        Codec::Utf32(e) => {
            if e.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                match e.unwrap_or(Endian::Little) {
                    Endian::Little => out.extend_from_slice(&(c as u32).to_le_bytes()),
                    Endian::Big => out.extend_from_slice(&(c as u32).to_be_bytes()),
                }
            }
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            let chars: Vec<char> = s.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if let Some(b) = codec.char_byte(chars[i]) {
                    out.push(b);
                    i += 1;
                    continue;
                }
                let end = i + chars[i..].iter().take_while(|&&c| codec.char_byte(c).is_none()).count();
                match errors {
                    "strict" => {
                        let what = if end - i == 1 {
                            format!("character '{}' in position {}", char_escape(chars[i]), i)
                        } else {
                            format!("characters in position {}-{}", i, end - 1)
                        };
                        let msg = format!("'{}' codec can't encode {}: {}", codec.name(), what, codec.reason());
                        return Err(codec_error(vm, vm.t.unicode_encode_error, codec, Source::Str(s), (i, end), codec.reason(), msg));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
                    "xmlcharrefreplace" => {
                        for &c in &chars[i..end] {
                            let r = format!("&#{};", c as u32);
                            grow_checked(vm, &mut out, r.len(), held)?;
                            out.extend_from_slice(r.as_bytes());
                        }
                    }
                    "backslashreplace" => {
                        for &c in &chars[i..end] {
                            let r = char_escape(c);
                            grow_checked(vm, &mut out, r.len(), held)?;
                            out.extend_from_slice(r.as_bytes());
                        }
                    }
                    other => return Err(unknown_handler(vm, other)),
                }
                i = end;
            }
        }
    }
    Ok(out)
}

/// Make room for `extra` more bytes of output, checking first that the
/// grown buffer (with the old one, while it is copied) fits the budget.
/// `held`: other transient bytes alive meanwhile.
fn grow_checked(vm: &mut Vm, out: &mut Vec<u8>, extra: usize, held: usize) -> PyResult<()> {
    let need = out.len().saturating_add(extra);
    if need > out.capacity() {
        let cap = need.max(out.capacity().saturating_mul(2));
        vm.reserve(cap.saturating_add(out.capacity()).saturating_add(held))?;
        out.reserve_exact(cap - out.len());
    }
    Ok(())
}

/// Decodes `d` as `bytes.decode(encoding, errors)` does, with the strict,
/// ignore, replace and backslashreplace error handlers. Invalid UTF-8 is
/// reported per maximal subpart, as CPython's decoder does.
pub fn decode(vm: &mut Vm, d: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = codec(vm, encoding)?;
    let errors = handler(errors);
    if !matches!(errors, "strict" | "ignore" | "replace" | "backslashreplace") {
        return Err(unknown_handler(vm, errors));
    }
    // The text is measured before it is built: a one-byte codec makes up
    // to 2 (cp1252: 3) bytes of UTF-8 per byte, UTF-16 up to 3 per 2.
    let size = match codec {
        Codec::Utf8 => d.len(),
        Codec::Ascii => d.len(),
        Codec::Latin1 => d.len().saturating_add(d.iter().filter(|&&b| b >= 0x80).count()),
        Codec::Cp1252 => d.len().saturating_add(d.iter().filter(|&&b| b >= 0x80).count().saturating_mul(2)),
        Codec::Utf16(_) => d.len().saturating_add(d.len() / 2),
        Codec::Utf32(_) => d.len(),
    };
    vm.reserve(size)?;
    vm.tick_bytes(size)?;
    let mut out = String::with_capacity(size);
    // Errors name the byte order actually decoded ('utf-16-le', not 'utf-16').
    let report = match codec {
        Codec::Utf16(None) => Codec::Utf16(Some(bom(d, None, UTF16_BOMS).1)),
        Codec::Utf32(None) => Codec::Utf32(Some(bom(d, None, UTF32_BOMS).1)),
        c => c,
    };
    // Handles one undecodable run `d[start..end]` per `errors`.
    let bad = |vm: &mut Vm, out: &mut String, start: usize, end: usize, reason: &str| -> PyResult<()> {
        let run = &d[start..end];
        match errors {
            "ignore" => Ok(()),
            "replace" => {
                out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in run {
                    out.push_str(&format!("\\x{:02x}", b));
                }
                Ok(())
            }
            _ => {
                let what = if run.len() == 1 {
                    format!("byte 0x{:02x} in position {}", run[0], start)
                } else {
                    format!("bytes in position {}-{}", start, end - 1)
                };
                let msg = format!("'{}' codec can't decode {}: {}", report.name(), what, reason);
                Err(codec_error(vm, vm.t.unicode_decode_error, report, Source::Bytes(d), (start, end), reason, msg))
            }
        }
    };
    match codec {
        Codec::Latin1 | Codec::Ascii | Codec::Cp1252 => {
            for (i, &b) in d.iter().enumerate() {
                match codec.byte_char(b) {
                    Some(c) => out.push(c),
                    None => bad(vm, &mut out, i, i + 1, codec.reason())?,
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            for chunk in d.utf8_chunks() {
                out.push_str(chunk.valid());
                pos += chunk.valid().len();
                let inv = chunk.invalid();
                if inv.is_empty() {
                    continue;
                }
                let lead_ok = (0xc2..0xf5).contains(&inv[0]);
                let end_of_data = pos + inv.len() == d.len() && lead_ok && inv[1..].iter().all(|b| (0x80..0xc0).contains(b));
                let reason = if !lead_ok {
                    "invalid start byte"
                } else if end_of_data {
                    "unexpected end of data"
                } else {
                    "invalid continuation byte"
                };
                bad(vm, &mut out, pos, pos + inv.len(), reason)?;
                pos += inv.len();
            }
        }
        Codec::Utf16(e) => {
            let (mut pos, e) = bom(d, e, UTF16_BOMS);
            let unit = |p: usize| {
                let b = [d[p], d[p + 1]];
                match e {
                    Endian::Little => u16::from_le_bytes(b),
                    Endian::Big => u16::from_be_bytes(b),
                }
            };
            while pos < d.len() {
                if pos + 2 > d.len() {
                    bad(vm, &mut out, pos, d.len(), "truncated data")?;
                    break;
                }
                let u = unit(pos);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    pos += 2;
                } else if u >= 0xdc00 {
                    bad(vm, &mut out, pos, pos + 2, "illegal encoding")?;
                    pos += 2;
                } else if pos + 4 > d.len() {
                    bad(vm, &mut out, pos, d.len(), "unexpected end of data")?;
                    break;
                } else {
                    let lo = unit(pos + 2);
                    if (0xdc00..0xe000).contains(&lo) {
                        let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        pos += 4;
                    } else {
                        bad(vm, &mut out, pos, pos + 2, "illegal UTF-16 surrogate")?;
                        pos += 2;
                    }
                }
            }
        }
        Codec::Utf32(e) => {
            let (mut pos, e) = bom(d, e, UTF32_BOMS);
            while pos < d.len() {
                if pos + 4 > d.len() {
                    bad(vm, &mut out, pos, d.len(), "truncated data")?;
                    break;
                }
                let b = [d[pos], d[pos + 1], d[pos + 2], d[pos + 3]];
                let u = match e {
                    Endian::Little => u32::from_le_bytes(b),
                    Endian::Big => u32::from_be_bytes(b),
                };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None => bad(vm, &mut out, pos, pos + 4, "code point not in range(0x110000)")?,
                }
                pos += 4;
            }
        }
    }
    Ok(out)
}

/// The little- and big-endian byte order marks.
const UTF16_BOMS: (&[u8], &[u8]) = (&[0xff, 0xfe], &[0xfe, 0xff]);
const UTF32_BOMS: (&[u8], &[u8]) = (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]);

/// Where decoding starts and in which byte order: an explicit order, or
/// for the BOM-reading codecs the BOM's (little-endian without one).
fn bom(d: &[u8], e: Option<Endian>, (le, be): (&[u8], &[u8])) -> (usize, Endian) {
    match e {
        Some(e) => (0, e),
        None if d.starts_with(le) => (le.len(), Endian::Little),
        None if d.starts_with(be) => (be.len(), Endian::Big),
        None => (0, Endian::Little),
    }
}

/// The text or bytes a codec error is about.
enum Source<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's attributes
/// (encoding, object, start, end, reason) besides its message.
fn codec_error(vm: &mut Vm, ty: crate::object::heap::ObjRef, codec: Codec, src: Source<'_>, (start, end): (usize, usize), reason: &str, msg: String) -> crate::interp::vm::Unwind {
    let e = vm.exc_msg(ty, msg);
    let crate::interp::vm::Unwind::Exception(exc) = e else { return e };
    let object = match src {
        Source::Str(s) => vm.new_string(s.to_string()),
        Source::Bytes(b) => vm.new_bytes(b.to_vec()),
    };
    let attrs = [
        ("encoding", vm.new_str(codec.name())),
        ("object", object),
        ("start", Ok(Value::Int(start as i64))),
        ("end", Ok(Value::Int(end as i64))),
        ("reason", vm.new_str(reason)),
    ];
    for (name, v) in attrs {
        let Ok(v) = v else { return e };
        let n = vm.intern(name);
        if vm.setattr(Value::Obj(exc), n, v).is_err() {
            break;
        }
    }
    e
}
