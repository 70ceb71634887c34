//! Python's numeric hashes (exactly CPython's: they decide set iteration
//! order) and the seeded string hash.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub const MODULUS: u64 = (1u64 << 61) - 1;

#[inline]
pub fn hash_i64(x: i64) -> i64 {
    let m = (x.unsigned_abs() % MODULUS) as i64;
    let h = if x < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(x) = b.to_i64() {
        return hash_i64(x);
    }
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's float hash: the hash of the rational value modulo 2**61-1.
/// `nan` hashes by identity in CPython; here (no object) to 0.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    pyx_text::hash::hash_float(v, 0)
}

/// Tuple hash: CPython's xxHash-based combination of item hashes.
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &i in items {
        h.add(i);
    }
    h.finish(items.len())
}

/// [`hash_tuple`] one item hash at a time, for callers that have no slice
/// of hashes.
pub struct TupleHasher(u64);

const TUPLE_P1: u64 = 11400714785074694791;
const TUPLE_P2: u64 = 14029467366897019727;
const TUPLE_P5: u64 = 2870177450012600261;

impl Default for TupleHasher {
    fn default() -> TupleHasher {
        TupleHasher::new()
    }
}

impl TupleHasher {
    #[inline]
    pub fn new() -> TupleHasher {
        TupleHasher(TUPLE_P5)
    }
    #[inline]
    pub fn add(&mut self, h: i64) {
        let acc = self.0.wrapping_add((h as u64).wrapping_mul(TUPLE_P2));
        self.0 = acc.rotate_left(31).wrapping_mul(TUPLE_P1);
    }
    #[inline]
    pub fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (TUPLE_P5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

/// Seeded string hash (SipHash-1-3 over the UTF-8 bytes). The seed comes
/// from the host; the VM has no randomness of its own.
pub fn hash_bytes(seed: u64, data: &[u8]) -> i64 {
    let h = siphash13(seed, seed.rotate_left(32) ^ 0x736f6d6570736575, data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let chunks = data.chunks_exact(8);
    let rem = chunks.remainder();
    for c in chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in rem.iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round!();
    v0 ^= last;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 62), 2);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-2.5), -1152921504606846978);
        assert_eq!(hash_f64(3.0), 3);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
    }
}
