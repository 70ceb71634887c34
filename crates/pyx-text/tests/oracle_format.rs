//! `format(value, spec)` for float, int and str against CPython.
mod common;
use common::*;
use num_bigint::BigInt;
use pyx_text::format_spec::{format_float, format_int, format_str};
use pyx_text::int_text::{DigitLimit, IntArg};

#[test]
fn float_format_matches_cpython() {
    let mut t = Tally::new("float_format");
    for f in lines(include_str!("oracle/float_format.txt")) {
        if f.len() > 3 {
            continue; // printf lines: checked in oracle_printf
        }
        let x = float_of(f[0]);
        let spec = unesc(f[1]);
        let want = unesc(f[2]);
        let got = format_float(x, &spec, "float").unwrap_or_else(|e| err_text(&e));
        t.check(got == want, || format!("format({x:?}, {spec:?}): got {got:?} want {want:?}"));
    }
    t.finish();
}

#[test]
fn int_format_matches_cpython() {
    let mut t = Tally::new("int_format");
    for f in lines(include_str!("oracle/int_format.txt")) {
        let v: BigInt = f[0].parse().expect("int");
        let spec = unesc(f[1]);
        let want = unesc(f[2]);
        let got = format_int(IntArg::Big(&v), &spec, "int", DigitLimit::DEFAULT).unwrap_or_else(|e| err_text(&e));
        let small = i64::try_from(&v).ok().map(|s| {
            format_int(IntArg::Small(s), &spec, "int", DigitLimit::DEFAULT).unwrap_or_else(|e| err_text(&e))
        });
        t.check(got == want && small.as_ref().map_or(true, |s| *s == want), || {
            format!("format({}, {spec:?}): got {got:?} / {small:?} want {want:?}", &f[0][..f[0].len().min(40)])
        });
    }
    t.finish();
}

#[test]
fn str_format_matches_cpython() {
    let mut t = Tally::new("str_format");
    for f in lines(include_str!("oracle/str_format.txt")) {
        let s = unesc(f[0]);
        let spec = unesc(f[1]);
        let want = unesc(f[2]);
        let got = format_str(&s, &spec, "str").unwrap_or_else(|e| err_text(&e));
        t.check(got == want, || format!("format({s:?}, {spec:?}): got {got:?} want {want:?}"));
    }
    t.finish();
}
