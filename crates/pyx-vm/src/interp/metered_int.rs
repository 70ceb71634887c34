//! Big-integer arithmetic that spends fuel as it goes.
//!
//! One multiplication, division or `pow` of huge ints can take seconds, and
//! a native call is a single step of the evaluation loop: without help the
//! step and time limits would see none of that work. Every operation here
//! charges fuel in proportion to its work (limb products, at
//! `PRODUCTS_PER_STEP` per step) and runs as pieces of bounded size, each
//! charged before it runs. A charge of more than the fuel window polls the
//! interrupt flag, so a host deadline stops the work between two pieces:
//! within a few milliseconds, not after the whole operation.
//!
//! Below the piece size the operations call num-bigint directly; above it
//! they split the operands (Karatsuba's three half-size products for a
//! balanced multiplication, operand-sized slices for an unbalanced one,
//! quotient chunks for a long division).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::interp::limits::Termination;
use crate::interp::vm::{PyResult, Unwind, Vm};

/// Limb products (64-bit by 64-bit) of a multiplication per step of fuel:
/// a step of the evaluation loop (`x = x + 1` in a loop: about 50 ns on
/// the machine these were measured on) costs about as much time.
const PRODUCTS_PER_STEP: u64 = 12;

/// Limb products of a long division per step of fuel (num-bigint's
/// division loop is much cheaper per product than its multiplication),
/// and limbs of the divisor per step for the fixed cost of each division
/// (normalising and copying the operands).
const DIVISION_PRODUCTS_PER_STEP: u64 = 256;
const DIVISION_LIMBS_PER_STEP: u64 = 2;

/// Operands up to this many 64-bit limbs are multiplied in one piece (a
/// few milliseconds at most).
const PIECE_LIMBS: usize = 1 << 12;

/// Limb products of one piece of a long division (about 10 ms).
const DIVISION_PIECE: usize = 1 << 26;

fn limbs(x: &BigUint) -> usize {
    x.bits().div_ceil(64) as usize
}

/// Fuel for multiplying numbers of `a` and `b` limbs: schoolbook for a
/// short operand, Karatsuba's `n^1.585` per operand-sized slice otherwise.
pub fn mul_cost(a: usize, b: usize) -> u64 {
    let (lo, hi) = (a.min(b) as u64, a.max(b) as u64);
    if lo <= 64 {
        return lo * hi / PRODUCTS_PER_STEP + 1;
    }
    let slices = hi.div_ceil(lo);
    let per_slice = (lo as f64).powf(1.585) as u64;
    slices.saturating_mul(per_slice) / PRODUCTS_PER_STEP + 1
}

/// Fuel for dividing a number of `a` limbs by one of `b` limbs.
fn div_cost(a: usize, b: usize) -> u64 {
    let products = (a.saturating_sub(b) as u64 + 1) * (b as u64);
    products / DIVISION_PRODUCTS_PER_STEP + b as u64 / DIVISION_LIMBS_PER_STEP + 1
}

/// The limbs `[from, to)` of `digits` (little-endian, 32-bit halves of
/// the 64-bit limbs) as a number.
fn slice_of(digits: &[u32], from: usize, to: usize) -> BigUint {
    let (from, to) = ((2 * from).min(digits.len()), (2 * to).min(digits.len()));
    BigUint::from_slice(&digits[from..to])
}

/// `a * b`.
pub fn mul(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    let m = mul_mag(vm, a.magnitude(), b.magnitude())?;
    Ok(BigInt::from_biguint(a.sign() * b.sign(), m))
}

/// `a * b` of magnitudes, in pieces.
pub fn mul_mag(vm: &mut Vm, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    let (n, m) = (limbs(a), limbs(b));
    let (long, short, lo, hi) = if n >= m { (a, b, m, n) } else { (b, a, n, m) };
    if hi <= PIECE_LIMBS || lo <= 1 {
        vm.tick(mul_cost(lo, hi))?;
        return Ok(long * short);
    }
    // Unbalanced: slices of the long operand as wide as the short one (or
    // as a piece), each multiplied and added in at its place.
    let width = lo.max(PIECE_LIMBS.min(hi));
    if hi >= 2 * width || lo <= PIECE_LIMBS {
        let digits = long.to_u32_digits();
        let mut acc = BigUint::zero();
        let mut at = 0;
        while at < hi {
            let part = slice_of(&digits, at, at + width);
            let prod = mul_mag(vm, &part, short)?;
            acc += prod << (64 * at);
            at += width;
        }
        return Ok(acc);
    }
    // Balanced and large: one level of Karatsuba, each product metered.
    let h = hi / 2;
    let (da, db) = (long.to_u32_digits(), short.to_u32_digits());
    let (a0, a1) = (slice_of(&da, 0, h), slice_of(&da, h, hi));
    let (b0, b1) = (slice_of(&db, 0, h), slice_of(&db, h, hi));
    let z0 = mul_mag(vm, &a0, &b0)?;
    let z2 = mul_mag(vm, &a1, &b1)?;
    let z1 = mul_mag(vm, &(a0 + a1), &(b0 + b1))? - &z0 - &z2;
    Ok((z2 << (128 * h)) + (z1 << (64 * h)) + z0)
}

/// `(a // b, a % b)` of magnitudes (`b` nonzero), as quotient chunks of
/// bounded work.
pub fn div_rem_mag(vm: &mut Vm, a: &BigUint, b: &BigUint) -> PyResult<(BigUint, BigUint)> {
    let (n, m) = (limbs(a), limbs(b));
    if n < m {
        vm.tick(1)?;
        return Ok((BigUint::zero(), a.clone()));
    }
    if (n - m + 1).saturating_mul(m) <= DIVISION_PIECE {
        vm.tick(div_cost(n, m))?;
        return Ok(a.div_rem(b));
    }
    // Long division by chunks of `k` limbs of the dividend, from the top:
    // each step divides a number of at most m + k limbs by b.
    let k = (DIVISION_PIECE / m).max(1);
    let digits = a.to_u32_digits();
    let mut quotient: Vec<u32> = vec![0; 2 * n];
    let mut rem = BigUint::zero();
    let mut top = n;
    while top > 0 {
        let bottom = top.saturating_sub(k);
        vm.tick(div_cost(m + (top - bottom), m))?;
        let chunk = slice_of(&digits, bottom, top);
        let num = (rem << (64 * (top - bottom))) + chunk;
        let (q, r) = num.div_rem(b);
        for (i, d) in q.to_u32_digits().into_iter().enumerate() {
            quotient[2 * bottom + i] = d;
        }
        rem = r;
        top = bottom;
    }
    Ok((BigUint::new(quotient), rem))
}

/// Python's `divmod(a, b)` for ints (`b` nonzero): floor division.
pub fn div_mod_floor(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    let (q, r) = div_rem_mag(vm, a.magnitude(), b.magnitude())?;
    let mut q = BigInt::from_biguint(a.sign() * b.sign(), q);
    let mut r = BigInt::from_biguint(a.sign(), r);
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        q -= 1;
        r += b;
    }
    Ok((q, r))
}

/// `a ** e` (the caller has checked the result's size).
pub fn pow(vm: &mut Vm, a: &BigInt, e: u64) -> PyResult<BigInt> {
    if e == 0 {
        return Ok(BigInt::one());
    }
    let mut r = a.clone();
    for bit in (0..63 - e.leading_zeros()).rev() {
        r = mul(vm, &r, &r)?;
        if e >> bit & 1 == 1 {
            r = mul(vm, &r, a)?;
        }
    }
    Ok(r)
}

/// `base ** e % m` of magnitudes (`m` > 1, `base` < `m`), square and
/// multiply with a metered step per bit of the exponent.
pub fn pow_mod_mag(vm: &mut Vm, base: &BigUint, e: &BigUint, m: &BigUint) -> PyResult<BigUint> {
    let lm = limbs(m);
    // Small enough to run in one piece: num-bigint's own (Montgomery) loop.
    let whole = e.bits().saturating_mul(2).saturating_mul(mul_cost(lm, lm) + div_cost(2 * lm, lm));
    if whole <= (PIECE_LIMBS as u64) * 16 {
        vm.tick(whole)?;
        return Ok(base.modpow(e, m));
    }
    let mut r = BigUint::one();
    for bit in (0..e.bits()).rev() {
        let square = mul_mag(vm, &r, &r)?;
        r = div_rem_mag(vm, &square, m)?.1;
        if e.bit(bit) {
            let product = mul_mag(vm, &r, base)?;
            r = div_rem_mag(vm, &product, m)?.1;
        }
    }
    Ok(r)
}

/// An estimate of `log2(n!)` (Stirling's series; exact to a bit or so).
fn log2_factorial(n: u64) -> f64 {
    if n < 2 {
        return 0.0;
    }
    let x = n as f64;
    (x * x.ln() - x + 0.5 * (std::f64::consts::TAU * x).ln() + 1.0 / (12.0 * x)) / std::f64::consts::LN_2
}

/// Refuse up front a product of about `bits` bits (an estimate, given a
/// margin for its error) that would pass `times` times the integer size
/// limit or not fit the memory budget.
fn check_estimate(vm: &mut Vm, bits: f64, times: u64) -> PyResult<()> {
    if bits > (vm.limits.max_int_bits.saturating_mul(times)) as f64 + 64.0 {
        return Err(Unwind::Terminate(Termination::IntSize));
    }
    vm.reserve((bits / 8.0) as usize)
}

/// The product of the integers in `[lo, hi)`, by binary splitting so that
/// the large products are balanced (and metered).
fn range_product(vm: &mut Vm, lo: u64, hi: u64) -> PyResult<BigUint> {
    if hi <= lo {
        return Ok(BigUint::one());
    }
    if hi - lo <= 16 {
        let mut r = BigUint::one();
        for i in lo..hi {
            vm.tick(limbs(&r) as u64 / PRODUCTS_PER_STEP + 1)?;
            r *= i;
        }
        return Ok(r);
    }
    let mid = lo + (hi - lo) / 2;
    let left = range_product(vm, lo, mid)?;
    let right = range_product(vm, mid, hi)?;
    mul_mag(vm, &left, &right)
}

/// `math.factorial(n)`.
pub fn factorial(vm: &mut Vm, n: u64) -> PyResult<BigUint> {
    check_estimate(vm, log2_factorial(n), 1)?;
    range_product(vm, 2, n.saturating_add(1))
}

/// `math.perm(n, k)` (`k <= n`).
pub fn perm(vm: &mut Vm, n: u64, k: u64) -> PyResult<BigUint> {
    check_estimate(vm, log2_factorial(n) - log2_factorial(n - k), 1)?;
    range_product(vm, n - k + 1, n.saturating_add(1))
}

/// `math.comb(n, k)` (`k <= n`): `perm(n, k) / k!`, the division metered.
/// The result must fit the integer size limit; its two factors may be up
/// to four times larger (and are checked against the memory budget).
pub fn comb(vm: &mut Vm, n: u64, k: u64) -> PyResult<BigUint> {
    let k = k.min(n - k);
    let log2_kfact = log2_factorial(k);
    let log2_perm = log2_factorial(n) - log2_factorial(n - k);
    check_estimate(vm, log2_perm - log2_kfact, 1)?;
    check_estimate(vm, log2_perm + log2_kfact, 4)?;
    let top = range_product(vm, n - k + 1, n.saturating_add(1))?;
    let bottom = range_product(vm, 2, k.saturating_add(1))?;
    Ok(div_rem_mag(vm, &top, &bottom)?.0)
}

/// `math.isqrt(n)`: the largest `a` with `a * a <= n`. Each round doubles
/// the correct leading bits with one metered division (the recurrence
/// behind CPython's `math.isqrt`), so the whole costs about one
/// full-size division.
pub fn isqrt(vm: &mut Vm, n: &BigUint) -> PyResult<BigUint> {
    if n.is_zero() {
        return Ok(BigUint::zero());
    }
    let c = (n.bits() - 1) / 2;
    let mut a = BigUint::one();
    let mut d: u64 = 0;
    for s in (0..64 - c.leading_zeros()).rev() {
        let e = d;
        d = c >> s;
        let shifted = n >> (2 * c - e - d + 1);
        let (q, _) = div_rem_mag(vm, &shifted, &a)?;
        a = (a << (d - e - 1)) + q;
    }
    vm.tick(mul_cost(limbs(&a), limbs(&a)))?;
    if &a * &a > *n {
        a -= 1u32;
    }
    Ok(a)
}

/// Operands up to this many limbs go to num-bigint's own gcd in one piece.
const GCD_PIECE_LIMBS: usize = 64;

/// `gcd(a, b)` of magnitudes. Large operands run Lehmer's algorithm (Knuth
/// 4.5.2, Algorithm L): the quotients of Euclid's algorithm are guessed
/// from the leading 64 bits, and one linear combination of the full
/// numbers (metered) stands for many division steps. num-bigint's binary
/// gcd runs minutes on megabit operands, unpolled.
pub fn gcd_mag(vm: &mut Vm, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    Ok(lehmer(vm, a, b, false)?.0)
}

/// `(g, x)` with `g = gcd(a, m)` and `a * x ≡ g (mod m)`, for the modular
/// inverse of `pow(a, -e, m)` (`0 <= a < m`): Lehmer's algorithm with the
/// cofactor of `a` carried along.
pub fn gcd_inverse(vm: &mut Vm, a: &BigInt, m: &BigInt) -> PyResult<(BigInt, BigInt)> {
    let (g, x) = lehmer(vm, m.magnitude(), a.magnitude(), true)?;
    Ok((BigInt::from(g), x))
}

/// The gcd of `a >= b`, and with `cofactor` the `x` with `b * x ≡ g
/// (mod a)`.
fn lehmer(vm: &mut Vm, a: &BigUint, b: &BigUint, cofactor: bool) -> PyResult<(BigUint, BigInt)> {
    let (mut a, mut b) = (a.clone(), b.clone());
    // Invariant (with `cofactor`): a ≡ b0 * xa, b ≡ b0 * xb (mod a0).
    let (mut xa, mut xb) = (BigInt::zero(), BigInt::one());
    if a < b {
        std::mem::swap(&mut a, &mut b);
        std::mem::swap(&mut xa, &mut xb);
    }
    while !b.is_zero() {
        let n = limbs(&a);
        if n <= GCD_PIECE_LIMBS && !cofactor {
            vm.tick(mul_cost(n, n))?;
            return Ok((a.gcd(&b), xa));
        }
        vm.tick(n as u64 / DIVISION_LIMBS_PER_STEP + 1)?;
        let (mut ca, mut cb, mut cc, mut cd) = (1i128, 0i128, 0i128, 1i128);
        if n > 2 {
            let shift = a.bits() - 64;
            // The 64 bits of `x` from bit `shift` up, read from its limbs
            // (shifting the whole number would copy it).
            let leading = |x: &BigUint| -> i128 {
                let mut limbs = x.iter_u64_digits().skip((shift / 64) as usize);
                let (lo, hi) = (limbs.next().unwrap_or(0), limbs.next().unwrap_or(0));
                let window = (u128::from(hi) << 64 | u128::from(lo)) >> (shift % 64);
                i128::from(window as u64)
            };
            let (mut ah, mut bh) = (leading(&a), leading(&b));
            while bh + cc != 0 && bh + cd != 0 {
                let q = (ah + ca) / (bh + cc);
                if q != (ah + cb) / (bh + cd) {
                    break;
                }
                (ca, cc) = (cc, ca - q * cc);
                (cb, cd) = (cd, cb - q * cd);
                (ah, bh) = (bh, ah - q * bh);
            }
        }
        if cb == 0 {
            // No quotient could be guessed: one full division step.
            let (q, r) = div_rem_mag(vm, &a, &b)?;
            a = std::mem::replace(&mut b, r);
            if cofactor {
                let qx = mul(vm, &BigInt::from(q), &xb)?;
                let x = &xa - qx;
                xa = std::mem::replace(&mut xb, x);
            }
        } else {
            // Both stay nonnegative (Knuth's conditions on the guesses);
            // keep the larger first all the same.
            let combine = |x: &BigInt, y: &BigInt, p: i128, q: i128| x * BigInt::from(p) + y * BigInt::from(q);
            let (sa, sb) = (BigInt::from(a), BigInt::from(b));
            a = combine(&sa, &sb, ca, cb).into_parts().1;
            b = combine(&sa, &sb, cc, cd).into_parts().1;
            if cofactor {
                let (na, nb) = (combine(&xa, &xb, ca, cb), combine(&xa, &xb, cc, cd));
                (xa, xb) = (na, nb);
            }
            if a < b {
                std::mem::swap(&mut a, &mut b);
                std::mem::swap(&mut xa, &mut xb);
            }
        }
    }
    Ok((a, xa))
}
