//! Text to numbers: `float(str)` and `int(str, base)` with CPython's
//! grammar (PEP 515 underscores, Unicode decimal digits and whitespace,
//! `inf`/`nan` spellings, base prefixes) and exact error messages.

use num_bigint::BigInt;

use crate::int_text::{DigitLimit, IntValue};
use crate::repr::repr_str;
use crate::unicode_db::{decimal_value, is_space};
use crate::{TextError, TextResult};

/// The result of `int(str, base)`: a machine int when it fits.
pub type ParsedInt = IntValue;

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes ' ', non-ASCII decimal digits become ASCII digits;
/// `None` if any other non-ASCII character is present.
fn to_ascii_number_text(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else {
            let d = decimal_value(c)?;
            out.push(char::from_digit(d, 10)?);
        }
    }
    Some(out)
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn strip_c_space(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8))
}

/// PEP 515: an underscore only between two digits.
fn remove_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    Some(out)
}

/// Whether `s` is a complete decimal float literal (sign, digits with an
/// optional point, optional exponent) — the part `strtod` must consume.
fn is_decimal_float(s: &[u8]) -> bool {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut n_digits = i - int_start;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let frac_start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        n_digits += i - frac_start;
    }
    if n_digits == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == s.len()
}

fn parse_inf_nan(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if negative { -v } else { v })
}

/// `float(s)` for a Python `str`.
pub fn parse_float(s: &str) -> TextResult<f64> {
    parse_float_text(s).ok_or_else(|| TextError::value(format!("could not convert string to float: {}", repr_str(s))))
}

fn parse_float_text(s: &str) -> Option<f64> {
    let ascii = to_ascii_number_text(s)?;
    let stripped = strip_c_space(&ascii);
    let cleaned = remove_underscores(stripped)?;
    if let Some(v) = parse_inf_nan(&cleaned) {
        return Some(v);
    }
    if !is_decimal_float(cleaned.as_bytes()) {
        return None;
    }
    // Rust's parser is correctly rounded and gives ±inf on overflow, as
    // CPython's float() does.
    cleaned.parse::<f64>().ok()
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

fn truncated_repr(s: &str) -> String {
    // Only the first 200 characters of the repr are kept: escape a prefix
    // of `s` (escapes only lengthen), never the whole of a huge literal.
    let end = s.char_indices().nth(200).map_or(s.len(), |(i, _)| i);
    let r = crate::repr::repr_str_prefix(s, end);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

/// `int(s, base)` for a Python `str`; `base` 0 or 2..=36.
pub fn parse_int(s: &str, base: u32, limit: DigitLimit) -> TextResult<ParsedInt> {
    if base == 1 || base > 36 {
        return Err(TextError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || TextError::value(format!("invalid literal for int() with base {base}: {}", truncated_repr(s)));
    let ascii = to_ascii_number_text(s).ok_or_else(invalid)?;
    match parse_int_ascii(ascii.as_bytes(), base, limit)? {
        Some(v) => Ok(v),
        None => Err(invalid()),
    }
}

/// `int(s, base)` where `base` may be any integer (checked like CPython).
pub fn parse_int_any_base(s: &str, base: i64, limit: DigitLimit) -> TextResult<ParsedInt> {
    match u32::try_from(base) {
        Ok(b) => parse_int(s, b, limit),
        Err(_) => Err(TextError::value("int() base must be >= 2 and <= 36, or 0")),
    }
}

/// `Ok(None)` means "invalid literal".
fn parse_int_ascii(s: &[u8], base: u32, limit: DigitLimit) -> TextResult<Option<ParsedInt>> {
    let mut i = 0;
    while s.get(i).is_some_and(|&b| is_c_space(b)) {
        i += 1;
    }
    let mut negative = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1
        }
        _ => {}
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if s.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    if s.get(i) == Some(&b'_') {
        return Ok(None);
    }
    let start = i;
    let mut digits = Vec::with_capacity(s.len() - i);
    let mut prev = 0u8;
    while let Some(&b) = s.get(i) {
        if b == b'_' {
            if prev == b'_' {
                return Ok(None);
            }
        } else if digit_value(b) < base {
            digits.push(b);
        } else {
            break;
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' {
        return Ok(None);
    }
    if !base.is_power_of_two() && limit.0 > 0 && digits.len() > limit.0 {
        return Err(TextError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            limit.0,
            digits.len()
        )));
    }
    if i == start {
        return Ok(None);
    }
    while s.get(i).is_some_and(|&b| is_c_space(b)) {
        i += 1;
    }
    if i != s.len() {
        return Ok(None);
    }
    let value = digits_to_int(&digits, base, negative);
    if error_if_nonzero && value != ParsedInt::Small(0) {
        return Ok(None);
    }
    Ok(Some(value))
}

fn digits_to_int(digits: &[u8], base: u32, negative: bool) -> ParsedInt {
    // Fast path: accumulate in i128 while it cannot overflow.
    let mut acc: i128 = 0;
    let mut fits = true;
    for &d in digits {
        match acc.checked_mul(i128::from(base)).and_then(|a| a.checked_add(i128::from(digit_value(d)))) {
            Some(a) if a <= i128::from(u64::MAX) => acc = a,
            _ => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        let v = if negative { -acc } else { acc };
        if let Ok(small) = i64::try_from(v) {
            return ParsedInt::Small(small);
        }
        return ParsedInt::Big(BigInt::from(v));
    }
    let lowered: Vec<u8> = digits.iter().map(u8::to_ascii_lowercase).collect();
    let mag = BigInt::parse_bytes(&lowered, base).unwrap_or_default();
    ParsedInt::Big(if negative { -mag } else { mag })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1_000.5 ").unwrap(), 1000.5);
        assert_eq!(parse_float("-iNfInItY").unwrap(), f64::NEG_INFINITY);
        assert_eq!(parse_float("١.٥").unwrap(), 1.5);
        assert_eq!(parse_float("1e400").unwrap(), f64::INFINITY);
        assert_eq!(parse_float("1__0").unwrap_err().message(), "could not convert string to float: '1__0'");
        assert!(parse_float("0x10").is_err() && parse_float("1e").is_err() && parse_float(".").is_err());
    }

    #[test]
    fn ints() {
        let d = DigitLimit::DEFAULT;
        assert_eq!(parse_int("0x_1f", 0, d).unwrap(), ParsedInt::Small(31));
        assert_eq!(parse_int(" -12 ", 10, d).unwrap(), ParsedInt::Small(-12));
        assert_eq!(parse_int("010", 0, d).unwrap_err().message(), "invalid literal for int() with base 0: '010'");
        assert_eq!(parse_int("00", 0, d).unwrap(), ParsedInt::Small(0));
        assert_eq!(parse_int("x", 37, d).unwrap_err().message(), "int() base must be >= 2 and <= 36, or 0");
    }
}

/// The length of the longest prefix of `s` that `strtod` accepts: a
/// signed decimal float or an `inf`/`infinity`/`nan` spelling; 0 if none.
fn float_prefix(s: &[u8]) -> usize {
    let sign = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let rest = &s[sign..];
    let starts = |word: &str| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes());
    for word in ["infinity", "inf", "nan"] {
        if starts(word) {
            return sign + word.len();
        }
    }
    let mut i = sign;
    let digits = |i: &mut usize| {
        let start = *i;
        while s.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if s.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    i
}

/// `complex(str)`: `<float>`, `<float>j`, `<float><signed-float>j`, and
/// the forms `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses,
/// surrounded by whitespace (CPython's `complex_from_string_inner`).
pub fn parse_complex(s: &str) -> TextResult<(f64, f64)> {
    let malformed = || TextError::value("complex() arg is a malformed string");
    let ascii = to_ascii_number_text(s).ok_or_else(malformed)?;
    // Misplaced underscores get their own message.
    let cleaned = remove_underscores(&ascii).ok_or_else(|| TextError::value(format!("could not convert string to complex: {}", repr_str(s))))?;
    complex_text(&cleaned).ok_or_else(malformed)
}

fn complex_text(cleaned: &str) -> Option<(f64, f64)> {
    let b = cleaned.as_bytes();
    let float_at = |from: usize, len: usize| parse_float_text(&cleaned[from..from + len]);
    let skip_space = |mut i: usize| {
        while b.get(i).is_some_and(|&c| is_c_space(c)) {
            i += 1;
        }
        i
    };
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    let unit = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    let mut i = skip_space(0);
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i = skip_space(i + 1);
    }
    let (mut re, mut im) = (0.0, 0.0);
    let n = float_prefix(&b[i..]);
    if n > 0 {
        let z = float_at(i, n)?;
        i += n;
        match b.get(i) {
            Some(&c @ (b'+' | b'-')) => {
                re = z;
                let m = float_prefix(&b[i..]);
                if m > 0 {
                    im = float_at(i, m)?;
                    i += m;
                } else {
                    im = unit(c);
                    i += 1;
                }
                if !is_j(i) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                im = z;
                i += 1;
            }
            _ => re = z,
        }
    } else {
        if let Some(&c @ (b'+' | b'-')) = b.get(i) {
            im = unit(c);
            i += 1;
        } else {
            im = 1.0;
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    i = skip_space(i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i = skip_space(i + 1);
    }
    (i == b.len()).then_some((re, im))
}
