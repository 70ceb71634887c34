//! Python's `repr` of the literal values an AST holds (`str`, `bytes`,
//! `float`, `complex`), as the dump prints them.

/// `repr(s)` for a `str`: single quotes unless the text holds a single
/// quote and no double quote.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Whether `str.isprintable()` holds for a non-ASCII character: not a
/// control, format, separator (other than the ASCII space), private-use,
/// surrogate or unassigned character. Assigned characters are those with a
/// Unicode name (the name table is Unicode 16; CPython 3.11 uses 14, so the
/// few characters assigned since print unescaped here).
fn is_printable(c: char) -> bool {
    let u = c as u32;
    let other_or_separator = matches!(u,
        0x80..=0xa0 | 0xad
        | 0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x0890..=0x0891 | 0x08e2 | 0x180e
        | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb
        | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a
        | 0xe0001 | 0xe0020..=0xe007f | 0xf0000..=0x10ffff
    );
    !other_or_separator && unicode_names2::name(c).is_some()
}

/// `repr(b)` for `bytes`.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The shortest digits that round-trip `x` (positive, finite, non-zero) and
/// the decimal exponent of the first digit.
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip representation.
    let s = format!("{x:e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp = exp.parse::<i32>().unwrap_or(0);
    (digits, exp)
}

fn float_body(x: f64, add_dot_zero: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let x = x.abs();
    if x == 0.0 {
        return format!("{sign}0{}", if add_dot_zero { ".0" } else { "" });
    }
    let (digits, exp) = shortest_digits(x);
    let n = digits.len() as i32;
    let body = if (-4..16).contains(&exp) {
        if exp >= n - 1 {
            // An integer: pad with zeros.
            let zeros = "0".repeat((exp - (n - 1)) as usize);
            format!("{digits}{zeros}{}", if add_dot_zero { ".0" } else { "" })
        } else if exp >= 0 {
            let (a, b) = digits.split_at(exp as usize + 1);
            format!("{a}.{b}")
        } else {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let (a, b) = digits.split_at(1);
        let frac = if b.is_empty() { String::new() } else { format!(".{b}") };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{a}{frac}e{esign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

/// `repr(x)` for a `float`: the shortest round-trip text, `1e+16`, `1.5`,
/// `inf`.
pub fn repr_float(x: f64) -> String {
    float_body(x, true)
}

/// `repr(complex(real, imag))`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", float_body(imag, false))
    } else {
        let im = float_body(imag, false);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{im}j)", float_body(real, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(repr_float(1.5), "1.5");
        assert_eq!(repr_float(1e16), "1e+16");
        assert_eq!(repr_float(1e15), "1000000000000000.0");
        assert_eq!(repr_float(0.0001), "0.0001");
        assert_eq!(repr_float(0.00001), "1e-05");
        assert_eq!(repr_float(1.0), "1.0");
        assert_eq!(repr_float(0.1), "0.1");
        assert_eq!(repr_float(123.456), "123.456");
        assert_eq!(repr_float(f64::INFINITY), "inf");
        assert_eq!(repr_float(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(repr_float(5e-324), "5e-324");
        assert_eq!(repr_complex(0.0, 2.0), "2j");
        assert_eq!(repr_complex(0.0, 2.5), "2.5j");
        assert_eq!(repr_complex(0.0, 1e16), "1e+16j");
    }

    #[test]
    fn strings_print_like_python() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_str("\n\x00é\u{200b}"), "'\\n\\x00é\\u200b'");
        assert_eq!(repr_bytes(b"a\x80'"), "b\"a\\x80'\"");
    }
}
