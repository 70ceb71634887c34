//! `object` and `type`: default dunders, instance creation, class
//! creation (`type(name, bases, ns)` and `__build_class__`), and the
//! special read-only attributes of built-in objects.

use crate::interp::native::{noargs, one, own, slot};
use crate::object::dict::Dict;
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native, lookup};
use crate::object::value::Value;
use crate::interp::vm::{Args, NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let o = vm.t.object;
    add_methods(
        vm,
        o,
        &[
            ("__init__", own(), object_init),
            ("__repr__", slot(""), object_repr),
            ("__str__", slot(""), object_str),
            ("__hash__", slot(""), object_hash),
            ("__eq__", slot("value"), object_eq),
            ("__ne__", slot("value"), object_ne),
            ("__lt__", slot("value"), object_notimpl),
            ("__le__", slot("value"), object_notimpl),
            ("__gt__", slot("value"), object_notimpl),
            ("__ge__", slot("value"), object_notimpl),
            ("__setattr__", slot("name, value"), object_setattr),
            ("__delattr__", slot("name"), object_delattr),
            ("__getattribute__", slot("name"), object_getattribute),
            ("__format__", one("format_spec"), object_format),
            ("__dir__", noargs(), object_dir),
            ("__reduce_ex__", one("protocol"), object_reduce),
            ("__sizeof__", noargs(), object_sizeof),
        ],
    );
    add_native(vm, o, "__new__", own(), object_new, NativeKind::StaticMethod);
    add_native(vm, o, "__init_subclass__", own(), object_init_subclass, NativeKind::ClassMethod);
    add_native(vm, o, "__subclasshook__", own(), object_subclasshook, NativeKind::ClassMethod);
    let t = vm.t.type_;
    add_methods(
        vm,
        t,
        &[
            ("__call__", own(), type_call_native),
            ("__repr__", slot(""), type_repr),
            ("mro", noargs(), type_mro),
            ("__instancecheck__", one("instance"), type_instancecheck),
            ("__subclasscheck__", one("subclass"), type_subclasscheck),
            ("__or__", slot("value"), type_or),
            ("__ror__", slot("value"), type_ror),
        ],
    );
    add_native(vm, t, "__new__", own(), type_new, NativeKind::StaticMethod);
    add_methods(vm, vm.t.getset_descriptor, &[("__repr__", slot(""), getset_repr)]);
    add_native(vm, t, "__init__", own(), type_init, NativeKind::Method);
    add_native(vm, t, "__prepare__", own(), type_prepare, NativeKind::ClassMethod);
}


pub fn object_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let slf = a.arg(0);
    if a.pos.len() > 1 || !a.kw.is_empty() {
        let t = vm.type_of(slf);
        // Excess args are an error only if __new__ is not overridden.
        let new = lookup(vm, t, vm.n.__new__);
        let init = lookup(vm, t, vm.n.__init__);
        let init_overridden = init.is_some_and(|i| !vm.is_native_fn(i, object_init));
        let new_default = new.is_none_or(|n| vm.is_native_fn(n, object_new));
        if init_overridden || new_default {
            let tn = vm.type_data(t).name.to_string();
            let _ = tn;
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::None)
}

pub fn object_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.get(0) else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if !matches!(vm.heap.get(cls).payload, Payload::Type(_)) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    new_instance_of_layout(vm, cls, &a.pos[1..])
}

/// `object.__new__` as called by `type.__call__`: reject arguments when
/// neither `__new__` nor `__init__` is overridden.
pub fn object_new_checked(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        let init = lookup(vm, cls, vm.n.__init__);
        if init.is_none_or(|i| vm.is_native_fn(i, object_init)) {
            let tn = vm.type_data(cls).name.to_string();
            return Err(vm.type_error(format!("{}() takes no arguments", tn)));
        }
    }
    new_instance_of_layout(vm, cls, args)
}

fn new_instance_of_layout(vm: &mut Vm, cls: ObjRef, _args: &[Value]) -> PyResult<Value> {
    let td = vm.type_data(cls);
    if td.layout != Layout::Object {
        // Built-in layouts are created by their own __new__.
        let name = td.name.to_string();
        return match td.layout {
            Layout::Exception => crate::builtins::types::exceptions::exc_new_instance(vm, cls, _args),
            _ => Err(vm.type_error(format!("object.__new__({}) is not safe, use {}.__new__()", name, name))),
        };
    }
    if td.flags_abstract(vm) {
        let names = abstract_names(vm, cls);
        let tn = vm.type_data(cls).name.to_string();
        return Err(vm.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            tn,
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )));
    }
    new_instance(vm, cls)
}

fn abstract_names(vm: &mut Vm, cls: ObjRef) -> Vec<String> {
    let name = vm.n.__abstractmethods__;
    let v = lookup(vm, cls, name);
    let mut out = Vec::new();
    if let Some(v) = v {
        if let Ok(items) = vm.collect_iter(v) {
            for i in items {
                out.push(vm.str_of(i).unwrap_or("").to_string());
            }
        }
    }
    out.sort();
    out
}

impl TypeData {
    fn flags_abstract(&self, vm: &Vm) -> bool {
        let h = vm.str_hash_cached(vm.n.__abstractmethods__);
        let name = vm.n.__abstractmethods__;
        match self.dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, name)) {
            Some(p) => match self.dict.entry_at(p).map(|e| e.value) {
                Some(Value::Obj(r)) => match &vm.heap.get(r).payload {
                    Payload::FrozenSet(s) | Payload::Set(s) => !s.is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::List(t) => !t.is_empty(),
                    _ => false,
                },
                _ => false,
            },
            None => false,
        }
    }
}

/// A fresh plain instance of a user class.
pub fn new_instance(vm: &mut Vm, cls: ObjRef) -> PyResult<Value> {
    let payload = vm.new_instance_payload(cls);
    let r = vm.alloc(cls, payload)?;
    Ok(Value::Obj(r))
}

pub fn object_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = vm.default_repr(a.arg(0));
    vm.new_string(s)
}

pub fn object_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    vm.repr(a.arg(0))
}

pub fn object_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.object_hash(a.arg(0))))
}

pub(crate) fn object_eq(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(if a.arg(0).is(a.arg(1)) { Value::Bool(true) } else { Value::NotImplemented })
}

pub(crate) fn object_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    let t = vm.type_of(x);
    let eq = lookup(vm, t, vm.n.__eq__);
    let r = match eq {
        Some(m) => vm.call_unbound(m, x, &[y])?,
        None => Value::NotImplemented,
    };
    match r {
        Value::NotImplemented => Ok(r),
        _ => Ok(Value::Bool(!vm.truthy(r)?)),
    }
}

pub fn object_setattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a.arg(1);
    let Some(n) = vm.intern_value(name) else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    vm.generic_setattr(a.arg(0), n, a.arg(2))?;
    Ok(Value::None)
}

pub fn object_delattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a.arg(1);
    let Some(n) = vm.intern_value(name) else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    vm.generic_delattr(a.arg(0), n)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a.arg(1);
    let Some(n) = vm.intern_value(name) else {
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(name))));
    };
    vm.generic_getattr(a.arg(0), n)
}

fn object_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let spec = crate::builtins::types::int::format_spec_arg(vm, a.arg(1))?;
    if !spec.is_empty() {
        let tn = vm.type_name(a.arg(0));
        return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", tn)));
    }
    vm.to_str(a.arg(0))
}

fn object_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let obj = a.arg(0);
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(r) = obj {
        if let Some(d) = vm.instance_dict(r)? {
            if let Some(dd) = vm.dict_ref(d) {
                for k in dd.keys() {
                    if let Some(s) = vm.str_of(k) {
                        names.push(s.to_string());
                    }
                }
            }
        }
    }
    let t = match vm.payload(obj) {
        Some(Payload::Type(_)) => obj.as_obj().unwrap_or(vm.t.object),
        _ => vm.type_of(obj),
    };
    let mro = vm.type_data(t).mro.clone();
    for c in mro {
        for k in vm.type_data(c).dict.keys() {
            if let Some(s) = vm.str_of(k) {
                names.push(s.to_string());
            }
        }
    }
    // object's __class__ and __doc__ are computed on lookup in pyx, not
    // stored in its dict as in CPython, but every dir() lists them.
    names.extend(["__class__".to_string(), "__doc__".to_string()]);
    names.sort();
    names.dedup();
    let mut vals = Vec::with_capacity(names.len());
    for n in names {
        vals.push(vm.new_string(n)?);
    }
    vm.new_list(vals)
}

/// `object.__reduce_ex__(protocol)`: `(copyreg.__newobj__, (cls, *args),
/// state, listitems, dictitems)` as CPython's protocol 2+ (`reduce_newobj`),
/// for `copy`. A `__reduce__` defined on the class wins; the arguments for
/// `cls.__new__` come from `__getnewargs_ex__` (then `__newobj_ex__`) or
/// `__getnewargs__`, else the value of an immutable built-in base.
fn object_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let obj = a.arg(0);
    // `protocol` is a C int (found by the diff fuzzer: None and 2**63
    // were accepted).
    let protocol = if a.name == "__reduce_ex__" { vm.c_int(a.arg(1))? } else { 2 };
    let cls = vm.type_of(obj);
    // `object` itself defines no __reduce__, so any one found overrides it.
    if lookup(vm, cls, vm.n.__reduce__).is_some() {
        let g = vm.getattr(obj, vm.n.__reduce__)?;
        return vm.call(g, &[]);
    }
    // Protocols 0 and 1 go through copyreg._reduce_ex, which cannot pickle
    // an instance of a built-in type other than object itself.
    if protocol < 2 && cls != vm.t.object && vm.type_data(cls).builtin {
        let tn = vm.type_data(cls).name.to_string();
        return Err(vm.type_error(format!("cannot pickle '{}' object", tn)));
    }
    let layout = vm.type_data(cls).layout;
    let picklable = matches!(
        layout,
        Layout::Object | Layout::List | Layout::Dict | Layout::Int | Layout::Float | Layout::Str | Layout::Bytes | Layout::Tuple | Layout::Complex
    );
    if vm.type_data(cls).builtin && !picklable {
        let tn = vm.type_data(cls).name.to_string();
        return Err(vm.type_error(format!("cannot pickle '{}' object", tn)));
    }
    let (new_args, kwargs) = reduce_new_args(vm, obj, cls, layout)?;
    let (newobj_f, args) = if let Some(kwargs) = kwargs {
        let f = native_helper(vm, "__newobj_ex__", newobj_ex)?;
        let a = vm.new_tuple(new_args)?;
        (f, vm.new_tuple(vec![Value::Obj(cls), a, kwargs])?)
    } else {
        let f = native_helper(vm, "__newobj__", newobj)?;
        let mut all = vec![Value::Obj(cls)];
        all.extend(new_args);
        (f, vm.new_tuple(all)?)
    };
    let state = reduce_state(vm, obj, cls)?;
    let listitems = if layout == Layout::List { vm.iter(obj)? } else { Value::None };
    let dictitems = if layout == Layout::Dict {
        let items = vm.call_method_str(obj, "items", &[])?;
        vm.iter(items)?
    } else {
        Value::None
    };
    vm.new_tuple(vec![newobj_f, args, state, listitems, dictitems])
}

/// The state `object.__reduce_ex__` pickles: what `__getstate__` returns
/// when the class defines one, else the instance dict (None when empty),
/// paired with a dict of the set slots when the class has slots.
pub fn reduce_state(vm: &mut Vm, obj: Value, cls: ObjRef) -> PyResult<Value> {
    // Looked up on the class, where CPython's `object.__getstate__` is
    // found first: a `__getattr__` is never asked (its KeyError leaked).
    let gn = vm.intern("__getstate__");
    Ok(match lookup(vm, cls, gn) {
        Some(g) if matches!(vm.payload(g), Some(Payload::Function(_))) => vm.call_unbound(g, obj, &[])?,
        _ => {
            let d = match obj {
                Value::Obj(r) => vm.instance_dict(r)?,
                _ => None,
            };
            let dv = match d {
                Some(d) if vm.dict_ref(d).is_some_and(|dd| !dd.is_empty()) => Value::Obj(d),
                _ => Value::None,
            };
            let nslots = vm.type_data(cls).nslots;
            if nslots > 0 {
                let sd = vm.new_dict()?;
                let mro = vm.type_data(cls).mro.clone();
                for t in mro {
                    for (k, v) in vm.type_data(t).dict.items() {
                        if let Some(Payload::Member(m)) = vm.payload(v) {
                            let idx = m.index;
                            if let Some(Payload::Instance(sl, None)) = vm.payload(obj) {
                                if let Some(&val) = sl.get(idx) {
                                    if !val.is_null() {
                                        vm.dict_set(sd, k, val)?;
                                    }
                                }
                            }
                        }
                    }
                }
                vm.new_tuple(vec![dv, Value::Obj(sd)])?
            } else {
                dv
            }
        }
    })
}

/// The class in `t`'s hierarchy that added the last of its instances'
/// `__slots__` values (`t` itself, or the nearest base that did; `object`
/// when there are none).
pub(crate) fn solid_base(vm: &Vm, t: ObjRef) -> ObjRef {
    let n = vm.type_data(t).nslots;
    let mut solid = t;
    for &m in vm.type_data(t).mro.iter().skip(1) {
        if vm.type_data(m).nslots != n {
            break;
        }
        solid = m;
    }
    solid
}

/// A class statement's `__slots__`, checked as CPython's `type_new` does
/// (in its order): no values on a variable-size built-in base, strings
/// that are identifiers, `__dict__` and `__weakref__` at most once and only
/// when no base gives them, and no name that is also a class variable.
/// Private names are mangled; the result is sorted, as CPython lays the
/// slots out (classes declaring the same slots in another order have the
/// same layout).
#[allow(clippy::too_many_arguments)]
fn check_slots(
    vm: &mut Vm,
    class_name: &str,
    bases: &[ObjRef],
    layout: Layout,
    base_has_dict: bool,
    base_has_weakref: bool,
    vals: &[Value],
    ns: &[(Value, Value)],
) -> PyResult<Vec<String>> {
    let var_size = matches!(layout, Layout::Int | Layout::Tuple | Layout::Bytes | Layout::Type);
    if !vals.is_empty() && var_size {
        let base = bases.iter().find(|&&b| vm.type_data(b).layout == layout).copied().unwrap_or(bases[0]);
        let bn = vm.type_data(base).name.to_string();
        return Err(vm.type_error(format!("nonempty __slots__ not supported for subtype of '{bn}'")));
    }
    let (mut dict, mut weak) = (false, false);
    for &v in vals {
        let Some(n) = vm.str_of(v) else {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
        };
        if !pyx_text::str_methods::isidentifier(n) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if n == "__dict__" {
            if base_has_dict || dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            dict = true;
        } else if n == "__weakref__" {
            if base_has_weakref || weak || var_size {
                return Err(vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
            }
            weak = true;
        }
    }
    let mut names = Vec::with_capacity(vals.len());
    for &v in vals {
        let n = vm.str_of(v).unwrap_or("");
        if n == "__dict__" || n == "__weakref__" {
            names.push(n.to_string());
            continue;
        }
        let mangled = pyx_compiler::symtable::mangle(Some(class_name), n).into_owned();
        let conflicts = mangled != "__qualname__"
            && mangled != "__classcell__"
            && ns.iter().any(|&(k, _)| vm.str_of(k) == Some(mangled.as_str()));
        if conflicts {
            let r = vm.repr(v)?;
            let r = vm.str_of(r).unwrap_or("").to_string();
            return Err(vm.value_error(format!("{r} in __slots__ conflicts with class variable")));
        }
        names.push(mangled);
    }
    names.sort();
    Ok(names)
}

fn newobj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    let new = vm.getattr(cls, vm.n.__new__)?;
    vm.call(new, a.pos)
}

/// `copyreg.__newobj_ex__(cls, args, kwargs)`: `cls.__new__(cls, *args, **kwargs)`.
fn newobj_ex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    let mut pos = vec![cls];
    pos.extend(vm.collect_iter(a.arg(1))?);
    let mut kw = Vec::new();
    if let Value::Obj(d) = a.arg(2) {
        if let Some(dd) = vm.dict_ref(d) {
            kw = dd.items();
        }
    }
    let new = vm.getattr(cls, vm.n.__new__)?;
    vm.call_kw(new, &pos, &kw)
}

/// A module-less built-in function (copyreg's helpers live in no module here).
fn native_helper(vm: &mut Vm, name: &'static str, f: NativeFn) -> PyResult<Value> {
    crate::interp::typesys::new_function(vm, name, crate::interp::native::own(), f).map(Value::Obj)
}

/// The arguments `object.__reduce_ex__` passes to `cls.__new__`, and the
/// keyword arguments when `__getnewargs_ex__` gives some.
fn reduce_new_args(vm: &mut Vm, obj: Value, cls: ObjRef, layout: Layout) -> PyResult<(Vec<Value>, Option<Value>)> {
    let ex = vm.intern("__getnewargs_ex__");
    if lookup(vm, cls, ex).is_some() {
        let g = vm.getattr(obj, ex)?;
        let r = vm.call(g, &[])?;
        let parts = match vm.tuple_items(r) {
            Some(t) => t.to_vec(),
            None => {
                let tn = vm.type_name(r).to_string();
                return Err(vm.type_error(format!("__getnewargs_ex__ should return a tuple, not '{}'", tn)));
            }
        };
        let [args, kwargs] = parts[..] else {
            return Err(vm.value_error(format!("__getnewargs_ex__ should return a tuple of length 2, not {}", parts.len())));
        };
        let Some(args) = vm.tuple_items(args).map(|t| t.to_vec()) else {
            let tn = vm.type_name(args).to_string();
            return Err(vm.type_error(format!("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'", tn)));
        };
        if !matches!(vm.payload(kwargs), Some(Payload::Dict(_))) {
            let tn = vm.type_name(kwargs).to_string();
            return Err(vm.type_error(format!("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'", tn)));
        }
        let empty = vm.dict_ref(kwargs.as_obj().unwrap_or(cls)).is_none_or(|d| d.is_empty());
        return Ok((args, if empty { None } else { Some(kwargs) }));
    }
    let gn = vm.intern("__getnewargs__");
    if lookup(vm, cls, gn).is_some() {
        let g = vm.getattr(obj, gn)?;
        let r = vm.call(g, &[])?;
        return match vm.tuple_items(r) {
            Some(t) => Ok((t.to_vec(), None)),
            None => {
                let tn = vm.type_name(r).to_string();
                Err(vm.type_error(format!("__getnewargs__ should return a tuple, not '{}'", tn)))
            }
        };
    }
    // Immutable built-in bases: the value goes through __new__ (what their
    // own __getnewargs__ returns in CPython).
    let base_val = match (layout, vm.payload(obj)) {
        (Layout::Int, Some(Payload::Int(b))) => {
            let b = b.clone();
            vm.new_int(b)?
        }
        (Layout::Float, Some(Payload::Float(f))) => Value::Float(*f),
        (Layout::Str, Some(Payload::Str(s))) => {
            let s = s.s.to_string();
            vm.new_string(s)?
        }
        (Layout::Tuple, Some(Payload::Tuple(t))) => {
            let t = t.to_vec();
            vm.new_tuple(t)?
        }
        // (The exact bytes, not the subclass instance: that would pickle
        // itself as its own argument.)
        (Layout::Bytes, Some(Payload::Bytes(b))) => {
            let b = b.to_vec();
            vm.reserve(b.len())?;
            vm.new_bytes(b)?
        }
        (Layout::Int | Layout::Float | Layout::Str | Layout::Tuple | Layout::Bytes | Layout::Complex, _) => obj,
        _ => return Ok((Vec::new(), None)),
    };
    Ok((vec![base_val], None))
}

fn object_sizeof(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(match a.arg(0) {
        Value::Obj(r) => vm.heap.get(r).size() as i64,
        _ => 24,
    }))
}

fn object_init_subclass(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        let cls = a.arg(0);
        let n = match vm.payload(cls) {
            Some(Payload::Type(td)) => vm.str_of(td.qualname).unwrap_or("?").to_string(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!("{}.__init_subclass__() takes no keyword arguments", n)));
    }
    Ok(Value::None)
}

fn object_notimpl(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_subclasshook(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

// ----- type ------------------------------------------------------------

pub fn type_call_native(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.get(0) {
        Some(Value::Obj(t)) if matches!(vm.heap.get(t).payload, Payload::Type(_)) => {
            vm.type_call_default(t, &a.pos[1..], a.kw)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(t)) = a.get(0) else { return vm.new_str("<type>") };
    let td = vm.type_data(t);
    let module = vm.str_of(td.module).unwrap_or("builtins").to_string();
    let qual = vm.str_of(td.qualname).map(|s| s.to_string()).unwrap_or_else(|| td.name.to_string());
    let s = if module == "builtins" { format!("<class '{}'>", qual) } else { format!("<class '{}.{}'>", module, qual) };
    vm.new_string(s)
}

fn type_mro(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(t)) = a.get(0) else { return Err(vm.type_error("mro() needs a type")) };
    let mro: Vec<Value> = vm.type_data(t).mro.iter().map(|&r| Value::Obj(r)).collect();
    vm.new_list(mro)
}

fn type_instancecheck(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.real_isinstance(a.arg(1), a.arg(0))?))
}

fn type_subclasscheck(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.real_issubclass(a.arg(1), a.arg(0))?))
}

/// `int | str`: a `types.UnionType` (see `prelude.py`).
fn type_or(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let union = vm.prelude("_union")?;
    vm.call(union, &[a.arg(0), a.arg(1)])
}

fn type_ror(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let union = vm.prelude("_union")?;
    vm.call(union, &[a.arg(1), a.arg(0)])
}

fn type_prepare(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()?))
}

fn type_init(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__new__(meta, name, bases, ns, **kw)` and `type(name, bases, ns)`.
pub fn type_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(meta)) = a.get(0) else { return Err(vm.type_error("type.__new__(X): X is not a type object")) };
    if a.pos.len() == 2 && a.kw.is_empty() {
        // Only `type` itself has the one-argument form.
        if meta != vm.t.type_ {
            return Err(vm.type_error("type.__new__() takes exactly 3 arguments (1 given)"));
        }
        return Ok(Value::Obj(vm.type_of(a.pos[1])));
    }
    if a.pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = a.pos[1];
    let Some(name_s) = vm.str_of(name).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(name))));
    };
    let Some(bases) = vm.tuple_items(a.pos[2]).map(|b| b.to_vec()) else {
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(a.pos[2]))));
    };
    let ns = a.pos[3];
    let Some(ns_items) = ns.as_obj().and_then(|d| vm.dict_ref(d)).map(|d| d.items()) else {
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(ns))));
    };
    create_class(vm, meta, &name_s, &bases, &ns_items, a.kw)
}

pub fn create_class(
    vm: &mut Vm,
    meta: ObjRef,
    name: &str,
    bases: &[Value],
    ns: &[(Value, Value)],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let mut base_refs = Vec::new();
    for &b in bases {
        match b {
            Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Type(_)) => {
                if !vm.type_data(r).base_ok {
                    let bn = vm.type_data(r).name.to_string();
                    return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bn)));
                }
                base_refs.push(r)
            }
            _ => {
                // CPython first derives the metaclass from the bases' types:
                // a base whose type is not a supertype of `type` conflicts.
                let bt = vm.type_of(b);
                if vm.is_subtype(vm.t.type_, bt) {
                    return Err(vm.type_error("bases must be types"));
                }
                return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
        }
    }
    if base_refs.is_empty() {
        base_refs.push(vm.t.object);
    }
    for (i, b) in base_refs.iter().enumerate() {
        if base_refs[i + 1..].contains(b) {
            let bn = vm.type_data(*b).name.to_string();
            return Err(vm.type_error(format!("duplicate base class {}", bn)));
        }
    }
    // Layout: the most derived built-in layout among the bases.
    let mut layout = Layout::Object;
    let mut has_dict = false;
    let mut nslots = 0;
    for &b in &base_refs {
        let td = vm.type_data(b);
        if td.layout != Layout::Object {
            if layout != Layout::Object && layout != td.layout {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = td.layout;
        }
        has_dict |= td.has_dict || (td.builtin && b != vm.t.object && td.layout == Layout::Object && false);
        nslots = nslots.max(td.nslots);
    }
    // Bases whose instances carry `__slots__` values must lie on one chain
    // of slot-adding classes (CPython's solid base): two unrelated ones
    // would give one slot index two meanings.
    if let Some(&widest) = base_refs.iter().max_by_key(|&&b| vm.type_data(b).nslots) {
        let solid = solid_base(vm, widest);
        for &b in &base_refs {
            if vm.type_data(b).nslots > 0 && !vm.is_subtype(solid, solid_base(vm, b)) {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    let base_has_dict = has_dict;
    let base_has_weakref = base_refs.iter().any(|&b| lookup(vm, b, vm.n.__weakref__).is_some());
    let mut td = crate::interp::typesys::new_type_data(name, base_refs.clone(), layout);
    td.builtin = false;
    // Namespace into the type dict.
    let mut dict = Dict::new();
    let mut slot_vals: Option<Vec<Value>> = None;
    for &(k, v) in ns {
        let kr = match k {
            Value::Obj(_) => vm.intern_value(k).unwrap_or(vm.n.empty),
            _ => continue,
        };
        if kr == vm.n.__slots__ {
            slot_vals = Some(if vm.str_of(v).is_some() { vec![v] } else { vm.collect_iter(v)? });
        }
        let h = vm.str_hash_cached(kr);
        dict.push_new(h, Value::Obj(kr), v);
    }
    let slots = match slot_vals {
        Some(vals) => Some(check_slots(vm, name, &base_refs, layout, base_has_dict, base_has_weakref, &vals, ns)?),
        None => None,
    };
    match &slots {
        None => has_dict = true,
        Some(s) => {
            if s.iter().any(|x| x == "__dict__") {
                has_dict = true;
            }
        }
    }
    td.has_dict = has_dict || layout != Layout::Object && slots.is_none();
    td.nslots = nslots;
    td.dict = dict;
    let module = ns
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some("__module__"))
        .map(|(_, v)| *v);
    // `type(name, bases, ns)` without `__module__`: the module of the code
    // that called it, from its globals' `__name__` (a class statement
    // always puts `__module__` in the namespace), in the type's dict too.
    let module = match module {
        Some(m) => m,
        None => {
            let caller = vm.frames.last().map(|f| f.globals);
            let name_key = vm.intern("__name__");
            match caller.and_then(|g| vm.dict_get_str(g, name_key)) {
                Some(m) => {
                    let mk = vm.intern("__module__");
                    let h = vm.str_hash_cached(mk);
                    td.dict.push_new(h, Value::Obj(mk), m);
                    m
                }
                None => Value::None,
            }
        }
    };
    let qualname = ns
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some("__qualname__"))
        .map(|(_, v)| *v);
    td.module = module;
    let cls = vm.alloc(meta, Payload::Type(Box::new(td)))?;
    let qn = match qualname {
        Some(q) => q,
        None => vm.new_str(name)?,
    };
    vm.type_data_mut(cls).qualname = qn;
    // Remove __qualname__ from the dict as CPython does.
    let qk = vm.intern("__qualname__");
    {
        let h = vm.str_hash_cached(qk);
        let heap = &vm.heap;
        let pos = vm.type_data(cls).dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, qk));
        if let Some(p) = pos {
            vm.type_data_mut(cls).dict.remove_at(p);
        }
    }
    let mro = crate::interp::typesys::compute_mro(vm, cls, &base_refs)?;
    vm.type_data_mut(cls).mro = mro;
    vm.clear_type_cache();
    // __slots__ member descriptors (plain-object layouts only; a subclass
    // of a built-in container keeps slot values in an instance dict).
    // Instances get weak references unless a base gives them already
    // (type, module, a user class) or the layout is variable-size (int,
    // tuple, str, bytes); `__slots__` must name `__weakref__` to get them.
    let adds_weakref = !base_has_weakref
        && !matches!(layout, Layout::Type | Layout::Module | Layout::Int | Layout::Tuple | Layout::Str | Layout::Bytes)
        && slots.as_ref().is_none_or(|s| s.iter().any(|x| x == "__weakref__"));
    let slots: Option<Vec<String>> = if layout != Layout::Object {
        vm.type_data_mut(cls).has_dict = true;
        None
    } else {
        slots
    };
    if let Some(s) = slots {
        let mut idx = nslots;
        for name in s {
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            let n = vm.intern(&name);
            let m = vm.alloc(vm.t.member_descriptor, Payload::Member(Box::new(MemberData { name: Value::Obj(n), index: idx, owner: cls })))?;
            crate::interp::typesys::set_type_attr_raw(vm, cls, n, Value::Obj(m));
            idx += 1;
        }
        vm.type_data_mut(cls).nslots = idx;
    }
    // The descriptors of the first class in the hierarchy whose instances
    // have a dict or weak references, after the namespace as in CPython.
    if vm.type_data(cls).has_dict && !base_has_dict {
        add_instance_attr_descr(vm, cls, true)?;
    }
    if adds_weakref {
        add_instance_attr_descr(vm, cls, false)?;
    }
    // CPython always gives the namespace a `__doc__` (None without a docstring).
    let doc = vm.n.__doc__;
    let h = vm.str_hash_cached(doc);
    if vm.type_data(cls).dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, doc)).is_none() {
        crate::interp::typesys::set_type_attr_raw(vm, cls, doc, Value::None);
    }
    // __eq__ without __hash__ makes instances unhashable.
    let has = |vm: &Vm, n: ObjRef| {
        let h = vm.str_hash_cached(n);
        vm.type_data(cls).dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, n)).is_some()
    };
    if has(vm, vm.n.__eq__) && !has(vm, vm.n.__hash__) {
        crate::interp::typesys::set_type_attr_raw(vm, cls, vm.n.__hash__, Value::None);
    }
    // Plain functions for __new__ / __init_subclass__ / __class_getitem__
    // are implicitly static/class methods.
    for (nm, wrap_static) in [(vm.n.__new__, true), (vm.n.__init_subclass__, false), (vm.n.__class_getitem__, false)] {
        let h = vm.str_hash_cached(nm);
        let heap = &vm.heap;
        let p = vm.type_data(cls).dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, nm));
        if let Some(p) = p {
            if let Some(e) = vm.type_data(cls).dict.entry_at(p) {
                let v = e.value;
                if matches!(vm.payload(v), Some(Payload::Function(_))) {
                    let w = if wrap_static {
                        vm.alloc_val(vm.t.staticmethod, Payload::StaticMethod(v))?
                    } else {
                        vm.alloc_val(vm.t.classmethod, Payload::ClassMethod(v))?
                    };
                    vm.type_data_mut(cls).dict.set_value_at(p, w);
                }
            }
        }
    }
    crate::interp::typesys::refresh_flags(vm, cls);
    // __classcell__
    let cc = vm.n.__classcell__;
    let h = vm.str_hash_cached(cc);
    let heap = &vm.heap;
    let p = vm.type_data(cls).dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, cc));
    if let Some(p) = p {
        let cell = vm.type_data(cls).dict.entry_at(p).map(|e| e.value);
        vm.type_data_mut(cls).dict.remove_at(p);
        if let Some(Value::Obj(c)) = cell {
            if let Payload::Cell(slot) = &mut vm.heap.get_mut(c).payload {
                *slot = Value::Obj(cls);
            }
        }
    }
    vm.clear_type_cache();
    // __set_name__ on attributes.
    let items = vm.type_data(cls).dict.items();
    for (k, v) in items {
        let vt = vm.type_of(v);
        if let Some(Payload::Property(_)) = vm.payload(v) {
            if let Some(r) = v.as_obj() {
                if let Payload::Property(p) = &mut vm.heap.get_mut(r).payload {
                    if p.name.is_none() {
                        p.name = k;
                    }
                }
            }
        }
        if vm.type_data(vt).builtin {
            continue;
        }
        if let Some(m) = lookup(vm, vt, vm.n.__set_name__) {
            vm.call_unbound(m, v, &[Value::Obj(cls), k])?;
        }
    }
    // __init_subclass__ of the parent.
    // super(cls, cls).__init_subclass__: the MRO of cls after cls itself.
    let mro = vm.type_data(cls).mro.clone();
    let mut found = None;
    for &t in mro.iter().skip(1) {
        let h = vm.str_hash_cached(vm.n.__init_subclass__);
        let name = vm.n.__init_subclass__;
        let td = vm.type_data(t);
        if let Some(p) = td.dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, name)) {
            found = td.dict.entry_at(p).map(|e| e.value);
            break;
        }
    }
    if let Some(m) = found {
        let f = vm.descr_get(m, Value::Null, cls)?;
        vm.call_kw(f, &[], kw)?;
    } else if !kw.is_empty() {
        return Err(vm.type_error("__init_subclass__() takes no keyword arguments"));
    }
    Ok(Value::Obj(cls))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
pub fn build_class(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = a.pos[0];
    let name = a.pos[1];
    // CPython checks both before it looks at the bases.
    if !matches!(vm.payload(body), Some(Payload::Function(_))) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if vm.str_of(name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }

    let orig_bases: Vec<Value> = a.pos[2..].to_vec();
    // PEP 560 __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for &b in &orig_bases {
        if !vm.is_type(b) {
            if let Some(me) = vm.getattr_opt(b, vm.n.__mro_entries__)? {
                let ob = vm.new_tuple(orig_bases.clone())?;
                let r = vm.call(me, &[ob])?;
                bases.extend(vm.collect_iter(r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b);
    }
    let mut meta: Option<Value> = None;
    let mut kw: Vec<(Value, Value)> = Vec::new();
    for &(k, v) in a.kw {
        if vm.str_of(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            kw.push((k, v));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(&b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.t.type_),
        },
    };
    // The most derived metaclass wins.
    let mut meta = meta;
    if let Value::Obj(mr) = meta {
        if matches!(vm.heap.get(mr).payload, Payload::Type(_)) {
            for &b in &bases {
                let bt = vm.type_of(b);
                if vm.is_subtype(bt, mr) {
                    meta = Value::Obj(bt);
                } else if !vm.is_subtype(mr, bt) {
                    return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
                }
            }
        }
    }
    let bases_t = vm.new_tuple(bases.clone())?;
    vm.temp_roots.push(bases_t);
    let ns = match vm.getattr_opt(meta, vm.n.__prepare__)? {
        Some(p) => vm.call_kw(p, &[name, bases_t], &kw)?,
        None => Value::Obj(vm.new_dict()?),
    };
    vm.temp_roots.push(ns);
    let r = (|| {
        // The class body's namespace must be a mapping (something with
        // __getitem__), as CPython checks before running the body.
        let ns_type = vm.type_of(ns);
        if lookup(vm, ns_type, vm.n.__getitem__).is_none() {
            let who = match meta {
                Value::Obj(m) if matches!(vm.heap.get(m).payload, Payload::Type(_)) => vm.type_data(m).name.to_string(),
                _ => "<metaclass>".to_string(),
            };
            let tn = vm.type_name(ns);
            return Err(vm.type_error(format!("{}.__prepare__() must return a mapping, not {}", who, tn)));
        }
        // Run the body with ns as its locals mapping.
        let Some(Payload::Function(fd)) = vm.payload(body) else { return Err(vm.type_error("__build_class__: func must be a function")) };
        let (code, globals, closure, builtins) = (fd.code.clone(), fd.globals, fd.closure, fd.builtins);
        let ci = vm.code_cache_index(&code)?;
        let base = vm.stack.len();
        vm.stack.resize(base + code.varnames.len(), Value::Null);
        vm.push_cells(&code, closure)?;
        let sp0 = vm.stack.len();
        vm.enter_native()?;
        vm.frames.push(crate::interp::frame::Frame {
            ci,
            pc: 0,
            lasti: 0,
            base,
            sp0,
            ret_sp: base,
            globals,
            builtins,
            locals_map: ns,
            func: body.as_obj(),
            gen: None,
            kind: crate::interp::frame::FrameKind::Normal,
            entry: true,
            for_target: crate::interp::frame::NO_TARGET,
            outer_exc: Value::Null,
        });
        let r = vm.run();
        vm.leave_native();
        let cell = match r? {
            crate::interp::eval::Exit::Return(v) => v,
            crate::interp::eval::Exit::Yield(_) | crate::interp::eval::Exit::Switch => Value::None,
        };
        if changed {
            let ob = vm.new_tuple(orig_bases.clone())?;
            vm.setitem(ns, Value::Obj(vm.n.__orig_bases__), ob)?;
        }
        let _ = cell;
        let mut args = vec![name, bases_t, ns];
        let cls = vm.call_kw(meta, &args, &kw)?;
        args.clear();
        Ok(cls)
    })();
    vm.temp_roots.pop();
    vm.temp_roots.pop();
    r
}

/// Put the `__dict__` (`is_dict`) or `__weakref__` descriptor in `cls`'s
/// namespace unless the class body defined that name.
fn add_instance_attr_descr(vm: &mut Vm, cls: ObjRef, is_dict: bool) -> PyResult<()> {
    let name = if is_dict { vm.n.__dict__ } else { vm.n.__weakref__ };
    let h = vm.str_hash_cached(name);
    if vm.type_data(cls).dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, name)).is_some() {
        return Ok(());
    }
    let d = vm.alloc_val(vm.t.getset_descriptor, Payload::InstanceAttrDescr(cls, is_dict))?;
    crate::interp::typesys::set_type_attr_raw(vm, cls, name, d);
    Ok(())
}

/// `<attribute '__dict__' of 'A' objects>`.
fn getset_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(&Payload::InstanceAttrDescr(owner, is_dict)) = vm.payload(a.arg(0)) else {
        return vm.new_str("<attribute>");
    };
    let tn = vm.type_data(owner).name.to_string();
    vm.new_string(format!("<attribute '{}' of '{}' objects>", if is_dict { "__dict__" } else { "__weakref__" }, tn))
}

/// Whether `f.__isabstractmethod__` is true: how property, staticmethod and
/// classmethod report that they wrap an abstract method, so `ABCMeta` sees
/// `@property @abstractmethod` stacks as abstract (as CPython's descriptors do).
fn is_abstract_method(vm: &mut Vm, f: Value) -> PyResult<bool> {
    if matches!(f, Value::None | Value::Null) {
        return Ok(false);
    }
    match vm.getattr_opt(f, vm.n.__isabstractmethod__)? {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// Read-only attributes of built-in objects not stored in any dict.
pub fn special_attr(vm: &mut Vm, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
    // A plain instance has only these two: a miss on one (`getattr(x,
    // '__deepcopy__', None)`) ends here, before the name is copied.
    if let Value::Obj(r) = obj {
        if matches!(vm.heap.get(r).payload, Payload::Instance(..)) {
            let s = vm.str_of(Value::Obj(name)).unwrap_or("");
            if s != "__dict__" && s != "__doc__" {
                return Ok(None);
            }
        }
    }
    let n = vm.str_of(Value::Obj(name)).unwrap_or("").to_string();
    let Value::Obj(r) = obj else {
        return Ok(match (n.as_str(), obj) {
            ("real", Value::Int(_) | Value::Float(_)) => Some(obj),
            ("real", Value::Bool(b)) => Some(Value::Int(b as i64)),
            ("imag", Value::Int(_) | Value::Bool(_)) => Some(Value::Int(0)),
            ("imag", Value::Float(_)) => Some(Value::Float(0.0)),
            ("numerator", Value::Int(_)) => Some(obj),
            ("numerator", Value::Bool(b)) => Some(Value::Int(b as i64)),
            ("denominator", Value::Int(_) | Value::Bool(_)) => Some(Value::Int(1)),
            _ => None,
        });
    };
    if n == "__dict__" {
        if let Some(d) = vm.instance_dict(r)? {
            return Ok(Some(Value::Obj(d)));
        }
        let cls = vm.heap.get(r).class;
        if vm.type_data(cls).has_dict {
            let d = vm.new_dict()?;
            vm.heap.get_mut(r).dict = Some(d);
            return Ok(Some(Value::Obj(d)));
        }
        return Ok(None);
    }
    if matches!(vm.heap.get(r).payload, Payload::Generator(_)) {
        // A delegate parked in a `yield from` chain reads as suspended.
        vm.settle_gen(r);
    }
    let v = match &vm.heap.get(r).payload {
        Payload::Function(fd) => match n.as_str() {
            "__name__" => Some(fd.name),
            "__qualname__" => Some(fd.qualname),
            "__doc__" => Some(fd.doc),
            "__module__" => Some(fd.module),
            "__defaults__" => Some(fd.defaults.map(Value::Obj).unwrap_or(Value::None)),
            "__kwdefaults__" => Some(fd.kwdefaults.map(Value::Obj).unwrap_or(Value::None)),
            "__closure__" => Some(fd.closure.map(Value::Obj).unwrap_or(Value::None)),
            "__code__" => {
                let (c, ci) = (fd.code.clone(), fd.ci as usize);
                match vm.code_caches.get(ci).map(|cc| cc.code_obj) {
                    Some(v) if !v.is_null() => Some(v),
                    _ => {
                        let v = vm.alloc_val(vm.t.code, Payload::Code(c))?;
                        if let Some(cc) = vm.code_caches.get_mut(ci) {
                            cc.code_obj = v;
                            vm.young_roots.push(v);
                        }
                        Some(v)
                    }
                }
            }
            "__globals__" | "__builtins__" => None,
            "__annotations__" => {
                let a = fd.annotations;
                if a.is_none() {
                    let d = vm.new_dict()?;
                    if let Payload::Function(fd) = &mut vm.heap.get_mut(r).payload {
                        fd.annotations = Value::Obj(d);
                    }
                    Some(Value::Obj(d))
                } else {
                    Some(a)
                }
            }
            _ => None,
        },
        Payload::Native(nd) => match n.as_str() {
            "__name__" => {
                let s = nd.name;
                Some(vm.new_str(s)?)
            }
            "__qualname__" => {
                let s = match nd.owner {
                    Some(o) if nd.kind != NativeKind::Function => format!("{}.{}", vm.type_data(o).name, nd.name),
                    _ => nd.name.to_string(),
                };
                Some(vm.new_string(s)?)
            }
            "__self__" => Some(match crate::interp::typesys::native_function_module(vm, nd) {
                Some(m) if nd.bound.is_null() => Value::Obj(m),
                _ if nd.bound.is_null() => Value::None,
                _ => nd.bound,
            }),
            "__text_signature__" => match nd.sig.text_signature(nd.kind) {
                Some(t) => Some(vm.new_string(t)?),
                None => Some(Value::None),
            },
            "__doc__" => {
                let doc = match (nd.kind, nd.owner) {
                    (NativeKind::Function, _) => crate::builtins::docs::native_doc(nd.module, nd.name),
                    (_, Some(t)) => crate::builtins::docs::native_doc(&vm.type_data(t).name, nd.name),
                    _ => None,
                };
                match doc {
                    Some(d) => Some(vm.new_str(d)?),
                    None => Some(Value::None),
                }
            }
            "__module__" => match nd.module {
                "" => Some(Value::None),
                m => Some(vm.new_str(m)?),
            },
            _ => None,
        },
        Payload::Method(f, s) => {
            let (f, s) = (*f, *s);
            match n.as_str() {
                "__func__" => Some(f),
                "__self__" => Some(s),
                _ => return vm.getattr(f, name).map(Some).or(Ok(None)),
            }
        }
        Payload::Property(p) => match n.as_str() {
            "fget" => Some(p.fget),
            "fset" => Some(p.fset),
            "fdel" => Some(p.fdel),
            "__doc__" => Some(p.doc),
            "__isabstractmethod__" => {
                let parts = [p.fget, p.fset, p.fdel];
                let mut any = false;
                for f in parts {
                    if is_abstract_method(vm, f)? {
                        any = true;
                        break;
                    }
                }
                Some(Value::Bool(any))
            }
            _ => None,
        },
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => match n.as_str() {
            "__func__" | "__wrapped__" => Some(*f),
            "__isabstractmethod__" => {
                let f = *f;
                Some(Value::Bool(is_abstract_method(vm, f)?))
            }
            _ => None,
        },
        Payload::Complex(re, im) => match n.as_str() {
            "real" => Some(Value::Float(*re)),
            "imag" => Some(Value::Float(*im)),
            _ => None,
        },
        Payload::Float(f) => match n.as_str() {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Payload::Int(b) => match n.as_str() {
            "real" | "numerator" => {
                let b = b.clone();
                Some(vm.new_int(b)?)
            }
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Payload::Slice(sl) => match n.as_str() {
            "start" => Some(sl[0]),
            "stop" => Some(sl[1]),
            "step" => Some(sl[2]),
            _ => None,
        },
        Payload::DictView(d, _) => match n.as_str() {
            "mapping" => {
                let d = *d;
                Some(crate::builtins::types::mappingproxy::new_proxy(vm, Value::Obj(d))?)
            }
            _ => None,
        },
        Payload::Range(rg) => match n.as_str() {
            "start" => Some(Value::Int(rg.start)),
            "stop" => Some(Value::Int(rg.stop)),
            "step" => Some(Value::Int(rg.step)),
            _ => None,
        },
        Payload::BigRange(rg) => {
            let v = match n.as_str() {
                "start" => rg.start.clone(),
                "stop" => rg.stop.clone(),
                "step" => rg.step.clone(),
                _ => return Ok(None),
            };
            Some(vm.new_int(v)?)
        }
        Payload::Exception(e) => match n.as_str() {
            "args" => Some(e.args),
            "__traceback__" => Some(e.traceback),
            "__cause__" => Some(e.cause),
            "__context__" => Some(e.context),
            "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
            "value" | "code" => {
                let a0 = vm.tuple_items(e.args).and_then(|t| t.first().copied()).unwrap_or(Value::None);
                let cls = vm.heap.get(r).class;
                if n == "value" && vm.is_subtype(cls, vm.t.stop_iteration) {
                    Some(a0)
                } else if n == "code" && vm.is_subtype(cls, vm.t.system_exit) {
                    let args = vm.tuple_items(e.args).map(|t| t.to_vec()).unwrap_or_default();
                    if args.len() > 1 {
                        Some(e.args)
                    } else {
                        Some(a0)
                    }
                } else {
                    None
                }
            }
            // An AttributeError's `name` and `obj` live in its suggestion
            // hint; a NameError's `name` is None until one is set.
            "name" | "obj" if vm.is_subtype(vm.heap.get(r).class, vm.t.attribute_error) => {
                Some(match (e.hint.as_deref(), n.as_str()) {
                    (Some(SuggestionHint::Attribute { name, .. }), "name") => *name,
                    (Some(SuggestionHint::Attribute { obj, .. }), _) => *obj,
                    _ => Value::None,
                })
            }
            "name" if vm.is_subtype(vm.heap.get(r).class, vm.t.name_error) => Some(Value::None),
            "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" | "print_file_and_line"
                if vm.is_subtype(vm.heap.get(r).class, vm.t.syntax_error) =>
            {
                Some(Value::None)
            }
            "message" if e.group.is_some() => e.group.map(|g| g.0),
            "exceptions" if e.group.is_some() => e.group.map(|g| g.1),
            _ => None,
        },
        Payload::Code(c) => {
            let c = c.clone();
            return code_attr(vm, &c, &n);
        }
        Payload::Generator(g) => match n.as_str() {
            "__name__" => Some(g.name),
            "__qualname__" => Some(g.qualname),
            "gi_running" | "cr_running" => Some(Value::Bool(g.running)),
            "ag_running" if g.kind == crate::interp::frame::GenKind::AsyncGenerator => Some(Value::Bool(g.running_async)),
            _ => None,
        },
        Payload::Module(m) => match n.as_str() {
            "__name__" => Some(m.name),
            _ => None,
        },
        Payload::Cell(c) => match n.as_str() {
            "cell_contents" => {
                if c.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(*c)
            }
            _ => None,
        },
        Payload::Traceback(tb) => match n.as_str() {
            "tb_lineno" => Some(Value::Int(tb.line as i64)),
            "tb_next" => Some(tb.next),
            _ => None,
        },
        Payload::Member(m) => match n.as_str() {
            "__name__" => Some(m.name),
            "__objclass__" => Some(Value::Obj(m.owner)),
            "__qualname__" => {
                let (name, owner) = (m.name, m.owner);
                let q = vm.type_data(owner).qualname;
                let q = format!("{}.{}", vm.str_of(q).unwrap_or(""), vm.str_of(name).unwrap_or(""));
                Some(vm.new_str(&q)?)
            }
            _ => None,
        },
        _ => None,
    };
    if v.is_some() {
        return Ok(v);
    }
    if n == "__doc__" {
        return Ok(Some(Value::None));
    }
    Ok(None)
}

/// Special attributes of type objects.
pub fn type_special_attr(vm: &mut Vm, ty: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
    // The names matched below: any other (a miss on a class, often) ends
    // here, before the name is copied.
    const NAMES: [&str; 10] = [
        "__name__", "__qualname__", "__module__", "__mro__", "__bases__", "__base__", "__dict__", "__doc__", "__class__",
        "__annotations__",
    ];
    if !NAMES.contains(&vm.str_of(Value::Obj(name)).unwrap_or("")) {
        return Ok(None);
    }
    let n = vm.str_of(Value::Obj(name)).unwrap_or("").to_string();
    let td = vm.type_data(ty);
    Ok(match n.as_str() {
        "__name__" => {
            // A built-in type's dotted name (`array.array`) is its module's
            // and its own; a class's may hold any text.
            let s = if td.builtin { td.name.rsplit('.').next().unwrap_or("").to_string() } else { td.name.to_string() };
            Some(vm.new_string(s)?)
        }
        "__qualname__" => Some(td.qualname),
        "__module__" => Some(td.module),
        "__mro__" => {
            let m: Vec<Value> = td.mro.iter().map(|&r| Value::Obj(r)).collect();
            Some(vm.new_tuple(m)?)
        }
        "__bases__" => {
            let m: Vec<Value> = td.bases.iter().map(|&r| Value::Obj(r)).collect();
            Some(vm.new_tuple(m)?)
        }
        "__base__" => Some(td.bases.first().map(|&b| Value::Obj(b)).unwrap_or(Value::None)),
        "__dict__" => Some(crate::builtins::types::mappingproxy::new_proxy(vm, Value::Obj(ty))?),
        "__doc__" => Some(Value::None),
        "__class__" => Some(Value::Obj(vm.heap.get(ty).class)),
        // A class without annotations gets an empty dict on first access;
        // a built-in type has none (AttributeError, as CPython): storing one
        // in, say, `function`'s dict would hide every function's own
        // `__annotations__`.
        "__annotations__" if td.builtin => None,
        "__annotations__" => {
            let d = vm.new_dict()?;
            crate::interp::typesys::set_type_attr_raw(vm, ty, name, Value::Obj(d));
            Some(Value::Obj(d))
        }
        _ => None,
    })
}

/// The `MatchClass` instruction.
pub fn match_class(vm: &mut Vm, subj: Value, cls: Value, npos: usize, kw: Value) -> PyResult<Value> {
    let Value::Obj(c) = cls else { return Err(vm.type_error("called match pattern must be a type")) };
    if !matches!(vm.heap.get(c).payload, Payload::Type(_)) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !vm.isinstance(subj, cls)? {
        return Ok(Value::None);
    }
    let mut out = Vec::new();
    // Attribute names already matched (positional ones from __match_args__).
    let mut seen: Vec<ObjRef> = Vec::new();
    if npos > 0 {
        let ma = lookup(vm, c, vm.n.__match_args__);
        let builtin_self = {
            let td = vm.type_data(c);
            td.builtin
                && matches!(td.layout, Layout::Int | Layout::Float | Layout::Str | Layout::Bytes | Layout::ByteArray | Layout::List | Layout::Tuple | Layout::Dict | Layout::Set | Layout::FrozenSet)
        } || c == vm.t.bool;
        match ma {
            Some(m) => {
                let names = vm.tuple_items(m).map(|t| t.to_vec());
                let Some(names) = names else {
                    return Err(vm.type_error(format!("{}.__match_args__ must be a tuple (got {})", vm.type_data(c).name.clone(), vm.type_name(m))));
                };
                if npos > names.len() {
                    let tn = vm.type_data(c).name.to_string();
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        tn,
                        names.len(),
                        if names.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for &nm in &names[..npos] {
                    let Some(nr) = vm.intern_value(nm) else { return Err(vm.type_error("__match_args__ elements must be strings")) };
                    check_dup_subpattern(vm, c, &mut seen, nr)?;
                    match vm.getattr_opt(subj, nr)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
            None if builtin_self => {
                if npos > 1 {
                    let tn = vm.type_data(c).name.to_string();
                    return Err(vm.type_error(format!("{}() accepts 1 positional sub-pattern ({} given)", tn, npos)));
                }
                out.push(subj);
            }
            None => {
                let tn = vm.type_data(c).name.to_string();
                return Err(vm.type_error(format!("{}() accepts 0 positional sub-patterns ({} given)", tn, npos)));
            }
        }
    }
    let kws = vm.tuple_items(kw).map(|t| t.to_vec()).unwrap_or_default();
    for nm in kws {
        let Some(nr) = vm.intern_value(nm) else { continue };
        check_dup_subpattern(vm, c, &mut seen, nr)?;
        match vm.getattr_opt(subj, nr)? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    vm.new_tuple(out)
}

/// A class pattern may match each attribute once (`C(x, a=y)` with
/// `__match_args__ == ("a",)` names `a` twice).
fn check_dup_subpattern(vm: &mut Vm, cls: ObjRef, seen: &mut Vec<ObjRef>, name: ObjRef) -> PyResult<()> {
    if seen.contains(&name) {
        let tn = vm.type_data(cls).name.to_string();
        let r = vm.repr_string(Value::Obj(name))?;
        return Err(vm.type_error(format!("{}() got multiple sub-patterns for attribute {}", tn, r)));
    }
    seen.push(name);
    Ok(())
}

/// The safe, read-only attributes of a code object (no constructor, no
/// bytecode, no constants that could leak other code).
fn code_attr(vm: &mut Vm, c: &crate::object::code::CodeObject, n: &str) -> PyResult<Option<Value>> {
    let strs = |vm: &mut Vm, items: &[Box<str>]| -> PyResult<Value> {
        let mut v = Vec::with_capacity(items.len());
        for s in items {
            v.push(vm.new_str(s)?);
        }
        vm.new_tuple(v)
    };
    Ok(Some(match n {
        "co_name" => vm.new_str(&c.name)?,
        "co_qualname" => vm.new_str(&c.qualname)?,
        "co_filename" => vm.new_str(&c.filename)?,
        "co_firstlineno" => Value::Int(c.first_line as i64),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => strs(vm, &c.varnames)?,
        "co_cellvars" => strs(vm, &c.cellvars)?,
        "co_freevars" => strs(vm, &c.freevars)?,
        "co_names" => strs(vm, &c.names)?,
        "co_flags" => Value::Int((c.flags.0 & 0xffff) as i64),
        _ => return Ok(None),
    }))
}
