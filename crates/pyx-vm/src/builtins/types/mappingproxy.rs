//! `mappingproxy`: the read-only live view a class's `__dict__` returns, and
//! `types.MappingProxyType(mapping)`. Every read is forwarded to the target,
//! so the proxy sees later changes; there is no way to write through it.
//!
//! A class keeps its namespace inline in its `TypeData`, not in a dict
//! object, so a proxy over a class holds the class itself and reads a
//! snapshot of the namespace at each operation (still live between calls).

use crate::interp::native::{noargs, own, slot};
use crate::object::*;
use crate::interp::ops::{BinOp, CmpOp};
use crate::interp::typesys::{add_methods, add_native, lookup};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.t.mappingproxy;
    add_methods(
        vm,
        t,
        &[
            ("__getitem__", slot("key"), mp_getitem),
            ("__len__", slot(""), mp_len),
            ("__iter__", slot(""), mp_iter),
            ("__contains__", slot("key"), mp_contains),
            ("__repr__", slot(""), mp_repr),
            ("__str__", slot(""), mp_str),
            ("__eq__", slot("value"), mp_eq),
            ("__ne__", slot("value"), mp_ne),
            ("__or__", slot("value"), mp_or),
            ("__ror__", slot("value"), mp_ror),
            ("__ior__", slot("value"), mp_ior),
            ("__reversed__", noargs(), mp_reversed),
            ("get", own(), mp_get),
            ("keys", own(), mp_keys),
            ("values", own(), mp_values),
            ("items", own(), mp_items),
            ("copy", own(), mp_copy),
        ],
    );
    add_native(vm, t, "__new__", own(), mp_new, NativeKind::StaticMethod);
    add_native(vm, t, "__class_getitem__", own(), crate::builtins::types::list::generic_alias, NativeKind::ClassMethod);
    // It defines __eq__ without __hash__, so (as in CPython 3.11) it is unhashable.
    crate::interp::typesys::set_type_attr_raw(vm, t, vm.n.__hash__, Value::None);
}

/// A new proxy over `target` (a mapping, or a class for its namespace).
pub fn new_proxy(vm: &mut Vm, target: Value) -> PyResult<Value> {
    vm.alloc_val(vm.t.mappingproxy, Payload::MappingProxy(target))
}


/// `mappingproxy(mapping)`: anything with `__getitem__` except a list or
/// tuple, as CPython's `PyMapping_Check` test.
fn mp_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!("mappingproxy() takes exactly 1 argument ({} given)", a.pos.len().saturating_sub(1) + a.kw.len())));
    }
    let m = a.arg(1);
    let t = vm.type_of(m);
    let is_seq = vm.is_subtype(t, vm.t.list) || vm.is_subtype(t, vm.t.tuple);
    if is_seq || lookup(vm, t, vm.n.__getitem__).is_none() {
        let tn = vm.type_name(m).to_string();
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", tn)));
    }
    new_proxy(vm, m)
}

/// The mapping a proxy reads: its target, or a snapshot of a class's namespace.
fn target(vm: &mut Vm, proxy: Value) -> PyResult<Value> {
    let t = match vm.payload(proxy) {
        Some(Payload::MappingProxy(t)) => *t,
        _ => {
            let tn = vm.type_name(proxy).to_string();
            return Err(vm.type_error(format!("descriptor requires a 'mappingproxy' object but received a '{}'", tn)));
        }
    };
    if let Some(Payload::Type(td)) = vm.payload(t) {
        let d = td.dict.clone();
        return vm.alloc_val(vm.t.dict, Payload::Dict(Box::new(d)));
    }
    Ok(t)
}

/// Look `key` up in a class's namespace in place, when the proxy is over a
/// class and the key is a string (as every key of a class namespace is):
/// `Some(found)`; `None` when the general path (a snapshot) must answer.
/// `"__repr__" in cls.__dict__` copied the whole namespace each time
/// (pprint asks it for every item it formats).
fn class_entry(vm: &mut Vm, proxy: Value, key: Value) -> Option<Option<Value>> {
    let Some(Payload::MappingProxy(t)) = vm.payload(proxy) else { return None };
    let (t, Value::Obj(k)) = (*t, key) else { return None };
    let Value::Obj(tr) = t else { return None };
    if !matches!(vm.payload(t), Some(Payload::Type(_))) || !matches!(vm.payload(key), Some(Payload::Str(_))) {
        return None;
    }
    let h = vm.str_hash_cached(k);
    let td = vm.type_data(tr);
    let pos = td.dict.find(h, |e| crate::interp::ops::str_key_eq(&vm.heap, e, k));
    Some(pos.and_then(|p| td.dict.entry_at(p)).map(|e| e.value))
}

fn mp_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(Some(v)) = class_entry(vm, a.arg(0), a.arg(1)) {
        return Ok(v);
    }
    let m = target(vm, a.arg(0))?;
    vm.getitem(m, a.arg(1))
}
fn mp_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    Ok(Value::Int(vm.len(m)? as i64))
}
fn mp_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    vm.iter(m)
}
fn mp_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(found) = class_entry(vm, a.arg(0), a.arg(1)) {
        return Ok(Value::Bool(found.is_some()));
    }
    let m = target(vm, a.arg(0))?;
    Ok(Value::Bool(vm.contains(m, a.arg(1))?))
}
fn mp_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    let inner = vm.repr_string(m)?;
    vm.new_string(format!("mappingproxy({})", inner))
}
fn mp_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    let s = vm.str_string(m)?;
    vm.new_string(s)
}
fn mp_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    vm.rich_compare(m, a.arg(1), CmpOp::Eq)
}
fn mp_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    vm.rich_compare(m, a.arg(1), CmpOp::Ne)
}
/// The other operand of `|`, unwrapped when it is a proxy too.
fn or_operand(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if matches!(vm.payload(v), Some(Payload::MappingProxy(_))) {
        target(vm, v)
    } else {
        Ok(v)
    }
}
fn mp_or(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    let o = or_operand(vm, a.arg(1))?;
    vm.binary_op(m, o, BinOp::Or)
}
fn mp_ror(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    let o = or_operand(vm, a.arg(1))?;
    vm.binary_op(o, m, BinOp::Or)
}
/// A proxy is read-only: `|=` is refused (CPython's message).
fn mp_ior(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}
/// `reversed(proxy)`: the mapping's own reverse iterator.
fn mp_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    vm.call_method_str(m, "__reversed__", &[])
}
fn mp_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() < 2 || a.pos.len() > 3 {
        return Err(vm.type_error(format!("get expected at least 1 argument, got {}", a.pos.len().saturating_sub(1))));
    }
    if let Some(found) = class_entry(vm, a.arg(0), a.arg(1)) {
        return Ok(found.unwrap_or(a.arg(2)));
    }
    let m = target(vm, a.arg(0))?;
    vm.call_method_str(m, "get", &[a.arg(1), a.arg(2)])
}
/// Forwards a no-argument method to the target mapping.
fn forward(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let m = target(vm, a.arg(0))?;
    vm.call_method_str(m, name, &[])
}
fn mp_keys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    forward(vm, &a, "keys")
}
fn mp_values(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    forward(vm, &a, "values")
}
fn mp_items(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    forward(vm, &a, "items")
}
fn mp_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    forward(vm, &a, "copy")
}
