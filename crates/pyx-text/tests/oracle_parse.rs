//! `float(str)`, `int(str, base)` and `bin`/`oct`/`hex` against CPython.
mod common;
use common::*;
use num_bigint::BigInt;
use pyx_text::int_text::{int_to_string_radix, DigitLimit, IntArg};
use pyx_text::number_parse::{parse_float, parse_int_any_base, ParsedInt};

#[test]
fn parse_float_matches_cpython() {
    let mut t = Tally::new("parse_float");
    for f in lines(include_str!("oracle/parse_float.txt")) {
        let s = unesc(f[0]);
        let want = unesc(f[1]);
        let got = match parse_float(&s) {
            Ok(x) => format!("{:016x}", x.to_bits()),
            Err(e) => err_text(&e),
        };
        // CPython's nan from float('nan') has a fixed payload; compare nan-ness.
        let same = got == want
            || (!want.starts_with('!') && !got.starts_with('!') && float_of(&want).is_nan() && float_of(&got).is_nan());
        t.check(same, || format!("float({s:?}): got {got} want {want}"));
    }
    t.finish();
}

#[test]
fn parse_int_matches_cpython() {
    let mut t = Tally::new("parse_int");
    for f in lines(include_str!("oracle/parse_int.txt")) {
        if f[0] == "#radix" {
            let v: BigInt = f[1].parse().unwrap();
            let got = [2, 8, 16].map(|r| int_to_string_radix(IntArg::Big(&v), r)).join(" ");
            t.check(got == f[2], || format!("radix {}: got {got} want {}", f[1], f[2]));
            continue;
        }
        let s = unesc(f[0]);
        let base: i64 = f[1].parse().unwrap();
        let want = unesc(f[2]);
        let got = match parse_int_any_base(&s, base, DigitLimit::DEFAULT) {
            Ok(ParsedInt::Small(v)) => v.to_string(),
            Ok(ParsedInt::Big(b)) => b.to_string(),
            Err(e) => err_text(&e),
        };
        t.check(got == want, || format!("int({s:?}, {base}): got {got} want {want}"));
    }
    t.finish();
}
