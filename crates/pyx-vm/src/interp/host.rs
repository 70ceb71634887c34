//! Host objects: the mechanism through which a host wires capabilities and
//! host functions into an interpreter (DESIGN §2.3, §3).
//!
//! A host object is a Rust value implementing [`HostObject`], placed behind
//! a Python-visible object of a per-interpreter class. Python code can call
//! the methods the object lists and read the attributes it chooses to
//! answer; it can never see the Rust state (no `__dict__`, no slots, no way
//! to subclass or construct the class). This is the private namespace the
//! seed asks C extension types for.
//!
//! Also here: [`Data`], plain data that crosses the host boundary by copy,
//! and its conversions.

use std::sync::Arc;

use num_bigint::BigInt;

use crate::object::heap::ObjRef;
use crate::object::*;
use crate::object::value::Value;
use crate::interp::vm::{Args, NativeFn, PyResult, Unwind, Vm};

/// A native object whose state only Rust sees.
///
/// Methods take `&self`: an implementation with mutable state uses interior
/// mutability (a `Mutex`). A host object may be shared with other
/// interpreters (a creator passes a capability to a child made by the
/// `interpreter` module), so it must hold no `ObjRef`/`Value` of any heap:
/// handles are meaningful only in the heap that made them. All instances with the same `class_name` must
/// return the same `methods()` slice (the class is built once per
/// interpreter from it).
pub trait HostObject: Send + Sync + 'static {
    /// The Python-visible class name (e.g. `"DirCapability"`).
    fn class_name(&self) -> &'static str;
    /// Method names, at most [`MAX_METHODS`]. Dunder names (`__enter__`,
    /// `__iter__`, ...) work as special methods.
    fn methods(&self) -> &'static [&'static str] {
        &[]
    }
    /// How each method of `methods()` (same order) takes its arguments: a
    /// declaration as for any native (`pos("data")`, `kw("data, /,
    /// max_length=0")`, `noargs()`), so the door checks counts and
    /// keywords with CPython's messages and `call_method` finds every
    /// required argument present (`args.arg(i)`, defaults filled in).
    /// A method past the end of this list parses its own arguments.
    fn decls(&self) -> &'static [crate::interp::native::Decl] {
        &[]
    }
    /// The module its class reports as `__module__` (`"zlib"`).
    fn module(&self) -> &'static str {
        "builtins"
    }
    /// Call method `index` of `methods()` with the arguments after `self`.
    fn call_method(&self, vm: &mut Vm, index: usize, args: Args<'_>) -> PyResult<Value> {
        let _ = (index, args);
        Err(vm.type_error("host object has no methods"))
    }
    /// Checks made before method `index` runs, the self-returning
    /// `__enter__` and `__iter__` included (a closed file refuses most
    /// of its methods).
    fn guard(&self, vm: &mut Vm, index: usize) -> PyResult<()> {
        let _ = (vm, index);
        Ok(())
    }
    /// Objects that are callable (host functions) answer `true`.
    fn callable(&self) -> bool {
        false
    }
    /// Called for `obj(...)` when `callable()`.
    fn call(&self, vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
        let _ = args;
        Err(vm.type_error(format!("'{}' object is not callable", self.class_name())))
    }
    /// Read-only data attributes (`name`, `closed`, `__name__`...).
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let _ = (vm, name);
        None
    }
    /// What `repr()` shows. Never a host path.
    fn repr(&self) -> String {
        format!("<{} object>", self.class_name())
    }
    /// Bytes charged to the interpreter's budget for this object.
    fn size(&self) -> usize {
        64
    }
}

/// The most methods a host class may list.
pub const MAX_METHODS: usize = 32;

/// Per-interpreter state of the host-object machinery: the classes made
/// so far (rooted for the collector).
#[derive(Default)]
pub struct HostRegistry {
    classes: Vec<HostClass>,
    /// Objects the host made and looks up by key (exception classes of
    /// host modules), rooted for the life of the interpreter.
    named: Vec<(&'static str, ObjRef)>,
}

/// A host class made: (class name, its method table's address, callable,
/// the class).
pub(crate) type HostClass = (&'static str, usize, bool, ObjRef);

impl HostRegistry {
    /// A registry that starts with the classes a base made (they are base
    /// objects, shared read-only, so an interpreter makes none of them).
    pub(crate) fn with_classes(classes: Vec<HostClass>) -> HostRegistry {
        HostRegistry { classes, named: Vec::new() }
    }
    /// The classes made so far.
    pub(crate) fn classes(&self) -> &[HostClass] {
        &self.classes
    }
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.classes.iter().map(|c| Value::Obj(c.3)));
        out.extend(self.named.iter().map(|c| Value::Obj(c.1)));
    }
}

/// Keep `r` alive for the life of the interpreter under `key`.
pub fn register_named(vm: &mut Vm, key: &'static str, r: ObjRef) {
    vm.host.named.retain(|(k, _)| *k != key);
    vm.host.named.push((key, r));
}

/// The object registered under `key`.
pub fn named(vm: &Vm, key: &str) -> Option<ObjRef> {
    vm.host.named.iter().find(|(k, _)| *k == key).map(|(_, r)| *r)
}

/// Is `v` the built-in `name` as this interpreter made it at start-up (a
/// native built-in function of that name, a built-in type, or a constant),
/// rather than a value Python code put under that name? `reference` is
/// the built-in of the same name in a fresh interpreter.
pub fn is_pristine_builtin(vm: &Vm, v: Value, reference_vm: &Vm, reference: Value) -> bool {
    match (v, reference) {
        (Value::Obj(a), Value::Obj(b)) => match (&vm.heap.get(a).payload, &reference_vm.heap.get(b).payload) {
            (Payload::Native(x), Payload::Native(y)) => x.f as usize == y.f as usize && x.name == y.name && x.owner.is_none() && y.owner.is_none(),
            (Payload::Type(x), Payload::Type(y)) => {
                let mut ours = Vec::new();
                vm.t.trace(&mut ours);
                x.name == y.name && ours.iter().any(|o| o.is(v))
            }
            (Payload::Str(x), Payload::Str(y)) => x.s == y.s,
            _ => false,
        },
        (Value::Obj(_), _) | (_, Value::Obj(_)) => false,
        (a, b) => a.is(b),
    }
}

struct HostCell(Arc<dyn HostObject>);

impl NativeState for HostCell {
    fn type_name(&self) -> &str {
        self.0.class_name()
    }
    fn size(&self) -> usize {
        self.0.size()
    }
    fn host_object(&self) -> Option<Arc<dyn HostObject>> {
        Some(self.0.clone())
    }
}

/// The host object behind `v`, if it is one.
pub fn host_ref(vm: &Vm, v: Value) -> Option<Arc<dyn HostObject>> {
    match vm.payload(v) {
        Some(Payload::Native2(n)) => n.host_object(),
        _ => None,
    }
}

/// Wrap a host object as a Python object of this interpreter.
pub fn new_host_object(vm: &mut Vm, obj: Arc<dyn HostObject>) -> PyResult<Value> {
    let class = host_class(vm, &*obj)?;
    vm.alloc_val(class, Payload::Native2(Box::new(HostCell(obj))))
}

/// The class of `obj`'s kind, made now if this interpreter has none.
pub(crate) fn host_class(vm: &mut Vm, obj: &dyn HostObject) -> PyResult<ObjRef> {
    let (name, methods, callable, decls, module_name) = (obj.class_name(), obj.methods(), obj.callable(), obj.decls(), obj.module());
    let key = methods.as_ptr() as usize;
    if let Some(c) = vm.host.classes.iter().find(|c| c.0 == name && c.1 == key && c.2 == callable) {
        return Ok(c.3);
    }
    let object = vm.t.object;
    let mut td = crate::interp::typesys::new_type_data(name, vec![object], Layout::Special);
    td.base_ok = false;
    td.has_dict = false;
    let t = vm.alloc(vm.t.type_, Payload::Type(Box::new(td)))?;
    // Root the class at once: the allocations below may collect nothing
    // (no safe point), but keep it reachable regardless.
    vm.host.classes.push((name, key, callable, t));
    let qn = vm.new_str(name)?;
    let module = Value::Obj(vm.intern(module_name));
    {
        let td = vm.type_data_mut(t);
        td.mro = vec![t, object];
        td.qualname = qn;
        td.module = module;
    }
    let own = crate::interp::native::own();
    let mut natives: Vec<(&'static str, NativeFn, crate::interp::native::Decl)> = vec![("__repr__", host_repr, own), ("__getattr__", host_getattr, own), ("__dir__", host_dir, own)];
    if callable {
        natives.push(("__call__", host_call, own));
    }
    for (i, m) in methods.iter().take(MAX_METHODS).enumerate() {
        natives.push((m, DISPATCH[i], decls.get(i).copied().unwrap_or(own)));
    }
    for (m, f, decl) in natives {
        let nd = NativeData { name: m, f, kind: NativeKind::Method, owner: Some(t), bound: Value::Null, sig: crate::interp::native::Sig::of(decl), module: "" };
        let fr = vm.alloc(vm.t.builtin_function, Payload::Native(Box::new(nd)))?;
        let k = vm.intern(m);
        crate::interp::typesys::set_type_attr_raw(vm, t, k, Value::Obj(fr));
    }
    crate::interp::typesys::refresh_flags(vm, t);
    vm.clear_type_cache();
    Ok(t)
}

fn receiver(vm: &mut Vm, a: &Args<'_>) -> PyResult<Arc<dyn HostObject>> {
    let slf = a.pos.first().copied().unwrap_or(Value::None);
    match host_ref(vm, slf) {
        Some(h) => Ok(h),
        None => Err(vm.type_error(format!("descriptor requires a host object, not '{}'", vm.type_name(slf)))),
    }
}

/// The arguments after self, still knowing the declaration they were
/// bound with (so `arg(i)` of a missing optional one is its default).
fn rest<'a>(a: &Args<'a>) -> Args<'a> {
    Args { pos: a.pos.get(1..).unwrap_or(&[]), kw: a.kw, sig: a.sig, nself: 0, name: a.name }
}

fn dispatch<const I: usize>(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = receiver(vm, &a)?;
    h.guard(vm, I)?;
    if matches!(h.methods().get(I), Some(&"__enter__") | Some(&"__iter__")) {
        // By convention these return the object itself.
        return Ok(a.pos[0]);
    }
    h.call_method(vm, I, rest(&a))
}

macro_rules! table {
    ($($i:literal)*) => { [$(dispatch::<$i> as NativeFn),*] };
}
static DISPATCH: [NativeFn; MAX_METHODS] =
    table!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31);

fn host_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = receiver(vm, &a)?;
    let s = h.repr();
    vm.new_string(s)
}

fn host_call(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = receiver(vm, &a)?;
    h.call(vm, rest(&a))
}

fn host_getattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = receiver(vm, &a)?;
    let name = a.pos.get(1).and_then(|v| vm.str_of(*v)).unwrap_or("").to_string();
    match h.attr(vm, &name) {
        Some(r) => r,
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", h.class_name(), name))),
    }
}

fn host_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let h = receiver(vm, &a)?;
    let mut out = Vec::new();
    for m in h.methods() {
        out.push(vm.new_str(m)?);
    }
    vm.new_list(out)
}

/// A host function: a Rust closure callable from Python.
pub struct HostFunction {
    pub name: String,
    #[allow(clippy::type_complexity)]
    pub f: Box<dyn Fn(&mut Vm, Args<'_>) -> PyResult<Value> + Send + Sync>,
}

impl HostObject for HostFunction {
    fn class_name(&self) -> &'static str {
        "builtin_function_or_method"
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
        (self.f)(vm, args)
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__name__" | "__qualname__" => Some(vm.new_str(&self.name)),
            "__doc__" => Some(Ok(Value::None)),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        format!("<built-in function {}>", self.name)
    }
}

/// A host function as a Python value.
pub fn new_host_function(
    vm: &mut Vm,
    name: &str,
    f: impl Fn(&mut Vm, Args<'_>) -> PyResult<Value> + Send + Sync + 'static,
) -> PyResult<Value> {
    new_host_object(vm, Arc::new(HostFunction { name: name.to_string(), f: Box::new(f) }))
}

/// Raise the built-in exception named `type_name` (falls back to
/// `RuntimeError` for unknown names).
pub fn raise(vm: &mut Vm, type_name: &str, message: impl Into<String>) -> Unwind {
    let t = vm
        .t
        .exc_by_name
        .iter()
        .find(|(n, _)| *n == type_name)
        .map(|(_, r)| *r)
        .unwrap_or(vm.t.runtime_error);
    vm.exc_msg(t, message)
}

/// Make a module object and register it in the interpreter's `sys.modules`.
pub fn register_module(vm: &mut Vm, name: &str, attrs: Vec<(String, Value)>) -> PyResult<ObjRef> {
    let m = crate::builtins::types::function::new_module(vm, name)?;
    let key = vm.new_str(name)?;
    let mods = vm.modules;
    vm.dict_set(mods, key, Value::Obj(m))?;
    let Some(d) = vm.heap.get(m).dict else { return Ok(m) };
    for (k, v) in attrs {
        let kr = vm.intern(&k);
        vm.dict_set(d, Value::Obj(kr), v)?;
    }
    Ok(m)
}

/// Set (or, with `None`, remove) a name in the interpreter's built-ins.
pub fn set_builtin(vm: &mut Vm, name: &str, v: Option<Value>) -> PyResult<()> {
    let k = Value::Obj(vm.intern(name));
    let b = vm.builtins;
    match v {
        Some(v) => vm.dict_set(b, k, v),
        None => {
            if vm.dict_get(b, k)?.is_some() {
                vm.dict_del(b, k)?;
            }
            Ok(())
        }
    }
}

// ----- plain data ---------------------------------------------------------

/// Plain data crossing the host boundary by copy. Never a reference into
/// an interpreter's heap.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    None,
    Bool(bool),
    Int(i64),
    /// An int beyond 64 bits.
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Data>),
    Tuple(Vec<Data>),
    /// Key/value pairs in insertion order.
    Dict(Vec<(Data, Data)>),
}

impl Data {
    /// The Python type name of this value, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Data::None => "NoneType",
            Data::Bool(_) => "bool",
            Data::Int(_) | Data::BigInt(_) => "int",
            Data::Float(_) => "float",
            Data::Str(_) => "str",
            Data::Bytes(_) => "bytes",
            Data::List(_) => "list",
            Data::Tuple(_) => "tuple",
            Data::Dict(_) => "dict",
        }
    }
}

/// Deepest nesting converted (deeper, or a cycle, is a `ValueError`).
pub const MAX_DATA_DEPTH: usize = 200;

/// Make a Python value of this interpreter from plain data (charged to its
/// memory budget).
pub fn from_data(vm: &mut Vm, d: &Data) -> PyResult<Value> {
    from_data_depth(vm, d, 0)
}

fn from_data_depth(vm: &mut Vm, d: &Data, depth: usize) -> PyResult<Value> {
    if depth > MAX_DATA_DEPTH {
        return Err(vm.value_error("value too deeply nested to copy in"));
    }
    Ok(match d {
        Data::None => Value::None,
        Data::Bool(b) => Value::Bool(*b),
        Data::Int(i) => Value::Int(*i),
        Data::BigInt(b) => vm.new_int(b.clone())?,
        Data::Float(f) => Value::Float(*f),
        Data::Str(s) => vm.new_str(s)?,
        Data::Bytes(b) => {
            vm.reserve(b.len())?;
            vm.new_bytes(b.clone())?
        }
        Data::List(items) | Data::Tuple(items) => {
            vm.reserve(items.len().saturating_mul(16))?;
            let mut out = Vec::with_capacity(items.len());
            let base = vm.temp_roots.len();
            for it in items {
                let v = from_data_depth(vm, it, depth + 1);
                match v {
                    Ok(v) => {
                        vm.temp_roots.push(v);
                        out.push(v)
                    }
                    Err(e) => {
                        vm.temp_roots.truncate(base);
                        return Err(e);
                    }
                }
            }
            let r = if matches!(d, Data::List(_)) { vm.new_list(out) } else { vm.new_tuple(out) };
            vm.temp_roots.truncate(base);
            r?
        }
        Data::Dict(pairs) => {
            let dr = vm.new_dict()?;
            vm.temp_roots.push(Value::Obj(dr));
            let r = (|| {
                for (k, x) in pairs {
                    let kv = from_data_depth(vm, k, depth + 1)?;
                    vm.temp_roots.push(kv);
                    let xv = from_data_depth(vm, x, depth + 1);
                    vm.temp_roots.pop();
                    vm.dict_set(dr, kv, xv?)?;
                }
                Ok(())
            })();
            vm.temp_roots.pop();
            r?;
            Value::Obj(dr)
        }
    })
}
