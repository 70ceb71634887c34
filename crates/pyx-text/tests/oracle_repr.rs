//! `repr(float)`, `repr(str)`, `ascii(str)`, `repr(bytes)` against CPython.
mod common;
use common::*;
use pyx_text::float_repr::repr_float;
use pyx_text::repr::{ascii_str, repr_bytes, repr_str};

#[test]
fn float_repr_matches_cpython() {
    let mut t = Tally::new("float_repr");
    for f in lines(include_str!("oracle/float_repr.txt")) {
        let x = float_of(f[0]);
        let got = repr_float(x);
        t.check(got == f[1], || format!("{} ({x:e}): got {got} want {}", f[0], f[1]));
    }
    t.finish();
}

#[test]
fn str_and_bytes_repr_match_cpython() {
    let mut t = Tally::new("repr");
    for f in lines(include_str!("oracle/repr.txt")) {
        match f[0] {
            "s" => {
                let s = unesc(f[1]);
                let (r, a) = (repr_str(&s), ascii_str(&s));
                t.check(r == unesc(f[2]) && a == unesc(f[3]), || format!("{s:?}: got {r} / {a}, want {} / {}", f[2], f[3]));
            }
            "r" => {
                let lo = u32::from_str_radix(f[1], 16).unwrap();
                let hi = u32::from_str_radix(f[2], 16).unwrap();
                let shown = f[3] == "1";
                for cp in lo..=hi {
                    let Some(c) = char::from_u32(cp) else { continue };
                    let r = repr_str(c.encode_utf8(&mut [0; 4]));
                    let is_shown = r == format!("'{c}'");
                    t.check(is_shown == shown, || format!("U+{cp:04X}: repr {r}, CPython shows itself: {shown}"));
                }
            }
            "b" => {
                let bytes: Vec<u8> = (0..f[1].len()).step_by(2).map(|i| u8::from_str_radix(&f[1][i..i + 2], 16).unwrap()).collect();
                let r = repr_bytes(&bytes);
                t.check(r == unesc(f[2]), || format!("{bytes:?}: got {r} want {}", f[2]));
            }
            other => panic!("unknown line kind {other}"),
        }
    }
    t.finish();
}
