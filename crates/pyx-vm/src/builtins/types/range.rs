//! `range` and `slice`.

use crate::interp::native::{own, slot};
use crate::object::*;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// The machine-int representation of range `v`, if it has one.
fn small(vm: &Vm, v: Value) -> Option<RangeData> {
    match vm.payload(v) {
        Some(Payload::Range(r)) => Some(*r),
        _ => None,
    }
}
/// Range `v` with arbitrary-int bounds, whatever its representation.
fn big(vm: &Vm, v: Value) -> BigRangeData {
    match vm.payload(v) {
        Some(Payload::Range(r)) => (*r).into(),
        Some(Payload::BigRange(b)) => (**b).clone(),
        _ => RangeData { start: 0, stop: 0, step: 1 }.into(),
    }
}
/// A new range object, in the fast representation when everything fits.
fn make_range(vm: &mut Vm, r: BigRangeData) -> PyResult<Value> {
    if let (Some(start), Some(stop), Some(step)) = (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64()) {
        return make_small_range(vm, RangeData { start, stop, step });
    }
    vm.alloc_val(vm.t.range, Payload::BigRange(Box::new(r)))
}
/// A new range from machine-int bounds; big when the length does not fit.
fn make_small_range(vm: &mut Vm, r: RangeData) -> PyResult<Value> {
    if r.len_i128() > i64::MAX as i128 {
        return vm.alloc_val(vm.t.range, Payload::BigRange(Box::new(r.into())));
    }
    vm.alloc_val(vm.t.range, Payload::Range(r))
}
/// `range(*args)` when every argument is a machine int and the step is
/// not zero: what `range_new` does, without its argument binding (`type_call`
/// calls this first). `None`: take the general path.
pub(crate) fn range_of_ints(vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    let r = match *args {
        [Value::Int(stop)] => RangeData { start: 0, stop, step: 1 },
        [Value::Int(start), Value::Int(stop)] => RangeData { start, stop, step: 1 },
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if step != 0 => RangeData { start, stop, step },
        _ => return None,
    };
    Some(make_small_range(vm, r))
}

fn int_of(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}
/// `x` as an arbitrary int when it is one (range membership is arithmetic
/// for ints only; anything else is compared element by element).
fn exact_int(vm: &Vm, x: Value) -> Option<BigInt> {
    match x {
        Value::Int(_) | Value::Bool(_) => vm.to_bigint(x),
        Value::Obj(_) if vm.type_of(x) == vm.t.int => vm.to_bigint(x),
        _ => None,
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.range;
    add_methods(
        vm,
        t,
        &[
            ("__len__", slot(""), range_len),
            ("__getitem__", slot("key"), range_getitem),
            ("__contains__", slot("key"), range_contains),
            ("__iter__", slot(""), range_iter),
            ("__reversed__", own(), range_reversed),
            ("__repr__", slot(""), range_repr),
            ("__eq__", slot("value"), range_eq),
            ("__hash__", slot(""), range_hash),
            ("__bool__", slot(""), range_bool),
            ("index", own(), range_index),
            ("count", own(), range_count),
            ("__reduce__", own(), range_reduce),
        ],
    );
    add_native(vm, t, "__new__", own(), range_new, NativeKind::StaticMethod);
    add_methods(vm, vm.t.range_iterator, &[("__reduce__", slot(""), range_iter_reduce), ("__setstate__", slot("state"), range_iter_setstate)]);
    let s = vm.t.slice;
    add_methods(vm, s, &[("__repr__", slot(""), slice_repr), ("indices", own(), slice_indices_m), ("__eq__", slot("value"), slice_eq)]);
    add_native(vm, s, "__new__", own(), slice_new, NativeKind::StaticMethod);
    crate::interp::typesys::set_type_attr_raw(vm, s, vm.n.__hash__, Value::None);
}

fn range_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let n = a.pos.len() - 1;
    let idx = |vm: &mut Vm, v: Value| -> PyResult<Value> {
        match vm.index_value(v) {
            Err(e @ crate::interp::vm::Unwind::Terminate(_)) => Err(e),
            Err(_) => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
            ok => ok,
        }
    };
    let (start, stop, step) = match n {
        1 => (Value::Int(0), idx(vm, a.pos[1])?, Value::Int(1)),
        2 => (idx(vm, a.pos[1])?, idx(vm, a.pos[2])?, Value::Int(1)),
        3 => (idx(vm, a.pos[1])?, idx(vm, a.pos[2])?, idx(vm, a.pos[3])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if let (Some(start), Some(stop), Some(step)) = (int_of(start), int_of(stop), int_of(step)) {
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return make_small_range(vm, RangeData { start, stop, step });
    }
    let mut b = [start, stop, step].map(|v| vm.to_bigint(v).unwrap_or_default());
    let [start, stop, step] = std::mem::take(&mut b);
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    make_range(vm, BigRangeData { start, stop, step })
}
/// CPython's len() limit: a Py_ssize_t.
fn ssize(vm: &mut Vm, n: BigInt) -> PyResult<Value> {
    match n.to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}
fn range_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match small(vm, a.arg(0)) {
        Some(r) => Ok(Value::Int(r.len())),
        None => ssize(vm, big(vm, a.arg(0)).len()),
    }
}
fn range_bool(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(match small(vm, a.arg(0)) {
        Some(r) => r.len() != 0,
        None => !big(vm, a.arg(0)).len().is_zero(),
    }))
}
fn range_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (rv, key) = (a.arg(0), a.arg(1));
    if let Some(Payload::Slice(sl)) = vm.payload(key) {
        if let Some(r) = small(vm, rv) {
            if let Some(sub) = small_slice(&r, **sl) {
                return make_small_range(vm, sub);
            }
        }
        let r = big(vm, rv);
        let (s, e, st) = big_slice_indices(vm, key, &r.len())?;
        let nr = BigRangeData { start: r.get(&s), stop: r.get(&e), step: &r.step * st };
        return make_range(vm, nr);
    }
    let kt = vm.type_of(key);
    if !matches!(key, Value::Int(_) | Value::Bool(_)) && crate::interp::typesys::lookup(vm, kt, vm.n.__index__).is_none() {
        return Err(vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))));
    }
    if let (Some(r), Some(i)) = (small(vm, rv), int_of(key)) {
        let n = r.len();
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(Value::Int(r.get(j)));
    }
    let i = vm.index_value(key)?;
    let i = vm.to_bigint(i).unwrap_or_default();
    let r = big(vm, rv);
    let n = r.len();
    let j = if i.is_negative() { i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    vm.new_int(r.get(&j))
}
/// Machine-int range `r` sliced by `[start, stop, step]` when they are
/// None or machine ints, the step not zero, and the result fits: the same
/// selection as `big_slice_indices` and the arithmetic after it, in
/// 128-bit ints. `None`: take the general path.
fn small_slice(r: &RangeData, [a, b, c]: [Value; 3]) -> Option<RangeData> {
    let part = |v: Value| -> Option<Option<i128>> {
        match v {
            Value::None => Some(None),
            _ => int_of(v).map(|i| Some(i as i128)),
        }
    };
    let (a, b, c) = (part(a)?, part(b)?, part(c)?);
    let step = c.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = r.len_i128();
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |x: i128| if x < 0 { (x + len).max(lower) } else { x.min(upper) };
    let (dstart, dstop) = if step < 0 { (upper, lower) } else { (lower, upper) };
    let start = a.map_or(dstart, clamp);
    let stop = b.map_or(dstop, clamp);
    let (r_start, r_step) = (r.start as i128, r.step as i128);
    let sub = |x: i128| i64::try_from(r_start + x * r_step).ok();
    Some(RangeData { start: sub(start)?, stop: sub(stop)?, step: i64::try_from(r_step * step).ok()? })
}
/// `slice.indices(len)` over arbitrary ints (CPython's
/// _PySlice_GetLongIndices): the start, stop and step of the selection.
fn big_slice_indices(vm: &mut Vm, slice: Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Payload::Slice(sl)) = vm.payload(slice) else { return Err(vm.type_error("expected slice")) };
    let [a, b, c] = **sl;
    let mut part = |v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match vm.index_value(v) {
            Ok(i) => Ok(vm.to_bigint(i)),
            Err(e @ crate::interp::vm::Unwind::Terminate(_)) => Err(e),
            Err(_) => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let (a, b, c) = (part(a)?, part(b)?, part(c)?);
    let step = c.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() { (BigInt::from(-1), len - 1u8) } else { (BigInt::zero(), len.clone()) };
    let clamp = |x: BigInt| -> BigInt {
        if x.is_negative() {
            (x + len).max(lower.clone())
        } else {
            x.min(upper.clone())
        }
    };
    let (dstart, dstop) = if step.is_negative() { (&upper, &lower) } else { (&lower, &upper) };
    let start = a.map_or_else(|| dstart.clone(), clamp);
    let stop = b.map_or_else(|| dstop.clone(), clamp);
    Ok((start, stop, step))
}
fn range_has(r: &RangeData, x: i64) -> bool {
    if r.step > 0 {
        x >= r.start && x < r.stop && (x - r.start) % r.step == 0
    } else {
        x <= r.start && x > r.stop && (r.start - x) % (-r.step) == 0
    }
}
fn big_range_has(r: &BigRangeData, x: &BigInt) -> bool {
    if r.step.is_positive() {
        *x >= r.start && *x < r.stop && ((x - &r.start) % &r.step).is_zero()
    } else {
        *x <= r.start && *x > r.stop && ((&r.start - x) % &r.step).is_zero()
    }
}
fn range_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (rv, x) = (a.arg(0), a.arg(1));
    if let (Some(r), Some(x)) = (small(vm, rv), int_of(x)) {
        return Ok(Value::Bool(range_has(&r, x)));
    }
    let r = big(vm, rv);
    if let Some(x) = exact_int(vm, x) {
        return Ok(Value::Bool(big_range_has(&r, &x)));
    }
    // Anything else is compared with each element, as CPython does.
    let n = r.len();
    let mut i = BigInt::zero();
    while i < n {
        vm.tick(1)?;
        let v = vm.new_int(r.get(&i))?;
        if vm.eq(v, x)? {
            return Ok(Value::Bool(true));
        }
        i += 1u8;
    }
    Ok(Value::Bool(false))
}
/// An iterator over range `v`. Big ranges go by index: no program can
/// take 2**63 steps.
fn iter_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let data = match small(vm, v) {
        Some(r) => IterData::Range { next: r.start, step: r.step, remaining: r.len(), start: r.start, len: r.len() },
        None => IterData::GetItem { obj: v, index: 0 },
    };
    vm.alloc_val(vm.t.range_iterator, Payload::Iter(Box::new(data)))
}
fn range_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    iter_of(vm, a.arg(0))
}
fn range_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(r) = small(vm, a.arg(0)).filter(|r| r.step != i64::MIN) {
        let n = r.len();
        let last = if n > 0 { r.get(n - 1) } else { r.start };
        return vm.alloc_val(vm.t.range_iterator, Payload::Iter(Box::new(IterData::Range { next: last, step: -r.step, remaining: n, start: last, len: n })));
    }
    // The same elements backwards, as a range of its own.
    let r = big(vm, a.arg(0));
    let n = r.len();
    let rev = if n.is_zero() {
        BigRangeData { start: BigInt::zero(), stop: BigInt::zero(), step: BigInt::one() }
    } else {
        BigRangeData { start: r.get(&(n - 1u8)), stop: &r.start - &r.step, step: -r.step }
    };
    let v = make_range(vm, rev)?;
    iter_of(vm, v)
}
fn range_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = big(vm, a.arg(0));
    let s = if r.step.is_one() { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) };
    vm.new_string(s)
}
/// Ranges are equal when they produce the same elements.
fn range_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !matches!(vm.payload(a.arg(1)), Some(Payload::Range(_) | Payload::BigRange(_))) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (big(vm, a.arg(0)), big(vm, a.arg(1)));
    let (nx, ny) = (x.len(), y.len());
    let eq = nx == ny && (nx.is_zero() || (x.start == y.start && (nx.is_one() || x.step == y.step)));
    Ok(Value::Bool(eq))
}
/// Consistent with equality: the hash of (len, start, step), with the
/// parts that do not matter left out.
fn range_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    use crate::object::hash::hash_bigint;
    let r = big(vm, a.arg(0));
    let n = r.len();
    let hs = if n.is_zero() {
        vec![hash_bigint(&n), -1, -1]
    } else if n.is_one() {
        vec![hash_bigint(&n), hash_bigint(&r.start), -1]
    } else {
        vec![hash_bigint(&n), hash_bigint(&r.start), hash_bigint(&r.step)]
    };
    Ok(Value::Int(crate::object::hash::hash_tuple(&hs)))
}
fn range_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = big(vm, a.arg(0));
    if let Some(x) = exact_int(vm, a.arg(1)) {
        if big_range_has(&r, &x) {
            return vm.new_int((x - &r.start) / &r.step);
        }
        return Err(vm.value_error(format!("{} is not in range", x)));
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}
fn range_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = big(vm, a.arg(0));
    Ok(Value::Int(match exact_int(vm, a.arg(1)) {
        Some(x) => big_range_has(&r, &x) as i64,
        None => 0,
    }))
}
/// Pickling and copying: `range(start, stop, step)` rebuilds it.
fn range_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = big(vm, a.arg(0));
    let parts = [r.start, r.stop, r.step].into_iter().map(|b| vm.new_int(b)).collect::<PyResult<Vec<_>>>()?;
    let args = vm.new_tuple(parts)?;
    vm.new_tuple(vec![Value::Obj(vm.t.range), args])
}
/// `range_iterator.__reduce__()`: `(iter, (range,), index)`, the range
/// the iterator walks and how far it got, as CPython pickles it.
fn range_iter_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = a.arg(0);
    let (range, index) = match vm.payload(it) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::Range { step, remaining, start, len, .. } => {
                let (step, remaining, start, len) = (*step, *remaining, *start, *len);
                let stop = start as i128 + len as i128 * step as i128;
                let r = BigRangeData { start: BigInt::from(start), stop: BigInt::from(stop), step: BigInt::from(step) };
                (make_range(vm, r)?, Value::Int(len - remaining))
            }
            IterData::GetItem { obj, index } => (*obj, Value::Int(*index)),
            _ => {
                // Exhausted: an empty range, as an exhausted iterator is.
                let r = RangeData { start: 0, stop: 0, step: 1 };
                (make_small_range(vm, r)?, Value::Int(0))
            }
        },
        _ => return Err(vm.type_error("descriptor '__reduce__' requires a 'range_iterator' object")),
    };
    let iter_fn = {
        let name = vm.intern("iter");
        vm.dict_get_str(vm.builtins, name).unwrap_or(Value::None)
    };
    let args = vm.new_tuple(vec![range])?;
    vm.new_tuple(vec![iter_fn, args, index])
}
/// `range_iterator.__setstate__(index)`: continue from element `index` of
/// the range, clamped to `0..=len`.
fn range_iter_setstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (it, state) = (a.arg(0), a.arg(1));
    let index = match vm.index_value(state)? {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        // A big int is past either end.
        v => if vm.lt(v, Value::Int(0))? { i64::MIN } else { i64::MAX },
    };
    let Value::Obj(r) = it else { return Ok(Value::None) };
    if let Payload::Iter(d) = &mut vm.heap.get_mut(r).payload {
        match &mut **d {
            IterData::Range { next, step, remaining, start, len } => {
                let i = index.clamp(0, *len);
                *next = start.wrapping_add(i.wrapping_mul(*step));
                *remaining = *len - i;
            }
            IterData::GetItem { index: gi, .. } => *gi = index.max(0),
            _ => {}
        }
    }
    Ok(Value::None)
}
fn slice_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos[1..];
    let (s, e, st) = match p.len() {
        1 => (Value::None, p[0], Value::None),
        2 => (p[0], p[1], Value::None),
        3 => (p[0], p[1], p[2]),
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    vm.alloc_val(vm.t.slice, Payload::Slice(Box::new([s, e, st])))
}
fn slice_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Slice(sl)) = vm.payload(a.arg(0)) else { return vm.new_str("slice") };
    let [x, y, z] = **sl;
    let s = format!("slice({}, {}, {})", vm.repr_string(x)?, vm.repr_string(y)?, vm.repr_string(z)?);
    vm.new_string(s)
}
fn slice_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (Some(Payload::Slice(s1)), Some(Payload::Slice(s2))) = (vm.payload(a.arg(0)), vm.payload(a.arg(1))) else { return Ok(Value::NotImplemented) };
    let (x, y) = (s1.to_vec(), s2.to_vec());
    crate::builtins::types::list::seq_compare(vm, &x, &y, crate::interp::ops::CmpOp::Eq)
}
fn slice_indices_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = vm.index_i64(a.arg(1))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (s, e, st) = crate::builtins::types::list::slice_indices(vm, a.arg(0), n as usize)?;
    vm.new_tuple(vec![Value::Int(s), Value::Int(e), Value::Int(st)])
}
