//! `range` and `slice`.

use crate::object::*;
use crate::types::{add_methods, add_native};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn arg(a: &Args<'_>, i: usize) -> Value {
    a.pos.get(i).copied().unwrap_or(Value::None)
}
fn rd(vm: &Vm, v: Value) -> RangeData {
    match vm.payload(v) {
        Some(Payload::Range(r)) => *r,
        _ => RangeData { start: 0, stop: 0, step: 1 },
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.range;
    add_methods(
        vm,
        t,
        &[
            ("__len__", range_len),
            ("__getitem__", range_getitem),
            ("__contains__", range_contains),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__repr__", range_repr),
            ("__eq__", range_eq),
            ("__hash__", range_hash),
            ("__bool__", range_bool),
            ("index", range_index),
            ("count", range_count),
        ],
    );
    add_native(vm, t, "__new__", range_new, NativeKind::StaticMethod);
    let s = vm.t.slice;
    add_methods(vm, s, &[("__repr__", slice_repr), ("indices", slice_indices_m), ("__eq__", slice_eq)]);
    add_native(vm, s, "__new__", slice_new, NativeKind::StaticMethod);
    crate::types::set_type_attr_raw(vm, s, vm.n.__hash__, Value::None);
}

fn range_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let n = a.pos.len() - 1;
    let idx = |vm: &mut Vm, v: Value| -> PyResult<i64> {
        match vm.index_value(v) {
            Ok(Value::Int(i)) => Ok(i),
            Ok(Value::Bool(b)) => Ok(b as i64),
            Ok(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            Err(e @ crate::vm::Unwind::Terminate(_)) => Err(e),
            Err(_) => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        }
    };
    let (start, stop, step) = match n {
        1 => (0, idx(vm, a.pos[1])?, 1),
        2 => (idx(vm, a.pos[1])?, idx(vm, a.pos[2])?, 1),
        3 => (idx(vm, a.pos[1])?, idx(vm, a.pos[2])?, idx(vm, a.pos[3])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    vm.alloc_val(vm.t.range, Payload::Range(RangeData { start, stop, step }))
}
fn range_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(rd(vm, arg(&a, 0)).len()))
}
fn range_bool(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(rd(vm, arg(&a, 0)).len() != 0))
}
fn range_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    let key = arg(&a, 1);
    if let Some(Payload::Slice(..)) = vm.payload(key) {
        let (s, e, st) = crate::types::list::slice_indices(vm, key, r.len() as usize)?;
        let nr = RangeData { start: r.get(s), stop: r.get(e), step: r.step * st };
        return vm.alloc_val(vm.t.range, Payload::Range(nr));
    }
    let kt = vm.type_of(key);
    if !matches!(key, Value::Int(_) | Value::Bool(_)) && crate::types::lookup(vm, kt, vm.n.__index__).is_none() {
        return Err(vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))));
    }
    let i = vm.index_i64(key)?;
    let n = r.len();
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::Int(r.get(j)))
}
fn range_has(r: &RangeData, x: i64) -> bool {
    if r.step > 0 {
        x >= r.start && x < r.stop && (x - r.start) % r.step == 0
    } else {
        x <= r.start && x > r.stop && (r.start - x) % (-r.step) == 0
    }
}
fn range_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    match arg(&a, 1) {
        Value::Int(x) => Ok(Value::Bool(range_has(&r, x))),
        Value::Bool(b) => Ok(Value::Bool(range_has(&r, b as i64))),
        x => {
            for i in 0..r.len() {
                vm.tick(1)?;
                if vm.eq(Value::Int(r.get(i)), x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}
fn range_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    vm.alloc_val(vm.t.range_iterator, Payload::Iter(Box::new(IterData::Range { next: r.start, step: r.step, remaining: r.len() })))
}
fn range_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    let n = r.len();
    let last = if n > 0 { r.get(n - 1) } else { r.start };
    vm.alloc_val(vm.t.range_iterator, Payload::Iter(Box::new(IterData::Range { next: last, step: -r.step, remaining: n })))
}
fn range_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    let s = if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) };
    vm.new_string(s)
}
fn range_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !matches!(vm.payload(arg(&a, 1)), Some(Payload::Range(_))) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (rd(vm, arg(&a, 0)), rd(vm, arg(&a, 1)));
    let (nx, ny) = (x.len(), y.len());
    let eq = nx == ny && (nx == 0 || (x.start == y.start && (nx == 1 || x.step == y.step)));
    Ok(Value::Bool(eq))
}
fn range_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    let n = r.len();
    let t = if n == 0 { vec![0, -1, -1] } else if n == 1 { vec![1, r.start, -1] } else { vec![n, r.start, r.step] };
    let hs: Vec<i64> = t.into_iter().map(crate::hash::hash_i64).collect();
    let _ = vm;
    Ok(Value::Int(crate::hash::hash_tuple(&hs)))
}
fn range_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    if let Value::Int(x) = arg(&a, 1) {
        if range_has(&r, x) {
            return Ok(Value::Int((x - r.start) / r.step));
        }
        return Err(vm.value_error(format!("{} is not in range", x)));
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}
fn range_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = rd(vm, arg(&a, 0));
    Ok(Value::Int(match arg(&a, 1) {
        Value::Int(x) => range_has(&r, x) as i64,
        _ => 0,
    }))
}
fn slice_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = &a.pos[1..];
    let (s, e, st) = match p.len() {
        1 => (Value::None, p[0], Value::None),
        2 => (p[0], p[1], Value::None),
        3 => (p[0], p[1], p[2]),
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    vm.alloc_val(vm.t.slice, Payload::Slice(s, e, st))
}
fn slice_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Slice(x, y, z)) = vm.payload(arg(&a, 0)) else { return vm.new_str("slice") };
    let (x, y, z) = (*x, *y, *z);
    let s = format!("slice({}, {}, {})", vm.repr_string(x)?, vm.repr_string(y)?, vm.repr_string(z)?);
    vm.new_string(s)
}
fn slice_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (Some(Payload::Slice(a1, b1, c1)), Some(Payload::Slice(a2, b2, c2))) = (vm.payload(arg(&a, 0)), vm.payload(arg(&a, 1))) else { return Ok(Value::NotImplemented) };
    let (x, y) = (vec![*a1, *b1, *c1], vec![*a2, *b2, *c2]);
    crate::types::list::seq_compare(vm, &x, &y, crate::ops::CmpOp::Eq)
}
fn slice_indices_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = vm.index_i64(arg(&a, 1))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (s, e, st) = crate::types::list::slice_indices(vm, arg(&a, 0), n as usize)?;
    vm.new_tuple(vec![Value::Int(s), Value::Int(e), Value::Int(st)])
}
