//! The type system: type objects and how they behave — the handles of
//! the built-in types and interned names, making a built-in type and
//! adding its natives, C3 linearisation, attribute lookup along the MRO
//! (with its cache) and the flags a type derives from its attributes.
//! The built-in types' methods themselves are the built-ins layer's
//! (`builtins::types`).

use crate::object::dict::Dict;
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::object::value::Value;
use crate::interp::native::{Decl, NativeDef, Sig};
use crate::interp::vm::{NativeFn, PyResult, Unwind, Vm};

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// Handles of the built-in type objects.
        #[derive(Clone)]
        pub struct BuiltinTypes {
            $(pub $field: ObjRef,)*
            pub empty_tuple: ObjRef,
            /// The bytes objects of length 0 and 1 (`b''` at 256, `bytes([i])`
            /// at `i`): shared, as CPython's are, so the one-byte slices and
            /// reads a byte-at-a-time decoder makes cost no allocation.
            pub byte_chars: std::sync::Arc<[ObjRef]>,
            /// Exception types by name, in creation order.
            pub exc_by_name: Vec<(&'static str, ObjRef)>,
        }
        impl BuiltinTypes {
            pub fn placeholder() -> BuiltinTypes {
                BuiltinTypes { $($field: ObjRef::unchecked(0),)* empty_tuple: ObjRef::unchecked(0), byte_chars: std::sync::Arc::new([]), exc_by_name: Vec::new() }
            }
            pub fn trace(&self, out: &mut Vec<Value>) {
                $(out.push(Value::Obj(self.$field));)*
                out.push(Value::Obj(self.empty_tuple));
                out.extend(self.byte_chars.iter().map(|&r| Value::Obj(r)));
                out.extend(self.exc_by_name.iter().map(|(_, r)| Value::Obj(*r)));
            }
        }
    };
}

builtin_types!(
    object, type_, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set,
    frozenset, range, slice, none_type, notimpl_type, ellipsis_type, function, builtin_function,
    method, property, staticmethod, classmethod, super_, generator, coroutine, async_generator,
    cell, module, code, traceback, dict_keys, dict_values, dict_items, list_iterator,
    tuple_iterator, range_iterator, str_iterator, dict_keyiterator, dict_valueiterator,
    dict_itemiterator, set_iterator, callable_iterator, seq_iterator, reversed, enumerate, zip,
    map, filter, member_descriptor, agen_asend, agen_athrow, anext_awaitable, native_object, mappingproxy,
    getset_descriptor, memoryview, array, array_iterator,
    // exceptions used by the VM itself
    base_exception, exception, type_error, value_error, attribute_error, key_error, index_error,
    name_error, unbound_local_error, zero_division_error, overflow_error, stop_iteration,
    stop_async_iteration, generator_exit, recursion_error, runtime_error, not_implemented_error,
    assertion_error, lookup_error, arithmetic_error, memory_error, syntax_error, import_error,
    module_not_found_error, unicode_decode_error, unicode_encode_error, keyboard_interrupt,
    system_exit, base_exception_group, exception_group, os_error, eof_error, unicode_error,
    indentation_error,
);

macro_rules! names {
    ($($field:ident = $s:expr),* $(,)?) => {
        /// Interned names the VM looks up by identity.
        #[derive(Clone)]
        pub struct Names { $(pub $field: ObjRef,)* }
        impl Names {
            pub fn placeholder() -> Names { Names { $($field: ObjRef::unchecked(0),)* } }
            pub fn build(vm: &mut Vm) -> Names { Names { $($field: vm.intern_static($s),)* } }
            pub fn trace(&self, out: &mut Vec<Value>) { $(out.push(Value::Obj(self.$field));)* }
        }
    };
}

names!(
    __init__ = "__init__", __new__ = "__new__", __call__ = "__call__", __repr__ = "__repr__",
    __str__ = "__str__", __format__ = "__format__", __hash__ = "__hash__", __eq__ = "__eq__",
    __ne__ = "__ne__", __lt__ = "__lt__", __le__ = "__le__", __gt__ = "__gt__", __ge__ = "__ge__",
    __bool__ = "__bool__", __len__ = "__len__", __iter__ = "__iter__", __next__ = "__next__",
    __getitem__ = "__getitem__", __setitem__ = "__setitem__", __delitem__ = "__delitem__",
    __contains__ = "__contains__", __getattr__ = "__getattr__",
    __getattribute__ = "__getattribute__", __setattr__ = "__setattr__",
    __delattr__ = "__delattr__", __get__ = "__get__", __set__ = "__set__",
    __delete__ = "__delete__", __del__ = "__del__", __set_name__ = "__set_name__",
    __init_subclass__ = "__init_subclass__", __class_getitem__ = "__class_getitem__",
    __enter__ = "__enter__", __exit__ = "__exit__", __aenter__ = "__aenter__",
    __aexit__ = "__aexit__", __aiter__ = "__aiter__", __anext__ = "__anext__",
    __await__ = "__await__", __index__ = "__index__", __int__ = "__int__",
    __float__ = "__float__", __complex__ = "__complex__", __neg__ = "__neg__", __pos__ = "__pos__",
    __abs__ = "__abs__", __invert__ = "__invert__", __round__ = "__round__",
    __trunc__ = "__trunc__", __floor__ = "__floor__", __ceil__ = "__ceil__",
    __reversed__ = "__reversed__", __missing__ = "__missing__", __dict__ = "__dict__",
    __class__ = "__class__", __name__ = "__name__", __qualname__ = "__qualname__",
    __module__ = "__module__", __doc__ = "__doc__", __slots__ = "__slots__",
    __mro_entries__ = "__mro_entries__", __prepare__ = "__prepare__",
    __instancecheck__ = "__instancecheck__", __subclasscheck__ = "__subclasscheck__",
    __builtins__ = "__builtins__", builtins = "builtins", __annotations__ = "__annotations__",
    __classcell__ = "__classcell__", __length_hint__ = "__length_hint__",
    __dir__ = "__dir__", __sizeof__ = "__sizeof__", __bytes__ = "__bytes__",
    __weakref__ = "__weakref__", __main__ = "__main__", __file__ = "__file__",
    __spec__ = "__spec__", __loader__ = "__loader__", __package__ = "__package__",
    __fspath__ = "__fspath__", __reduce__ = "__reduce__",
    __add__ = "__add__", __radd__ = "__radd__", __iadd__ = "__iadd__",
    __sub__ = "__sub__", __rsub__ = "__rsub__", __isub__ = "__isub__",
    __mul__ = "__mul__", __rmul__ = "__rmul__", __imul__ = "__imul__",
    __truediv__ = "__truediv__", __rtruediv__ = "__rtruediv__", __itruediv__ = "__itruediv__",
    __floordiv__ = "__floordiv__", __rfloordiv__ = "__rfloordiv__",
    __ifloordiv__ = "__ifloordiv__", __mod__ = "__mod__", __rmod__ = "__rmod__",
    __imod__ = "__imod__", __pow__ = "__pow__", __rpow__ = "__rpow__", __ipow__ = "__ipow__",
    __matmul__ = "__matmul__", __rmatmul__ = "__rmatmul__", __imatmul__ = "__imatmul__",
    __lshift__ = "__lshift__", __rlshift__ = "__rlshift__", __ilshift__ = "__ilshift__",
    __rshift__ = "__rshift__", __rrshift__ = "__rrshift__", __irshift__ = "__irshift__",
    __and__ = "__and__", __rand__ = "__rand__", __iand__ = "__iand__",
    __or__ = "__or__", __ror__ = "__ror__", __ior__ = "__ior__",
    __xor__ = "__xor__", __rxor__ = "__rxor__", __ixor__ = "__ixor__",
    __divmod__ = "__divmod__", __rdivmod__ = "__rdivmod__",
    send = "send", throw = "throw", close = "close", args = "args", value = "value",
    keys = "keys", items = "items", mro = "mro", empty = "", __abstractmethods__ = "__abstractmethods__",
    __match_args__ = "__match_args__", __orig_bases__ = "__orig_bases__",
    __copy__ = "__copy__", __deepcopy__ = "__deepcopy__", lambda = "<lambda>",
    __notes__ = "__notes__", __traceback__ = "__traceback__", __cause__ = "__cause__",
    __context__ = "__context__", __suppress_context__ = "__suppress_context__",
    __wrapped__ = "__wrapped__", __func__ = "__func__", __self__ = "__self__",
    __defaults__ = "__defaults__", __kwdefaults__ = "__kwdefaults__", __code__ = "__code__",
    __bases__ = "__bases__", __mro__ = "__mro__", __base__ = "__base__",
    __type_params__ = "__type_params__", __objclass__ = "__objclass__",
    __isabstractmethod__ = "__isabstractmethod__",
);

#[cold]
pub fn not_a_type() -> ! {
    panic!("pyx-vm: expected a type object")
}

/// A built-in type under construction.
pub struct TypeSpec {
    pub name: &'static str,
    pub base: Option<ObjRef>,
    pub layout: Layout,
    pub has_dict: bool,
    pub base_ok: bool,
}

pub fn new_type_data(name: &str, bases: Vec<ObjRef>, layout: Layout) -> TypeData {
    TypeData {
        name: name.into(),
        qualname: Value::None,
        module: Value::None,
        bases,
        mro: Vec::new(),
        dict: Dict::new(),
        layout,
        builtin: true,
        has_dict: false,
        nslots: 0,
        base_ok: true,
        flags: TypeFlags::default(),
        dict_hint: 0,
        shared_keys: None,
        init_plan: None,
    }
}

/// Create a built-in type (start-up only; never fails).
pub fn make_builtin(vm: &mut Vm, spec: TypeSpec) -> ObjRef {
    let bases: Vec<ObjRef> = spec.base.into_iter().collect();
    let mut td = new_type_data(spec.name, bases.clone(), spec.layout);
    td.has_dict = spec.has_dict;
    td.base_ok = spec.base_ok;
    let class = vm.t.type_;
    let r = match vm.alloc(class, Payload::Type(Box::new(td))) {
        Ok(r) => r,
        Err(_) => panic!("pyx-vm: start-up allocation failed"),
    };
    let mut mro = vec![r];
    if let Some(b) = spec.base {
        mro.extend_from_slice(&vm.type_data(b).mro);
    }
    // Strings made before `str` itself exists would carry the wrong class
    // for ever (interned ones are shared): `bootstrap` names the first
    // types once `str` is there.
    vm.type_data_mut(r).mro = mro;
    if vm.t.str == vm.t.object {
        return r;
    }
    let name = vm.new_str(spec.name).unwrap_or(Value::None);
    let module = Value::Obj(vm.intern("builtins"));
    let td = vm.type_data_mut(r);
    td.qualname = name;
    td.module = module;
    r
}

/// Register native methods on a type (see `native.rs` for the door
/// every call goes through).
pub fn add_methods(vm: &mut Vm, ty: ObjRef, methods: &[NativeDef]) {
    // Size the namespace once rather than regrowing it method by method.
    vm.type_data_mut(ty).dict.reserve(methods.len());
    for &(name, decl, f) in methods {
        add_native(vm, ty, name, decl, f, NativeKind::Method);
    }
}

pub fn add_native(vm: &mut Vm, ty: ObjRef, name: &'static str, decl: Decl, f: NativeFn, kind: NativeKind) {
    let class = vm.t.builtin_function;
    let nd = NativeData { name, f, kind, owner: Some(ty), bound: Value::Null, sig: Sig::of(decl), module: "" };
    let func = match vm.alloc(class, Payload::Native(Box::new(nd))) {
        Ok(r) => r,
        Err(_) => panic!("pyx-vm: start-up allocation failed"),
    };
    let key = vm.intern_static(name);
    set_type_attr_raw(vm, ty, key, Value::Obj(func));
}

/// A native function with no module to name (no receiver).
pub fn new_function(vm: &mut Vm, name: &'static str, decl: Decl, f: NativeFn) -> PyResult<ObjRef> {
    new_module_function(vm, "", None, name, decl, f)
}

/// A native function of the module named `module` (`builtins`, `math`):
/// its `__module__`, the name its argument errors carry, and where its
/// docstring is looked up (`docs.rs`); `module_obj`, when there is one, is
/// its `__self__`. Native modules are made by `native::NativeModule`.
pub fn new_module_function(vm: &mut Vm, module: &'static str, module_obj: Option<ObjRef>, name: &'static str, decl: Decl, f: NativeFn) -> PyResult<ObjRef> {
    let nd = NativeData { name, f, kind: NativeKind::Function, owner: module_obj, bound: Value::Null, sig: Sig::of(decl), module };
    vm.alloc(vm.t.builtin_function, Payload::Native(Box::new(nd)))
}

/// The module object a native function was made for, its `__self__`.
pub fn native_function_module(vm: &Vm, nd: &NativeData) -> Option<ObjRef> {
    match nd.owner {
        Some(o) if nd.kind == NativeKind::Function && matches!(vm.heap.get(o).payload, Payload::Module(_)) => Some(o),
        // The built-in functions are made before the `builtins` module
        // (whose namespace is the built-ins dict): theirs is found there.
        None if nd.kind == NativeKind::Function && nd.module == "builtins" => {
            let m = vm.dict_get_str(vm.modules, vm.n.builtins)?.as_obj()?;
            let is_ours = matches!(vm.heap.get(m).payload, Payload::Module(_)) && vm.heap.get(m).dict == Some(vm.builtins);
            is_ours.then_some(m)
        }
        _ => None,
    }
}

/// `name` in `ty`'s own namespace (not its bases').
pub fn own_attr(vm: &Vm, ty: ObjRef, name: ObjRef) -> Option<Value> {
    let h = vm.str_hash_cached(name);
    let heap = &vm.heap;
    let Payload::Type(td) = &heap.get(ty).payload else { return None };
    let p = td.dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, name))?;
    td.dict.entry_at(p).map(|e| e.value)
}

/// Store into a type's dict without descriptor logic or flag refresh.
pub fn set_type_attr_raw(vm: &mut Vm, ty: ObjRef, key: ObjRef, v: Value) {
    vm.clear_type_cache();
    let h = vm.str_hash(key);
    let heap = &vm.heap;
    let pos = match &heap.get(ty).payload {
        Payload::Type(td) => td.dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, key)),
        _ => None,
    };
    let td = vm.type_data_mut(ty);
    match pos {
        Some(p) => td.dict.set_value_at(p, v),
        None => td.dict.push_new(h, Value::Obj(key), v),
    }
}

/// Look `name` (an interned str) up along the MRO of `ty` (cached).
#[inline]
pub fn lookup(vm: &Vm, ty: ObjRef, name: ObjRef) -> Option<Value> {
    let mix = ((ty.id().wrapping_mul(0x9E37_79B1) ^ name.id().wrapping_mul(0x85EB_CA6B)) >> 20) as usize;
    let gen = vm.type_cache_gen.get();
    {
        let c = vm.type_cache.borrow();
        let e = c[mix & (c.len() - 1)];
        if e.0 == ty.id() && e.1 == name.id() && e.2 == gen {
            return if e.3.is_null() { None } else { Some(e.3) };
        }
    }
    let r = lookup_uncached(vm, ty, name);
    let mut c = vm.type_cache.borrow_mut();
    if c.len() < crate::interp::vm::TYPE_CACHE_SIZE {
        // Still small: after as many misses as the full size, grow to it
        // (the entries kept so far are dropped; they are only a cache).
        let misses = vm.type_cache_misses.get() + 1;
        vm.type_cache_misses.set(misses);
        if misses as usize >= crate::interp::vm::TYPE_CACHE_SIZE {
            *c = vec![(u32::MAX, 0, 0, Value::Null); crate::interp::vm::TYPE_CACHE_SIZE];
        }
    }
    let slot = mix & (c.len() - 1);
    c[slot] = (ty.id(), name.id(), gen, r.unwrap_or(Value::Null));
    r
}

fn lookup_uncached(vm: &Vm, ty: ObjRef, name: ObjRef) -> Option<Value> {
    let h = vm.str_hash_cached(name);
    let heap = &vm.heap;
    let Payload::Type(td) = &heap.get(ty).payload else { return None };
    for &t in td.mro.iter() {
        if let Payload::Type(tt) = &heap.get(t).payload {
            if let Some(p) = tt.dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, name)) {
                if let Some(e) = tt.dict.entry_at(p) {
                    return Some(e.value);
                }
            }
        }
    }
    None
}

/// C3 linearisation of `bases` for a new class `cls`.
pub fn compute_mro(vm: &mut Vm, cls: ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| vm.type_data(b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = vm.type_data(s[0]).name.to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// Whether a class attribute named `name` can change a type's fast flags:
/// the names `refresh_flags` looks for (keep the two in step). Setting any
/// other attribute need not rescan the live types.
pub fn name_affects_flags(name: &str) -> bool {
    matches!(
        name,
        "__getattribute__"
            | "__getattr__"
            | "__setattr__"
            | "__delattr__"
            | "__eq__"
            | "__ne__"
            | "__hash__"
            | "__del__"
            | "__bool__"
            | "__len__"
    )
}

/// Recompute the fast flags of `ty` from its MRO.
pub fn refresh_flags(vm: &mut Vm, ty: ObjRef) {
    let object = vm.t.object;
    let n = &*vm.n;
    let (ga, gat, sa, da, eq, ne, hs, del) =
        (n.__getattribute__, n.__getattr__, n.__setattr__, n.__delattr__, n.__eq__, n.__ne__, n.__hash__, n.__del__);
    let (bo, ln) = (n.__bool__, n.__len__);
    let mro = vm.type_data(ty).mro.clone();
    let mut f = TypeFlags::default();
    for &t in &mro {
        if t == object {
            continue;
        }
        let td = vm.type_data(t);
        let has = |name: ObjRef| {
            let h = vm.str_hash_cached(name);
            td.dict.find(h, |k| crate::interp::ops::str_key_eq(&vm.heap, k, name)).is_some()
        };
        if !td.builtin || t == vm.t.type_ {
            f.custom_getattribute |= has(ga) && !td.builtin;
            f.custom_setattr |= (has(sa) || has(da)) && !td.builtin;
            f.custom_eq_hash |= (has(eq) || has(hs)) && !td.builtin;
            f.has_del |= has(del) && !td.builtin;
        }
        f.has_getattr |= has(gat);
        f.eq_or_ne |= has(eq) || has(ne);
        f.has_truth |= has(bo) || has(ln);
    }
    // Collections ask about unreachable instances once any class could
    // have them need `__del__`.
    vm.heap.has_del_classes |= f.has_del;
    vm.type_data_mut(ty).flags = f;
}

/// Refresh flags of `ty` and every type whose MRO contains it (after a
/// class attribute assignment).
pub fn refresh_flags_all(vm: &mut Vm, changed: ObjRef) {
    // Subclass lists are not kept (no `__subclasses__`); scan live types.
    let mut tys = Vec::new();
    vm.heap_for_each_type(|r, td| {
        if td.mro.contains(&changed) {
            tys.push(r)
        }
    });
    for t in tys {
        refresh_flags(vm, t);
    }
}

impl Vm {
    pub fn heap_for_each_type(&self, mut f: impl FnMut(ObjRef, &TypeData)) {
        for i in 0..self.heap.slot_count() {
            let Some(r) = self.heap.handle_at(i) else { continue };
            if let Payload::Type(td) = &self.heap.get(r).payload {
                if !td.builtin {
                    f(r, td)
                }
            }
        }
    }

    /// A new exception of type `ty` with a message, as an `Unwind`.
    pub fn exc_msg(&mut self, ty: ObjRef, msg: impl Into<String>) -> Unwind {
        let msg: String = msg.into();
        match self.new_exception_msg(ty, &msg) {
            Ok(e) => Unwind::Exception(e),
            Err(u) => u,
        }
    }
    /// The `__qualname__` of `v`'s type (its name when it has none), as
    /// CPython's messages that use `PyType_GetQualName` show it.
    pub fn type_qualname_of(&self, v: Value) -> String {
        let t = self.type_of(v);
        let td = self.type_data(t);
        match self.str_of(td.qualname) {
            Some(q) => q.to_string(),
            None => td.name.to_string(),
        }
    }
    pub fn type_error(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.type_error, msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.value_error, msg)
    }
    pub fn index_error(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.index_error, msg)
    }
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.attribute_error, msg)
    }
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.overflow_error, msg)
    }
    pub fn zero_division(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.zero_division_error, msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> Unwind {
        self.exc_msg(self.t.runtime_error, msg)
    }
    pub fn recursion_error(&mut self) -> Unwind {
        self.exc_msg(self.t.recursion_error, "maximum recursion depth exceeded")
    }
    /// KeyError(key): the key itself is the argument.
    pub fn key_error(&mut self, key: Value) -> Unwind {
        match self.new_exception(self.t.key_error, vec![key]) {
            Ok(e) => Unwind::Exception(e),
            Err(u) => u,
        }
    }
}
