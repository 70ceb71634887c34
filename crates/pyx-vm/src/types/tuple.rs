//! `tuple`.

use crate::object::*;
use crate::ops::CmpOp;
use crate::types::list::{repeat_count, seq_compare, seq_getitem, seq_repr};
use crate::types::{add_methods, add_native};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn arg(a: &Args<'_>, i: usize) -> Value {
    a.pos.get(i).copied().unwrap_or(Value::None)
}
fn items(vm: &Vm, v: Value) -> Vec<Value> {
    vm.tuple_items(v).map(|t| t.to_vec()).unwrap_or_default()
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.tuple;
    add_methods(
        vm,
        t,
        &[
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("__hash__", tuple_hash),
            ("__repr__", tuple_repr),
            ("__getnewargs__", tuple_getnewargs),
            ("index", tuple_index),
            ("count", tuple_count),
        ],
    );
    add_native(vm, t, "__new__", tuple_new, NativeKind::StaticMethod);
    add_native(vm, t, "__class_getitem__", crate::types::list::generic_alias, NativeKind::ClassMethod);
}

fn tuple_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    let cls = arg(&a, 0).as_obj().unwrap_or(vm.t.tuple);
    let v = match a.get(1) {
        Some(it) => {
            if cls == vm.t.tuple && vm.type_of(it) == vm.t.tuple {
                return Ok(it);
            }
            vm.collect_iter(it)?
        }
        None => Vec::new(),
    };
    if cls == vm.t.tuple {
        return vm.new_tuple(v);
    }
    vm.alloc_val(cls, Payload::Tuple(v.into_boxed_slice()))
}
fn tuple_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.tuple_items(arg(&a, 0)).map(|t| t.len()).unwrap_or(0) as i64))
}
fn tuple_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    seq_getitem(vm, arg(&a, 0), arg(&a, 1), "tuple")
}
fn tuple_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.seq_contains(arg(&a, 0), arg(&a, 1))?))
}
fn tuple_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    vm.alloc_val(vm.t.tuple_iterator, Payload::Iter(Box::new(IterData::Seq { seq: arg(&a, 0), index: 0 })))
}
fn tuple_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if vm.tuple_items(arg(&a, 1)).is_none() {
        return Ok(Value::NotImplemented);
    }
    // Charge the result before building it (memory cap).
    let (lx, ly) = (vm.tuple_items(arg(&a, 0)).map_or(0, <[Value]>::len), vm.tuple_items(arg(&a, 1)).map_or(0, <[Value]>::len));
    let total = lx.saturating_add(ly);
    vm.reserve(total.saturating_mul(16))?;
    let mut v = Vec::with_capacity(total);
    if let Some(i) = vm.tuple_items(arg(&a, 0)) {
        v.extend_from_slice(i);
    }
    if let Some(i) = vm.tuple_items(arg(&a, 1)) {
        v.extend_from_slice(i);
    }
    vm.new_tuple(v)
}
fn tuple_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, arg(&a, 1))? else { return Ok(Value::NotImplemented) };
    let it = items(vm, arg(&a, 0));
    let n = n.max(0) as usize;
    let total = it.len().saturating_mul(n);
    vm.reserve(total.saturating_mul(16))?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(&it);
    }
    vm.new_tuple(v)
}
fn tcmp(vm: &mut Vm, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    if vm.tuple_items(arg(a, 1)).is_none() {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (items(vm, arg(a, 0)), items(vm, arg(a, 1)));
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
    let it = items(vm, arg(&a, 0));
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
    Ok(Value::Int(crate::hash::hash_tuple(&hs)))
}
fn tuple_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    seq_repr(vm, arg(&a, 0), "(", ")", true)
}
fn tuple_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = items(vm, arg(&a, 0));
    let t = vm.new_tuple(it)?;
    vm.new_tuple(vec![t])
}
fn tuple_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::types::list::list_index(vm, a)
}
fn tuple_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(crate::types::list::seq_count(vm, arg(&a, 0), arg(&a, 1))?))
}
