//! C's `frexp` and `ldexp` on `f64`, exactly (the `math` module, float
//! hashing and `struct` packing build on them).

/// `x = m * 2**e` with `0.5 <= |m| < 1`; `(x, 0)` for zero, infinities
/// and NaN, as C's `frexp`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `x * 2**n`, correctly rounded (one rounding, even when the result is
/// subnormal), as C's `ldexp`/`scalbn`.
pub fn ldexp(x: f64, n: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut n = n.clamp(-5000, 5000) as i32;
    let mut y = x;
    let two_1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    // 2**-1022 * 2**53: steps that stay clear of the subnormal range, so
    // the last multiplication is the only one that rounds.
    let down = f64::from_bits(0x0360_0000_0000_0000);
    if n > 1023 {
        y *= two_1023;
        n -= 1023;
        if n > 1023 {
            y *= two_1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(frexp(1e308), (0.5562684646268003, 1024));
        assert_eq!(frexp(1.5), (0.75, 1));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(0.0), (0.0, 0));
    }

    #[test]
    fn ldexp_matches_c() {
        assert_eq!(ldexp(0.5562684646268003, 1024), 1e308);
        assert_eq!(ldexp(0.25, 1025), 2f64.powi(1023));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.5, -1074), 1e-323);
        assert_eq!(ldexp(3.0, -1), 1.5);
        for &x in &[1e-300, 123.456, 5e-324, 1e308] {
            let (m, e) = frexp(x);
            assert_eq!(ldexp(m, e as i64), x);
        }
    }
}
