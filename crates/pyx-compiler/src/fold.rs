//! Constant folding: unary and binary operations on literals, and tuples
//! of literals, computed at compile time when that is safe.
//!
//! "Safe" means the result is exactly what the VM would compute and small:
//! like CPython, ints are not folded beyond 128 bits, strings and bytes
//! beyond 4096 items, tuples beyond 256 (so `2**100000` or `'a'*10**9` are
//! left to run time, where resource limits apply). Operations that would
//! raise (`1/0`) are never folded.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyx_ast::{Expr, ExprContext, ExprKind, Operator, UnaryOperator};

use crate::code::Constant;
use crate::codegen::constant_of;

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_FOLD_DEPTH: u32 = 200;

/// The value of `expr` if it is a literal or a foldable operation on them.
pub(crate) fn fold(expr: &Expr) -> Option<Constant> {
    fold_at(expr, 0)
}

fn fold_at(expr: &Expr, depth: u32) -> Option<Constant> {
    if depth > MAX_FOLD_DEPTH {
        return None;
    }
    match &expr.kind {
        ExprKind::Constant { value, .. } => Some(constant_of(value)),
        ExprKind::UnaryOp { op, operand } => {
            let v = fold_at(operand, depth + 1)?;
            fold_unary(*op, &v)
        }
        ExprKind::BinOp { left, op, right } => {
            let l = fold_at(left, depth + 1)?;
            let r = fold_at(right, depth + 1)?;
            fold_binary(*op, &l, &r)
        }
        ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
            let mut items = Vec::with_capacity(elts.len());
            for e in elts {
                if matches!(e.kind, ExprKind::Starred { .. }) {
                    return None;
                }
                items.push(fold_at(e, depth + 1)?);
            }
            Some(Constant::Tuple(items.into_boxed_slice()))
        }
        _ => None,
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(b) => Num::Int((**b).clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { real, imag } => Num::Complex(*real, *imag),
        _ => return None,
    })
}

fn int_const(i: BigInt) -> Option<Constant> {
    if i.bits() > MAX_INT_BITS {
        return None;
    }
    Some(match i.to_i64() {
        Some(v) => Constant::Int(v),
        None => Constant::BigInt(Box::new(i)),
    })
}

/// An int converted to float only when exact (no rounding questions).
fn exact_float(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    if v.unsigned_abs() <= (1u64 << 53) {
        Some(v as f64)
    } else {
        None
    }
}

fn fold_unary(op: UnaryOperator, v: &Constant) -> Option<Constant> {
    if op == UnaryOperator::Not {
        return Some(Constant::Bool(!v.truthiness()?));
    }
    match (op, num(v)?) {
        (UnaryOperator::USub, Num::Int(i)) => int_const(-i),
        (UnaryOperator::UAdd, Num::Int(i)) => int_const(i),
        (UnaryOperator::Invert, Num::Int(i)) => int_const(-i - 1),
        (UnaryOperator::USub, Num::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOperator::UAdd, Num::Float(f)) => Some(Constant::Float(f)),
        (UnaryOperator::USub, Num::Complex(r, i)) => Some(Constant::Complex { real: -r, imag: -i }),
        (UnaryOperator::UAdd, Num::Complex(r, i)) => Some(Constant::Complex { real: r, imag: i }),
        _ => None,
    }
}

fn floor_div_mod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let (q, r) = (a / b, a % b);
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

fn fold_binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    // Sequences first.
    match (l, r, op) {
        (Constant::Str(a), Constant::Str(b), Operator::Add) => {
            if a.chars().count() + b.chars().count() > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(format!("{a}{b}").into()));
        }
        (Constant::Bytes(a), Constant::Bytes(b), Operator::Add) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v.into()));
        }
        (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), _, Operator::Mult) => {
            return repeat(l, r);
        }
        (_, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), Operator::Mult) => {
            return repeat(r, l);
        }
        (Constant::Tuple(a), Constant::Tuple(b), Operator::Add) => {
            if a.len() + b.len() > MAX_COLLECTION_SIZE {
                return None;
            }
            let v: Vec<Constant> = a.iter().chain(b.iter()).cloned().collect();
            return Some(Constant::Tuple(v.into_boxed_slice()));
        }
        // bool.__and__/__or__/__xor__ return a bool when both operands
        // are bools (`True & False` is `False`, not `0`).
        (Constant::Bool(a), Constant::Bool(b), Operator::BitAnd) => return Some(Constant::Bool(a & b)),
        (Constant::Bool(a), Constant::Bool(b), Operator::BitOr) => return Some(Constant::Bool(a | b)),
        (Constant::Bool(a), Constant::Bool(b), Operator::BitXor) => return Some(Constant::Bool(a ^ b)),
        _ => {}
    }
    let (a, b) = (num(l)?, num(r)?);
    match (a, b) {
        (Num::Int(a), Num::Int(b)) => fold_int(op, a, b),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (a, b) = (as_complex(l)?, as_complex(r)?);
            match op {
                Operator::Add => Some(Constant::Complex { real: a.0 + b.0, imag: a.1 + b.1 }),
                Operator::Sub => Some(Constant::Complex { real: a.0 - b.0, imag: a.1 - b.1 }),
                Operator::Mult => Some(Constant::Complex {
                    real: a.0 * b.0 - a.1 * b.1,
                    imag: a.0 * b.1 + a.1 * b.0,
                }),
                _ => None,
            }
        }
        (a, b) => {
            let x = match a {
                Num::Float(f) => f,
                Num::Int(i) => exact_float(&i)?,
                Num::Complex(..) => return None,
            };
            let y = match b {
                Num::Float(f) => f,
                Num::Int(i) => exact_float(&i)?,
                Num::Complex(..) => return None,
            };
            let v = match op {
                Operator::Add => x + y,
                Operator::Sub => x - y,
                Operator::Mult => x * y,
                Operator::Div if y != 0.0 => x / y,
                _ => return None,
            };
            Some(Constant::Float(v))
        }
    }
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match num(c)? {
        Num::Complex(r, i) => Some((r, i)),
        Num::Float(f) => Some((f, 0.0)),
        Num::Int(i) => Some((exact_float(&i)?, 0.0)),
    }
}

fn fold_int(op: Operator, a: BigInt, b: BigInt) -> Option<Constant> {
    match op {
        Operator::Add => int_const(a + b),
        Operator::Sub => int_const(a - b),
        Operator::Mult => {
            if a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            int_const(a * b)
        }
        Operator::FloorDiv => int_const(floor_div_mod(&a, &b)?.0),
        Operator::Mod => int_const(floor_div_mod(&a, &b)?.1),
        Operator::Div => {
            let (x, y) = (exact_float(&a)?, exact_float(&b)?);
            if y == 0.0 {
                return None;
            }
            Some(Constant::Float(x / y))
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero() && a.bits().saturating_mul(e) > MAX_INT_BITS {
                return None;
            }
            int_const(num_traits::pow::pow(a, e.try_into().ok()?))
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if !a.is_zero() && a.bits().saturating_add(s) > MAX_INT_BITS {
                return None;
            }
            int_const(a << (s as usize))
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?.min(MAX_INT_BITS + 1);
            // Arithmetic shift: floor division by 2**s.
            let d = BigInt::from(1) << (s as usize);
            int_const(floor_div_mod(&a, &d)?.0)
        }
        Operator::BitAnd => int_const(a & b),
        Operator::BitOr => int_const(a | b),
        Operator::BitXor => int_const(a ^ b),
        Operator::MatMult => None,
    }
}

fn repeat(seq: &Constant, count: &Constant) -> Option<Constant> {
    let n = match count {
        Constant::Int(i) => *i,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let n = n.max(0) as usize;
    match seq {
        Constant::Str(s) => {
            let len = s.chars().count();
            if len.saturating_mul(n) > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Str(s.repeat(n).into()))
        }
        Constant::Bytes(b) => {
            if b.len().saturating_mul(n) > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Bytes(b.repeat(n).into()))
        }
        Constant::Tuple(t) => {
            if t.len().saturating_mul(n) > MAX_COLLECTION_SIZE {
                return None;
            }
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(v.into_boxed_slice()))
        }
        _ => None,
    }
}
