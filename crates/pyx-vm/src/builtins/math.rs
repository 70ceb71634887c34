//! The `math` module: pure computation, always available.

use crate::interp::native::{groups, kw, one, pos, Const, NativeModule};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};


use crate::builtins::types::int::Num;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};


fn f(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.num(v) {
        Some(Num::C(..)) => Err(vm.type_error("must be real number, not complex")),
        Some(n) => n.to_f64().ok_or(()).or_else(|_| Err(vm.overflow_error("int too large to convert to float"))),
        None => {
            // Only a number (`__float__` or `__index__`) converts; its own
            // errors pass through. A str is not a real number here.
            let t = vm.type_of(v);
            let has = crate::interp::typesys::lookup(vm, t, vm.n.__float__).is_some() || crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_some();
            if !has || vm.str_of(v).is_some() {
                return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
            }
            crate::builtins::types::float::float_from_value(vm, v)
        }
    }
}

fn domain(vm: &mut Vm) -> crate::interp::vm::Unwind {
    vm.value_error("math domain error")
}

fn res(vm: &mut Vm, x: f64, inputs_finite: bool) -> PyResult<Value> {
    if x.is_nan() && inputs_finite {
        return Err(domain(vm));
    }
    if x.is_infinite() && inputs_finite {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(x))
}

/// A one-argument function's result, checked as CPython checks it: NaN
/// from a non-NaN argument is a domain error, an infinity from a finite
/// argument a range error.
fn res1(vm: &mut Vm, r: f64, x: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// `acosh`, accurate near 1 and without overflow near the largest floats.
fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 268435456.0 {
        // sqrt(x*x - 1) is x to double precision here.
        return if x.is_infinite() { x } else { x.ln() + std::f64::consts::LN_2 };
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// `asinh`, accurate near 0 and without overflow near the largest floats.
fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() || a.is_infinite() || a < 3.725290298461914e-9 {
        return x;
    }
    let r = if a >= 268435456.0 {
        a.ln() + std::f64::consts::LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let t = a * a;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    r.copysign(x)
}

/// `atanh` on |x| < 1, accurate near 0 and near +-1.
fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() {
        return x;
    }
    if a >= 1.0 {
        return f64::NAN;
    }
    let r = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    r.copysign(x)
}

/// `erf` for |x| < 1.5 by its Maclaurin series in the form
/// `2/sqrt(pi) * exp(-x*x) * sum x * (2x^2)^n / (1*3*...*(2n+1))`,
/// whose terms are all positive.
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let (mut term, mut sum) = (x, x);
    let mut n = 0.0;
    loop {
        n += 1.0;
        term *= 2.0 * x2 / (2.0 * n + 1.0);
        sum += term;
        if term.abs() <= sum.abs() * 1e-17 {
            break;
        }
    }
    2.0 / std::f64::consts::PI.sqrt() * (-x2).exp() * sum
}
/// `erfc` for x >= 1.5 by its continued fraction
/// `exp(-x*x)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))`,
/// evaluated from the tail.
fn erfc_cf(x: f64) -> f64 {
    if x > 27.3 {
        return 0.0;
    }
    let mut t = x;
    for k in (1..=400).rev() {
        t = x + (k as f64 / 2.0) / t;
    }
    (-x * x).exp() / std::f64::consts::PI.sqrt() / t
}
fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    if a < 1.5 {
        return erf_series(x);
    }
    (1.0 - erfc_cf(a)).copysign(x)
}
fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        return 1.0 - erf_series(x);
    }
    if x > 0.0 {
        erfc_cf(x)
    } else {
        2.0 - erfc_cf(-x)
    }
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round();
    let r = match n as i64 {
        0 => (std::f64::consts::PI * y).sin(),
        1 => (std::f64::consts::PI * (y - 0.5)).cos(),
        2 => (std::f64::consts::PI * (1.0 - y)).sin(),
        3 => -(std::f64::consts::PI * (y - 1.5)).cos(),
        _ => (std::f64::consts::PI * (y - 2.0)).sin(),
    };
    if x < 0.0 { -r } else { r }
}

/// The Lanczos approximation (g = 7, nine terms): Gamma(x) =
/// sqrt(2 pi) * t^(x - 1/2) * e^-t * series(x), t = x + g - 1/2.
const LANCZOS_G: f64 = 7.0;
const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];
fn lanczos_series(x: f64) -> f64 {
    // x >= 0.5; the series is in terms of x - 1.
    let z = x - 1.0;
    let mut a = LANCZOS[0];
    for (i, c) in LANCZOS.iter().enumerate().skip(1) {
        a += c / (z + i as f64);
    }
    a
}
/// Gamma(x), or None for a pole (0 and the negative integers).
fn gamma(x: f64) -> Option<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Some(x);
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return None;
    }
    if x == x.floor() && x <= 23.0 {
        // Exact: a factorial.
        let mut r = 1.0;
        let mut k = 2.0;
        while k < x {
            r *= k;
            k += 1.0;
        }
        return Some(r);
    }
    if x < 0.5 {
        let g = gamma(1.0 - x)?;
        return Some(std::f64::consts::PI / (sinpi(x) * g));
    }
    if x > 171.7 {
        return Some(f64::INFINITY);
    }
    let t = x + LANCZOS_G - 0.5;
    // t is x + g - 1/2 rounded: its error (exact when x > g - 1/2, by
    // Sterbenz) would be magnified by the power and the exponential, so
    // the result is corrected to first order for it.
    let terr = if x > LANCZOS_G - 0.5 { (t - x) - (LANCZOS_G - 0.5) } else { (t - (LANCZOS_G - 0.5)) - x };
    // t^(x - 1/2) in two halves, so neither overflows before e^-t scales it.
    let p = t.powf((x - 0.5) / 2.0);
    let r = (2.0 * std::f64::consts::PI).sqrt() * lanczos_series(x) * (p * (-t).exp()) * p;
    Some(r - r * terr * ((x - 0.5) / t - 1.0))
}
/// log|Gamma(x)|, or None for a pole.
fn lgamma(x: f64) -> Option<f64> {
    if x.is_nan() {
        return Some(x);
    }
    if x.is_infinite() {
        return Some(f64::INFINITY);
    }
    if x <= 0.0 && x == x.floor() {
        return None;
    }
    if x == 1.0 || x == 2.0 {
        return Some(0.0);
    }
    if x < 0.5 {
        // Reflection: |Gamma(x)| = pi / |sin(pi x)| / Gamma(1 - x).
        return Some((std::f64::consts::PI / sinpi(x).abs()).ln() - lgamma(1.0 - x)?);
    }
    if x < 20.0 {
        if let Some(g) = gamma(x) {
            if g.is_finite() {
                return Some(g.abs().ln());
            }
        }
    }
    let t = x + LANCZOS_G - 0.5;
    Some((x - 0.5) * t.ln() - t + ((2.0 * std::f64::consts::PI).sqrt() * lanczos_series(x)).ln())
}
fn m_gamma(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = f(vm, a.arg(0))?;
    match gamma(x) {
        None => Err(domain(vm)),
        Some(r) => res1(vm, r, x),
    }
}
fn m_lgamma(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = f(vm, a.arg(0))?;
    match lgamma(x) {
        None => Err(domain(vm)),
        Some(r) => res1(vm, r, x),
    }
}

macro_rules! unary {
    ($name:ident, $e:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let x = f(vm, a.arg(0))?;
            let g: fn(f64) -> f64 = $e;
            res1(vm, g(x), x)
        }
    };
}
unary!(m_sqrt, |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
unary!(m_exp, f64::exp);
unary!(m_sin, f64::sin);
unary!(m_cos, f64::cos);
unary!(m_tan, f64::tan);
unary!(m_asin, |x| if x.abs() > 1.0 { f64::NAN } else { x.asin() });
unary!(m_acos, |x| if x.abs() > 1.0 { f64::NAN } else { x.acos() });
unary!(m_atan, f64::atan);
unary!(m_sinh, f64::sinh);
unary!(m_cosh, f64::cosh);
unary!(m_tanh, f64::tanh);
unary!(m_fabs, f64::abs);
unary!(m_degrees, f64::to_degrees);
unary!(m_radians, f64::to_radians);
unary!(m_acosh, acosh);
unary!(m_asinh, asinh);
// atanh(+-1) is infinite: a domain error, as CPython reports it.
unary!(m_atanh, atanh);
unary!(m_cbrt, f64::cbrt);
unary!(m_erf, erf);
unary!(m_erfc, erfc);
unary!(m_exp2, f64::exp2);

/// The next double after `x` towards `y` (IEEE nextafter).
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    Ok(Value::Float(next_after(x, y)))
}

/// `ulp(x)`: the distance from |x| to the next larger double (to the next
/// smaller one at the largest finite double).
fn m_ulp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = f(vm, a.arg(0))?;
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = next_after(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

/// IEEE 754 `remainder(x, y)`: `x - n*y` with `n` the integer nearest
/// `x/y` (ties to even), computed exactly.
fn m_remainder(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half way: the even multiple wins.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}
unary!(m_expm1, f64::exp_m1);
unary!(m_log1p, |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });

/// A logarithm (`g`, with `g(2)` the log of 2 in its base) of any real,
/// big ints included: an int too big for a float is `m * 2**e`, and its
/// log is `g(m) + e * g(2)`.
fn log_of(vm: &mut Vm, v: Value, g: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::B(b)) = vm.num(v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(g(x));
        }
        // b = m * 2**e with m in [0.5, 1), as frexp splits it.
        let e = b.bits();
        let shift = e.saturating_sub(60);
        let m = pyx_text::float_math::ldexp((&b >> shift).to_f64().unwrap_or(1.0), shift as i64 - e as i64);
        return Ok(g(m) + e as f64 * g(2.0));
    }
    let x = f(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(g(x))
}
fn m_log2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(log_of(vm, a.arg(0), f64::log2)?))
}
fn m_log10(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(log_of(vm, a.arg(0), f64::log10)?))
}
fn m_log(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let lx = log_of(vm, a.arg(0), f64::ln)?;
    match a.get(1) {
        Some(b) => {
            let d = log_of(vm, b, f64::ln)?;
            if d == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(lx / d))
        }
        None => Ok(Value::Float(lx)),
    }
}
fn m_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    res(vm, r, x.is_finite() && y.is_finite())
}
fn m_atan2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (y, x) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    Ok(Value::Float(y.atan2(x)))
}
/// The Euclidean norm of `xs`, nearly always correctly rounded: the
/// squares (scaled by a power of two so none overflows or underflows)
/// are summed exactly enough as a double-double, and the square root gets
/// one Newton correction from the exact residual. An infinity wins over a
/// NaN, as in CPython.
fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        let a = x.abs();
        if a.is_infinite() {
            return f64::INFINITY;
        }
        nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() == 1 {
        return max;
    }
    let (_, e) = pyx_text::float_math::frexp(max);
    // Scaled values lie below 1 (the largest in [0.5, 1)).
    let up = |x: f64, k: i64| pyx_text::float_math::ldexp(x, k);
    let (mut hi, mut lo) = (0.0f64, 0.0f64);
    for &x in xs {
        let y = up(x, -e as i64);
        let sq = y * y;
        let err = y.mul_add(y, -sq);
        let t = hi + sq;
        // Two-sum: hi + sq exactly as t + (what t lost).
        let bp = t - hi;
        lo += (hi - (t - bp)) + (sq - bp) + err;
        hi = t;
    }
    let total = hi + lo;
    let lo = lo - (total - hi);
    let mut h = total.sqrt();
    // Newton step on h*h = total + lo, the residual computed exactly.
    let r = (-h).mul_add(h, total) + lo;
    h += r / (2.0 * h);
    up(h, e as i64)
}
fn m_hypot(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(a.pos.len());
    for &v in a.pos {
        xs.push(f(vm, v)?);
    }
    Ok(Value::Float(vector_norm(&xs)))
}
/// `math.dist(p, q)`: the distance between two points of equal dimension.
fn m_dist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut pts = Vec::with_capacity(2);
    for v in [a.arg(0), a.arg(1)] {
        let items = vm.collect_iter(v)?;
        let mut xs = Vec::with_capacity(items.len());
        for x in items {
            xs.push(f(vm, x)?);
        }
        pts.push(xs);
    }
    if pts[0].len() != pts[1].len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = pts[0].iter().zip(&pts[1]).map(|(p, q)| (p - q).abs()).collect();
    Ok(Value::Float(vector_norm(&diffs)))
}
fn m_copysign(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    Ok(Value::Float(x.copysign(y)))
}
fn m_fmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}
fn m_isnan(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, a.arg(0))?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, a.arg(0))?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(f(vm, a.arg(0))?.is_finite()))
}
fn int_round(vm: &mut Vm, v: Value, name: &str, g: fn(f64) -> f64) -> PyResult<Value> {
    if let Some(Num::I(_) | Num::B(_)) = vm.num(v) {
        return vm.index_value(v);
    }
    if matches!(v, Value::Float(_)) {
        let x = f(vm, v)?;
        return crate::builtins::types::int::float_to_int(vm, g(x));
    }
    let t = vm.type_of(v);
    let dunder = vm.intern(name);
    if let Some(m) = crate::interp::typesys::lookup(vm, t, dunder) {
        return vm.call_unbound(m, v, &[]);
    }
    let x = f(vm, v)?;
    crate::builtins::types::int::float_to_int(vm, g(x))
}
fn m_floor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_round(vm, a.arg(0), "__floor__", f64::floor)
}
fn m_ceil(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_round(vm, a.arg(0), "__ceil__", f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    if matches!(v, Value::Float(_)) || matches!(vm.num(v), Some(Num::I(_) | Num::B(_))) {
        return int_round(vm, v, "__trunc__", f64::trunc);
    }
    // Anything else truncates only through its own __trunc__.
    let t = vm.type_of(v);
    let dunder = vm.intern("__trunc__");
    match crate::interp::typesys::lookup(vm, t, dunder) {
        Some(m) => vm.call_unbound(m, v, &[]),
        None => Err(vm.type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v)))),
    }
}
fn bigarg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let i = vm.index_value(v)?;
    Ok(vm.to_bigint(i).unwrap_or_default())
}
fn m_gcd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &v in a.pos {
        let b = bigarg(vm, v)?;
        g = BigInt::from(crate::interp::metered_int::gcd_mag(vm, g.magnitude(), b.magnitude())?);
    }
    vm.new_int(g)
}
fn m_lcm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut l = BigInt::one();
    let mut zero = false;
    for &v in a.pos {
        let b = bigarg(vm, v)?;
        if zero || b.is_zero() {
            zero = true;
            continue;
        }
        let g = BigInt::from(crate::interp::metered_int::gcd_mag(vm, l.magnitude(), b.magnitude())?);
        let (q, _) = crate::interp::metered_int::div_mod_floor(vm, &l, &g)?;
        l = crate::interp::metered_int::mul(vm, &q, &b)?.abs();
    }
    if zero {
        return Ok(Value::Int(0));
    }
    vm.new_int(l)
}
fn m_factorial(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let b = bigarg(vm, v)?;
    if b.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = b.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    let r = crate::interp::metered_int::factorial(vm, n as u64)?;
    vm.new_int(BigInt::from(r))
}
/// `n` and `k` of comb/perm: ints, neither negative (CPython's checks).
fn n_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (bigarg(vm, n)?, bigarg(vm, k)?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}
/// `n * (n-1) * ... * (n-k+1) / div` for an `n` beyond u64, `k` terms:
/// one metered multiplication (and division) per term.
fn falling_product(vm: &mut Vm, n: &BigInt, k: u64, divide: bool) -> PyResult<BigInt> {
    let mut r = BigInt::one();
    for i in 0..k {
        let term = n - BigInt::from(i);
        r = crate::interp::metered_int::mul(vm, &r, &term)?;
        if divide {
            r = crate::interp::metered_int::div_mod_floor(vm, &r, &BigInt::from(i + 1))?.0;
        }
    }
    Ok(r)
}
fn m_comb(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (n, k) = n_k(vm, a.arg(0), a.arg(1))?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let r = match n.to_u64() {
        Some(n) => BigInt::from(crate::interp::metered_int::comb(vm, n, k)?),
        None => falling_product(vm, &n, k, true)?,
    };
    vm.new_int(r)
}
fn m_perm(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // Without k, CPython's perm is factorial (and its errors).
    let (n, k) = match a.get(1) {
        Some(k) if !k.is_none() => n_k(vm, a.arg(0), k)?,
        _ => return m_factorial(vm, a),
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    let r = match n.to_u64() {
        Some(n) => BigInt::from(crate::interp::metered_int::perm(vm, n, k)?),
        None => falling_product(vm, &n, k, false)?,
    };
    vm.new_int(r)
}
fn m_isqrt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = bigarg(vm, a.arg(0))?;
    if b.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let r = crate::interp::metered_int::isqrt(vm, b.magnitude())?;
    vm.new_int(BigInt::from(r))
}
fn m_fsum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // Shewchuk's exact partial sums, as CPython.
    let items = vm.collect_iter(a.arg(0))?;
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs are summed apart (an inf - inf is a NaN).
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in items {
        let mut x = f(vm, v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if x.is_infinite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1).map(|n| n + 1) {
        hi = partials[n - 1];
        n -= 1;
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            let y = partials[n - 1];
            n -= 1;
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
fn m_prod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let items = vm.collect_iter(a.arg(0))?;
    let mut acc = a.arg(1);
    for v in items {
        acc = vm.binary_op(acc, v, crate::interp::ops::BinOp::Mul)?;
    }
    Ok(acc)
}
fn m_isclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (f(vm, a.arg(0))?, f(vm, a.arg(1))?);
    let rel = match a.get(2) {
        Some(v) => f(vm, v)?,
        None => 1e-9,
    };
    let abs_t = match a.get(3) {
        Some(v) => f(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_t))
}
fn m_modf(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = f(vm, a.arg(0))?;
    let i = x.trunc();
    let fr = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - i).copysign(x) };
    vm.new_tuple(vec![Value::Float(fr), Value::Float(i)])
}
fn m_frexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = f(vm, a.arg(0))?;
    let (m, e) = pyx_text::float_math::frexp(x);
    vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)])
}
fn m_ldexp(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = f(vm, a.arg(0))?;
    if !vm.isinstance_exact_or_sub(a.arg(1), vm.t.int) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = bigarg(vm, a.arg(1))?;
    // Past +-2**20 every finite nonzero x has under- or overflowed.
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX }).clamp(-(1 << 20), 1 << 20);
    res(vm, pyx_text::float_math::ldexp(x, e), x.is_finite())
}

/// `math`.
pub static MODULE: NativeModule = NativeModule {
    name: "math",
    functions: &[
        ("sqrt", one("x"), m_sqrt), ("exp", one("x"), m_exp), ("sin", one("x"), m_sin), ("cos", one("x"), m_cos), ("tan", one("x"), m_tan),
        ("asin", one("x"), m_asin), ("acos", one("x"), m_acos), ("atan", one("x"), m_atan), ("sinh", one("x"), m_sinh), ("cosh", one("x"), m_cosh),
        ("tanh", one("x"), m_tanh), ("fabs", one("x"), m_fabs), ("log", groups("x, [base=math.e]"), m_log), ("log2", one("x"), m_log2), ("log10", one("x"), m_log10),
        ("degrees", one("x"), m_degrees), ("radians", one("x"), m_radians), ("expm1", one("x"), m_expm1), ("log1p", one("x"), m_log1p),
        ("pow", pos("x, y"), m_pow), ("atan2", pos("y, x"), m_atan2), ("hypot", pos("*coordinates"), m_hypot), ("erf", one("x"), m_erf), ("erfc", one("x"), m_erfc),
        ("gamma", one("x"), m_gamma), ("lgamma", one("x"), m_lgamma), ("dist", pos("p, q"), m_dist), ("copysign", pos("x, y"), m_copysign),
        ("fmod", pos("x, y"), m_fmod), ("isnan", one("x"), m_isnan), ("isinf", one("x"), m_isinf), ("isfinite", one("x"), m_isfinite),
        ("floor", one("x"), m_floor), ("ceil", one("x"), m_ceil), ("trunc", one("x"), m_trunc), ("gcd", pos("*integers"), m_gcd), ("lcm", pos("*integers"), m_lcm),
        ("factorial", one("n"), m_factorial), ("comb", pos("n, k"), m_comb), ("perm", pos("n, k=None"), m_perm), ("isqrt", one("n"), m_isqrt),
        ("fsum", one("seq"), m_fsum), ("prod", kw("iterable, /, *, start=1"), m_prod), ("isclose", kw("a, b, *, rel_tol=1e-09, abs_tol=0.0"), m_isclose),
        ("modf", one("x"), m_modf), ("frexp", one("x"), m_frexp), ("ldexp", pos("x, i"), m_ldexp),
        ("acosh", one("x"), m_acosh), ("asinh", one("x"), m_asinh), ("atanh", one("x"), m_atanh),
        ("cbrt", one("x"), m_cbrt), ("exp2", one("x"), m_exp2), ("nextafter", pos("x, y"), m_nextafter),
        ("ulp", one("x"), m_ulp), ("remainder", pos("x, y"), m_remainder),
    ],
    constants: &[
        ("pi", Const::Float(std::f64::consts::PI)), ("e", Const::Float(std::f64::consts::E)), ("tau", Const::Float(std::f64::consts::TAU)),
        ("inf", Const::Float(f64::INFINITY)), ("nan", Const::Float(f64::NAN)),
    ],
    ..NativeModule::EMPTY
};
