//! Functions, methods, property/staticmethod/classmethod, super, cells,
//! modules, and generators/coroutines (resumption and delegation).

use crate::interp::native::{noargs, own, slot};
use crate::object::code::{AwaitableSource, Instruction};
use crate::interp::frame::GenKind;
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};


pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

pub fn install(vm: &mut Vm) {
    // `__call__` in the type's namespace, as in CPython: calls dispatch on
    // the payload, but code that looks for the method (collections.abc's
    // `Callable`, `hasattr(f, '__call__')`) finds it.
    add_methods(vm, vm.t.function, &[("__repr__", slot(""), func_repr), ("__get__", slot("instance, owner=None"), func_get), ("__call__", own(), call_self)]);
    add_methods(
        vm,
        vm.t.builtin_function,
        &[("__repr__", slot(""), native_repr), ("__call__", own(), call_self), ("__eq__", slot("value"), native_eq), ("__hash__", slot(""), native_hash)],
    );
    add_methods(
        vm,
        vm.t.method,
        &[
            ("__repr__", slot(""), method_repr),
            ("__eq__", slot("value"), method_eq),
            ("__hash__", slot(""), method_hash),
            ("__call__", own(), call_self),
            ("__reduce__", noargs(), method_reduce),
        ],
    );
    add_native(vm, vm.t.method, "__new__", own(), method_new, NativeKind::StaticMethod);
    let p = vm.t.property;
    add_methods(vm, p, &[("__init__", own(), property_init), ("getter", own(), property_getter), ("setter", own(), property_setter), ("deleter", own(), property_deleter), ("__get__", slot("instance, owner=None"), property_get), ("__set__", slot("instance, value"), property_set), ("__set_name__", own(), property_set_name)]);
    add_native(vm, p, "__new__", own(), property_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.staticmethod, "__new__", own(), staticmethod_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.classmethod, "__new__", own(), classmethod_new, NativeKind::StaticMethod);
    add_methods(vm, vm.t.staticmethod, &[("__init__", own(), noop_init), ("__get__", slot("instance, owner=None"), sm_get), ("__call__", own(), sm_call)]);
    add_methods(vm, vm.t.classmethod, &[("__init__", own(), noop_init), ("__get__", slot("instance, owner=None"), cm_get)]);
    add_native(vm, vm.t.super_, "__new__", own(), super_new, NativeKind::StaticMethod);
    add_methods(vm, vm.t.super_, &[("__init__", own(), noop_init), ("__getattribute__", slot("name"), super_getattribute), ("__repr__", slot(""), super_repr)]);
    add_native(vm, vm.t.module, "__new__", own(), module_new, NativeKind::StaticMethod);
    add_methods(vm, vm.t.module, &[("__init__", own(), module_init), ("__repr__", slot(""), module_repr), ("__dir__", noargs(), module_dir)]);
    for g in [vm.t.generator, vm.t.coroutine, vm.t.async_generator] {
        add_methods(vm, g, &[("send", own(), gen_send), ("throw", own(), gen_throw), ("close", own(), gen_close), ("__repr__", slot(""), gen_repr)]);
    }
    add_methods(vm, vm.t.generator, &[("__iter__", slot(""), gen_iter), ("__next__", slot(""), gen_next_m)]);
    add_methods(vm, vm.t.coroutine, &[("__await__", slot(""), gen_iter)]);
    add_methods(vm, vm.t.async_generator, &[("__aiter__", slot(""), gen_iter), ("__anext__", slot(""), agen_anext), ("asend", own(), agen_asend), ("athrow", own(), agen_athrow), ("aclose", own(), agen_aclose)]);
    add_methods(vm, vm.t.anext_awaitable, &[("__await__", slot(""), gen_iter), ("__iter__", slot(""), gen_iter), ("__next__", own(), an_next), ("send", own(), an_send), ("throw", own(), an_throw), ("close", own(), an_close)]);
    for t in [vm.t.agen_asend, vm.t.agen_athrow] {
        add_methods(vm, t, &[("__await__", slot(""), gen_iter), ("__iter__", slot(""), gen_iter), ("__next__", slot(""), cw_next), ("send", own(), cw_send), ("throw", own(), cw_throw), ("close", own(), cw_close)]);
    }
    add_methods(
        vm,
        vm.t.member_descriptor,
        &[
            ("__get__", slot("instance, owner=None"), member_get),
            ("__set__", slot("instance, value"), member_set),
            ("__delete__", slot("instance"), member_delete),
            ("__repr__", slot(""), member_repr),
        ],
    );
    add_native(vm, vm.t.cell, "__new__", own(), cell_new, NativeKind::StaticMethod);
    add_methods(vm, vm.t.cell, &[("__repr__", slot(""), cell_repr), ("__eq__", slot("value"), cell_eq), ("__ne__", slot("value"), cell_ne)]);
}

/// `types.CellType()` (an empty cell) or `types.CellType(v)` (holding v).
fn cell_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let contents = match a.pos.len() {
        1 => Value::Null,
        2 => a.pos[1],
        n => return Err(vm.type_error(format!("cell expected at most 1 argument, got {}", n - 1))),
    };
    vm.alloc_val(vm.t.cell, Payload::Cell(contents))
}
fn cell_contents(vm: &Vm, c: Value) -> Option<Value> {
    match vm.payload(c) {
        Some(Payload::Cell(v)) => Some(*v),
        _ => None,
    }
}
fn cell_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = a.arg(0);
    let addr = vm.identity_hash(c);
    let s = match cell_contents(vm, c) {
        Some(v) if !v.is_null() => {
            let tn = vm.type_name(v);
            let vaddr = vm.identity_hash(v);
            format!("<cell at {:#x}: {} object at {:#x}>", addr, tn, vaddr)
        }
        _ => format!("<cell at {:#x}: empty>", addr),
    };
    vm.new_string(s)
}
/// Cells compare by contents; an empty cell equals only an empty cell.
fn cell_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (Some(x), Some(y)) = (cell_contents(vm, a.arg(0)), cell_contents(vm, a.arg(1))) else {
        return Ok(Value::NotImplemented);
    };
    match (x.is_null(), y.is_null()) {
        (false, false) => Ok(Value::Bool(vm.eq(x, y)?)),
        (x_empty, y_empty) => Ok(Value::Bool(x_empty == y_empty)),
    }
}
fn cell_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match cell_eq(vm, a)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        v => Ok(v),
    }
}

fn noop_init(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}
fn func_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = a.arg(0);
    let q = match vm.payload(f) {
        Some(Payload::Function(fd)) => vm.str_of(fd.qualname).unwrap_or("?").to_string(),
        _ => "?".into(),
    };
    let addr = vm.identity_hash(f);
    vm.new_string(format!("<function {} at {:#x}>", q, addr))
}
fn func_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (f, obj) = (a.arg(0), a.arg(1));
    if obj.is_none() {
        return Ok(f);
    }
    vm.alloc_val(vm.t.method, Payload::Method(f, obj))
}
/// `types.MethodType(function, instance)`: binds any callable to an object.
fn method_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let [_, f, obj] = a.pos[..] else {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", a.pos.len().saturating_sub(1))));
    };
    if !crate::builtins::is_callable(vm, f) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    vm.alloc_val(vm.t.method, Payload::Method(f, obj))
}
fn native_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = a.arg(0);
    let s = match vm.payload(f) {
        Some(Payload::Native(n)) => {
            // CPython's descriptor kinds: a slot wrapper (`str.__len__`) and
            // its bound method-wrapper, a method descriptor (`list.append`)
            // and its bound built-in method (diff fuzzer).
            let slot = n.sig.style == crate::interp::native::Style::Slot
                || (n.sig.style == crate::interp::native::Style::Own && matches!(n.name, "__init__" | "__call__"));
            let (name, kind, owner, b) = (n.name, n.kind, n.owner, n.bound);
            match (kind, owner) {
                (NativeKind::Method, Some(t)) if b.is_null() => {
                    let tn = vm.type_name_of_type(t).to_string();
                    if slot {
                        format!("<slot wrapper '{}' of '{}' objects>", name, tn)
                    } else {
                        format!("<method '{}' of '{}' objects>", name, tn)
                    }
                }
                (NativeKind::StaticMethod, Some(t)) if name == "__new__" && b.is_null() => {
                    let addr = vm.identity_hash(Value::Obj(t));
                    format!("<built-in method __new__ of type object at {:#x}>", addr)
                }
                _ if b.is_null() || kind == NativeKind::Function => format!("<built-in function {}>", name),
                _ => {
                    let tn = vm.type_name(b);
                    let addr = vm.identity_hash(b);
                    if slot && kind == NativeKind::Method {
                        format!("<method-wrapper '{}' of {} object at {:#x}>", name, tn, addr)
                    } else {
                        format!("<built-in method {} of {} object at {:#x}>", name, tn, addr)
                    }
                }
            }
        }
        _ => "<built-in>".into(),
    };
    vm.new_string(s)
}
fn method_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Method(f, s)) = vm.payload(a.arg(0)) else { return vm.new_str("<method>") };
    let (f, s) = (*f, *s);
    let q = match vm.payload(f) {
        Some(Payload::Function(fd)) => vm.str_of(fd.qualname).unwrap_or("?").to_string(),
        _ => "?".into(),
    };
    let r = vm.repr_string(s)?;
    vm.new_string(format!("<bound method {} of {}>", q, r))
}
/// `method.__reduce__`: `(getattr, (self, name))`, as CPython's, so that
/// `copy.copy` of a bound method binds the same function to the same object.
fn method_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Method(f, s)) = vm.payload(a.arg(0)) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'method' object"));
    };
    let (f, s) = (*f, *s);
    // The builtin first, then the function's name, in CPython's order (a
    // class's `__name__` descriptor could run code).
    let k = vm.new_str("getattr")?;
    let getattr = vm.getitem(Value::Obj(vm.builtins), k)?;
    vm.temp_roots.push(getattr);
    let r = vm.getattr(f, vm.n.__name__).and_then(|name| {
        let args = vm.new_tuple(vec![s, name])?;
        vm.new_tuple(vec![getattr, args])
    });
    vm.temp_roots.pop();
    r
}
fn method_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match (vm.payload(a.arg(0)), vm.payload(a.arg(1))) {
        (Some(Payload::Method(f1, s1)), Some(Payload::Method(f2, s2))) => Ok(Value::Bool(f1.is(*f2) && s1.is(*s2))),
        _ => Ok(Value::NotImplemented),
    }
}

/// The hash of a method's `self`: by identity, as CPython (a method of an
/// unhashable object is hashable).
fn self_hash(vm: &mut Vm, s: Value) -> PyResult<i64> {
    match s {
        Value::Obj(_) => Ok(vm.object_hash(s)),
        Value::Null => Ok(0),
        _ => vm.hash(s),
    }
}
fn method_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (f, s) = match vm.payload(a.arg(0)) {
        Some(Payload::Method(f, s)) => (*f, *s),
        _ => return Ok(Value::Int(vm.object_hash(a.arg(0)))),
    };
    let h = self_hash(vm, s)? ^ vm.hash(f)?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}
/// Built-in functions and bound built-in methods are equal when they are
/// the same native bound to the same object.
fn native_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match (vm.payload(a.arg(0)), vm.payload(a.arg(1))) {
        (Some(Payload::Native(x)), Some(Payload::Native(y))) => {
            let same = x.f as usize == y.f as usize && x.name == y.name && x.bound.is(y.bound) && x.owner == y.owner;
            Ok(Value::Bool(same))
        }
        _ => Ok(Value::NotImplemented),
    }
}
fn native_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (f, bound) = match vm.payload(a.arg(0)) {
        Some(Payload::Native(x)) => (x.f as usize, x.bound),
        _ => return Ok(Value::Int(vm.object_hash(a.arg(0)))),
    };
    let h = self_hash(vm, bound)? ^ ((f >> 4) as i64);
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

// ----- property ------------------------------------------------------------

fn property_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.property);
    let pd = PropertyData { fget: Value::None, fset: Value::None, fdel: Value::None, doc: Value::None, name: Value::None };
    let r = vm.alloc(cls, Payload::Property(Box::new(pd)))?;
    if cls != vm.t.property {
        let d = vm.new_dict()?;
        vm.heap.get_mut(r).dict = Some(d);
    }
    Ok(Value::Obj(r))
}
fn property_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut vals = [Value::None; 4];
    for (i, v) in a.pos[1..].iter().enumerate().take(4) {
        vals[i] = *v;
    }
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("fget") => vals[0] = *v,
            Some("fset") => vals[1] = *v,
            Some("fdel") => vals[2] = *v,
            Some("doc") => vals[3] = *v,
            _ => {}
        }
    }
    if vals[3].is_none() && !vals[0].is_none() {
        if let Some(d) = vm.getattr_opt(vals[0], vm.n.__doc__)? {
            vals[3] = d;
        }
    }
    if let Some(r) = a.arg(0).as_obj() {
        if let Payload::Property(p) = &mut vm.heap.get_mut(r).payload {
            p.fget = vals[0];
            p.fset = vals[1];
            p.fdel = vals[2];
            p.doc = vals[3];
        }
    }
    Ok(Value::None)
}
fn property_copy(vm: &mut Vm, p: Value, which: usize, f: Value) -> PyResult<Value> {
    let Some(Payload::Property(pd)) = vm.payload(p) else { return Err(vm.type_error("not a property")) };
    let mut vals = [pd.fget, pd.fset, pd.fdel, pd.doc];
    let name = pd.name;
    vals[which] = f;
    let cls = vm.type_of(p);
    let nd = PropertyData { fget: vals[0], fset: vals[1], fdel: vals[2], doc: vals[3], name };
    vm.alloc_val(cls, Payload::Property(Box::new(nd)))
}
fn property_getter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_copy(vm, a.arg(0), 0, a.arg(1))
}
fn property_setter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_copy(vm, a.arg(0), 1, a.arg(1))
}
fn property_deleter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    property_copy(vm, a.arg(0), 2, a.arg(1))
}
fn property_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (p, obj) = (a.arg(0), a.arg(1));
    if obj.is_none() {
        return Ok(p);
    }
    // Straight to the getter: a subclass's __get__ calling this one
    // through super() must not be dispatched back to itself.
    let Some(Payload::Property(pd)) = vm.payload(p) else { return Ok(p) };
    let fget = pd.fget;
    if fget.is_none() {
        let pn = vm.property_name(p);
        let tn = vm.type_qualname_of(obj);
        return Err(vm.attribute_error(format!("property {}of '{}' object has no getter", pn, tn)));
    }
    vm.call(fget, &[obj])
}
fn property_set(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Property(pd)) = vm.payload(a.arg(0)) else { return Ok(Value::None) };
    let f = pd.fset;
    if f.is_none() {
        let pn = vm.property_name(a.arg(0));
        let tn = vm.type_qualname_of(a.arg(1));
        return Err(vm.attribute_error(format!("property {}of '{}' object has no setter", pn, tn)));
    }
    vm.call(f, &[a.arg(1), a.arg(2)])
}
fn property_set_name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // Self, then exactly (owner, name), positionally (CPython's messages).
    if !a.kw.is_empty() {
        return Err(vm.type_error("property.__set_name__() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        let given = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {} were given", given)));
    }
    if let Some(r) = a.arg(0).as_obj() {
        if let Payload::Property(p) = &mut vm.heap.get_mut(r).payload {
            p.name = a.arg(2);
        }
    }
    Ok(Value::None)
}

fn staticmethod_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.staticmethod);
    let r = vm.alloc(cls, Payload::StaticMethod(a.arg(1)))?;
    let d = vm.new_dict()?;
    vm.heap.get_mut(r).dict = Some(d);
    Ok(Value::Obj(r))
}
fn classmethod_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.classmethod);
    let r = vm.alloc(cls, Payload::ClassMethod(a.arg(1)))?;
    let d = vm.new_dict()?;
    vm.heap.get_mut(r).dict = Some(d);
    Ok(Value::Obj(r))
}
fn sm_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.payload(a.arg(0)) {
        Some(Payload::StaticMethod(f)) => Ok(*f),
        _ => Ok(Value::None),
    }
}
fn sm_call(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.payload(a.arg(0)) {
        Some(Payload::StaticMethod(f)) => {
            let f = *f;
            vm.call_kw(f, &a.pos[1..], a.kw)
        }
        _ => Ok(Value::None),
    }
}
fn cm_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let f = match vm.payload(a.arg(0)) {
        Some(Payload::ClassMethod(f)) => *f,
        _ => return Ok(Value::None),
    };
    let owner = match a.get(2) {
        Some(o) if !o.is_none() => o,
        _ => Value::Obj(vm.type_of(a.arg(1))),
    };
    vm.alloc_val(vm.t.method, Payload::Method(f, owner))
}
/// A `__slots__` member descriptor's slot index, name and declaring class.
fn member_of(vm: &mut Vm, d: Value) -> PyResult<(usize, Value, ObjRef)> {
    match vm.payload(d) {
        Some(Payload::Member(m)) => Ok((m.index, m.name, m.owner)),
        _ => {
            let tn = vm.type_name(d);
            Err(vm.type_error(format!("descriptor requires a 'member_descriptor' object but received a '{tn}'")))
        }
    }
}

/// The member `d` applied to `obj`: `obj` must be an instance of the class
/// that declared the slot (CPython's `descr_check`). Returns the slot's
/// index and name.
fn member_target(vm: &mut Vm, d: Value, obj: Value) -> PyResult<(usize, Value)> {
    let (idx, name, owner) = member_of(vm, d)?;
    let t = vm.type_of(obj);
    if !vm.is_subtype(t, owner) {
        let n = vm.str_of(name).unwrap_or("").to_string();
        let (on, tn) = (vm.type_data(owner).name.to_string(), vm.type_name(obj));
        return Err(vm.type_error(format!("descriptor '{n}' for '{on}' objects doesn't apply to a '{tn}' object")));
    }
    Ok((idx, name))
}

fn member_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (d, obj) = (a.arg(0), a.arg(1));
    if obj.is_none() {
        if a.get(2).is_none_or(|o| o.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(d);
    }
    member_target(vm, d, obj)?;
    // Reading the slot is the attribute protocol's own (`descr_get`).
    let t = vm.type_of(obj);
    vm.descr_get(d, obj, t)
}

/// Store `v` (`Null`: delete) in `obj`'s slot for member `d`.
fn member_store(vm: &mut Vm, d: Value, obj: Value, v: Value) -> PyResult<Value> {
    let (idx, name) = member_target(vm, d, obj)?;
    if let Value::Obj(r) = obj {
        if let Payload::Instance(slots, None) = &mut vm.heap.get_mut(r).payload {
            if idx < slots.len() && !(v.is_null() && slots[idx].is_null()) {
                slots[idx] = v;
                return Ok(Value::None);
            }
        }
    }
    let n = vm.str_of(name).unwrap_or("").to_string();
    Err(vm.attribute_error(n))
}

fn member_set(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    member_store(vm, a.arg(0), a.arg(1), a.arg(2))
}

fn member_delete(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    member_store(vm, a.arg(0), a.arg(1), Value::Null)
}

fn member_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, name, owner) = member_of(vm, a.arg(0))?;
    let n = vm.str_of(name).unwrap_or("").to_string();
    let on = vm.type_data(owner).name.to_string();
    vm.new_str(&format!("<member '{n}' of '{on}' objects>"))
}

// ----- super ---------------------------------------------------------------

fn super_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() < 3 {
        return Err(vm.runtime_error(if a.pos.len() == 1 { "super(): __class__ cell not found" } else { "super(): no arguments" }));
    }
    let ty = match a.pos[1] {
        Value::Obj(t) if matches!(vm.heap.get(t).payload, Payload::Type(_)) => t,
        v => return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(v)))),
    };
    let obj = a.pos[2];
    let obj_type = match obj {
        Value::Obj(o) if matches!(vm.heap.get(o).payload, Payload::Type(_)) && vm.is_subtype(o, ty) => o,
        _ => {
            let t = vm.type_of(obj);
            if !vm.is_subtype(t, ty) {
                return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            t
        }
    };
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.super_);
    vm.alloc_val(cls, Payload::Super(Box::new(SuperData { ty, obj, obj_type })))
}
pub fn super_getattr(vm: &mut Vm, sv: Value, name: ObjRef) -> PyResult<Value> {
    super_getattribute(vm, Args::new(&[sv, Value::Obj(name)]))
}
fn super_getattribute(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (sv, name) = (a.arg(0), a.arg(1));
    let Some(Payload::Super(sd)) = vm.payload(sv) else { return Err(vm.type_error("bad super")) };
    let (ty, obj, obj_type) = (sd.ty, sd.obj, sd.obj_type);
    let Some(nr) = vm.intern_value(name) else { return Err(vm.type_error("attribute name must be string")) };
    if nr == vm.n.__class__ {
        return Ok(Value::Obj(vm.type_of(sv)));
    }
    let mro = vm.type_data(obj_type).mro.clone();
    let start = mro.iter().position(|&t| t == ty).map(|i| i + 1).unwrap_or(mro.len());
    for &t in &mro[start..] {
        let h = vm.str_hash_cached(nr);
        let td = vm.type_data(t);
        if let Some(p) = td.dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, nr)) {
            if let Some(e) = td.dict.entry_at(p) {
                let v = e.value;
                let inst = if obj.as_obj() == Some(obj_type) { Value::Null } else { obj };
                return match vm.payload(v) {
                    Some(Payload::Function(_)) if inst.is_null() => Ok(v),
                    Some(Payload::Native(n)) if inst.is_null() && n.kind == NativeKind::Method => Ok(v),
                    Some(Payload::ClassMethod(f)) => {
                        let f = *f;
                        vm.alloc_val(vm.t.method, Payload::Method(f, Value::Obj(obj_type)))
                    }
                    _ => vm.descr_get(v, inst, obj_type),
                };
            }
        }
    }
    vm.generic_getattr(sv, nr).map_err(|_| ()).or_else(|_| {
        let n = vm.str_of(name).unwrap_or("").to_string();
        Err(vm.attribute_error(format!("'super' object has no attribute '{}'", n)))
    })
}
fn super_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Super(sd)) = vm.payload(a.arg(0)) else { return vm.new_str("<super>") };
    let (ty, ot) = (sd.ty, sd.obj_type);
    let s = format!("<super: <class '{}'>, <{} object>>", vm.type_data(ty).name, vm.type_data(ot).name);
    vm.new_string(s)
}

// ----- modules ------------------------------------------------------------

pub fn new_module(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let n = vm.new_str(name)?;
    let m = vm.alloc(vm.t.module, Payload::Module(Box::new(ModuleData { name: n })))?;
    let d = vm.new_dict()?;
    vm.heap.get_mut(m).dict = Some(d);
    vm.dict_set(d, Value::Obj(vm.n.__name__), n)?;
    vm.dict_set(d, Value::Obj(vm.n.__doc__), Value::None)?;
    Ok(m)
}
fn module_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a.get(1).and_then(|v| vm.str_of(v).map(|s| s.to_string())).unwrap_or_default();
    let m = new_module(vm, &name)?;
    if let Some(doc) = a.get(2) {
        if let Some(d) = vm.heap.get(m).dict {
            vm.dict_set(d, Value::Obj(vm.n.__doc__), doc)?;
        }
    }
    Ok(Value::Obj(m))
}
/// `f.__call__(*args)`: call `f` itself.
fn call_self(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.pos.split_first() {
        Some((f, rest)) => vm.call_kw(*f, rest, a.kw),
        None => Err(vm.type_error("descriptor '__call__' needs an argument")),
    }
}

fn module_init(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}
/// CPython's module repr: `<module 'm' from 'app/m.py'>` for a module
/// with a `__file__`, `<module 'math' (built-in)>` for one whose spec has
/// only an origin, else `<module 'm'>`.
/// `module.__dir__()`: the names in the module's namespace (a `__dir__`
/// function stored there wins), not the attributes of the module type.
fn module_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = a.arg(0);
    let Some(d) = m.as_obj().and_then(|r| vm.heap.get(r).dict) else { return vm.new_list(vec![]) };
    let dir_key = vm.intern("__dir__");
    if let Some(f) = vm.dict_get_str(d, dir_key) {
        return vm.call(f, &[]);
    }
    let keys: Vec<Value> = match vm.dict_ref(d) {
        Some(dd) => dd.keys(),
        None => Vec::new(),
    };
    vm.new_list(keys)
}

fn module_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = a.arg(0);
    let fallback = match vm.payload(m) {
        Some(Payload::Module(md)) => vm.str_of(md.name).unwrap_or("?").to_string(),
        _ => "?".into(),
    };
    let d = m.as_obj().and_then(|r| vm.heap.get(r).dict);
    let Some(d) = d else { return vm.new_string(format!("<module '{}'>", fallback)) };
    let name = match vm.dict_get_str(d, vm.n.__name__) {
        Some(v) => vm.str_of(v).map(str::to_string).unwrap_or(fallback),
        None => fallback,
    };
    if let Some(f) = vm.dict_get_str(d, vm.n.__file__).and_then(|v| vm.str_of(v).map(str::to_string)) {
        return vm.new_string(format!("<module '{}' from '{}'>", name, f));
    }
    let spec_key = vm.intern("__spec__");
    if let Some(spec) = vm.dict_get_str(d, spec_key).filter(|s| !s.is_none()) {
        let origin = vm.intern("origin");
        if let Some(o) = vm.getattr_opt(spec, origin)?.and_then(|v| vm.str_of(v).map(str::to_string)) {
            return vm.new_string(format!("<module '{}' ({})>", name, o));
        }
    }
    vm.new_string(format!("<module '{}'>", name))
}

// ----- generators -----------------------------------------------------------

/// A generator frame is about to run: the resumer's handled exception is
/// kept in the frame and the generator's own becomes current.
pub(crate) fn enter_gen_exc(vm: &mut Vm, g: ObjRef, frame: &mut crate::interp::frame::Frame) {
    let own = match &vm.heap.get(g).payload {
        Payload::Generator(gd) => gd.exc_state,
        _ => Value::None,
    };
    frame.outer_exc = if vm.cur_exc.is_null() { Value::None } else { vm.cur_exc };
    vm.cur_exc = own;
}

/// A generator frame stops running (SUSPENDED: at a yield, else it ended):
/// the generator keeps what it is handling, the resumer's state returns.
pub(crate) fn leave_gen_exc(vm: &mut Vm, g: ObjRef, outer: Value, suspended: bool) {
    let own = if suspended && !vm.cur_exc.is_null() { vm.cur_exc } else { Value::None };
    if let Payload::Generator(gd) = &mut vm.heap.get_mut(g).payload {
        gd.exc_state = own;
    }
    if !outer.is_null() {
        vm.cur_exc = outer;
    }
}

pub fn gen_finish(vm: &mut Vm, g: ObjRef) {
    if let Payload::Generator(gd) = &mut vm.heap.get_mut(g).payload {
        gd.frame = None;
        gd.chain_head = None;
        // Never resumed again: give its value-stack buffer back now, not
        // when the collector finds the generator dead.
        gd.saved = Vec::new();
        gd.running = false;
    }
}

fn gen_kind(vm: &Vm, g: ObjRef) -> GenKind {
    match &vm.heap.get(g).payload {
        Payload::Generator(gd) => gd.kind,
        _ => GenKind::Generator,
    }
}

/// Resume a generator: send a value or throw an exception into it.
pub fn gen_resume(vm: &mut Vm, g: ObjRef, send: Value, throw: Option<ObjRef>) -> PyResult<SendResult> {
    if throw.is_none() {
        if let Some(r) = gen_resume_plain(vm, g, send, false) {
            return r;
        }
    }
    vm.settle_gen(g);
    gen_resume_general(vm, g, send, throw)
}

/// Run plain generator `g` for a native that gathers all its items into
/// a list (`Vm::collect_iter`) or looks for one item (`any`, `all`): its
/// yields go to `sink` without suspending (`COLLECT_TARGET`), so the
/// generator runs in one resumption instead of one per item. `Yielded(v)`
/// when it suspended anyway (an item the sink did not take: the caller
/// handles `v` itself, with the usual checks, and may call again);
/// `Returned` when it ended. `sink` is left as the run left it (a running
/// total). `None` when `g` cannot be run so (running, finished, not a plain
/// generator): the caller takes the usual path.
pub(crate) fn gen_collect(vm: &mut Vm, g: ObjRef, sink: &mut crate::interp::vm::Gather) -> Option<PyResult<SendResult>> {
    match &vm.heap.get(g).payload {
        Payload::Generator(gd) if gd.kind == GenKind::Generator => {}
        _ => return None,
    }
    vm.collect_into.push(*sink);
    let r = gen_resume_plain(vm, g, Value::None, true);
    if let Some(s) = vm.collect_into.pop() {
        *sink = s;
    }
    r
}

/// The common resumption, a value sent into a suspended generator (what
/// `next(g)` and every native iterating over a generator do; a first
/// resumption only with None), with no more work than it needs: the frame
/// goes straight from the generator to the frame stack and back, its
/// value-stack window is copied in and out as one slice (the generator
/// keeps the buffer), and the general path's checks for throw() and
/// `yield from` delegation are skipped. With `collect`, the frame runs in
/// collecting mode (`gen_collect`). `None` when it does not apply
/// (nothing has changed then): the general path handles it.
#[inline]
fn gen_resume_plain(vm: &mut Vm, g: ObjRef, send: Value, collect: bool) -> Option<PyResult<SendResult>> {
    match &vm.heap.get(g).payload {
        Payload::Generator(gd) if (gd.started || send.is_none()) && !gd.running && gd.frame.is_some() => {
            if !gd.delegates.is_empty() && (vm.frames.len() + gd.delegates.len()) as u32 >= vm.limits.max_recursion {
                // Its parked chain would pass the recursion limit here:
                // resumed level by level, the limit is met where it is.
                vm.unpark_chain(g);
            }
        }
        Payload::Generator(gd) if gd.frame.is_none() && gd.chain_head.is_some() => {
            // Perhaps parked in a chain: resumable once unparked.
            vm.settle_gen(g);
            if matches!(&vm.heap.get(g).payload, Payload::Generator(gd) if gd.frame.is_none()) {
                return None;
            }
            return gen_resume_plain(vm, g, send, collect);
        }
        _ => return None,
    }
    // The re-entry (depth and Rust-stack check, the collector's mark for
    // this resumption) before anything moves, as on the general path.
    if let Err(e) = vm.enter_native() {
        return Some(Err(e));
    }
    let Payload::Generator(gd) = &mut vm.heap.get_mut(g).payload else { unreachable!("checked above") };
    let Some(mut frame) = gd.frame.take() else { unreachable!("checked above") };
    gd.running = true;
    let started = std::mem::replace(&mut gd.started, true);
    let seg = std::mem::take(&mut gd.saved);
    frame.entry = true;
    frame.for_target = if collect { crate::interp::frame::COLLECT_TARGET } else { crate::interp::frame::NO_TARGET };
    vm.enter_segment(seg);
    enter_gen_exc(vm, g, &mut frame);
    vm.frames.push(frame);
    // The value sent goes to the innermost frame of its parked chain.
    vm.restore_chain(g);
    if started {
        vm.stack.push(send);
    }
    let r = vm.run();
    vm.leave_native();
    Some(match r {
        Ok(crate::interp::eval::Exit::Yield(v)) => {
            let Some(f) = vm.frames.pop() else { return Some(Err(vm.runtime_error("lost generator frame"))) };
            leave_gen_exc(vm, g, f.outer_exc, true);
            suspend_into(vm, g, f);
            Ok(SendResult::Yielded(v))
        }
        r => gen_resume_ended(vm, g, r),
    })
}

/// Generator `g`'s frame `f`, just popped, suspends: its value stack (the
/// running one) and the frame go back into the generator.
fn suspend_into(vm: &mut Vm, g: ObjRef, f: crate::interp::frame::Frame) {
    let seg = vm.leave_segment();
    if let Payload::Generator(gd) = &mut vm.heap.get_mut(g).payload {
        gd.saved = seg;
        gd.frame = Some(f);
        gd.running = false;
    }
}

/// The end of a resumption that did not yield: the generator is finished.
fn gen_resume_ended(vm: &mut Vm, g: ObjRef, r: PyResult<crate::interp::eval::Exit>) -> PyResult<SendResult> {
    gen_finish(vm, g);
    match r {
        Ok(crate::interp::eval::Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Ok(crate::interp::eval::Exit::Yield(_)) => Err(vm.runtime_error("pyx: a finished generator yielded")),
        Ok(crate::interp::eval::Exit::Switch) => Err(vm.runtime_error("pyx: a green thread switched inside a resumed generator")),
        Err(Unwind::Exception(e)) => {
            let kind = gen_kind(vm, g);
            if vm.exc_is(e, vm.t.stop_iteration) || (kind == GenKind::AsyncGenerator && vm.exc_is(e, vm.t.stop_async_iteration)) {
                return Err(stop_iteration_escaped(vm, e, kind));
            }
            Err(Unwind::Exception(e))
        }
        Err(t) => Err(t),
    }
}

fn gen_resume_general(vm: &mut Vm, g: ObjRef, send: Value, throw: Option<ObjRef>) -> PyResult<SendResult> {
    // A rooted caller's mark applies to this resumption only, not to a
    // throw() delegated to a sub-iterator on the way.
    let rooted = vm.rooted_mark.take();
    let (frame, saved, started) = match &mut vm.heap.get_mut(g).payload {
        Payload::Generator(gd) => {
            if gd.running {
                let kind = gd.kind;
                let what = if kind == GenKind::Coroutine { "coroutine" } else { "generator" };
                return Err(vm.value_error(format!("{} already executing", what)));
            }
            match gd.frame.take() {
                Some(f) => {
                    gd.running = true;
                    let started = gd.started;
                    gd.started = true;
                    (f, std::mem::take(&mut gd.saved), started)
                }
                None => {
                    if let Some(e) = throw {
                        return Err(Unwind::Exception(e));
                    }
                    if gd.kind == GenKind::Coroutine {
                        return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
                    }
                    return Ok(SendResult::Returned(Value::None));
                }
            }
        }
        _ => return Err(vm.type_error("not a generator")),
    };
    if !started {
        if let Some(e) = throw {
            gen_finish(vm, g);
            return Err(Unwind::Exception(e));
        }
    }
    if !started && !send.is_none() && throw.is_none() {
        if let Payload::Generator(gd) = &mut vm.heap.get_mut(g).payload {
            gd.frame = Some(frame);
            gd.saved = saved;
            gd.running = false;
            gd.started = false;
        }
        let what = kind_words(gen_kind(vm, g));
        return Err(vm.type_error(format!("can't send non-None value to a just-started {}", what)));
    }
    // Delegate throw() to a sub-iterator when suspended in YieldFrom.
    let at_yield_from =
        throw.is_some() && matches!(vm.code_caches[frame.ci as usize].code.instructions.get(frame.pc as usize), Some(Instruction::YieldFrom));
    let mut frame = frame;
    frame.entry = true;
    frame.for_target = crate::interp::frame::NO_TARGET;
    vm.enter_segment(saved);
    let mut pending_throw = throw;
    if let (Some(e), true) = (throw, at_yield_from && started) {
        let recv = vm.stack.last().copied().unwrap_or(Value::None);
        let thrower = match vm.getattr_opt(recv, vm.n.throw) {
            Ok(t) => t,
            Err(x) => {
                suspend_into(vm, g, frame);
                return Err(x);
            }
        };
        if let Some(th) = thrower {
            match vm.call(th, &[Value::Obj(e)]) {
                Ok(v) => {
                    // Still suspended in the sub-iterator.
                    suspend_into(vm, g, frame);
                    return Ok(SendResult::Yielded(v));
                }
                Err(Unwind::Exception(x)) if vm.exc_is(x, vm.t.stop_iteration) => {
                    let val = stop_value(vm, x);
                    vm.stack.pop();
                    vm.stack.push(val);
                    frame.pc += 1;
                    pending_throw = None;
                }
                Err(Unwind::Exception(x)) => {
                    vm.stack.pop();
                    pending_throw = Some(x);
                    frame.pc += 1;
                }
                Err(t) => {
                    vm.drop_segment();
                    gen_finish(vm, g);
                    return Err(t);
                }
            }
        }
    } else if started && pending_throw.is_none() {
        vm.stack.push(send);
    }
    vm.rooted_mark = rooted;
    if let Err(e) = vm.enter_native() {
        if started && throw.is_none() {
            // Not resumed after all: the sent value is not kept.
            vm.stack.pop();
        }
        suspend_into(vm, g, frame);
        return Err(e);
    }
    enter_gen_exc(vm, g, &mut frame);
    vm.frames.push(frame);
    let r = match pending_throw {
        Some(e) => {
            // Raise at the suspension point.
            let lasti = vm.frames.last().map(|f| f.lasti).unwrap_or(0);
            if let Some(f) = vm.frames.last_mut() {
                f.lasti = lasti;
            }
            vm.reraising = false;
            vm.run_with_exception(e)
        }
        None => vm.run(),
    };
    vm.leave_native();
    match r {
        Ok(crate::interp::eval::Exit::Yield(v)) => {
            let Some(f) = vm.frames.pop() else { return Err(vm.runtime_error("lost generator frame")) };
            leave_gen_exc(vm, g, f.outer_exc, true);
            suspend_into(vm, g, f);
            Ok(SendResult::Yielded(v))
        }
        r => gen_resume_ended(vm, g, r),
    }
}

/// How error messages name a generator of this kind.
fn kind_words(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
        GenKind::Generator => "generator",
    }
}

/// The RuntimeError replacing a StopIteration `e` that escaped a generator
/// (PEP 479; for async generators also StopAsyncIteration), caused by `e`.
pub fn stop_iteration_escaped(vm: &mut Vm, e: ObjRef, kind: GenKind) -> Unwind {
    let what = kind_words(kind);
    let stop = if vm.exc_is(e, vm.t.stop_async_iteration) { "StopAsyncIteration" } else { "StopIteration" };
    let err = vm.runtime_error(format!("{} raised {}", what, stop));
    if let Unwind::Exception(n) = err {
        if let Payload::Exception(ed) = &mut vm.heap.get_mut(n).payload {
            ed.cause = Value::Obj(e);
            ed.context = Value::Obj(e);
            ed.suppress_context = true;
        }
    }
    err
}

pub fn stop_value(vm: &Vm, e: ObjRef) -> Value {
    match &vm.heap.get(e).payload {
        Payload::Exception(ed) => vm.tuple_items(ed.args).and_then(|t| t.first().copied()).unwrap_or(Value::None),
        _ => Value::None,
    }
}

pub fn gen_next(vm: &mut Vm, g: ObjRef) -> PyResult<Option<Value>> {
    match gen_resume(vm, g, Value::None, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// StopIteration carrying a return value.
pub fn stop_iteration(vm: &mut Vm, v: Value) -> Unwind {
    let args = if v.is_none() { vec![] } else { vec![v] };
    match vm.new_exception(vm.t.stop_iteration, args) {
        Ok(e) => Unwind::Exception(e),
        Err(u) => u,
    }
}

fn gen_ref(vm: &mut Vm, a: &Args<'_>) -> PyResult<ObjRef> {
    match a.arg(0) {
        Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Generator(_)) => Ok(r),
        v => Err(vm.type_error(format!("expected a generator, got {}", vm.type_name(v)))),
    }
}
fn gen_iter(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(a.arg(0))
}
pub(crate) fn gen_next_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let g = gen_ref(vm, &a)?;
    match gen_resume(vm, g, Value::None, None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(vm, v)),
    }
}
pub(crate) fn gen_send(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let g = gen_ref(vm, &a)?;
    match gen_resume(vm, g, a.arg(1), None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(vm, v)),
    }
}
pub fn make_throw_exc(vm: &mut Vm, typ: Value, val: Option<Value>) -> PyResult<ObjRef> {
    match (vm.payload(typ), val) {
        (Some(Payload::Exception(_)), _) => Ok(typ.as_obj().unwrap_or(ObjRef::unchecked(0))),
        (Some(Payload::Type(_)), Some(v)) if matches!(vm.payload(v), Some(Payload::Exception(_))) => Ok(v.as_obj().unwrap_or(ObjRef::unchecked(0))),
        (Some(Payload::Type(_)), _) if !typ.as_obj().is_some_and(|t| vm.is_subtype(t, vm.t.base_exception)) => {
            Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not type"))
        }
        (Some(Payload::Type(_)), v) => {
            let args: Vec<Value> = match v {
                None | Some(Value::None) => vec![],
                Some(x) => vec![x],
            };
            let e = vm.call(typ, &args)?;
            match e {
                Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Exception(_)) => Ok(r),
                _ => Err(vm.type_error("exceptions must derive from BaseException")),
            }
        }
        _ => Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &vm.type_name(typ))),
    }
}
fn gen_throw(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let g = gen_ref(vm, &a)?;
    let e = make_throw_exc(vm, a.arg(1), a.get(2))?;
    match gen_resume(vm, g, Value::None, Some(e))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(vm, v)),
    }
}
pub fn gen_close_ref(vm: &mut Vm, g: ObjRef) -> PyResult<Value> {
    vm.settle_gen(g);
    let started = match &vm.heap.get(g).payload {
        Payload::Generator(gd) => gd.frame.is_some() && gd.started,
        _ => false,
    };
    if !started {
        gen_finish(vm, g);
        return Ok(Value::None);
    }
    let e = vm.new_exception(vm.t.generator_exit, vec![])?;
    match gen_resume(vm, g, Value::None, Some(e)) {
        Ok(SendResult::Yielded(_)) => {
            let what = match &vm.heap.get(g).payload {
                Payload::Generator(gd) if gd.kind == GenKind::Coroutine => "coroutine",
                Payload::Generator(gd) if gd.kind == GenKind::AsyncGenerator => "async generator",
                _ => "generator",
            };
            Err(vm.runtime_error(format!("{what} ignored GeneratorExit")))
        }
        Ok(SendResult::Returned(_)) => Ok(Value::None),
        Err(Unwind::Exception(x)) if vm.exc_is(x, vm.t.generator_exit) || vm.exc_is(x, vm.t.stop_iteration) => Ok(Value::None),
        Err(e) => Err(e),
    }
}
fn gen_close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let g = gen_ref(vm, &a)?;
    gen_close_ref(vm, g)
}
fn gen_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let g = gen_ref(vm, &a)?;
    let (kind, q) = match &vm.heap.get(g).payload {
        Payload::Generator(gd) => (gd.kind, gd.qualname),
        _ => (GenKind::Generator, Value::None),
    };
    let qs = vm.str_of(q).unwrap_or("?").to_string();
    let what = match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    let addr = vm.identity_hash(Value::Obj(g));
    vm.new_string(format!("<{} object {} at {:#x}>", what, qs, addr))
}

// Async generators: __anext__/asend/athrow/aclose return an awaitable
// wrapper that drives the generator until its next value yield, which ends
// the await (as StopIteration carrying the value). Awaits inside the
// generator pass through to whoever awaits the wrapper.
fn agen_awaitable(vm: &mut Vm, a: &Args<'_>, op: AgenOp) -> PyResult<Value> {
    let gen = gen_ref(vm, a)?;
    agen_init_hooks(vm, gen)?;
    let cls = if matches!(op, AgenOp::Send(_)) { vm.t.agen_asend } else { vm.t.agen_athrow };
    vm.alloc_val(cls, Payload::Iter(Box::new(IterData::AgenAwait { gen, op, state: AwaitState::Init })))
}
/// CPython's async_gen_init_hooks: the first time an async generator is
/// stepped (or asked to close), it keeps the `sys.set_asyncgen_hooks`
/// finalizer in force, and the firstiter hook is called with it (asyncio
/// records it, to close it when the loop shuts down).
fn agen_init_hooks(vm: &mut Vm, g: ObjRef) -> PyResult<()> {
    let [firstiter, finalizer] = vm.asyncgen_hooks;
    match &mut vm.heap.get_mut(g).payload {
        Payload::Generator(gd) if !gd.hooks_inited => {
            gd.hooks_inited = true;
            gd.finalizer = finalizer;
        }
        _ => return Ok(()),
    }
    if !firstiter.is_none() {
        vm.with_roots(&[firstiter], |vm, _| vm.call(firstiter, &[Value::Obj(g)]))?;
    }
    Ok(())
}
fn agen_anext(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    agen_awaitable(vm, &a, AgenOp::Send(Value::None))
}
fn agen_asend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    agen_awaitable(vm, &a, AgenOp::Send(a.arg(1)))
}
fn agen_athrow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    gen_ref(vm, &a)?;
    let e = make_throw_exc(vm, a.arg(1), a.get(2))?;
    agen_awaitable(vm, &a, AgenOp::Throw(e))
}
fn agen_aclose(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    agen_awaitable(vm, &a, AgenOp::Close)
}
fn cw_parts(vm: &Vm, v: Value) -> Option<(ObjRef, AgenOp, AwaitState)> {
    match vm.payload(v) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::AgenAwait { gen, op, state } => Some((*gen, *op, *state)),
            _ => None,
        },
        _ => None,
    }
}
fn cw_set_state(vm: &mut Vm, w: Value, new: AwaitState) {
    if let Some(r) = w.as_obj() {
        if let Payload::Iter(d) = &mut vm.heap.get_mut(r).payload {
            if let IterData::AgenAwait { state, .. } = &mut **d {
                *state = new;
            }
        }
    }
}
/// Mark async generator `g` as driven by an awaitable (from its first step
/// until it is done) or not.
fn set_running_async(vm: &mut Vm, g: ObjRef, on: bool) {
    if let Payload::Generator(gd) = &mut vm.heap.get_mut(g).payload {
        gd.running_async = on;
    }
}
/// One step of awaiting an async generator awaitable `w`: `send`/`throw`
/// come from its awaiter. Follows CPython's async_gen_asend_send and
/// async_gen_athrow_send.
fn cw_step(vm: &mut Vm, w: Value, send: Value, throw: Option<ObjRef>) -> PyResult<Value> {
    let Some((g, op, state)) = cw_parts(vm, w) else { return Err(vm.type_error("bad awaitable")) };
    let closing = matches!(op, AgenOp::Close);
    if state == AwaitState::Closed {
        return Err(vm.runtime_error(match op {
            AgenOp::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            _ => "cannot reuse already awaited aclose()/athrow()",
        }));
    }
    if state == AwaitState::Init && matches!(&vm.heap.get(g).payload, Payload::Generator(gd) if gd.running_async) {
        return Err(vm.runtime_error(match op {
            AgenOp::Send(_) => "anext(): asynchronous generator is already running",
            AgenOp::Throw(_) => "athrow(): asynchronous generator is already running",
            AgenOp::Close => "aclose(): asynchronous generator is already running",
        }));
    }
    let (send, throw) = match (state, op, throw) {
        (_, _, Some(e)) => (Value::None, Some(e)),
        (AwaitState::Init, AgenOp::Send(first), None) => (if send.is_none() { first } else { send }, None),
        (AwaitState::Init, AgenOp::Throw(_) | AgenOp::Close, None) => {
            // Throwing into (or closing) a finished generator does nothing.
            if matches!(&vm.heap.get(g).payload, Payload::Generator(gd) if gd.frame.is_none()) {
                cw_set_state(vm, w, AwaitState::Closed);
                return Err(stop_iteration(vm, Value::None));
            }
            if !send.is_none() {
                return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
            }
            let e = match op {
                AgenOp::Throw(e) => e,
                _ => vm.new_exception(vm.t.generator_exit, vec![])?,
            };
            (Value::None, Some(e))
        }
        _ => (send, None),
    };
    cw_set_state(vm, w, AwaitState::Iter);
    set_running_async(vm, g, true);
    // A value yield (YieldValue, not an await's YieldFrom) ends the step.
    let at_value_yield = |vm: &Vm| -> bool {
        match &vm.heap.get(g).payload {
            Payload::Generator(gd) => match &gd.frame {
                Some(f) => matches!(vm.code_caches[f.ci as usize].code.instructions.get(f.lasti as usize), Some(Instruction::YieldValue)),
                None => false,
            },
            _ => false,
        }
    };
    let r = gen_resume(vm, g, send, throw);
    if matches!(r, Ok(SendResult::Yielded(_))) && !at_value_yield(vm) {
        return r.map(|s| match s {
            SendResult::Yielded(v) | SendResult::Returned(v) => v,
        });
    }
    cw_set_state(vm, w, AwaitState::Closed);
    set_running_async(vm, g, false);
    match r {
        Ok(SendResult::Yielded(_)) if closing => Err(vm.runtime_error("async generator ignored GeneratorExit")),
        Ok(SendResult::Yielded(v)) => Err(stop_iteration(vm, v)),
        Ok(SendResult::Returned(_)) if closing => Err(stop_iteration(vm, Value::None)),
        Ok(SendResult::Returned(_)) => Err(vm.exc_msg(vm.t.stop_async_iteration, String::new()).clear_args(vm)),
        // aclose() is done when the generator let GeneratorExit (or the end
        // of iteration) out.
        Err(Unwind::Exception(e)) if closing && (vm.exc_is(e, vm.t.generator_exit) || vm.exc_is(e, vm.t.stop_async_iteration)) => {
            Err(stop_iteration(vm, Value::None))
        }
        Err(e) => Err(e),
    }
}
fn cw_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cw_step(vm, a.arg(0), Value::None, None)
}
fn cw_send(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cw_step(vm, a.arg(0), a.arg(1), None)
}
fn cw_throw(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = make_throw_exc(vm, a.arg(1), a.get(2))?;
    cw_step(vm, a.arg(0), Value::None, Some(e))
}
/// Closing an awaitable does not release its generator: CPython 3.11 leaves
/// ag_running set, so the generator stays "already running".
fn cw_close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cw_set_state(vm, a.arg(0), AwaitState::Closed);
    Ok(Value::None)
}

/// `anext(it, default)`: an awaitable that awaits `awaitable` (what
/// `it.__anext__()` returned) and produces `default` at the end.
pub fn anext_default(vm: &mut Vm, awaitable: Value, default: Value) -> PyResult<Value> {
    let inner = get_awaitable(vm, awaitable, AwaitableSource::Await)?;
    vm.alloc_val(vm.t.anext_awaitable, Payload::Iter(Box::new(IterData::ANext { inner, default })))
}
fn an_parts(vm: &mut Vm, w: Value) -> PyResult<(Value, Value)> {
    match vm.payload(w) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::ANext { inner, default } => Ok((*inner, *default)),
            _ => Err(vm.type_error("bad awaitable")),
        },
        _ => Err(vm.type_error("bad awaitable")),
    }
}
/// One step: forward to the inner awaitable; its StopAsyncIteration ends
/// the await with the default.
fn an_step(vm: &mut Vm, w: Value, send: Value, throw: Option<ObjRef>) -> PyResult<Value> {
    let (inner, default) = an_parts(vm, w)?;
    let r = match throw {
        Some(e) => vm.call_method(inner, vm.n.throw, &[Value::Obj(e)]),
        None => match send_to(vm, inner, send) {
            Ok(SendResult::Yielded(v)) => Ok(v),
            Ok(SendResult::Returned(v)) => Err(stop_iteration(vm, v)),
            Err(e) => Err(e),
        },
    };
    match r {
        Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.stop_async_iteration) => Err(stop_iteration(vm, default)),
        r => r,
    }
}
fn an_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    an_step(vm, a.arg(0), Value::None, None)
}
fn an_send(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    an_step(vm, a.arg(0), a.arg(1), None)
}
fn an_throw(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = make_throw_exc(vm, a.arg(1), a.get(2))?;
    an_step(vm, a.arg(0), Value::None, Some(e))
}
fn an_close(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (inner, _) = an_parts(vm, a.arg(0))?;
    vm.call_method(inner, vm.n.close, &[])
}

/// The `YieldFrom` step: send `v` into `recv`.
pub fn send_to(vm: &mut Vm, recv: Value, v: Value) -> PyResult<SendResult> {
    if let Value::Obj(r) = recv {
        if matches!(vm.heap.get(r).payload, Payload::Generator(_)) {
            return gen_resume(vm, r, v, None);
        }
    }
    let plain_iter = matches!(vm.payload(recv), Some(Payload::Iter(d)) if !d.is_awaitable());
    let r = if v.is_none() && !plain_iter {
        let t = vm.type_of(recv);
        match crate::interp::typesys::lookup(vm, t, vm.n.__next__) {
            Some(m) => vm.call_unbound(m, recv, &[]),
            None => return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(recv)))),
        }
    } else if v.is_none() {
        match vm.next(recv) {
            Ok(Some(y)) => return Ok(SendResult::Yielded(y)),
            Ok(None) => return Ok(SendResult::Returned(Value::None)),
            Err(e) => Err(e),
        }
    } else {
        vm.call_method(recv, vm.n.send, &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.stop_iteration) => Ok(SendResult::Returned(stop_value(vm, e))),
        Err(e) => Err(e),
    }
}

pub fn get_awaitable(vm: &mut Vm, v: Value, src: AwaitableSource) -> PyResult<Value> {
    if let Some(Payload::Generator(gd)) = vm.payload(v) {
        if gd.kind == GenKind::Coroutine || gd.iterable_coroutine {
            return Ok(v);
        }
    }
    let t = vm.type_of(v);
    if let Some(m) = crate::interp::typesys::lookup(vm, t, vm.n.__await__) {
        let it = vm.call_unbound(m, v, &[])?;
        if let Some(Payload::Generator(gd)) = vm.payload(it) {
            if gd.kind == GenKind::Coroutine {
                return Err(vm.type_error("__await__() returned a coroutine"));
            }
        }
        return Ok(it);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(match src {
        AwaitableSource::Await => format!("object {} can't be used in 'await' expression", tn),
        AwaitableSource::AEnter => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", tn),
        AwaitableSource::AExit => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", tn),
    }))
}

/// The positional arguments of `f(*xs)` when `xs` is not a tuple.
pub fn star_args(vm: &mut Vm, func: Value, xs: Value) -> PyResult<Vec<Value>> {
    let t = vm.type_of(xs);
    if crate::interp::typesys::lookup(vm, t, vm.n.__iter__).is_none() && crate::interp::typesys::lookup(vm, t, vm.n.__getitem__).is_none() {
        let fname = crate::builtins::types::dict::func_name(vm, func);
        return Err(vm.type_error(format!("{} argument after * must be an iterable, not {}", fname, vm.type_name(xs))));
    }
    vm.collect_iter(xs)
}
