//! Attribute access per the data model: data descriptors on the type,
//! then the instance dict, then non-data descriptors and plain class
//! attributes, then `__getattr__`. Types and modules have their own rules.

use crate::object::heap::ObjRef;
use crate::object::*;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Unwind, Vm};

/// What `load_method` found.
pub enum MethodLookup {
    /// An unbound function/native method to call with the object prepended.
    Unbound(Value),
    /// An ordinary attribute value (already bound if needed).
    Attr(Value),
}

impl Vm {
    pub fn getattr_str(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, n)
    }

    /// `getattr(obj, name)` or `None` when it raises AttributeError.
    ///
    /// With the generic lookup (no `__getattribute__`, `__getattr__` or
    /// `super`), a miss is found without building the AttributeError, as
    /// CPython's `_PyObject_LookupAttr` does: `getattr(x, name, None)` and
    /// `hasattr` on a missing name cost a lookup, not an exception.
    pub fn getattr_opt(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let flags = self.type_data(t).flags;
        let generic = !flags.custom_getattribute && !flags.has_getattr && !matches!(self.payload(obj), Some(Payload::Super(_)));
        let r = if generic { self.generic_getattr_opt(obj, name) } else { self.getattr(obj, name).map(Some) };
        match r {
            Ok(v) => Ok(v),
            Err(Unwind::Exception(e)) if self.exc_is(e, self.t.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn getattr(&mut self, obj: Value, name: ObjRef) -> PyResult<Value> {
        let t = self.type_of(obj);
        let flags = self.type_data(t).flags;
        if let Some(Payload::Super(_)) = self.payload(obj) {
            let f = crate::builtins::types::function::super_getattr;
            return f(self, obj, name);
        }
        let r = if flags.custom_getattribute {
            match crate::interp::typesys::lookup(self, t, self.n.__getattribute__) {
                Some(m) => {
                    let r = self.call_unbound(m, obj, &[Value::Obj(name)]);
                    self.augment_attribute_error(r, obj, name)
                }
                None => self.generic_getattr(obj, name),
            }
        } else {
            self.generic_getattr(obj, name)
        };
        match r {
            Err(Unwind::Exception(e)) if flags.has_getattr && self.exc_is(e, self.t.attribute_error) => {
                match crate::interp::typesys::lookup(self, t, self.n.__getattr__) {
                    Some(m) => {
                        let r = self.call_unbound(m, obj, &[Value::Obj(name)]);
                        self.augment_attribute_error(r, obj, name)
                    }
                    None => Err(Unwind::Exception(e)),
                }
            }
            r => r,
        }
    }

    pub fn no_attr(&mut self, obj: Value, name: ObjRef) -> Unwind {
        let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        if let Some(Payload::Type(td)) = self.payload(obj) {
            let tn = td.name.to_string();
            let e = self.attribute_error(format!("type object '{}' has no attribute '{}'", tn, n));
            return self.with_attribute_hint(e, obj, name);
        }
        if let Some(Payload::Module(m)) = self.payload(obj) {
            let mn = self.str_of(m.name).unwrap_or("?").to_string();
            let e = self.attribute_error(format!("module '{}' has no attribute '{}'", mn, n));
            return self.with_attribute_hint(e, obj, name);
        }
        let tn = self.type_name(obj);
        let e = self.attribute_error(format!("'{}' object has no attribute '{}'", tn, n));
        self.with_attribute_hint(e, obj, name)
    }

    /// CPython's checks on what an exception's `__cause__`, `__context__`
    /// and `__traceback__` may be set to.
    pub fn check_exception_link(&mut self, name: &str, value: Value) -> PyResult<()> {
        let is_exc = || matches!(self.payload(value), Some(Payload::Exception(_)));
        let ok = match name {
            "__cause__" | "__context__" => value.is_none() || is_exc(),
            "__traceback__" => value.is_none() || matches!(self.payload(value), Some(Payload::Traceback(_))),
            _ => true,
        };
        if ok {
            return Ok(());
        }
        Err(self.type_error(match name {
            "__cause__" => "exception cause must be None or derive from BaseException".to_string(),
            "__context__" => "exception context must be None or derive from BaseException".to_string(),
            _ => "__traceback__ must be a traceback or None".to_string(),
        }))
    }

    /// Set an `AttributeError`'s `name` (or `obj`): both live in its
    /// suggestion hint, which the "Did you mean" of its traceback reads.
    pub fn set_attribute_error_part(&mut self, e: ObjRef, is_name: bool, value: Value) {
        if let Payload::Exception(ed) = &mut self.heap.get_mut(e).payload {
            let (mut obj, mut name) = match ed.hint.as_deref() {
                Some(crate::object::SuggestionHint::Attribute { obj, name }) => (*obj, *name),
                _ => (Value::None, Value::None),
            };
            if is_name {
                name = value;
            } else {
                obj = value;
            }
            ed.hint = Some(Box::new(crate::object::SuggestionHint::Attribute { obj, name }));
        }
    }

    /// CPython's augmenting of an `AttributeError` raised by a
    /// `__getattr__` or `__getattribute__` without `name` and `obj`: the
    /// failed lookup's object and name fill them in.
    fn augment_attribute_error(&mut self, r: PyResult<Value>, obj: Value, name: ObjRef) -> PyResult<Value> {
        if let Err(Unwind::Exception(e)) = &r {
            let e = *e;
            if self.exc_is(e, self.t.attribute_error) {
                if let Payload::Exception(ed) = &mut self.heap.get_mut(e).payload {
                    let bare = match ed.hint.as_deref() {
                        None => true,
                        Some(crate::object::SuggestionHint::Attribute { obj, name }) => obj.is_none() && name.is_none(),
                        Some(_) => false,
                    };
                    if bare {
                        ed.hint = Some(Box::new(crate::object::SuggestionHint::Attribute { obj, name: Value::Obj(name) }));
                    }
                }
            }
        }
        r
    }

    /// Keep `obj` and `name` on an `AttributeError` for the "Did you
    /// mean" its printed traceback shows.
    fn with_attribute_hint(&mut self, e: Unwind, obj: Value, name: ObjRef) -> Unwind {
        if let Unwind::Exception(r) = e {
            if let Payload::Exception(ed) = &mut self.heap.get_mut(r).payload {
                ed.hint = Some(Box::new(crate::object::SuggestionHint::Attribute { obj, name: Value::Obj(name) }));
            }
        }
        e
    }

    /// Does this class attribute take precedence over the instance dict
    /// on a load: a data descriptor (defines `__set__` or `__delete__`)
    /// with a `__get__`? (CPython's rule: one with `__set__` only is
    /// returned as is, and only when the instance dict has no such name.)
    fn is_data_descr(&self, d: Value) -> bool {
        match self.payload(d) {
            Some(Payload::Property(_)) | Some(Payload::Member(_)) | Some(Payload::InstanceAttrDescr(..)) => true,
            Some(Payload::Function(_)) | Some(Payload::Native(_)) | Some(Payload::StaticMethod(_))
            | Some(Payload::ClassMethod(_)) | Some(Payload::Str(_)) | Some(Payload::Type(_)) => false,
            None => false,
            Some(_) => {
                let dt = self.type_of(d);
                if self.type_data(dt).builtin {
                    return false;
                }
                crate::interp::typesys::lookup(self, dt, self.n.__get__).is_some()
                    && (crate::interp::typesys::lookup(self, dt, self.n.__set__).is_some()
                        || crate::interp::typesys::lookup(self, dt, self.n.__delete__).is_some())
            }
        }
    }

    /// Apply a descriptor's `__get__` (or return the value as is).
    pub fn descr_get(&mut self, d: Value, obj: Value, owner: ObjRef) -> PyResult<Value> {
        match self.payload(d) {
            Some(Payload::Function(_)) => {
                if obj.is_null() {
                    // Accessed on the class: the plain function.
                    return Ok(d);
                }
                self.alloc_val(self.t.method, Payload::Method(d, obj))
            }
            Some(Payload::Native(n)) => match n.kind {
                NativeKind::Method if n.bound.is_null() => {
                    let nd = NativeData { name: n.name, f: n.f, kind: n.kind, owner: n.owner, bound: obj, sig: n.sig, module: n.module };
                    self.alloc_val(self.t.builtin_function, Payload::Native(Box::new(nd)))
                }
                NativeKind::ClassMethod if n.bound.is_null() => {
                    let nd = NativeData { name: n.name, f: n.f, kind: n.kind, owner: n.owner, bound: Value::Obj(owner), sig: n.sig, module: n.module };
                    self.alloc_val(self.t.builtin_function, Payload::Native(Box::new(nd)))
                }
                _ => Ok(d),
            },
            Some(Payload::InstanceAttrDescr(_, is_dict)) => {
                if obj.is_null() {
                    return Ok(d);
                }
                if !*is_dict {
                    return Ok(Value::None);
                }
                match crate::builtins::types::object::special_attr(self, obj, self.n.__dict__)? {
                    Some(v) => Ok(v),
                    None => Err(self.no_attr(obj, self.n.__dict__)),
                }
            }
            Some(Payload::StaticMethod(f)) => Ok(*f),
            Some(Payload::ClassMethod(f)) => {
                let f = *f;
                let cls = if obj.is_null() { owner } else { self.type_of(obj) };
                self.alloc_val(self.t.method, Payload::Method(f, Value::Obj(cls)))
            }
            Some(Payload::Property(p)) => {
                let fget = p.fget;
                // A property subclass may override __get__ (enum.property,
                // types.DynamicClassAttribute): call that one.
                if let Some(g) = self.overridden_property_slot(d, self.n.__get__) {
                    let o = if obj.is_null() { Value::None } else { obj };
                    return self.nested(|vm| vm.call_unbound(g, d, &[o, Value::Obj(owner)]));
                }
                if obj.is_null() {
                    return Ok(d);
                }
                if fget.is_none() {
                    let pn = self.property_name(d);
                    let tn = self.type_qualname_of(obj);
                    return Err(self.attribute_error(format!(
                        "property {}of '{}' object has no getter",
                        pn, tn
                    )));
                }
                self.call(fget, &[obj])
            }
            Some(Payload::Member(m)) => {
                if obj.is_null() {
                    return Ok(d);
                }
                let (idx, name) = (m.index, m.name);
                let v = match self.payload(obj) {
                    Some(Payload::Instance(slots, None)) => slots.get(idx).copied().unwrap_or(Value::Null),
                    _ => Value::Null,
                };
                if v.is_null() {
                    let n = self.str_of(name).unwrap_or("").to_string();
                    let tn = self.type_name(obj);
                    return Err(self.attribute_error(format!("'{}' object has no attribute '{}'", tn, n)));
                }
                Ok(v)
            }
            Some(_) => {
                let dt = self.type_of(d);
                if self.type_data(dt).builtin {
                    return Ok(d);
                }
                match crate::interp::typesys::lookup(self, dt, self.n.__get__) {
                    Some(g) => {
                        let o = if obj.is_null() { Value::None } else { obj };
                        self.nested(|vm| vm.call_unbound(g, d, &[o, Value::Obj(owner)]))
                    }
                    None => Ok(d),
                }
            }
            None => Ok(d),
        }
    }

    /// The `name` slot (`__get__`, `__set__`) of a property subclass
    /// when the subclass overrides property's own; None for property
    /// itself and for subclasses that do not override it.
    fn overridden_property_slot(&self, d: Value, name: ObjRef) -> Option<Value> {
        let dt = self.type_of(d);
        if dt == self.t.property {
            return None;
        }
        let found = crate::interp::typesys::lookup(self, dt, name)?;
        let base = crate::interp::typesys::lookup(self, self.t.property, name);
        match base {
            Some(b) if b.is(found) => None,
            _ => Some(found),
        }
    }

    pub(crate) fn property_name(&self, p: Value) -> String {
        match self.payload(p) {
            Some(Payload::Property(pd)) => match self.str_of(pd.name) {
                Some(s) => format!("'{}' ", s),
                None => String::new(),
            },
            _ => String::new(),
        }
    }

    /// Look `name` up in an instance dict (str keys).
    pub fn dict_get_str(&self, d: ObjRef, name: ObjRef) -> Option<Value> {
        let h = self.str_hash_cached(name);
        let heap = &self.heap;
        match &heap.get(d).payload {
            Payload::Dict(dict) => {
                let p = dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, name))?;
                dict.entry_at(p).map(|e| e.value)
            }
            _ => None,
        }
    }

    pub fn generic_getattr(&mut self, obj: Value, name: ObjRef) -> PyResult<Value> {
        match self.generic_getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attr(obj, name)),
        }
    }

    /// `generic_getattr` with a miss as `None`, the AttributeError not
    /// built (errors raised on the way, by a descriptor or a module's
    /// `__getattr__`, still come back as errors).
    pub fn generic_getattr_opt(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        if let Value::Obj(r) = obj {
            match &self.heap.get(r).payload {
                Payload::Type(_) => return self.type_getattr_opt(r, name),
                Payload::Module(_) => {
                    if let Some(d) = self.heap.get(r).dict {
                        if let Some(v) = self.dict_get_str(d, name) {
                            return Ok(Some(v));
                        }
                    }
                    if name == self.n.__dict__ {
                        if let Some(d) = self.heap.get(r).dict {
                            return Ok(Some(Value::Obj(d)));
                        }
                    }
                    // A module without annotations gets an empty dict of
                    // its own on first look, as in CPython 3.10+.
                    if name == self.n.__annotations__ {
                        if let Some(d) = self.heap.get(r).dict {
                            let a = Value::Obj(self.new_dict()?);
                            self.dict_set(d, Value::Obj(name), a)?;
                            return Ok(Some(a));
                        }
                    }
                    // Module-level __getattr__ (PEP 562).
                    if let Some(d) = self.heap.get(r).dict {
                        if let Some(ga) = self.dict_get_str(d, self.n.__getattr__) {
                            return self.call(ga, &[Value::Obj(name)]).map(Some);
                        }
                    }
                }
                _ => {}
            }
        }
        let descr = crate::interp::typesys::lookup(self, t, name);
        // `object.__class__`, unless a class in the MRO defines its own.
        if name == self.n.__class__ && descr.is_none() {
            return Ok(Some(Value::Obj(t)));
        }
        if let Some(d) = descr {
            if self.is_data_descr(d) {
                return self.descr_get(d, obj, t).map(Some);
            }
        }
        if let Value::Obj(r) = obj {
            if let Some(v) = self.instance_attr(r, name) {
                return Ok(Some(v));
            }
        }
        if let Some(d) = descr {
            return self.descr_get(d, obj, t).map(Some);
        }
        if let Some(v) = crate::builtins::types::object::special_attr(self, obj, name)? {
            return Ok(Some(v));
        }
        Ok(None)
    }

    fn type_getattr_opt(&mut self, ty: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        let meta = self.heap.get(ty).class;
        let meta_attr = crate::interp::typesys::lookup(self, meta, name);
        if let Some(d) = meta_attr {
            if self.is_data_descr(d) {
                return self.descr_get(d, Value::Obj(ty), meta).map(Some);
            }
        }
        // A class's `__annotations__` are its own, never a base's: one
        // without any gets an empty dict of its own, as in CPython 3.10+.
        if name == self.n.__annotations__ && !self.type_data(ty).builtin {
            let h = self.str_hash_cached(name);
            let heap = &self.heap;
            let own = match &heap.get(ty).payload {
                Payload::Type(td) => td
                    .dict
                    .find(h, |k| crate::interp::ops::str_key_eq(heap, k, name))
                    .and_then(|p| td.dict.entry_at(p).map(|e| e.value)),
                _ => None,
            };
            if let Some(v) = own {
                return Ok(Some(v));
            }
            let d = Value::Obj(self.new_dict()?);
            self.setattr(Value::Obj(ty), name, d)?;
            return Ok(Some(d));
        }
        // `type.__dict__`, `__name__`, `__qualname__`, `__mro__`, `__bases__`
        // and `__base__` are data descriptors of the metatype in CPython, so
        // they win over a same-named attribute in the class namespace (a
        // `__name__` property for the instances, say).
        let n = &self.n;
        if name == n.__dict__ || name == n.__name__ || name == n.__qualname__ || name == n.__mro__ || name == n.__bases__ || name == n.__base__ {
            if let Some(v) = crate::builtins::types::object::type_special_attr(self, ty, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(v) = crate::interp::typesys::lookup(self, ty, name) {
            return match self.payload(v) {
                Some(Payload::Function(_)) => Ok(Some(v)),
                Some(Payload::Native(n)) if n.kind == NativeKind::Method => Ok(Some(v)),
                Some(Payload::Native(n)) if n.kind == NativeKind::StaticMethod => Ok(Some(v)),
                _ => self.descr_get(v, Value::Null, ty).map(Some),
            };
        }
        if let Some(v) = crate::builtins::types::object::type_special_attr(self, ty, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = meta_attr {
            return self.descr_get(d, Value::Obj(ty), meta).map(Some);
        }
        Ok(None)
    }

    /// For `obj.name(...)`: avoid allocating a bound method when `name` is
    /// a plain method of the type not shadowed by the instance.
    pub fn load_method(&mut self, obj: Value, name: ObjRef) -> PyResult<MethodLookup> {
        let t = self.type_of(obj);
        let td = self.type_data(t);
        if !td.flags.custom_getattribute && !matches!(self.payload(obj), Some(Payload::Type(_) | Payload::Module(_) | Payload::Super(_))) {
            if let Some(d) = crate::interp::typesys::lookup(self, t, name) {
                let plain = match self.payload(d) {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Native(n)) => n.kind == NativeKind::Method && n.bound.is_null(),
                    _ => false,
                };
                if plain {
                    let shadowed = match obj {
                        Value::Obj(r) => self.instance_attr(r, name).is_some(),
                        _ => false,
                    };
                    if !shadowed {
                        return Ok(MethodLookup::Unbound(d));
                    }
                }
            }
        }
        self.getattr(obj, name).map(MethodLookup::Attr)
    }

    /// Call method `name` of `obj` with `args`.
    pub fn call_method(&mut self, obj: Value, name: ObjRef, args: &[Value]) -> PyResult<Value> {
        match self.load_method(obj, name)? {
            MethodLookup::Unbound(f) => self.call_unbound(f, obj, args),
            MethodLookup::Attr(f) => self.call(f, args),
        }
    }

    pub fn call_method_str(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        self.call_method(obj, n, args)
    }

    pub fn setattr(&mut self, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if self.type_data(t).flags.custom_setattr {
            if let Some(m) = crate::interp::typesys::lookup(self, t, self.n.__setattr__) {
                if !self.is_native_fn(m, crate::builtins::types::object::object_setattr) {
                    self.call_unbound(m, obj, &[Value::Obj(name), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// The names of the `__slots__` values `t`'s instances carry, by index
    /// (`None` for an index whose descriptor a later one of the same name
    /// replaced): two classes give instances the same layout only when
    /// these agree.
    fn slot_names(&self, t: ObjRef) -> Vec<Option<String>> {
        let mut names = vec![None; self.type_data(t).nslots];
        for &m in self.type_data(t).mro.iter() {
            for (_, v) in self.type_data(m).dict.items() {
                if let Some(Payload::Member(d)) = self.payload(v) {
                    if let Some(slot) = names.get_mut(d.index) {
                        slot.get_or_insert_with(|| self.str_of(d.name).unwrap_or("").to_string());
                    }
                }
            }
        }
        names
    }

    /// `obj.__class__ = cls`, with CPython's rules: both classes must be
    /// user-defined and give instances the same layout (built-in base,
    /// `__slots__` names, presence of `__dict__`).
    fn set_class(&mut self, obj: Value, value: Value) -> PyResult<()> {
        let new = match value {
            Value::Obj(c) if matches!(self.heap.get(c).payload, Payload::Type(_)) => c,
            _ => {
                let tn = self.type_name(value);
                return Err(self.type_error(format!("__class__ must be set to a class, not '{}' object", tn)));
            }
        };
        let old = self.type_of(obj);
        let Value::Obj(r) = obj else {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        };
        let (od, nd) = (self.type_data(old), self.type_data(new));
        if od.builtin || nd.builtin {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        if od.layout != nd.layout || od.nslots != nd.nslots || od.has_dict != nd.has_dict || self.slot_names(old) != self.slot_names(new) {
            let (nn, on) = (nd.name.to_string(), od.name.to_string());
            return Err(self.type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", nn, on)));
        }
        self.heap.get_mut(r).class = new;
        if matches!(self.heap.get(r).payload, Payload::Type(_)) {
            // A class's loads cached by the attribute sites were decided
            // by its old metaclass (`ic_class_attr_fill`).
            self.clear_type_cache();
        }
        Ok(())
    }

    /// `obj.__dict__ = d` (a dict, replacing the instance dict), or the
    /// read-only `obj.__weakref__`.
    fn set_instance_dict(&mut self, obj: Value, t: ObjRef, is_dict: bool, value: Value) -> PyResult<()> {
        let tn = self.type_data(t).name.to_string();
        if !is_dict {
            return Err(self.attribute_error(format!("attribute '__weakref__' of '{}' objects is not writable", tn)));
        }
        match (obj, value) {
            (Value::Obj(r), Value::Obj(d)) if matches!(self.heap.get(d).payload, Payload::Dict(_)) => {
                self.drop_instance_keys(r);
                self.heap.get_mut(r).dict = Some(d);
                Ok(())
            }
            _ => {
                let vn = self.type_name(value);
                Err(self.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vn)))
            }
        }
    }

    pub fn generic_setattr(&mut self, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let (Some(Payload::Exception(_)), Value::Obj(e)) = (self.payload(obj), obj) {
            let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
            if matches!(n.as_str(), "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__") {
                self.check_exception_link(&n, value)?;
                let value = if n == "args" && self.tuple_items(value).is_none() {
                    let items = self.collect_iter(value)?;
                    self.new_tuple(items)?
                } else {
                    value
                };
                if let Payload::Exception(ed) = &mut self.heap.get_mut(e).payload {
                    match n.as_str() {
                        "args" => ed.args = value,
                        "__cause__" => {
                            ed.cause = value;
                            ed.suppress_context = true;
                        }
                        "__context__" => ed.context = value,
                        "__traceback__" => ed.traceback = value,
                        _ => ed.suppress_context = matches!(value, Value::Bool(true)),
                    }
                }
                return Ok(());
            }
            if matches!(n.as_str(), "message" | "exceptions")
                && matches!(&self.heap.get(e).payload, Payload::Exception(ed) if ed.group.is_some())
            {
                return Err(self.attribute_error("readonly attribute"));
            }
            if matches!(n.as_str(), "name" | "obj") && self.exc_is(e, self.t.attribute_error) {
                self.set_attribute_error_part(e, n == "name", value);
                return Ok(());
            }
        }
        if let (Some(Payload::Cell(_)), Value::Obj(r)) = (self.payload(obj), obj) {
            // `cell.cell_contents = v` fills the cell (a closure reading
            // the variable sees v).
            if self.str_of(Value::Obj(name)) == Some("cell_contents") {
                if let Payload::Cell(slot) = &mut self.heap.get_mut(r).payload {
                    *slot = value;
                }
                return Ok(());
            }
        }
        if let Some(Payload::Function(_)) = self.payload(obj) {
            let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
            let Value::Obj(r) = obj else { return Ok(()) };
            let strv = self.pystr(value).is_some();
            if let Payload::Function(fd) = &mut self.heap.get_mut(r).payload {
                match n.as_str() {
                    "__name__" | "__qualname__" if strv => {
                        if n == "__name__" { fd.name = value } else { fd.qualname = value }
                        return Ok(());
                    }
                    "__name__" | "__qualname__" => {
                        return Err(self.type_error(format!("{} must be set to a string object", n)));
                    }
                    "__doc__" => { fd.doc = value; return Ok(()); }
                    "__module__" => { fd.module = value; return Ok(()); }
                    "__annotations__" => { fd.annotations = value; return Ok(()); }
                    "__defaults__" => { fd.defaults = value.as_obj(); return Ok(()); }
                    "__kwdefaults__" => { fd.kwdefaults = value.as_obj(); return Ok(()); }
                    "__code__" | "__globals__" | "__closure__" | "__builtins__" => {
                        return Err(self.attribute_error(format!("readonly attribute")));
                    }
                    _ => {}
                }
            }
        }
        if let Some(Payload::Type(_)) = self.payload(obj) {
            let Value::Obj(ty) = obj else { return Ok(()) };
            return self.type_setattr(ty, name, value);
        }
        if name == self.n.__class__ {
            return self.set_class(obj, value);
        }
        if let Some(d) = crate::interp::typesys::lookup(self, t, name) {
            match self.payload(d) {
                Some(Payload::Property(p)) => {
                    let fset = p.fset;
                    if let Some(f) = self.overridden_property_slot(d, self.n.__set__) {
                        self.call_unbound(f, d, &[obj, value])?;
                        return Ok(());
                    }
                    if fset.is_none() {
                        let pn = self.property_name(d);
                        let tn = self.type_qualname_of(obj);
                        return Err(self.attribute_error(format!(
                            "property {}of '{}' object has no setter",
                            pn, tn
                        )));
                    }
                    self.call(fset, &[obj, value])?;
                    return Ok(());
                }
                Some(Payload::InstanceAttrDescr(_, is_dict)) => {
                    let is_dict = *is_dict;
                    return self.set_instance_dict(obj, t, is_dict, value);
                }
                Some(Payload::Member(m)) => {
                    let idx = m.index;
                    if let Value::Obj(r) = obj {
                        if let Payload::Instance(slots, None) = &mut self.heap.get_mut(r).payload {
                            if idx < slots.len() {
                                slots[idx] = value;
                                return Ok(());
                            }
                        }
                    }
                }
                Some(Payload::Function(_) | Payload::Native(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Str(_) | Payload::Type(_)) | None => {}
                Some(_) => {
                    let dt = self.type_of(d);
                    if !self.type_data(dt).builtin {
                        if let Some(s) = crate::interp::typesys::lookup(self, dt, self.n.__set__) {
                            self.call_unbound(s, d, &[obj, value])?;
                            return Ok(());
                        }
                    }
                }
            }
        }
        if let Value::Obj(r) = obj {
            if self.instance_attr_set(r, name, value)? {
                return Ok(());
            }
            let o = self.heap.get(r);
            let cls = o.class;
            let has_dict = self.type_data(cls).has_dict;
            if has_dict {
                let d = match o.dict {
                    Some(d) => d,
                    None => {
                        let d = self.new_instance_dict(cls)?;
                        self.heap.get_mut(r).dict = Some(d);
                        d
                    }
                };
                self.dict_set(d, Value::Obj(name), value)?;
                self.note_instance_dict_len(cls, d);
                return Ok(());
            }
        }
        let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        let tn = self.type_name(obj);
        if crate::interp::typesys::lookup(self, t, name).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                tn, n
            )));
        }
        // A data attribute of a built-in object (int.real, complex.imag...)
        // that pyx computes on lookup: CPython has a read-only descriptor
        // there, a member ("readonly attribute") or a getset.
        if self.type_data(t).builtin && self.getattr(obj, name).is_ok() {
            let member = matches!((tn.as_str(), n.as_str()), ("complex", "real" | "imag") | ("slice" | "range", "start" | "stop" | "step"));
            if member {
                return Err(self.attribute_error("readonly attribute"));
            }
            // bool's attributes are int's.
            let owner = if tn == "bool" { "int" } else { tn.as_str() };
            return Err(self.attribute_error(format!("attribute '{}' of '{}' objects is not writable", n, owner)));
        }
        Err(self.attribute_error(format!("'{}' object has no attribute '{}'", tn, n)))
    }

    fn type_setattr(&mut self, ty: ObjRef, name: ObjRef, value: Value) -> PyResult<()> {
        if self.type_data(ty).builtin {
            let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
            let tn = self.type_data(ty).name.to_string();
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                n, tn
            )));
        }
        // Data descriptors on the metaclass.
        let meta = self.heap.get(ty).class;
        if meta != self.t.type_ {
            if let Some(d) = crate::interp::typesys::lookup(self, meta, name) {
                if let Some(Payload::Property(p)) = self.payload(d) {
                    let fset = p.fset;
                    self.call(fset, &[Value::Obj(ty), value])?;
                    return Ok(());
                }
            }
        }
        let nm = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        match nm.as_str() {
            "__name__" => {
                if let Some(s) = self.str_of(value) {
                    let s: Box<str> = s.into();
                    self.type_data_mut(ty).name = s;
                    return Ok(());
                }
                return Err(self.type_error("can only assign string to __name__"));
            }
            "__qualname__" => {
                self.type_data_mut(ty).qualname = value;
                return Ok(());
            }
            "__module__" => {
                self.type_data_mut(ty).module = value;
            }
            // object.__class__ (a data descriptor of every metaclass):
            // the class's metaclass changes, the class dict does not.
            "__class__" => return self.set_class(Value::Obj(ty), value),
            _ => {}
        }
        let name = self.intern(&nm);
        crate::interp::typesys::set_type_attr_raw(self, ty, name, value);
        if crate::interp::typesys::name_affects_flags(&nm) {
            crate::interp::typesys::refresh_flags_all(self, ty);
            crate::interp::typesys::refresh_flags(self, ty);
        }
        Ok(())
    }

    pub fn delattr(&mut self, obj: Value, name: ObjRef) -> PyResult<()> {
        let t = self.type_of(obj);
        if self.type_data(t).flags.custom_setattr {
            if let Some(m) = crate::interp::typesys::lookup(self, t, self.n.__delattr__) {
                if !self.is_native_fn(m, crate::builtins::types::object::object_delattr) {
                    self.call_unbound(m, obj, &[Value::Obj(name)])?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: Value, name: ObjRef) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Some(Payload::Exception(_)) = self.payload(obj) {
            let n = self.str_of(Value::Obj(name)).unwrap_or("");
            if matches!(n, "args" | "__cause__" | "__context__" | "__traceback__") {
                return Err(self.type_error(format!("{} may not be deleted", n)));
            }
        }
        if let (Some(Payload::Cell(_)), Value::Obj(r)) = (self.payload(obj), obj) {
            // `del cell.cell_contents` empties the cell (CPython allows it
            // even when the cell is already empty).
            if self.str_of(Value::Obj(name)) == Some("cell_contents") {
                if let Payload::Cell(slot) = &mut self.heap.get_mut(r).payload {
                    *slot = Value::Null;
                }
                return Ok(());
            }
        }
        if let Value::Obj(r) = obj {
            if let Payload::Type(td) = &self.heap.get(r).payload {
                if td.builtin {
                    let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
                    let tn = td.name.to_string();
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        n, tn
                    )));
                }
                let h = self.str_hash_cached(name);
                let heap = &self.heap;
                let pos = match &heap.get(r).payload {
                    Payload::Type(td) => td.dict.find(h, |k| crate::interp::ops::str_key_eq(heap, k, name)),
                    _ => None,
                };
                return match pos {
                    Some(p) => {
                        self.clear_type_cache();
                        self.type_data_mut(r).dict.remove_at(p);
                        crate::interp::typesys::refresh_flags_all(self, r);
                        crate::interp::typesys::refresh_flags(self, r);
                        Ok(())
                    }
                    None => Err(self.no_attr(obj, name)),
                };
            }
        }
        if let Some(d) = crate::interp::typesys::lookup(self, t, name) {
            match self.payload(d) {
                Some(Payload::Property(p)) => {
                    let fdel = p.fdel;
                    if fdel.is_none() {
                        let pn = self.property_name(d);
                        let tn = self.type_qualname_of(obj);
                        return Err(self.attribute_error(format!(
                            "property {}of '{}' object has no deleter",
                            pn, tn
                        )));
                    }
                    self.call(fdel, &[obj])?;
                    return Ok(());
                }
                Some(Payload::Member(m)) => {
                    let idx = m.index;
                    if let Value::Obj(r) = obj {
                        if let Payload::Instance(slots, None) = &mut self.heap.get_mut(r).payload {
                            if idx < slots.len() && !slots[idx].is_null() {
                                slots[idx] = Value::Null;
                                return Ok(());
                            }
                        }
                    }
                    // CPython's message is the bare name here.
                    let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
                    return Err(self.attribute_error(n));
                }
                Some(Payload::Function(_) | Payload::Native(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Str(_) | Payload::Type(_)) | None => {}
                Some(_) => {
                    let dt = self.type_of(d);
                    if !self.type_data(dt).builtin {
                        if let Some(s) = crate::interp::typesys::lookup(self, dt, self.n.__delete__) {
                            self.call_unbound(s, d, &[obj])?;
                            return Ok(());
                        }
                    }
                }
            }
        }
        if let Value::Obj(r) = obj {
            // An attribute kept in the instance: its values become its
            // dict first (see `shape.rs`).
            if self.instance_attr(r, name).is_some() {
                self.materialize_instance_dict(r)?;
            }
            if let Some(d) = self.heap.get(r).dict {
                let h = self.str_hash_cached(name);
                let heap = &self.heap;
                let pos = match &heap.get(d).payload {
                    Payload::Dict(dd) => dd.find(h, |k| crate::interp::ops::str_key_eq(heap, k, name)),
                    _ => None,
                };
                if let Some(p) = pos {
                    if let Some(dd) = self.dict_mut(d) {
                        dd.remove_at(p);
                    }
                    return Ok(());
                }
            }
        }
        Err(self.no_attr(obj, name))
    }
}
