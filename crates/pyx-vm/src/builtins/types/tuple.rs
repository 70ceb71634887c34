//! `tuple`.

use crate::interp::native::{noargs, one, own, pos, slot};
use crate::object::*;
use crate::interp::ops::CmpOp;
use crate::builtins::types::list::{repeat_count, seq_compare, seq_getitem, seq_repr};
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

fn items(vm: &Vm, v: Value) -> Vec<Value> {
    vm.tuple_items(v).map(|t| t.to_vec()).unwrap_or_default()
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.tuple;
    add_methods(
        vm,
        t,
        &[
            ("__len__", slot(""), tuple_len),
            ("__getitem__", slot("key"), tuple_getitem),
            ("__contains__", slot("key"), tuple_contains),
            ("__iter__", slot(""), tuple_iter),
            ("__add__", slot("value"), tuple_add),
            ("__mul__", slot("value"), tuple_mul),
            ("__rmul__", slot("value"), tuple_mul),
            ("__eq__", slot("value"), tuple_eq),
            ("__ne__", slot("value"), tuple_ne),
            ("__lt__", slot("value"), tuple_lt),
            ("__le__", slot("value"), tuple_le),
            ("__gt__", slot("value"), tuple_gt),
            ("__ge__", slot("value"), tuple_ge),
            ("__hash__", slot(""), tuple_hash),
            ("__repr__", slot(""), tuple_repr),
            ("__getnewargs__", noargs(), tuple_getnewargs),
            ("index", pos("value, start=0, stop=sys.maxsize"), tuple_index),
            ("count", one("value"), tuple_count),
        ],
    );
    add_native(vm, t, "__new__", own(), tuple_new, NativeKind::StaticMethod);
    add_native(vm, t, "__class_getitem__", own(), crate::builtins::types::list::generic_alias, NativeKind::ClassMethod);
}

/// `tuple(it)` of the exact type, called straight from
/// `Vm::construct_collection`.
pub(crate) fn tuple_of_iterable(vm: &mut Vm, it: Value) -> PyResult<Value> {
    tuple_new(vm, Args::new(&[Value::Obj(vm.t.tuple), it]))
}
fn tuple_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.tuple);
    let v = match a.get(1) {
        Some(it) => {
            if cls == vm.t.tuple && vm.type_of(it) == vm.t.tuple {
                return Ok(it);
            }
            vm.collect_sized(it)?
        }
        None => Vec::new(),
    };
    if cls == vm.t.tuple {
        return vm.new_tuple(v);
    }
    vm.alloc_val(cls, Payload::Tuple(v.into_boxed_slice()))
}
fn tuple_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.tuple_items(a.arg(0)).map(|t| t.len()).unwrap_or(0) as i64))
}
fn tuple_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    seq_getitem(vm, a.arg(0), a.arg(1), "tuple")
}
fn tuple_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.seq_contains(a.arg(0), a.arg(1))?))
}
fn tuple_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    vm.alloc_val(vm.t.tuple_iterator, Payload::Iter(Box::new(IterData::Seq { seq: a.arg(0), index: 0 })))
}
fn tuple_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if vm.tuple_items(a.arg(1)).is_none() {
        // A sequence's concatenation (CPython's sq_concat) raises; the
        // operator tries the other operand's __radd__ before it.
        return Err(vm.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_name(a.arg(1)))));
    }
    // Charge the result before building it (memory cap).
    let (lx, ly) = (vm.tuple_items(a.arg(0)).map_or(0, <[Value]>::len), vm.tuple_items(a.arg(1)).map_or(0, <[Value]>::len));
    let total = lx.saturating_add(ly);
    vm.reserve(total.saturating_mul(16))?;
    let mut v = Vec::with_capacity(total);
    if let Some(i) = vm.tuple_items(a.arg(0)) {
        v.extend_from_slice(i);
    }
    if let Some(i) = vm.tuple_items(a.arg(1)) {
        v.extend_from_slice(i);
    }
    vm.new_tuple(v)
}
fn tuple_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, a.arg(1))? else { return Ok(Value::NotImplemented) };
    let it = items(vm, a.arg(0));
    let n = n.max(0) as usize;
    let total = crate::builtins::types::list::repeat_total(vm, it.len(), n)?;
    vm.reserve(total.saturating_mul(16))?;
    vm.tick(total as u64 / 16)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(&it);
    }
    vm.new_tuple(v)
}
fn tcmp(vm: &mut Vm, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    if vm.tuple_items(a.arg(1)).is_none() {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (items(vm, a.arg(0)), items(vm, a.arg(1)));
    seq_compare(vm, &x, &y, op)
}
fn tuple_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tcmp(vm, &a, CmpOp::Eq)
}
fn tuple_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tcmp(vm, &a, CmpOp::Ne)
}
fn tuple_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tcmp(vm, &a, CmpOp::Lt)
}
fn tuple_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tcmp(vm, &a, CmpOp::Le)
}
fn tuple_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tcmp(vm, &a, CmpOp::Gt)
}
fn tuple_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    tcmp(vm, &a, CmpOp::Ge)
}
fn tuple_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = items(vm, a.arg(0));
    vm.enter_native()?;
    let mut hs = Vec::with_capacity(it.len());
    for v in it {
        match vm.hash(v) {
            Ok(h) => hs.push(h),
            Err(e) => {
                vm.leave_native();
                return Err(e);
            }
        }
    }
    vm.leave_native();
    Ok(Value::Int(crate::object::hash::hash_tuple(&hs)))
}
fn tuple_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    seq_repr(vm, a.arg(0), "(", ")", true)
}
fn tuple_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = items(vm, a.arg(0));
    let t = vm.new_tuple(it)?;
    vm.new_tuple(vec![t])
}
fn tuple_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::types::list::list_index(vm, a)
}
fn tuple_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(crate::builtins::types::list::seq_count(vm, a.arg(0), a.arg(1))?))
}
