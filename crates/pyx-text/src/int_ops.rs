//! Pure numeric operations whose Python semantics differ from Rust's:
//! floor division and modulo, `round()` for ints and floats (correctly
//! rounded half-even), `float.as_integer_ratio`, `float.hex`,
//! `int.bit_length`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::int_text::int_to_f64;
use crate::{TextError, TextResult};

fn int_zero_div() -> TextError {
    TextError::ZeroDivisionError("integer division or modulo by zero".into())
}

/// `a // b` for machine ints; `Ok(None)` when the result overflows `i64`
/// (`i64::MIN // -1`): redo it with big ints.
pub fn floordiv_i64(a: i64, b: i64) -> TextResult<Option<i64>> {
    if b == 0 {
        return Err(int_zero_div());
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(Integer::div_floor(&a, &b)))
}

/// `a % b` for machine ints (sign of the divisor).
pub fn mod_i64(a: i64, b: i64) -> TextResult<i64> {
    if b == 0 {
        return Err(TextError::ZeroDivisionError("integer modulo by zero".into()));
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(Integer::mod_floor(&a, &b))
}

/// `a // b` for big ints.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> TextResult<BigInt> {
    if b.is_zero() {
        return Err(int_zero_div());
    }
    Ok(a.div_floor(b))
}

/// `a % b` for big ints.
pub fn mod_big(a: &BigInt, b: &BigInt) -> TextResult<BigInt> {
    if b.is_zero() {
        return Err(TextError::ZeroDivisionError("integer modulo by zero".into()));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for big ints.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> TextResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(int_zero_div());
    }
    Ok(a.div_mod_floor(b))
}

/// `a // b` for floats (`float floor division by zero`).
pub fn floordiv_f64(a: f64, b: f64) -> TextResult<f64> {
    if b == 0.0 {
        return Err(TextError::ZeroDivisionError("float floor division by zero".into()));
    }
    Ok(divmod_f64_raw(a, b).0)
}

/// `a % b` for floats (sign of the divisor).
pub fn mod_f64(a: f64, b: f64) -> TextResult<f64> {
    if b == 0.0 {
        return Err(TextError::ZeroDivisionError("float modulo".into()));
    }
    Ok(divmod_f64_raw(a, b).1)
}

/// `divmod(a, b)` for floats.
pub fn divmod_f64(a: f64, b: f64) -> TextResult<(f64, f64)> {
    if b == 0.0 {
        return Err(TextError::ZeroDivisionError("float divmod()".into()));
    }
    Ok(divmod_f64_raw(a, b))
}

/// CPython's `_float_div_mod`.
fn divmod_f64_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `round(v, ndigits)` for an int with `ndigits < 0` (half to even);
/// for `ndigits >= 0` the value is unchanged.
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    let Ok(k) = u32::try_from(ndigits.unsigned_abs()) else { return BigInt::zero() };
    let b = BigInt::from(10u32).pow(k);
    let (mut q, r) = v.div_mod_floor(&b);
    let twice: BigInt = &r * 2u32;
    if twice > b || (twice == b && q.is_odd()) {
        q += 1u32;
    }
    q * b
}

/// `round(x)` for a float: the nearest int, ties to even.
pub fn round_float_to_int(x: f64) -> TextResult<BigInt> {
    float_to_int(x.round_ties_even())
}

/// `int(x)` for a float (truncation), with CPython's errors.
pub fn float_to_int(x: f64) -> TextResult<BigInt> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (num, den) = ratio_parts(t);
    Ok(num / den)
}

/// `round(x, ndigits)` for a float: correctly rounded, half to even on the
/// exact binary value, as CPython's `double_round`.
pub fn round_float(x: f64, ndigits: i64) -> TextResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x).parse::<f64>().unwrap_or(x)
    } else {
        let (num, den) = ratio_parts(x);
        let scale = BigInt::from(10u32).pow(ndigits.unsigned_abs() as u32);
        let (mut q, r) = num.div_mod_floor(&(&den * &scale));
        let twice: BigInt = r * 2u32;
        let full = &den * &scale;
        if twice > full || (twice == full && q.is_odd()) {
            q += 1u32;
        }
        let v = q * scale;
        match int_to_f64(&v) {
            Some(f) => f,
            None => return Err(TextError::overflow("rounded value too large to represent")),
        }
    };
    if rounded.is_infinite() {
        return Err(TextError::overflow("rounded value too large to represent"));
    }
    // Keep the sign of zero results.
    Ok(if rounded == 0.0 { 0.0f64.copysign(x) } else { rounded })
}

/// Exact `x = num / den` with `den` a power of two (finite `x`).
fn ratio_parts(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) };
    let mut num = BigInt::from(mant);
    if x.is_sign_negative() {
        num = -num;
    }
    if exp >= 0 {
        (num << (exp as usize), BigInt::one())
    } else {
        (num, BigInt::one() << ((-exp) as usize))
    }
}

/// `x.as_integer_ratio()`: lowest terms, positive denominator.
pub fn as_integer_ratio(x: f64) -> TextResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(TextError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(TextError::overflow("cannot convert Infinity to integer ratio"));
    }
    let (num, den) = ratio_parts(x);
    let g = num.gcd(&den);
    if g.is_zero() {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    Ok((num / &g, den / g))
}

/// `x.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 { (0, -1022) } else { (1, exp_bits - 1023) };
    let exp_sign = if exp < 0 { "" } else { "+" };
    format!("{sign}0x{lead}.{frac:013x}p{exp_sign}{exp}")
}

/// `v.bit_length()`.
pub fn bit_length(v: &BigInt) -> u64 {
    v.magnitude().bits()
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        assert_eq!(floordiv_i64(-7, 2).unwrap(), Some(-4));
        assert_eq!(floordiv_i64(i64::MIN, -1).unwrap(), None);
        assert_eq!(mod_i64(-7, 2).unwrap(), 1);
        assert_eq!(mod_i64(7, -2).unwrap(), -1);
        assert_eq!(mod_f64(-1.0, 3.0).unwrap(), 2.0);
        assert_eq!(floordiv_f64(-1.0, 3.0).unwrap(), -1.0);
        assert_eq!(mod_i64(1, 0).unwrap_err().message(), "integer modulo by zero");
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(1250.0, -2).unwrap(), 1200.0);
        assert_eq!(round_float(1250.4, -2).unwrap(), 1300.0);
        assert_eq!(round_float(1e300, -301).unwrap(), 0.0);
        assert_eq!(round_float(5e-324, 400).unwrap(), 5e-324);
        assert!(round_float(1.7e308, -308).is_err());
        assert_eq!(round_int(&BigInt::from(-15), -1), BigInt::from(-20));
        assert_eq!(round_int(&BigInt::from(-25), -1), BigInt::from(-20));
        assert_eq!(round_float_to_int(-1.5).unwrap(), BigInt::from(-2));
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(1e300), "0x1.7e43c8800759cp+996");
        let (n, d) = as_integer_ratio(0.1).unwrap();
        assert_eq!((n, d), (BigInt::from(3602879701896397i64), BigInt::from(36028797018963968i64)));
    }
}
