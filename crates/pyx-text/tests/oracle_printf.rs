//! `%`-formatting against CPython, through a toy host over ints, floats,
//! strs and dicts.
mod common;
use common::*;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use pyx_text::float_repr::repr_float;
use pyx_text::format_string::Conversion;
use pyx_text::int_text::{DigitLimit, IntArg, IntValue};
use pyx_text::printf::{int_code_type_error, percent_format, CharSource, PercentArgs, PercentHost};
use pyx_text::repr::{ascii_escape, repr_str};
use pyx_text::TextError;

#[derive(Debug, Clone)]
enum V {
    Int(BigInt),
    Float(f64),
    Str(String),
    Dict(Vec<(String, V)>),
}

fn type_name(v: &V) -> &'static str {
    match v {
        V::Int(_) => "int",
        V::Float(_) => "float",
        V::Str(_) => "str",
        V::Dict(_) => "dict",
    }
}

fn repr(v: &V) -> Result<String, TextError> {
    Ok(match v {
        V::Int(b) => IntArg::Big(b).to_decimal(DigitLimit::DEFAULT)?,
        V::Float(x) => repr_float(*x),
        V::Str(s) => repr_str(s),
        V::Dict(items) => {
            let parts: Result<Vec<String>, TextError> =
                items.iter().map(|(k, v)| Ok(format!("{}: {}", repr_str(k), repr(v)?))).collect();
            format!("{{{}}}", parts?.join(", "))
        }
    })
}

struct Host;

impl PercentHost for Host {
    type Value = V;
    type Error = TextError;

    fn get_item(&mut self, mapping: &V, key: &str) -> Result<V, TextError> {
        match mapping {
            V::Dict(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| TextError::KeyError(key.to_string())),
            _ => unreachable!(),
        }
    }
    fn as_int(&mut self, v: &V) -> Result<Option<IntValue>, TextError> {
        Ok(match v {
            V::Int(b) => Some(IntValue::Big(b.clone())),
            _ => None,
        })
    }
    fn to_text(&mut self, v: &V, conv: Conversion) -> Result<String, TextError> {
        Ok(match (conv, v) {
            (Conversion::Str, V::Str(s)) => s.clone(),
            (Conversion::Ascii, _) => ascii_escape(&repr(v)?),
            _ => repr(v)?,
        })
    }
    fn to_integer(&mut self, v: &V, code: char) -> Result<IntValue, TextError> {
        match v {
            V::Int(b) => Ok(IntValue::Big(b.clone())),
            V::Float(x) if !matches!(code, 'o' | 'x' | 'X') => {
                if x.is_nan() {
                    Err(TextError::ValueError("cannot convert float NaN to integer".into()))
                } else if x.is_infinite() {
                    Err(TextError::OverflowError("cannot convert float infinity to integer".into()))
                } else {
                    Ok(IntValue::Big(exact_trunc(*x)))
                }
            }
            other => Err(int_code_type_error(code, type_name(other))),
        }
    }
    fn to_float(&mut self, v: &V) -> Result<f64, TextError> {
        match v {
            V::Int(b) => IntArg::Big(b).to_f64(),
            V::Float(x) => Ok(*x),
            other => Err(TextError::TypeError(format!("must be real number, not {}", type_name(other)))),
        }
    }
    fn char_source(&mut self, v: &V) -> Result<CharSource, TextError> {
        Ok(match v {
            V::Int(b) => CharSource::Int(IntValue::Big(b.clone())),
            V::Str(s) => CharSource::Str(s.clone()),
            _ => CharSource::Other,
        })
    }
}

/// int(x) for a finite float, exactly.
fn exact_trunc(x: f64) -> BigInt {
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return BigInt::from(t as i64);
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << (exp as usize);
    if t < 0.0 {
        -mag
    } else {
        mag
    }
}

fn decode(v: &str) -> V {
    let (k, rest) = v.split_at(1);
    match k {
        "i" => V::Int(rest.parse().unwrap()),
        "f" => V::Float(float_of(rest)),
        "s" => V::Str(unesc(rest)),
        _ => panic!("bad value {v}"),
    }
}

#[test]
fn percent_format_matches_cpython() {
    let mut t = Tally::new("percent");
    for f in lines(include_str!("oracle/percent.txt")) {
        let fmt = unesc(f[0]);
        let want = unesc(f[1]);
        let vals: Vec<V> = f[3..].iter().map(|v| decode(v)).collect();
        let (args, mapping) = match f[2] {
            "t" => (PercentArgs::Tuple(vals.clone()), false),
            "1" => (PercentArgs::Single(vals[0].clone()), false),
            _ => {
                let items = vals
                    .chunks(2)
                    .map(|kv| match &kv[0] {
                        V::Str(k) => (k.clone(), kv[1].clone()),
                        _ => panic!("dict key"),
                    })
                    .collect();
                (PercentArgs::Single(V::Dict(items)), true)
            }
        };
        let got = percent_format(&fmt, args, mapping, &mut Host, DigitLimit::DEFAULT).unwrap_or_else(|e| err_text(&e));
        t.check(got == want, || format!("{fmt:?} % {vals:?} [{}]: got {got:?} want {want:?}", f[2]));
    }
    t.finish();
}

#[test]
fn percent_float_formats_match_cpython() {
    let mut t = Tally::new("percent_float");
    for f in lines(include_str!("oracle/float_format.txt")) {
        if f.len() < 4 {
            continue;
        }
        let x = float_of(f[0]);
        let fmt = unesc(f[1]);
        let want = unesc(f[2]);
        let got = percent_format(&fmt, PercentArgs::Single(V::Float(x)), false, &mut Host, DigitLimit::DEFAULT)
            .unwrap_or_else(|e| err_text(&e));
        t.check(got == want, || format!("{fmt:?} % {x:?}: got {got:?} want {want:?}"));
    }
    let _ = BigInt::zero().to_i64();
    t.finish();
}
