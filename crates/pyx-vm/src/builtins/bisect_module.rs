//! `_bisect`: the native half of `bisect` (`stdlib/bisect.py` takes its
//! functions from here when it can), with CPython's argument handling and
//! error messages, so CPython's tests of its accelerated module apply.
//!
//! The sequence is read through the sequence protocol one probe at a
//! time (`len(a)` once, then `a[mid]`), so a custom sequence sees the same
//! calls as under CPython; each probe is charged one step.

use crate::interp::native::{kw, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// `lo`: a Py_ssize_t argument.
fn lo_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.index_i64(v)
}

/// `hi`: None or an integer (CPython's optional Py_ssize_t converter,
/// with its own messages). None reads as -1, which means `len(a)`.
fn hi_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_none() {
        return Ok(-1);
    }
    let is_index = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Int(_)) => true,
        _ => {
            let t = vm.type_of(v);
            crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_some()
        }
    };
    if !is_index {
        return Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v))));
    }
    match vm.index_value(v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(vm.overflow_error(format!("cannot fit '{}' into an index-sized integer", vm.type_name(v)))),
    }
}

/// `len(a)` as CPython's `PySequence_Size`: a mapping that is no sequence
/// (a dict) is refused as such.
fn seq_len(vm: &mut Vm, a: Value) -> PyResult<i64> {
    if let Value::Obj(r) = a {
        if vm.heap.get(r).class == vm.t.dict {
            return Err(vm.type_error("dict is not a sequence"));
        }
    }
    let n = vm.len(a)?;
    Ok(n as i64)
}

/// `a[i]` as CPython's `PySequence_GetItem` (`i` is never negative here).
fn seq_item(vm: &mut Vm, a: Value, i: i64) -> PyResult<Value> {
    if let Value::Obj(r) = a {
        if let Payload::List(items) = &vm.heap.get(r).payload {
            if vm.heap.get(r).class == vm.t.list {
                return match items.get(i as usize) {
                    Some(v) => Ok(*v),
                    None => Err(vm.index_error("list index out of range")),
                };
            }
        }
    }
    let t = vm.type_of(a);
    if crate::interp::typesys::lookup(vm, t, vm.n.__getitem__).is_none() {
        return Err(vm.type_error(format!("'{}' object does not support indexing", vm.type_name(a))));
    }
    vm.getitem(a, Value::Int(i))
}

/// The search shared by the four functions: the insertion point of `x`
/// (already passed through `key` by the insort functions) in `a[lo:hi]`.
/// `right`: after equal items (bisect_right) or before them.
fn search(vm: &mut Vm, a: Value, x: Value, lo: i64, hi: i64, key: Value, right: bool) -> PyResult<i64> {
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let (mut lo, mut hi) = (lo, if hi == -1 { seq_len(vm, a)? } else { hi });
    while lo < hi {
        vm.tick(1)?;
        // Both are non-negative i64s: the sum fits in u64.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = seq_item(vm, a, mid)?;
        if !key.is_none() {
            item = vm.call(key, &[item])?;
        }
        if right {
            if vm.lt(x, item)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if vm.lt(item, x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_common(vm: &mut Vm, a: Args<'_>, right: bool) -> PyResult<Value> {
    let lo = lo_arg(vm, a.arg(2))?;
    let hi = hi_arg(vm, a.arg(3))?;
    let i = search(vm, a.arg(0), a.arg(1), lo, hi, a.arg(4), right)?;
    Ok(Value::Int(i))
}

fn insort_common(vm: &mut Vm, a: Args<'_>, right: bool) -> PyResult<Value> {
    let (seq, x, key) = (a.arg(0), a.arg(1), a.arg(4));
    let lo = lo_arg(vm, a.arg(2))?;
    let hi = hi_arg(vm, a.arg(3))?;
    let i = if key.is_none() {
        search(vm, seq, x, lo, hi, key, right)?
    } else {
        let kx = vm.call(key, &[x])?;
        // key(x) is held across the search's calls back into Python.
        vm.with_roots(&[kx], |vm, _| search(vm, seq, kx, lo, hi, key, right))?
    };
    if let Value::Obj(r) = seq {
        if vm.heap.get(r).class == vm.t.list {
            vm.charge(16)?;
            let items = vm.list_vec(r);
            let at = (i as usize).min(items.len());
            items.insert(at, x);
            return Ok(Value::None);
        }
    }
    vm.call_method_str(seq, "insert", &[Value::Int(i), x])?;
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bisect_common(vm, a, true)
}
fn bisect_left(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bisect_common(vm, a, false)
}
fn insort_right(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    insort_common(vm, a, true)
}
fn insort_left(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    insort_common(vm, a, false)
}

const PARAMS: &str = "a, x, lo=0, hi=None, *, key=None";

/// `_bisect`.
pub static MODULE: NativeModule = NativeModule {
    name: "_bisect",
    doc: Some("Bisection algorithms: binary search in sorted sequences, and insertion keeping them sorted."),
    functions: &[
        ("bisect_right", kw(PARAMS), bisect_right),
        ("insort_right", kw(PARAMS), insort_right),
        ("bisect_left", kw(PARAMS), bisect_left),
        ("insort_left", kw(PARAMS), insort_left),
    ],
    ..NativeModule::EMPTY
};
