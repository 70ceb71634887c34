//! Python's `hash()` for numbers (CPython-compatible: reduction modulo the
//! Mersenne prime 2**61 - 1, so equal numbers of different types hash
//! equal), CPython's tuple and frozenset hash combiners, and a keyed
//! SipHash-1-3 for `str`/`bytes` whose key the VM chooses per interpreter
//! (string hash values therefore differ from CPython's, as CPython's own
//! differ between runs).

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// Bits of the hash modulus.
pub const HASH_BITS: u32 = 61;
/// The modulus, 2**61 - 1 (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))` (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314_159;
/// Multiplier of the imaginary part (`sys.hash_info.imag`).
pub const HASH_IMAG: u64 = 1_000_003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for an int that fits in `i64`.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -m } else { m })
}

/// `hash(v)` for any int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(small) = v.to_i64() {
        return hash_i64(small);
    }
    let m = (v.magnitude() % HASH_MODULUS).to_i64().unwrap_or(0);
    fix_minus_one(if v.sign() == Sign::Minus { -m } else { m })
}

/// `hash(id)` of an object hashed by identity (`_Py_HashPointer`): the VM
/// passes its own identity value.
pub fn hash_identity(identity: u64) -> i64 {
    fix_minus_one(identity.rotate_right(4) as i64)
}

/// `hash(x)` for a float; a NaN hashes by the identity of its object
/// (CPython 3.10+), so the VM passes that identity.
pub fn hash_float(x: f64, identity: u64) -> i64 {
    if !x.is_finite() {
        if x.is_infinite() {
            return if x > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return hash_identity(identity);
    }
    if x == 0.0 {
        return 0;
    }
    let (mut m, mut e) = crate::float_math::frexp(x);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    let h = if negative { h.wrapping_neg() } else { h };
    fix_minus_one(h as i64)
}

/// `hash(complex(re, im))`; NaN parts hash by the complex's identity.
pub fn hash_complex(re: f64, im: f64, identity: u64) -> i64 {
    let hr = hash_float(re, identity) as u64;
    let hi = hash_float(im, identity) as u64;
    fix_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

/// `hash(Fraction(num, den))` (den > 0), as `fractions.Fraction` computes it.
pub fn hash_rational(num: &BigInt, den: &BigInt) -> i64 {
    let p = BigInt::from(HASH_MODULUS);
    let dinv = den.modpow(&(&p - 2u32), &p);
    let h = if dinv.is_zero() {
        BigInt::from(HASH_INF)
    } else {
        (num.magnitude() * dinv.magnitude() % HASH_MODULUS).into()
    };
    let h = h.to_i64().unwrap_or(0);
    let h = if num.sign() == Sign::Minus { -h } else { h };
    fix_minus_one(h)
}

/// CPython's tuple hash (an xxHash-style combiner) over element hashes.
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = item_hashes.len() as u64;
    let mut acc = P5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// CPython's frozenset hash over element hashes (order-independent).
pub fn hash_frozenset(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let len = item_hashes.len() as u64;
    let mut h: u64 = 0;
    for x in item_hashes {
        h ^= shuffle(x as u64);
    }
    h ^= (len + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        return 590_923_713;
    }
    h as i64
}

/// Keyed hashing of `str` and `bytes` (SipHash-1-3, as CPython uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrHasher {
    k0: u64,
    k1: u64,
}

impl StrHasher {
    /// A hasher with the interpreter's 128-bit key.
    pub fn new(k0: u64, k1: u64) -> Self {
        StrHasher { k0, k1 }
    }

    /// `hash(b)` for `bytes`; the empty string hashes to 0 as in CPython.
    pub fn hash_bytes(&self, b: &[u8]) -> i64 {
        if b.is_empty() {
            return 0;
        }
        let mut h = SipHasher13::new_with_keys(self.k0, self.k1);
        h.write(b);
        fix_minus_one(h.finish() as i64)
    }

    /// `hash(s)` for `str`.
    pub fn hash_str(&self, s: &str) -> i64 {
        self.hash_bytes(s.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_float(1.0, 0), 1);
        assert_eq!(hash_float(0.5, 0), 1 << 60);
        assert_eq!(hash_float(f64::NEG_INFINITY, 0), -314159);
        assert_eq!(hash_tuple([1i64, 2, 3].into_iter()), 529344067295497451);
        assert_eq!(hash_tuple(std::iter::empty()), 5740354900026072187);
        assert_eq!(hash_tuple([hash_float(1.5, 0), 0].into_iter()), 6660161741276059634);
        assert_eq!(hash_tuple([0i64].into_iter()), -8753497827991233192);
        assert_eq!(hash_frozenset(std::iter::empty()), 133146708735736);
        assert_eq!(hash_frozenset([1i64, 2, 3].into_iter()), -272375401224217160);
        assert_eq!(hash_frozenset([-2i64, 1].into_iter()), 584910270279099428);
        assert_eq!(hash_rational(&BigInt::from(1), &BigInt::from(3)), 1537228672809129301);
        assert_eq!(hash_rational(&BigInt::from(-7), &BigInt::from(2)), -1152921504606846979);
        assert_eq!(hash_rational(&BigInt::from(1), &BigInt::from(HASH_MODULUS)), 314159);
        let h = StrHasher::new(1, 2);
        assert_eq!(h.hash_str(""), 0);
        assert_eq!(h.hash_str("abc"), h.hash_bytes(b"abc"));
        assert_ne!(h.hash_str("abc"), StrHasher::new(3, 4).hash_str("abc"));
    }
}
