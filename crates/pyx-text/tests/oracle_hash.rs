//! Numeric `hash()` against CPython.
mod common;
use common::*;
use num_bigint::BigInt;
use pyx_text::hash::{hash_bigint, hash_complex, hash_float, hash_i64};

#[test]
fn numeric_hash_matches_cpython() {
    let mut t = Tally::new("hash");
    for f in lines(include_str!("oracle/hash.txt")) {
        let want: i64 = f.last().unwrap().parse().unwrap();
        let got = match f[0] {
            "i" => {
                let v: BigInt = f[1].parse().unwrap();
                let g = hash_bigint(&v);
                if let Ok(small) = i64::try_from(&v) {
                    t.check(hash_i64(small) == g, || format!("hash_i64({small}) != hash_bigint"));
                }
                g
            }
            "f" => hash_float(float_of(f[1]), 0),
            "c" => hash_complex(float_of(f[1]), float_of(f[2]), 0),
            k => panic!("bad kind {k}"),
        };
        t.check(got == want, || format!("hash {:?}: got {got} want {want}", &f[..f.len() - 1]));
    }
    t.finish();
}
