//! Float to text: `repr(float)` and the `e`/`f`/`g`/`r` core behind
//! `format()`, `%` and `str()`, laid out by CPython's rules
//! (`PyOS_double_to_string`).
//!
//! Digits come from Rust's own float formatting: `{:e}` yields the shortest
//! round-tripping digits, `{:.N$e}` and `{:.N$}` are correctly rounded
//! (round-half-even on the exact binary value) — the same digit strings
//! David Gay's `dtoa` gives CPython in modes 0, 2 and 3. The layout
//! (exponent thresholds, padding, trailing-zero rules) is CPython's.

/// Which style of output `double_to_string` produces (the format code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatCode {
    /// `e`: exponent notation with `precision` digits after the point.
    Exp,
    /// `f`: fixed notation with `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, fixed or exponent.
    General,
    /// `r`: shortest round-trip digits (`repr`); precision unused.
    Repr,
}

/// Options of `double_to_string` (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` when the result looks like an integer (`repr`).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// Turn a negative zero (after rounding) into positive zero (`z`).
    pub no_neg_0: bool,
    /// Uppercase: `E`, `INF`, `NAN`.
    pub upper: bool,
}

/// `repr(x)` / `str(x)` for a Python float.
pub fn repr_float(x: f64) -> String {
    double_to_string(x, FloatCode::Repr, 0, FloatFlags { add_dot_0: true, ..FloatFlags::default() })
}

/// Decimal digits (no leading/trailing zeros except the single "0" for
/// zero) and the position of the decimal point relative to them.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Parse Rust's `{:e}` output of a non-negative finite value ("1.25e-7").
fn digits_from_exp(s: &str) -> Digits {
    let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.iter().all(|&d| d == b'0') {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    Digits { digits, decpt: exp + 1 }
}

/// Shortest round-trip digits (dtoa mode 0).
fn shortest_digits(x: f64) -> Digits {
    if x == 0.0 {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    let shortest = digits_from_exp(&format!("{:e}", x));
    // Rust picks the shortest length correctly, but when two strings of that
    // length round-trip and x lies exactly between them it may take the
    // upper one; dtoa takes the correctly rounded (half-even) one.
    let n = shortest.digits.len();
    let rounded = digits_from_exp(&format!("{:.*e}", n.saturating_sub(1), x));
    if rounded.digits.len() <= n && rebuild(&rounded) == Some(x) {
        rounded
    } else {
        shortest
    }
}

/// The float a digit string denotes, if it parses.
fn rebuild(d: &Digits) -> Option<f64> {
    let mut s = String::with_capacity(d.digits.len() + 8);
    s.push_str("0.");
    for &b in &d.digits {
        s.push(char::from(b));
    }
    s.push('e');
    s.push_str(&d.decpt.to_string());
    s.parse().ok()
}

/// A double's exact decimal value has at most 767 significant digits and
/// at most 1074 digits after the point: asking for more only appends zeros,
/// which the layout adds back. Capping the request also keeps it inside
/// what Rust's formatter accepts (a precision above 65,535 panics).
const MAX_SIGNIFICANT_DIGITS: usize = 800;
const MAX_FRACTION_DIGITS: usize = 1100;

/// `ndigits` significant digits, correctly rounded (dtoa mode 2).
fn significant_digits(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    let n = ndigits.clamp(1, MAX_SIGNIFICANT_DIGITS);
    digits_from_exp(&format!("{:.*e}", n - 1, x))
}

/// Digits up to `ndigits` places after the point (dtoa mode 3).
fn fixed_digits(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    // Past MAX_FRACTION_DIGITS a nonzero double never rounds to zero, so
    // the cap cannot reach the `decpt = -ndigits` case below.
    let s = format!("{:.*}", ndigits.min(MAX_FRACTION_DIGITS), x);
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut decpt = int_part.len() as i64;
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        // Rounds to zero: dtoa returns no digits and decpt = -ndigits.
        return Digits { digits: Vec::new(), decpt: -(ndigits as i64) };
    }
    Digits { digits, decpt }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// For `Exp` the precision counts digits after the point; for `General` a
/// precision of 0 means 1; `Repr` ignores the precision.
pub fn double_to_string(x: f64, code: FloatCode, precision: usize, flags: FloatFlags) -> String {
    let mut out = String::new();
    let negative = x.is_sign_negative();
    if !x.is_finite() {
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if flags.upper { "NAN" } else { "nan" });
        } else {
            if negative {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if flags.upper { "INF" } else { "inf" });
        }
        return out;
    }
    let ax = x.abs();
    let (d, precision) = match code {
        FloatCode::Exp => {
            let p = precision.saturating_add(1);
            (significant_digits(ax, p), p)
        }
        FloatCode::Fixed => (fixed_digits(ax, precision), precision),
        FloatCode::General => {
            let p = precision.max(1);
            (significant_digits(ax, p), p)
        }
        FloatCode::Repr => (shortest_digits(ax), 0),
    };
    let Digits { digits, mut decpt } = d;
    let digits_len = digits.len() as i64;
    let mut sign = negative;
    if flags.no_neg_0 && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }
    let prec = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        FloatCode::Exp => {
            use_exp = true;
            vdigits_end = prec;
        }
        FloatCode::Fixed => vdigits_end = decpt.saturating_add(prec),
        FloatCode::General => {
            let limit = if flags.add_dot_0 { prec - 1 } else { prec };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = prec;
            }
        }
        FloatCode::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, ds: &[u8]| {
        for &b in ds {
            out.push(char::from(b));
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(&mut out, &digits[..split]);
        out.push('.');
        push_digits(&mut out, &digits[split..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basics() {
        let cases: &[(f64, &str)] = &[
            (1.5, "1.5"),
            (10.0, "10.0"),
            (1e-5, "1e-05"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1, "0.1"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr_float(x), want, "{x:?}");
        }
    }

    #[test]
    fn fixed_and_general() {
        let f = FloatFlags::default();
        assert_eq!(double_to_string(0.0001, FloatCode::General, 3, f), "0.0001");
        assert_eq!(double_to_string(1e22, FloatCode::Fixed, 6, f), "10000000000000000000000.000000");
        assert_eq!(double_to_string(0.1, FloatCode::Fixed, 20, f), "0.10000000000000000555");
        assert_eq!(double_to_string(0.5, FloatCode::Fixed, 0, f), "0");
        assert_eq!(double_to_string(2.5, FloatCode::Fixed, 0, f), "2");
        assert_eq!(double_to_string(0.0, FloatCode::Exp, 2, f), "0.00e+00");
    }

    /// Precisions past Rust's formatter limit (65,535) give CPython's text:
    /// every exact digit, then zeros.
    #[test]
    fn huge_precision_does_not_panic() {
        let f = FloatFlags::default();
        let g = double_to_string(5e-324, FloatCode::General, 70_000, f);
        assert_eq!(g.len(), 757);
        assert!(g.starts_with("4.9406564584") && g.ends_with("7265625e-324"), "{g}");
        let fixed = double_to_string(5e-324, FloatCode::Fixed, 1200, f);
        assert_eq!((fixed.len(), fixed.trim_end_matches('0').len()), (1202, 1076));
        let tenth = double_to_string(0.1, FloatCode::Fixed, 100_000, f);
        assert_eq!((tenth.len(), tenth.trim_end_matches('0').len()), (100_002, 57));
        assert!(tenth.starts_with("0.1000000000000000055511151231257827021181583404541015625"));
        let e = double_to_string(1e300, FloatCode::Exp, 70_000, f);
        assert_eq!(e.len(), 70_007);
        assert!(e.starts_with("1.000000") && e.ends_with("000e+300"));
        let alt = FloatFlags { alt: true, ..f };
        assert_eq!(double_to_string(1.5, FloatCode::General, 70_000, alt).len(), 70_001);
    }
}
