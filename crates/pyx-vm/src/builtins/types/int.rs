//! `int` and `bool`: small ints inline, big ints on the heap, CPython's
//! floor division/modulo signs, shifts, pow, and the int methods.

use crate::interp::native::{kw, noargs, one, own, pos, slot};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::*;
use crate::interp::ops::BinOp;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

/// A numeric view of a value.
#[derive(Clone, Debug)]
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
    C(f64, f64),
}

impl Num {
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Num::I(i) => Some(*i as f64),
            Num::B(b) => pyx_text::int_text::int_to_f64(b),
            Num::F(f) => Some(*f),
            Num::C(..) => None,
        }
    }
    pub fn to_big(&self) -> Option<BigInt> {
        match self {
            Num::I(i) => Some(BigInt::from(*i)),
            Num::B(b) => Some(b.clone()),
            _ => None,
        }
    }
    pub fn is_int(&self) -> bool {
        matches!(self, Num::I(_) | Num::B(_))
    }
}

/// Exact comparison of an int with a float.
pub fn int_float_cmp(i: i64, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if (i as f64) == f {
        // May still differ when i is not exactly representable.
        if f.abs() < 9.007199254740992e15 {
            return Some(std::cmp::Ordering::Equal);
        }
        if f >= 9.223372036854775808e18 {
            return Some(std::cmp::Ordering::Less);
        }
        if f < -9.223372036854775808e18 {
            return Some(std::cmp::Ordering::Greater);
        }
        return Some(i.cmp(&(f as i64)));
    }
    (i as f64).partial_cmp(&f)
}

pub fn big_float_cmp(b: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64_exact(fl);
    match b.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

#[inline]
fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

#[inline]
fn floor_mod_i64(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// Small-int fast path; `None` when the result needs the general path.
#[inline]
pub fn small_binop(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 => floor_div_i64(x, y)?,
        BinOp::Mod if y != 0 => floor_mod_i64(x, y)?,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        BinOp::TrueDiv if y != 0 => {
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Some(Value::Float(x as f64 / y as f64));
            }
            return None;
        }
        BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32)?,
        _ => return None,
    }))
}

impl Vm {
    fn int_result(&mut self, b: BigInt) -> PyResult<Value> {
        self.new_int(b)
    }

    fn check_bits(&mut self, bits: u64) -> PyResult<()> {
        if bits > self.limits.max_int_bits {
            return Err(Unwind::Terminate(crate::interp::limits::Termination::IntSize));
        }
        Ok(())
    }

    /// Arithmetic on two numbers (ints, bools, floats, complex). Returns
    /// `NotImplemented` when an operand is not a number.
    pub fn num_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        let (Some(x), Some(y)) = (self.num(a), self.num(b)) else {
            return Ok(Value::NotImplemented);
        };
        self.num_binop_n(op, x, y)
    }

    pub fn num_binop_n(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
        use Num::*;
        match (&x, &y) {
            (C(..), _) | (_, C(..)) => {
                if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul) {
                    return Ok(Value::NotImplemented);
                }
                return crate::builtins::types::float::complex_binop(self, op, x, y);
            }
            (F(_), _) | (_, F(_)) => {
                if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul) {
                    return Ok(Value::NotImplemented);
                }
                let fx = match x.to_f64() {
                    Some(f) => f,
                    None => return Err(self.overflow_error("int too large to convert to float")),
                };
                let fy = match y.to_f64() {
                    Some(f) => f,
                    None => return Err(self.overflow_error("int too large to convert to float")),
                };
                return crate::builtins::types::float::float_binop(self, op, fx, fy);
            }
            _ => {}
        }
        if op == BinOp::MatMul {
            return Ok(Value::NotImplemented);
        }
        if let (I(a), I(b)) = (&x, &y) {
            if let Some(v) = small_binop(op, *a, *b) {
                return Ok(v);
            }
        }
        let (Some(a), Some(b)) = (x.to_big(), y.to_big()) else { return Ok(Value::NotImplemented) };
        match op {
            BinOp::Add => self.int_result(a + b),
            BinOp::Sub => self.int_result(a - b),
            BinOp::Mul => {
                self.check_bits(a.bits() + b.bits())?;
                let p = crate::interp::metered_int::mul(self, &a, &b)?;
                self.int_result(p)
            }
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                let (q, _) = crate::interp::metered_int::div_mod_floor(self, &a, &b)?;
                self.int_result(q)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                let (_, r) = crate::interp::metered_int::div_mod_floor(self, &a, &b)?;
                self.int_result(r)
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                int_true_div(self, &a, &b)
            }
            BinOp::Pow => self.int_pow(a, b),
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if a.is_zero() {
                    return Ok(Value::Int(0));
                }
                let Some(s) = b.to_u64() else { return Err(self.overflow_error("too many digits in integer")) };
                self.check_bits(a.bits().saturating_add(s))?;
                self.int_result(a << s)
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = b.to_u64().unwrap_or(u64::MAX);
                if s >= a.bits() {
                    return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
                }
                self.int_result(a >> s)
            }
            BinOp::And => self.int_result(a & b),
            BinOp::Or => self.int_result(a | b),
            BinOp::Xor => self.int_result(a ^ b),
            BinOp::MatMul => Ok(Value::NotImplemented),
        }
    }

    fn int_pow(&mut self, a: BigInt, b: BigInt) -> PyResult<Value> {
        if b.is_negative() {
            let fa = pyx_text::int_text::int_to_f64(&a);
            let fb = pyx_text::int_text::int_to_f64(&b);
            let (Some(fa), Some(fb)) = (fa, fb) else { return Err(self.overflow_error("int too large to convert to float")) };
            return crate::builtins::types::float::float_binop(self, BinOp::Pow, fa, fb);
        }
        if a.is_zero() || a.is_one() {
            return self.int_result(if b.is_zero() { BigInt::one() } else { a });
        }
        if a == BigInt::from(-1) {
            return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
        }
        let Some(e) = b.to_u64() else { return Err(Unwind::Terminate(crate::interp::limits::Termination::IntSize)) };
        let bits = (a.bits() as u128) * (e as u128);
        if bits > self.limits.max_int_bits as u128 {
            return Err(Unwind::Terminate(crate::interp::limits::Termination::IntSize));
        }
        let p = crate::interp::metered_int::pow(self, &a, e)?;
        self.int_result(p)
    }

    /// `pow(a, b, m)` for ints.
    pub fn int_pow_mod(&mut self, a: BigInt, b: BigInt, m: BigInt) -> PyResult<Value> {
        if m.is_zero() {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let base = if b.is_negative() {
            // Modular inverse.
            let mm = m.abs();
            let (_, a) = crate::interp::metered_int::div_mod_floor(self, &a, &mm)?;
            let (g, x) = crate::interp::metered_int::gcd_inverse(self, &a, &mm)?;
            if !g.is_one() {
                return Err(self.value_error("base is not invertible for the given modulus"));
            }
            crate::interp::metered_int::div_mod_floor(self, &x, &mm)?.1
        } else {
            a
        };
        let mm = m.abs();
        let (_, base) = crate::interp::metered_int::div_mod_floor(self, &base, &mm)?;
        let mut r = if mm.is_one() {
            BigInt::zero()
        } else {
            // Both nonnegative: the base is reduced modulo |m|.
            BigInt::from(crate::interp::metered_int::pow_mod_mag(self, base.magnitude(), b.magnitude(), mm.magnitude())?)
        };
        if m.is_negative() && !r.is_zero() {
            r += &m;
        }
        self.int_result(r)
    }
}

/// Correctly-rounded-enough true division of big ints.
fn int_true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::Float(x as f64 / y as f64));
        }
    }
    // Scale so the quotient has ~64 significant bits, then convert.
    let shift = a.bits() as i64 - b.bits() as i64 - 64;
    let q = if shift > 0 {
        (a / (b << shift as u64)).to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(shift.min(2000) as i32)
    } else {
        ((a << (-shift) as u64) / b).to_f64().unwrap_or(0.0) * 2f64.powi((shift).max(-2000) as i32)
    };
    if q.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(Value::Float(q))
}

/// Is `other` of a wider numeric kind than `slf` (int < float < complex)?
/// A method of the narrower type returns NotImplemented then.
fn wider(vm: &Vm, other: Value, slf: Value) -> bool {
    let rank = |n: Option<Num>| match n {
        Some(Num::I(_)) | Some(Num::B(_)) => 0,
        Some(Num::F(_)) => 1,
        Some(Num::C(..)) => 2,
        None => 0,
    };
    rank(vm.num(other)) > rank(vm.num(slf))
}


macro_rules! binop_methods {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
                if wider(vm, a.arg(1), a.arg(0)) {
                    return Ok(Value::NotImplemented);
                }
                vm.num_binop($op, a.arg(0), a.arg(1))
            }
            fn $rname(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
                if wider(vm, a.arg(1), a.arg(0)) {
                    return Ok(Value::NotImplemented);
                }
                vm.num_binop($op, a.arg(1), a.arg(0))
            }
        )*
    };
}

binop_methods!(
    num_add, num_radd => BinOp::Add;
    num_sub, num_rsub => BinOp::Sub;
    num_mul, num_rmul => BinOp::Mul;
    num_truediv, num_rtruediv => BinOp::TrueDiv;
    num_floordiv, num_rfloordiv => BinOp::FloorDiv;
    num_mod, num_rmod => BinOp::Mod;
    num_lshift, num_rlshift => BinOp::LShift;
    num_rshift, num_rrshift => BinOp::RShift;
    num_and, num_rand => BinOp::And;
    num_or, num_ror => BinOp::Or;
    num_xor, num_rxor => BinOp::Xor;
);

// `(255).__divmod__(1.5)`, `(2).__pow__(0.5)`: NotImplemented, as every
// binary method of the narrower type (diff fuzzer).
fn num_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if wider(vm, a.arg(1), a.arg(0)) {
        return Ok(Value::NotImplemented);
    }
    let m = a.get(2).unwrap_or(Value::None);
    if !m.is_none() {
        // int.__pow__ with a modulus and an operand that is not an int:
        // NotImplemented (float's gives pow3's TypeError).
        let is_int = |vm: &Vm, v: Value| matches!(vm.num(v), Some(Num::I(_) | Num::B(_)));
        if is_int(vm, a.arg(0)) && !(is_int(vm, a.arg(1)) && is_int(vm, m)) {
            return Ok(Value::NotImplemented);
        }
        return crate::builtins::pow3(vm, a.arg(0), a.arg(1), m);
    }
    vm.num_binop(BinOp::Pow, a.arg(0), a.arg(1))
}
fn num_rpow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if wider(vm, a.arg(1), a.arg(0)) {
        return Ok(Value::NotImplemented);
    }
    vm.num_binop(BinOp::Pow, a.arg(1), a.arg(0))
}

fn num_divmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if wider(vm, a.arg(1), a.arg(0)) {
        return Ok(Value::NotImplemented);
    }
    divmod(vm, a.arg(0), a.arg(1))
}
fn num_rdivmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if wider(vm, a.arg(1), a.arg(0)) {
        return Ok(Value::NotImplemented);
    }
    divmod(vm, a.arg(1), a.arg(0))
}

pub fn divmod(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    let (Some(nx), Some(ny)) = (vm.num(x), vm.num(y)) else { return Ok(Value::NotImplemented) };
    if matches!(nx, Num::C(..)) || matches!(ny, Num::C(..)) {
        return Ok(Value::NotImplemented);
    }
    if nx.is_int() && ny.is_int() {
        let zero = matches!(&ny, Num::I(0)) || matches!(&ny, Num::B(b) if b.is_zero());
        if zero {
            return Err(vm.zero_division("integer division or modulo by zero"));
        }
    } else {
        let fy = ny.to_f64().unwrap_or(1.0);
        if fy == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
    }
    let q = vm.num_binop(BinOp::FloorDiv, x, y)?;
    let r = vm.num_binop(BinOp::Mod, x, y)?;
    vm.new_tuple(vec![q, r])
}

fn cmp_method(vm: &mut Vm, a: Args<'_>, op: crate::interp::ops::CmpOp) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    let (Some(nx), Some(ny)) = (vm.num(x), vm.num(y)) else { return Ok(Value::NotImplemented) };
    Ok(match num_cmp(&nx, &ny) {
        NumCmp::Ord(o) => Value::Bool(op.test(o)),
        NumCmp::Unordered => Value::Bool(op == crate::interp::ops::CmpOp::Ne),
        NumCmp::ComplexEq(eq) => match op {
            crate::interp::ops::CmpOp::Eq => Value::Bool(eq),
            crate::interp::ops::CmpOp::Ne => Value::Bool(!eq),
            _ => Value::NotImplemented,
        },
    })
}

pub enum NumCmp {
    Ord(std::cmp::Ordering),
    Unordered,
    ComplexEq(bool),
}

pub fn num_cmp(x: &Num, y: &Num) -> NumCmp {
    use Num::*;
    let o = match (x, y) {
        (I(a), I(b)) => Some(a.cmp(b)),
        (I(a), B(b)) => Some(BigInt::from(*a).cmp(b)),
        (B(a), I(b)) => Some(a.cmp(&BigInt::from(*b))),
        (B(a), B(b)) => Some(a.cmp(b)),
        (F(a), F(b)) => a.partial_cmp(b),
        (I(a), F(b)) => int_float_cmp(*a, *b),
        (F(a), I(b)) => int_float_cmp(*b, *a).map(|o| o.reverse()),
        (B(a), F(b)) => big_float_cmp(a, *b),
        (F(a), B(b)) => big_float_cmp(b, *a).map(|o| o.reverse()),
        _ => {
            let (xr, xi) = match x {
                C(r, i) => (*r, *i),
                other => (other.to_f64().unwrap_or(f64::NAN), 0.0),
            };
            let (yr, yi) = match y {
                C(r, i) => (*r, *i),
                other => (other.to_f64().unwrap_or(f64::NAN), 0.0),
            };
            return NumCmp::ComplexEq(xr == yr && xi == yi);
        }
    };
    match o {
        Some(o) => NumCmp::Ord(o),
        None => NumCmp::Unordered,
    }
}

fn num_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp_method(vm, a, crate::interp::ops::CmpOp::Lt)
}
fn num_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp_method(vm, a, crate::interp::ops::CmpOp::Le)
}
fn num_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp_method(vm, a, crate::interp::ops::CmpOp::Eq)
}
fn num_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp_method(vm, a, crate::interp::ops::CmpOp::Ne)
}
fn num_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp_method(vm, a, crate::interp::ops::CmpOp::Gt)
}
fn num_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp_method(vm, a, crate::interp::ops::CmpOp::Ge)
}

/// The numeric methods shared by int, float and complex.
pub fn add_number_methods(vm: &mut Vm, t: crate::object::heap::ObjRef) {
    add_methods(
        vm,
        t,
        &[
            ("__add__", slot("value"), num_add),
            ("__radd__", slot("value"), num_radd),
            ("__sub__", slot("value"), num_sub),
            ("__rsub__", slot("value"), num_rsub),
            ("__mul__", slot("value"), num_mul),
            ("__rmul__", slot("value"), num_rmul),
            ("__truediv__", slot("value"), num_truediv),
            ("__rtruediv__", slot("value"), num_rtruediv),
            ("__pow__", slot("value, mod=None"), num_pow),
            ("__rpow__", slot("value, mod=None"), num_rpow),
            ("__eq__", slot("value"), num_eq),
            ("__ne__", slot("value"), num_ne),
            ("__lt__", slot("value"), num_lt),
            ("__le__", slot("value"), num_le),
            ("__gt__", slot("value"), num_gt),
            ("__ge__", slot("value"), num_ge),
            ("__neg__", slot(""), num_neg),
            ("__pos__", slot(""), num_pos),
            ("__abs__", slot(""), num_abs),
            ("__bool__", slot(""), num_bool),
            ("__hash__", slot(""), num_hash),
            ("__repr__", slot(""), num_repr),
        ],
    );
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.int;
    add_number_methods(vm, t);
    add_methods(
        vm,
        t,
        &[
            ("__floordiv__", slot("value"), num_floordiv),
            ("__rfloordiv__", slot("value"), num_rfloordiv),
            ("__mod__", slot("value"), num_mod),
            ("__rmod__", slot("value"), num_rmod),
            ("__divmod__", slot("value"), num_divmod),
            ("__rdivmod__", slot("value"), num_rdivmod),
            ("__lshift__", slot("value"), num_lshift),
            ("__rlshift__", slot("value"), num_rlshift),
            ("__rshift__", slot("value"), num_rshift),
            ("__rrshift__", slot("value"), num_rrshift),
            ("__and__", slot("value"), num_and),
            ("__rand__", slot("value"), num_rand),
            ("__or__", slot("value"), num_or),
            ("__ror__", slot("value"), num_ror),
            ("__xor__", slot("value"), num_xor),
            ("__rxor__", slot("value"), num_rxor),
            ("__invert__", slot(""), int_invert),
            ("__index__", slot(""), int_index),
            ("__int__", slot(""), int_index),
            ("__float__", slot(""), int_float),
            ("__trunc__", own(), int_index),
            ("__floor__", own(), int_index),
            ("__ceil__", own(), int_index),
            ("__round__", pos("ndigits=<unrepresentable>"), int_round),
            ("__format__", one("format_spec"), int_format),
            ("__getnewargs__", noargs(), int_getnewargs),
            ("bit_length", noargs(), int_bit_length),
            ("bit_count", noargs(), int_bit_count),
            ("conjugate", noargs(), int_index),
            ("as_integer_ratio", noargs(), int_as_integer_ratio),
            ("to_bytes", kw("length=1, byteorder='big', *, signed=False"), int_to_bytes),
        ],
    );
    add_native(vm, t, "__new__", own(), int_new, NativeKind::StaticMethod);
    add_native(vm, t, "from_bytes", kw("bytes, byteorder='big', *, signed=False"), int_from_bytes, NativeKind::ClassMethod);
    let b = vm.t.bool;
    add_methods(vm, b, &[("__repr__", slot(""), bool_repr), ("__and__", slot("value"), bool_and), ("__rand__", slot("value"), bool_and), ("__or__", slot("value"), bool_or), ("__ror__", slot("value"), bool_or), ("__xor__", slot("value"), bool_xor), ("__rxor__", slot("value"), bool_xor)]);
    add_native(vm, b, "__new__", own(), bool_new, NativeKind::StaticMethod);
}

fn bool_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = if vm.truthy(a.arg(0))? { "True" } else { "False" };
    vm.new_str(s)
}
fn bool_bits(vm: &mut Vm, a: &Args<'_>, op: BinOp) -> PyResult<Value> {
    match (a.arg(0), a.arg(1)) {
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::Bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        })),
        (x, y) => vm.num_binop(op, x, y),
    }
}
fn bool_and(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bool_bits(vm, &a, BinOp::And)
}
fn bool_or(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bool_bits(vm, &a, BinOp::Or)
}
fn bool_xor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bool_bits(vm, &a, BinOp::Xor)
}
fn bool_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    match a.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn num_neg(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.num(a.arg(0)) {
        Some(Num::I(i)) => vm.unary_neg(Value::Int(i)),
        Some(Num::B(b)) => vm.new_int(-b),
        Some(Num::F(f)) => Ok(Value::Float(-f)),
        Some(Num::C(r, i)) => vm.alloc_val(vm.t.complex, Payload::Complex(-r, -i)),
        None => Ok(Value::NotImplemented),
    }
}
fn num_pos(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.num(a.arg(0)) {
        Some(Num::I(i)) => Ok(Value::Int(i)),
        Some(Num::B(b)) => vm.new_int(b),
        Some(Num::F(f)) => Ok(Value::Float(f)),
        Some(Num::C(r, i)) => vm.alloc_val(vm.t.complex, Payload::Complex(r, i)),
        None => Ok(Value::NotImplemented),
    }
}
fn num_abs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.num(a.arg(0)) {
        Some(Num::I(i)) => match i.checked_abs() {
            Some(x) => Ok(Value::Int(x)),
            None => vm.new_int(BigInt::from(i).abs()),
        },
        Some(Num::B(b)) => vm.new_int(b.abs()),
        Some(Num::F(f)) => Ok(Value::Float(f.abs())),
        Some(Num::C(r, i)) => {
            let h = r.hypot(i);
            if h.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(vm.overflow_error("absolute value too large"));
            }
            Ok(Value::Float(h))
        }
        None => Ok(Value::NotImplemented),
    }
}
fn num_bool(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(match vm.num(a.arg(0)) {
        Some(Num::I(i)) => i != 0,
        Some(Num::B(b)) => !b.is_zero(),
        Some(Num::F(f)) => f != 0.0,
        Some(Num::C(r, i)) => r != 0.0 || i != 0.0,
        None => true,
    }))
}
fn num_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(match vm.num(a.arg(0)) {
        Some(Num::I(i)) => crate::object::hash::hash_i64(i),
        Some(Num::B(b)) => crate::object::hash::hash_bigint(&b),
        Some(Num::F(f)) => crate::object::hash::hash_f64(f),
        Some(Num::C(r, i)) => {
            let h = crate::object::hash::hash_f64(r).wrapping_add(1000003i64.wrapping_mul(crate::object::hash::hash_f64(i)));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        None => 0,
    }))
}
fn num_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = match vm.num(a.arg(0)) {
        Some(Num::I(i)) => i.to_string(),
        Some(Num::B(b)) => {
            // About how many digits; past the limit the conversion fails
            // before doing the work, so only a conversion that runs is charged.
            let estimate = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
            let limit = vm.digit_limit();
            if limit.0 == 0 || estimate <= limit.0 {
                vm.charge_int_text(estimate)?;
            }
            let digits = pyx_text::int_text::IntArg::Big(&b).to_decimal(limit);
            digits.map_err(|e| vm.text_err(e))?
        }
        Some(Num::F(f)) => crate::builtins::format::float_repr(f),
        Some(Num::C(r, i)) => crate::builtins::types::float::complex_repr(r, i),
        None => return vm.new_str("?"),
    };
    vm.new_string(s)
}

fn int_invert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.num(a.arg(0)) {
        Some(Num::I(i)) => Ok(Value::Int(!i)),
        Some(Num::B(b)) => vm.new_int(-b - 1),
        _ => Ok(Value::NotImplemented),
    }
}
fn int_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.num(a.arg(0)) {
        Some(Num::I(i)) => Ok(Value::Int(i)),
        Some(Num::B(b)) => vm.new_int(b),
        _ => Ok(Value::NotImplemented),
    }
}
fn int_float(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.num(a.arg(0)).and_then(|n| if n.is_int() { Some(n.to_f64()) } else { None }) {
        Some(Some(f)) => Ok(Value::Float(f)),
        Some(None) => Err(vm.overflow_error("int too large to convert to float")),
        None => Ok(Value::NotImplemented),
    }
}
fn int_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = vm.to_bigint(a.arg(0)).unwrap_or_default();
    // `round(x, None)` never gets here with None (`round` drops it), and
    // `int.__round__(x, None)` is a TypeError in CPython 3.11.
    let Some(nd) = a.get(1) else {
        return vm.new_int(x);
    };
    let n = vm.clamped_i64(nd)?;
    if n >= 0 {
        return vm.new_int(x);
    }
    // Rounding to more digits than `x` has gives 0 (|x| < 10**k / 2); this
    // also keeps `10**k` small and `-n` from overflowing at i64::MIN.
    let k = n.unsigned_abs();
    if k as f64 > x.bits() as f64 * std::f64::consts::LOG10_2 + 2.0 {
        return vm.new_int(BigInt::from(0));
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    };
    vm.new_int(q * p)
}
/// The format spec argument of a `__format__`: a str (CPython's
/// "__format__() argument must be str, not None" otherwise).
pub fn format_spec_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = if matches!(v, Value::None) { "None".to_string() } else { vm.type_name(v).to_string() };
            Err(vm.type_error(format!("__format__() argument must be str, not {}", tn)))
        }
    }
}

fn int_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let spec = format_spec_arg(vm, a.arg(1))?;
    // An empty spec is str(self) (True for a bool, or a subclass's __str__).
    if spec.is_empty() {
        return vm.to_str(a.arg(0));
    }
    let x = vm.to_bigint(a.arg(0)).unwrap_or_default();
    vm.reserve_format_spec(&spec)?;
    let s = if spec.chars().last().is_some_and(|c| "eEfFgG%".contains(c)) {
        let f = pyx_text::int_text::int_to_f64(&x).ok_or(()).or_else(|_| Err(vm.overflow_error("int too large to convert to float")))?;
        pyx_text::format_spec::format_float(f, &spec, "int")
    } else {
        pyx_text::format_spec::format_int((&x).into(), &spec, "int", vm.digit_limit())
    };
    let s = s.map_err(|e| vm.text_err(e))?;
    vm.new_string(s)
}
fn int_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = int_index(vm, a)?;
    vm.new_tuple(vec![v])
}
fn int_bit_length(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = vm.to_bigint(a.arg(0)).unwrap_or_default();
    Ok(Value::Int(x.bits() as i64))
}
fn int_bit_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = vm.to_bigint(a.arg(0)).unwrap_or_default();
    let (_, bytes) = x.abs().to_bytes_le();
    Ok(Value::Int(bytes.iter().map(|b| b.count_ones() as i64).sum()))
}
fn int_as_integer_ratio(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = int_index(vm, a)?;
    vm.new_tuple(vec![v, Value::Int(1)])
}

fn int_to_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = vm.to_bigint(a.arg(0)).unwrap_or_default();
    let length = match a.get(1) {
        Some(v) => vm.index_i64(v)?,
        None => 1,
    };
    let order = a.get(2);
    let order = match order {
        Some(v) => match vm.str_of(v) {
            Some(s) => s.to_string(),
            None => return Err(a.wrong_type(vm, 2, "str")),
        },
        None => "big".into(),
    };
    let signed = match a.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython checks the byte order first (diff fuzzer).
    if !matches!(order.as_str(), "big" | "little") {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // The result is `length` bytes (and its digits first): check it fits
    // before allocating it.
    vm.reserve((length as u64).min(usize::MAX as u64) as usize)?;
    vm.tick_bytes(length as usize)?;
    let mut bytes = if signed { x.to_signed_bytes_le() } else { x.to_bytes_le().1 };
    if x.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && x.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "big" => bytes.reverse(),
        "little" => {}
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    vm.new_bytes(bytes)
}

fn int_from_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let data = a.arg(1);
    let order = a.get(2);
    let order = match order {
        Some(v) => match vm.str_of(v) {
            Some(s) => s.to_string(),
            None => return Err(a.wrong_type(vm, 2, "str")),
        },
        None => "big".into(),
    };
    // CPython checks the byte order before it converts the data.
    if !matches!(order.as_str(), "big" | "little") {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    let mut bytes = crate::builtins::types::bytes::bytes_from_object(vm, data)?;
    let signed = match a.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if order == "big" {
        bytes.reverse();
    }
    let x = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let v = vm.new_int(x)?;
    // A subclass gets an instance of itself, made from the int.
    let cls = a.arg(0);
    if cls.as_obj().is_some_and(|c| c != vm.t.int) {
        return vm.call(cls, &[v]);
    }
    Ok(v)
}

/// `int(x)` / `int(s, base)` and subclasses.
fn int_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    let mut x = a.get(1);
    let mut base = a.get(2);
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("base") => base = Some(*v),
            Some("x") => x = Some(*v),
            _ => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for int()", vm.str_of(*k).unwrap_or("")))),
        }
    }
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", a.pos.len() - 1)));
    }
    let v = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), Some(b)) => {
            // The base is clamped and checked before the value's type.
            let b = vm.clamped_i64(b)?;
            if (b != 0 && b < 2) || b > 36 {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            text_room(vm, x)?;
            let s = match vm.payload(x) {
                Some(Payload::Str(s)) => s.s.to_string(),
                Some(Payload::Bytes(bs)) => String::from_utf8_lossy(bs).into_owned(),
                Some(Payload::ByteArray(bs)) => String::from_utf8_lossy(bs).into_owned(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            parse_int_text(vm, &s, b)?
        }
        (Some(x), None) => int_from_value(vm, x)?,
    };
    if cls.as_obj() == Some(vm.t.int) || cls.as_obj() == Some(vm.t.bool) {
        return Ok(v);
    }
    let Value::Obj(c) = cls else { return Ok(v) };
    let b = vm.to_bigint(v).unwrap_or_default();
    vm.alloc_val(c, Payload::Int(b))
}

pub fn parse_int_text(vm: &mut Vm, s: &str, base: i64) -> PyResult<Value> {
    // The parser copies the text (normalised to ASCII) and its digits;
    // callers holding a copy of a heap string checked it with `text_room`.
    vm.reserve(s.len().saturating_mul(2))?;
    vm.tick_bytes(s.len())?;
    let limit = vm.digit_limit();
    // Power-of-two bases convert in linear time (and have no limit).
    let linear = match base {
        2 | 4 | 8 | 16 | 32 => true,
        0 => {
            let t = s.trim_start().trim_start_matches(['+', '-']).as_bytes();
            t.len() > 1 && t[0] == b'0' && matches!(t[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        }
        _ => false,
    };
    if !linear && (limit.0 == 0 || s.len() <= limit.0.saturating_add(64)) {
        vm.charge_int_text(s.len())?;
    }
    match pyx_text::number_parse::parse_int_any_base(s, base, limit) {
        Ok(pyx_text::number_parse::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(pyx_text::number_parse::ParsedInt::Big(b)) => vm.new_int(b),
        Err(e) => Err(vm.text_err(e)),
    }
}

/// Parsing text copies it three times over (the copy handed to the
/// parser, its ASCII form, its digits): check that fits before the first.
fn text_room(vm: &mut Vm, x: Value) -> PyResult<()> {
    let n = match vm.payload(x) {
        Some(Payload::Str(s)) => s.s.len(),
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.len(),
        _ => 0,
    };
    vm.reserve(n.saturating_mul(3))?;
    vm.tick_bytes(n)
}

/// `int(x)` for one argument.
pub fn int_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(f) => return float_to_int(vm, f),
        _ => {}
    }
    text_room(vm, x)?;
    match vm.payload(x) {
        Some(Payload::Str(s)) => {
            let s = s.s.to_string();
            return parse_int_text(vm, &s, 10);
        }
        _ => {}
    }
    if let Some(Payload::Bytes(b)) = vm.payload(x) {
        let s = String::from_utf8_lossy(b).into_owned();
        return parse_int_text(vm, &s, 10);
    }
    if let Some(Payload::ByteArray(b)) = vm.payload(x) {
        let s = String::from_utf8_lossy(b).into_owned();
        return parse_int_text(vm, &s, 10);
    }
    let t = vm.type_of(x);
    for name in [vm.n.__int__, vm.n.__index__, vm.n.__trunc__] {
        if let Some(m) = crate::interp::typesys::lookup(vm, t, name) {
            let r = vm.call_unbound(m, x, &[])?;
            return match vm.num(r) {
                Some(Num::I(i)) => Ok(Value::Int(i)),
                Some(Num::B(b)) => vm.new_int(b),
                _ => Err(vm.type_error(format!("__int__ returned non-int (type {})", vm.type_name(r)))),
            };
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    vm.new_int(b)
}
