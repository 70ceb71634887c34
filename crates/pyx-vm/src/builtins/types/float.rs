//! `float` and `complex`.

use crate::interp::native::{noargs, one, own, pos, slot};
use crate::object::*;
use crate::interp::ops::BinOp;
use crate::builtins::types::int::{add_number_methods, Num};
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};


pub fn float_binop(vm: &mut Vm, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(vm, x, y),
        _ => return Ok(Value::NotImplemented),
    }))
}

/// CPython's float divmod.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
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
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    // 0.0 ** -inf is inf (IEEE), only a finite negative power divides by zero.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        // Negative base, fractional exponent: a complex result.
        return complex_binop(vm, BinOp::Pow, Num::C(x, 0.0), Num::C(y, 0.0));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

fn parts(n: &Num) -> (f64, f64) {
    match n {
        Num::C(r, i) => (*r, *i),
        other => (other.to_f64().unwrap_or(f64::INFINITY), 0.0),
    }
}

pub fn complex_binop(vm: &mut Vm, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    let (a, b) = parts(&x);
    let (c, d) = parts(&y);
    let (r, i) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => {
            if c == 0.0 && d == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            // Smith's algorithm, as CPython.
            if c.abs() >= d.abs() {
                let ratio = d / c;
                let den = c + d * ratio;
                ((a + b * ratio) / den, (b - a * ratio) / den)
            } else {
                let ratio = c / d;
                let den = c * ratio + d;
                ((a * ratio + b) / den, (b * ratio - a) / den)
            }
        }
        BinOp::Pow => {
            if c == 0.0 && d == 0.0 {
                (1.0, 0.0)
            } else if a == 0.0 && b == 0.0 {
                if d != 0.0 || c < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if d == 0.0 && c.fract() == 0.0 && c.abs() < 100.0 {
                // Integer powers by repeated multiplication (as CPython).
                let n = c as i64;
                let mut rr = (1.0, 0.0);
                let mut base = (a, b);
                let mut e = n.unsigned_abs();
                while e > 0 {
                    if e & 1 == 1 {
                        rr = (rr.0 * base.0 - rr.1 * base.1, rr.0 * base.1 + rr.1 * base.0);
                    }
                    base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
                    e >>= 1;
                }
                if n < 0 {
                    let den = rr.0 * rr.0 + rr.1 * rr.1;
                    (rr.0 / den, -rr.1 / den)
                } else {
                    rr
                }
            } else {
                let vabs = a.hypot(b);
                let mut len = vabs.powf(c);
                let at = b.atan2(a);
                let mut phase = at * c;
                if d != 0.0 {
                    len /= (at * d).exp();
                    phase += d * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        BinOp::FloorDiv | BinOp::Mod => return Ok(Value::NotImplemented),
        _ => return Ok(Value::NotImplemented),
    };
    vm.alloc_val(vm.t.complex, Payload::Complex(r, i))
}

pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| {
        let s = crate::builtins::format::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        format!("{}j", fmt(i))
    } else {
        let is = fmt(i);
        let sign = if i.is_sign_negative() || i.is_nan() && is.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", fmt(r), sign, is)
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.float;
    add_number_methods(vm, t);
    add_methods(
        vm,
        t,
        &[
            ("__floordiv__", slot("value"), float_floordiv),
            ("__rfloordiv__", slot("value"), float_rfloordiv),
            ("__mod__", slot("value"), float_mod),
            ("__rmod__", slot("value"), float_rmod),
            ("__divmod__", slot("value"), float_divmod_m),
            ("__rdivmod__", slot("value"), float_rdivmod_m),
            ("__int__", slot(""), float_int),
            ("__trunc__", noargs(), float_int),
            ("__float__", slot(""), float_float),
            ("__floor__", noargs(), float_floor),
            ("__ceil__", noargs(), float_ceil),
            ("__round__", pos("ndigits=None"), float_round),
            ("__format__", one("format_spec"), float_format),
            ("is_integer", noargs(), float_is_integer),
            ("as_integer_ratio", noargs(), float_as_integer_ratio),
            ("conjugate", noargs(), float_float),
            ("hex", noargs(), float_hex),
            ("__getnewargs__", noargs(), float_getnewargs),
        ],
    );
    add_native(vm, t, "__new__", own(), float_new, NativeKind::StaticMethod);
    add_native(vm, t, "fromhex", one("string"), float_fromhex, NativeKind::ClassMethod);
    add_native(vm, t, "__getformat__", one("typestr"), float_getformat, NativeKind::ClassMethod);
    let c = vm.t.complex;
    add_number_methods(vm, c);
    add_methods(vm, c, &[("__getnewargs__", noargs(), complex_getnewargs), ("conjugate", noargs(), complex_conjugate), ("__complex__", noargs(), complex_complex), ("__format__", one("format_spec"), complex_format)]);
    add_native(vm, c, "__new__", own(), complex_new, NativeKind::StaticMethod);
}

fn fval(vm: &Vm, v: Value) -> Option<f64> {
    match vm.num(v) {
        Some(Num::F(f)) => Some(f),
        Some(n @ (Num::I(_) | Num::B(_))) => n.to_f64(),
        _ => None,
    }
}

macro_rules! fbin {
    ($name:ident, $rname:ident, $op:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            vm.num_binop($op, a.arg(0), a.arg(1))
        }
        fn $rname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            vm.num_binop($op, a.arg(1), a.arg(0))
        }
    };
}
fbin!(float_floordiv, float_rfloordiv, BinOp::FloorDiv);
fbin!(float_mod, float_rmod, BinOp::Mod);

fn float_divmod_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::types::int::divmod(vm, a.arg(0), a.arg(1))
}
fn float_rdivmod_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::types::int::divmod(vm, a.arg(1), a.arg(0))
}
fn float_int(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    crate::builtins::types::int::float_to_int(vm, f)
}
fn float_float(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(fval(vm, a.arg(0)).unwrap_or(0.0)))
}
fn float_floor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    crate::builtins::types::int::float_to_int(vm, f.floor())
}
fn float_ceil(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    crate::builtins::types::int::float_to_int(vm, f.ceil())
}
fn float_is_integer(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}
fn float_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    vm.new_tuple(vec![Value::Float(f)])
}

/// `round(x)` (half-even) and `round(x, n)`.
fn float_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = fval(vm, a.arg(0)).unwrap_or(0.0);
    let nd = a.get(1).unwrap_or(Value::None);
    if nd.is_none() {
        let r = x.round();
        let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
        return crate::builtins::types::int::float_to_int(vm, r);
    }
    let n = vm.clamped_i64(nd)?;
    let r = pyx_text::int_ops::round_float(x, n).map_err(|e| vm.text_err(e))?;
    Ok(Value::Float(r))
}

fn float_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let f = fval(vm, me).unwrap_or(0.0);
    let spec = crate::builtins::types::int::format_spec_arg(vm, a.arg(1))?;
    // An empty spec is str(self), which a subclass may override.
    if spec.is_empty() {
        return vm.to_str(me);
    }
    vm.reserve_format_spec(&spec)?;
    let tn = vm.type_name(me);
    let s = pyx_text::format_spec::format_float(f, &spec, &tn).map_err(|e| vm.text_err(e))?;
    vm.new_string(s)
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut e = exp - 1075;
    let mut m = num_bigint::BigInt::from(mant);
    if f < 0.0 {
        m = -m;
    }
    let mut den = num_bigint::BigInt::from(1);
    use num_traits::Zero;
    if m.is_zero() {
        return vm.new_tuple(vec![Value::Int(0), Value::Int(1)]);
    }
    while e < 0 && (&m % 2u32).is_zero() {
        m /= 2u32;
        e += 1;
    }
    if e >= 0 {
        m <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let n = vm.new_int(m)?;
    let d = vm.new_int(den)?;
    vm.new_tuple(vec![n, d])
}

fn float_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = fval(vm, a.arg(0)).unwrap_or(0.0);
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else if f == 0.0 {
        if f.is_sign_negative() { "-0x0.0p+0".into() } else { "0x0.0p+0".into() }
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
        format!("{}0x{}.{:013x}p{}{}", sign, lead, mant, if e >= 0 { "+" } else { "-" }, e.abs())
    };
    vm.new_string(s)
}

/// `float.__getformat__(typestr)`: pyx's floats are IEEE 754 doubles in
/// little-endian order, on every host (as CPython reports on x86/ARM).
fn float_getformat(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(1);
    let known = match vm.str_of(v) {
        Some(s) => matches!(s, "double" | "float"),
        None => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("__getformat__() argument must be str, not {}", tn)));
        }
    };
    if known {
        vm.new_str("IEEE, little-endian")
    } else {
        Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
    }
}

/// `m * 2**e2` correctly rounded (half to even) to a double, subnormals
/// included; `None` when it overflows.
fn hex_to_f64(m: &num_bigint::BigUint, e2: i64) -> Option<f64> {
    use num_traits::{ToPrimitive, Zero};
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    // The value lies in [2**(top-1), 2**top).
    let top = bits + e2;
    if top > 1024 {
        return None;
    }
    // Lowest bit position kept: 53 significant bits, or the subnormal grid.
    let lowest = (top - 53).max(-1074);
    let shift = lowest - e2;
    if shift > bits {
        // Below half of the smallest subnormal: rounds to zero (and the
        // shifts below stay small).
        return Some(0.0);
    }
    let q = if shift <= 0 {
        m.to_u64()? << (-shift) as u32
    } else {
        let q = (m >> shift as usize).to_u64()?;
        let rem = m - (num_bigint::BigUint::from(q) << shift as usize);
        let half = num_bigint::BigUint::from(1u8) << (shift - 1) as usize;
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    // q * 2**lowest is exact in a double (q <= 2**53): scale in two steps
    // so that no intermediate overflows or underflows.
    let x = q as f64;
    let r = if lowest < -1000 {
        x * 2f64.powi(-1000) * 2f64.powi((lowest + 1000) as i32)
    } else {
        x * 2f64.powi(lowest as i32)
    };
    if r.is_infinite() {
        return None;
    }
    Some(r)
}

fn float_fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = vm.str_of(a.arg(1)).unwrap_or("").trim().to_lowercase();
    let bad = |vm: &mut Vm| vm.value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = body.strip_prefix("0x").unwrap_or(body);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => {
                    let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
                    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(bad(vm));
                    }
                    // Beyond any float either way: clamp (the sign is kept).
                    let e = e.parse::<i64>().unwrap_or(if e.starts_with('-') { -1 << 40 } else { 1 << 40 });
                    (m, e.clamp(-(1 << 40), 1 << 40))
                }
                None => (body, 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
            if ip.is_empty() && fp.is_empty() {
                return Err(bad(vm));
            }
            if !ip.bytes().chain(fp.bytes()).all(|b| b.is_ascii_hexdigit()) {
                return Err(bad(vm));
            }
            // The work is linear in the digits: charged before it is done.
            vm.tick((mant.len() / 16) as u64)?;
            let digits = format!("{ip}{fp}");
            let m = num_bigint::BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
            match hex_to_f64(&m, exp - 4 * fp.len() as i64) {
                Some(r) => r,
                None => return Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
            }
        }
    };
    let v = Value::Float(if neg { -v } else { v });
    // A subclass gets an instance of itself, made from the float.
    let cls = a.arg(0);
    if cls.as_obj().is_some_and(|c| c != vm.t.float) {
        return vm.call(cls, &[v]);
    }
    Ok(v)
}

pub fn float_from_value(vm: &mut Vm, x: Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    // A subclass of float, int or str that defines `__float__` is
    // converted by it, as CPython's PyNumber_Float does (found by the diff
    // fuzzer: a `__float__` returning `float(self)` recursed there).
    let t = vm.type_of(x);
    let overridden = !vm.type_data(t).builtin
        && crate::interp::typesys::lookup(vm, t, vm.n.__float__).is_some_and(|m| !matches!(vm.payload(m), Some(Payload::Native(_))));
    if overridden {
        return float_by_method(vm, x);
    }
    match vm.payload(x) {
        Some(Payload::Str(s)) => {
            let s = s.s.to_string();
            return pyx_text::number_parse::parse_float(&s).map_err(|e| vm.text_err(e));
        }
        Some(Payload::Int(b)) => {
            let b = b.clone();
            return pyx_text::int_text::int_to_f64(&b).ok_or(()).or_else(|_| Err(vm.overflow_error("int too large to convert to float")));
        }
        Some(Payload::Float(f)) => return Ok(*f),
        p @ Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            // A bytes-like object is parsed as its text; the error shows
            // its repr (`b'x'`, `bytearray(b'')`).
            let b: &[u8] = match p {
                Some(Payload::Bytes(b)) => b,
                Some(Payload::ByteArray(b)) => b,
                _ => &[],
            };
            let s = String::from_utf8_lossy(b).into_owned();
            return match pyx_text::number_parse::parse_float(&s) {
                Ok(f) => Ok(f),
                Err(pyx_text::TextError::ValueError(_)) => {
                    let r = vm.repr(x)?;
                    let r = vm.str_of(r).unwrap_or("").to_string();
                    Err(vm.value_error(format!("could not convert string to float: {}", r)))
                }
                Err(e) => Err(vm.text_err(e)),
            };
        }
        _ => {}
    }
    float_by_method(vm, x)
}

/// `x.__float__()` (or `x.__index__()`) as a float, with CPython's errors.
fn float_by_method(vm: &mut Vm, x: Value) -> PyResult<f64> {
    let t = vm.type_of(x);
    for name in [vm.n.__float__, vm.n.__index__] {
        if let Some(m) = crate::interp::typesys::lookup(vm, t, name) {
            let r = vm.call_unbound(m, x, &[])?;
            return match vm.num(r) {
                Some(Num::F(f)) => Ok(f),
                Some(n @ (Num::I(_) | Num::B(_))) if name == vm.n.__index__ => {
                    n.to_f64().ok_or(()).or_else(|_| Err(vm.overflow_error("int too large to convert to float")))
                }
                _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(r)))),
            };
        }
    }
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(x))))
}

fn float_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    let f = match a.get(1) {
        Some(x) => float_from_value(vm, x)?,
        None => 0.0,
    };
    let cls = a.arg(0);
    if cls.as_obj() == Some(vm.t.float) {
        return Ok(Value::Float(f));
    }
    let Value::Obj(c) = cls else { return Ok(Value::Float(f)) };
    vm.alloc_val(c, Payload::Float(f))
}

fn complex_parts(vm: &Vm, v: Value) -> (f64, f64) {
    match vm.num(v) {
        Some(n) => parts(&n),
        None => (0.0, 0.0),
    }
}

fn complex_conjugate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = complex_parts(vm, a.arg(0));
    vm.alloc_val(vm.t.complex, Payload::Complex(r, -i))
}
fn complex_complex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = complex_parts(vm, a.arg(0));
    vm.alloc_val(vm.t.complex, Payload::Complex(r, i))
}
fn complex_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (r, i) = complex_parts(vm, me);
    let spec = crate::builtins::types::int::format_spec_arg(vm, a.arg(1))?;
    if spec.is_empty() {
        return vm.to_str(me);
    }
    vm.reserve_format_spec(&spec)?;
    let tn = vm.type_name(me);
    let s = pyx_text::format_spec::format_complex(r, i, &spec, &tn).map_err(|e| vm.text_err(e))?;
    vm.new_string(s)
}

/// `complex(real, imag)`, as CPython's `complex_new_impl`.
/// `complex.__getnewargs__()`: `(real, imag)`.
fn complex_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (r, i) = match vm.num(a.arg(0)) {
        Some(Num::C(r, i)) => (r, i),
        _ => (0.0, 0.0),
    };
    vm.new_tuple(vec![Value::Float(r), Value::Float(i)])
}
fn complex_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    // complex(z) for an exact complex z is z itself.
    if a.pos.len() == 2 && a.kw.is_empty() && cls.as_obj() == Some(vm.t.complex) && vm.type_of(a.pos[1]) == vm.t.complex {
        return Ok(a.pos[1]);
    }
    let mut real = a.get(1);
    let mut imag = a.get(2);
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("real") => real = Some(*v),
            Some("imag") => imag = Some(*v),
            other => {
                let other = other.unwrap_or("").to_string();
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for complex()", other)));
            }
        }
    }
    let make = |vm: &mut Vm, r: f64, i: f64| {
        let c = cls.as_obj().unwrap_or(vm.t.complex);
        vm.alloc_val(c, Payload::Complex(r, i))
    };
    if let Some(y) = imag {
        if vm.str_of(y).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    let (mut cr, cr_is_complex) = match real {
        None => ((0.0, 0.0), false),
        Some(x) => {
            if let Some(s) = vm.str_of(x) {
                if imag.is_some() {
                    return Err(vm.type_error("complex() can't take second arg if first is a string"));
                }
                let s = s.to_string();
                let (r, i) = pyx_text::number_parse::parse_complex(&s).map_err(|e| vm.text_err(e))?;
                return make(vm, r, i);
            }
            complex_real_arg(vm, x)?
        }
    };
    let mut ci = match imag {
        None => (cr.1, 0.0),
        Some(y) => complex_imag_arg(vm, y)?,
    };
    if imag.is_some() {
        cr.0 -= ci.1;
        if cr_is_complex {
            ci.0 += cr.1;
        }
    }
    make(vm, cr.0, ci.0)
}

/// complex()'s first (non-str) argument as ((real, imag), is_complex):
/// __complex__ first, then a number, then __float__/__index__.
fn complex_real_arg(vm: &mut Vm, x: Value) -> PyResult<((f64, f64), bool)> {
    let xt = vm.type_of(x);
    if let Some(m) = crate::interp::typesys::lookup(vm, xt, vm.n.__complex__) {
        let v = vm.call_unbound(m, x, &[])?;
        return match vm.num(v) {
            Some(Num::C(r, i)) => Ok(((r, i), true)),
            _ => Err(vm.type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(v)))),
        };
    }
    match vm.num(x) {
        Some(Num::C(r, i)) => Ok(((r, i), true)),
        Some(n) => Ok(((parts(&n).0, 0.0), false)),
        None if has_float_hook(vm, x) => Ok(((float_from_value(vm, x)?, 0.0), false)),
        None => Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{}'", vm.type_name(x)))),
    }
}

/// Whether `v`'s type converts to float (`__float__` or `__index__`).
fn has_float_hook(vm: &mut Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    crate::interp::typesys::lookup(vm, t, vm.n.__float__).is_some() || crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_some()
}

/// complex()'s second argument as (real, imag).
fn complex_imag_arg(vm: &mut Vm, y: Value) -> PyResult<(f64, f64)> {
    match vm.num(y) {
        Some(n) => Ok(parts(&n)),
        None if has_float_hook(vm, y) => Ok((float_from_value(vm, y)?, 0.0)),
        None => Err(vm.type_error(format!("complex() second argument must be a number, not '{}'", vm.type_name(y)))),
    }
}
