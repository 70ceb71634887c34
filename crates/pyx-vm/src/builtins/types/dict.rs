//! `dict` and its views; the VM-level lookups that may call Python
//! `__hash__`/`__eq__`.

use crate::interp::native::{noargs, one, own, pos, slot};
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};


impl Vm {
    /// Position of `key` in dict `d` (hash precomputed).
    #[inline]
    fn dict_find(&mut self, d: ObjRef, key: Value, h: i64) -> PyResult<Option<usize>> {
        match self.dict_ref(d).map(|dict| self.dict_find_native(dict, key, h)) {
            None => Ok(None),
            Some(Some(found)) => Ok(found),
            Some(None) => self.dict_find_slow(d, key, h),
        }
    }

    /// Position of `key` in `dict` when every key of its hash met before
    /// the match compares without code; `None` when one needs code (it
    /// may be the match: CPython asks it first), for `dict_find_slow`.
    #[inline]
    fn dict_find_native(&self, dict: &crate::object::dict::Dict, key: Value, h: i64) -> Option<Option<usize>> {
        let mut slow = false;
        let found = dict.find(h, |k| {
            if k.is(key) {
                return true;
            }
            self.native_eq(k, key).unwrap_or_else(|| {
                slow = true;
                false
            })
        });
        (!slow).then_some(found)
    }

    /// `dict_find` where some key of the hash compares only with code:
    /// every candidate in probe order, through `==`.
    #[inline(never)]
    fn dict_find_slow(&mut self, d: ObjRef, key: Value, h: i64) -> PyResult<Option<usize>> {
        let cands = match self.dict_ref(d) {
            Some(dict) => dict.candidates(h),
            None => return Ok(None),
        };
        for p in cands {
            let k = match self.dict_ref(d).and_then(|dd| dd.entry_at(p)) {
                Some(e) => e.key,
                None => continue,
            };
            self.enter_native()?;
            let r = self.eq(k, key);
            self.leave_native();
            if r? {
                return Ok(Some(p));
            }
        }
        Ok(None)
    }

    /// Where exact-str `key` (hash `h`) is in dict `d`, compared by
    /// text: `Some(None)` when it is surely absent, `None` when a key of the
    /// same hash that is not an equal str (a str subclass with `__eq__`)
    /// leaves it to the general search.
    fn dict_find_exact_str(&self, d: ObjRef, key: ObjRef, h: i64) -> Option<Option<usize>> {
        let heap = &self.heap;
        let dict = self.dict_ref(d)?;
        let Payload::Str(text) = &heap.get(key).payload else { return None };
        let str_type = self.t.str;
        // Keys met before the match are asked in probe order: an exact str
        // answers by its text; an int, float or None never equals a str;
        // any other object (a str subclass, a class with its own __eq__)
        // may have code to run first, so the general search takes over.
        let mut slow = false;
        let found = dict.find(h, |x| match x {
            Value::Obj(r) if r == key => true,
            Value::Obj(r) => {
                let o = heap.get(r);
                match &o.payload {
                    Payload::Str(a) if o.class == str_type => a.s == text.s,
                    _ => {
                        slow = true;
                        false
                    }
                }
            }
            _ => false,
        });
        (!slow).then_some(found)
    }

    /// `d[key]` for an int or exact str key when finding it runs no code
    /// (no key met on the way has an `__eq__` of its own): `Some(None)`
    /// when absent; `None` when the search needs the general path (another
    /// key type, or `d` no dict).
    #[inline]
    pub(crate) fn dict_get_plain(&self, d: ObjRef, key: Value) -> Option<Option<Value>> {
        match key {
            Value::Int(i) => {
                // An int key (`ids.get(n)`, `d[n]`): hashed without a call,
                // and found and read with the dict borrowed once.
                let h = crate::object::hash::hash_i64(i);
                let dict = self.dict_ref(d)?;
                let found = self.dict_find_native(dict, key, h)?;
                Some(found.and_then(|p| dict.entry_at(p)).map(|e| e.value))
            }
            Value::Obj(k) if self.exact_str(key).is_some() => {
                let h = self.str_hash_cached(k);
                let found = self.dict_find_exact_str(d, k, h)?;
                Some(found.and_then(|p| self.dict_ref(d).and_then(|dd| dd.entry_at(p)).map(|e| e.value)))
            }
            _ => None,
        }
    }

    pub fn dict_get(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        if let Some(found) = self.dict_get_plain(d, key) {
            return Ok(found);
        }
        let h = self.hash(key)?;
        let p = self.dict_find(d, key, h)?;
        Ok(p.and_then(|p| self.dict_ref(d).and_then(|dd| dd.entry_at(p)).map(|e| e.value)))
    }

    pub fn dict_set(&mut self, d: ObjRef, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let found = match (self.exact_str(key), key) {
            (Some(_), Value::Obj(k)) => self.dict_find_exact_str(d, k, h),
            _ => None,
        };
        let found = match found {
            Some(f) => f,
            None => self.dict_find(d, key, h)?,
        };
        match found {
            Some(p) => {
                if let Some(dd) = self.dict_mut(d) {
                    dd.set_value_at(p, value);
                }
            }
            None => {
                // Charge the growth of the tables (checked before they grow).
                let (before, full) = self.dict_ref(d).map(|dd| (dd.size(), dd.is_full())).unwrap_or((0, false));
                if full {
                    // The doubled tables are allocated while the old ones
                    // still live.
                    self.reserve(before.saturating_mul(2).max(256))?;
                }
                if let Some(dd) = self.dict_mut(d) {
                    dd.push_new(h, key, value);
                }
                let after = self.dict_ref(d).map(|dd| dd.size()).unwrap_or(before);
                if after > before {
                    self.charge(after - before)?;
                }
            }
        }
        Ok(())
    }

    /// Remove `key`; false when absent.
    pub fn dict_del(&mut self, d: ObjRef, key: Value) -> PyResult<bool> {
        Ok(self.dict_pop(d, key)?.is_some())
    }

    pub fn dict_pop(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(p) => Ok(self.dict_mut(d).and_then(|dd| dd.remove_at(p)).map(|e| e.value)),
            None => Ok(None),
        }
    }
}

pub fn dict_update_from(vm: &mut Vm, d: ObjRef, m: Value) -> PyResult<()> {
    if let Some(Payload::Dict(src)) = vm.payload(m) {
        let items = src.items();
        for (k, v) in items {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let keys_fn = vm.getattr(m, vm.n.keys)?;
    let keys = vm.call(keys_fn, &[])?;
    let keys = vm.collect_iter(keys)?;
    for k in keys {
        let v = vm.getitem(m, k)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `f(**m)` merge: keys must be strings; duplicates are an error.
pub fn dict_merge_kwargs(vm: &mut Vm, d: ObjRef, m: Value, func: Value) -> PyResult<()> {
    let items: Vec<(Value, Value)> = match vm.payload(m) {
        Some(Payload::Dict(src)) => src.items(),
        _ => {
            let Some(keys_fn) = vm.getattr_opt(m, vm.n.keys)? else {
                let fname = func_name(vm, func);
                return Err(vm.type_error(format!("{} argument after ** must be a mapping, not {}", fname, vm.type_name(m))));
            };
            let keys = vm.call(keys_fn, &[])?;
            let keys = vm.collect_iter(keys)?;
            let mut out = Vec::new();
            for k in keys {
                let v = vm.getitem(m, k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in items {
        if vm.str_of(k).is_none() {
            let _ = func;
            return Err(vm.type_error("keywords must be strings"));
        }
        if vm.dict_get(d, k)?.is_some() {
            let fname = func_name(vm, func);
            let ks = vm.str_of(k).unwrap_or("").to_string();
            return Err(vm.type_error(format!("{} got multiple values for keyword argument '{}'", fname, ks)));
        }
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// How CPython's messages name a callable (`_PyObject_FunctionStr`).
pub(crate) fn func_name(vm: &mut Vm, f: Value) -> String {
    match vm.payload(f) {
        Some(Payload::Function(fd)) => match vm.str_of(fd.module) {
            Some(m) => format!("{}.{}()", m, vm.str_of(fd.qualname).unwrap_or("?")),
            None => format!("{}()", vm.str_of(fd.qualname).unwrap_or("?")),
        },
        Some(Payload::Native(n)) => format!("{}()", crate::interp::native::qualified_name(vm, n)),
        Some(Payload::Type(t)) => format!("{}()", t.name),
        _ => format!("{} object", vm.type_name(f)),
    }
}

pub fn is_mapping(vm: &Vm, v: Value) -> bool {
    matches!(vm.payload(v), Some(Payload::Dict(_)))
}

pub fn match_keys(vm: &mut Vm, subj: Value, keys: Value) -> PyResult<Value> {
    let ks = vm.tuple_items(keys).map(|t| t.to_vec()).unwrap_or_default();
    let mut out = Vec::new();
    for k in ks {
        let v = match subj {
            Value::Obj(d) if matches!(vm.heap.get(d).payload, Payload::Dict(_)) && vm.heap.get(d).class == vm.t.dict => vm.dict_get(d, k)?,
            _ => {
                let get = vm.getattr_str(subj, "get")?;
                let sentinel = Value::Obj(vm.t.object);
                let r = vm.call(get, &[k, sentinel])?;
                if r.is(sentinel) {
                    None
                } else {
                    Some(r)
                }
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    vm.new_tuple(out)
}

pub fn copy_without_keys(vm: &mut Vm, subj: Value, keys: Value) -> PyResult<Value> {
    let d = vm.new_dict()?;
    dict_update_from(vm, d, subj)?;
    let ks = vm.tuple_items(keys).map(|t| t.to_vec()).unwrap_or_default();
    for k in ks {
        vm.dict_del(d, k)?;
    }
    Ok(Value::Obj(d))
}

fn this(vm: &mut Vm, a: &Args<'_>) -> PyResult<ObjRef> {
    match a.arg(0) {
        Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Dict(_)) => Ok(r),
        v => Err(vm.type_error(format!("descriptor requires a 'dict' object but received a '{}'", vm.type_name(v)))),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.dict;
    add_methods(
        vm,
        t,
        &[
            ("__init__", own(), dict_init),
            ("__len__", slot(""), dict_len),
            ("__getitem__", own(), dict_getitem),
            ("__setitem__", slot("key, value"), dict_setitem),
            ("__delitem__", slot("key"), dict_delitem),
            ("__contains__", one("key"), dict_contains),
            ("__iter__", slot(""), dict_iter),
            ("__reversed__", noargs(), dict_reversed),
            ("__eq__", slot("value"), dict_eq),
            ("__ne__", slot("value"), dict_ne),
            ("__repr__", slot(""), dict_repr),
            ("__or__", slot("value"), dict_or),
            ("__ior__", slot("value"), dict_ior),
            ("keys", noargs(), dict_keys),
            ("values", noargs(), dict_values),
            ("items", noargs(), dict_items),
            ("get", pos("key, default=None"), dict_get_m),
            ("setdefault", pos("key, default=None"), dict_setdefault),
            ("pop", pos("key, default=<unrepresentable>"), dict_pop_m),
            ("popitem", noargs(), dict_popitem),
            ("update", own(), dict_update),
            ("clear", noargs(), dict_clear),
            ("copy", noargs(), dict_copy),
        ],
    );
    add_native(vm, t, "__new__", own(), dict_new, NativeKind::StaticMethod);
    add_native(vm, t, "fromkeys", pos("iterable, value=None"), dict_fromkeys, NativeKind::ClassMethod);
    add_native(vm, t, "__class_getitem__", own(), crate::builtins::types::list::generic_alias, NativeKind::ClassMethod);
    crate::interp::typesys::set_type_attr_raw(vm, t, vm.n.__hash__, Value::None);
    for vt in [vm.t.dict_keys, vm.t.dict_values, vm.t.dict_items] {
        add_methods(vm, vt, &[("__len__", slot(""), view_len), ("__iter__", slot(""), view_iter), ("__repr__", slot(""), view_repr), ("__contains__", slot("key"), view_contains), ("__reversed__", own(), view_reversed)]);
    }
    for vt in [vm.t.dict_keys, vm.t.dict_items] {
        add_methods(vm, vt, &[("__lt__", slot("value"), view_lt), ("__le__", slot("value"), view_le), ("__gt__", slot("value"), view_gt), ("__ge__", slot("value"), view_ge), ("__ne__", slot("value"), view_ne), ("__rand__", slot("value"), view_and), ("__ror__", slot("value"), view_or), ("__rxor__", slot("value"), view_xor), ("__eq__", slot("value"), view_eq), ("__and__", slot("value"), view_and), ("__or__", slot("value"), view_or), ("__sub__", slot("value"), view_sub), ("__xor__", slot("value"), view_xor), ("isdisjoint", own(), view_isdisjoint)]);
        // Set-like views compare by value, so (as in CPython) they are unhashable.
        crate::interp::typesys::set_type_attr_raw(vm, vt, vm.n.__hash__, Value::None);
    }
}

fn dict_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.dict);
    vm.alloc_val(cls, Payload::Dict(Box::default()))
}
fn dict_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    dict_update(vm, a)
}
fn dict_update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    if let Some(src) = a.get(1) {
        let has_keys = matches!(vm.payload(src), Some(Payload::Dict(_))) || vm.getattr_opt(src, vm.n.keys)?.is_some();
        if has_keys {
            dict_update_from(vm, d, src)?;
        } else {
            let items = vm.collect_iter(src)?;
            for (i, it) in items.into_iter().enumerate() {
                let pair = match vm.collect_iter(it) {
                    Ok(p) => p,
                    Err(e @ crate::interp::vm::Unwind::Terminate(_)) => return Err(e),
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            i
                        )))
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                vm.dict_set(d, pair[0], pair[1])?;
            }
        }
    }
    for &(k, v) in a.kw {
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::None)
}
fn dict_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    Ok(Value::Int(vm.dict_ref(d).map(|d| d.len()).unwrap_or(0) as i64))
}
fn dict_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1) + a.kw.len();
        return Err(vm.type_error(format!("dict.__getitem__() takes exactly one argument ({} given)", n)));
    }
    let k = a.arg(1);
    if let Some(v) = vm.dict_get(d, k)? {
        return Ok(v);
    }
    let cls = vm.heap.get(d).class;
    if cls != vm.t.dict {
        if let Some(m) = crate::interp::typesys::lookup(vm, cls, vm.n.__missing__) {
            return vm.call_unbound(m, a.arg(0), &[k]);
        }
    }
    Err(vm.key_error(k))
}
fn dict_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    vm.dict_set(d, a.arg(1), a.arg(2))?;
    Ok(Value::None)
}
fn dict_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if !vm.dict_del(d, a.arg(1))? {
        return Err(vm.key_error(a.arg(1)));
    }
    Ok(Value::None)
}
fn dict_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    Ok(Value::Bool(vm.dict_get(d, a.arg(1))?.is_some()))
}
fn dict_iter_kind(vm: &mut Vm, d: ObjRef, kind: DictViewKind) -> PyResult<Value> {
    let len = vm.dict_ref(d).map(|dd| dd.len()).unwrap_or(0);
    let cls = match kind {
        DictViewKind::Keys => vm.t.dict_keyiterator,
        DictViewKind::Values => vm.t.dict_valueiterator,
        DictViewKind::Items => vm.t.dict_itemiterator,
    };
    vm.alloc_val(cls, Payload::Iter(Box::new(IterData::DictIter { dict: d, pos: 0, kind, len })))
}
fn dict_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    dict_iter_kind(vm, d, DictViewKind::Keys)
}
fn dict_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let keys = vm.dict_ref(d).map(|dd| dd.keys()).unwrap_or_default();
    let l = vm.new_list(keys.into_iter().rev().collect())?;
    vm.iter(l)
}
fn dict_eq_bool(vm: &mut Vm, x: ObjRef, y: Value) -> PyResult<Option<bool>> {
    let Some(Payload::Dict(yd)) = vm.payload(y) else { return Ok(None) };
    let yitems = yd.len();
    let items = vm.dict_ref(x).map(|d| d.items()).unwrap_or_default();
    if items.len() != yitems {
        return Ok(Some(false));
    }
    let Value::Obj(yr) = y else { return Ok(None) };
    vm.enter_native()?;
    let r = (|| {
        for (k, v) in items {
            match vm.dict_get(yr, k)? {
                Some(w) => {
                    if !(v.is(w) || vm.eq(v, w)?) {
                        return Ok(Some(false));
                    }
                }
                None => return Ok(Some(false)),
            }
        }
        Ok(Some(true))
    })();
    vm.leave_native();
    r
}
fn dict_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    Ok(match dict_eq_bool(vm, d, a.arg(1))? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}
fn dict_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    Ok(match dict_eq_bool(vm, d, a.arg(1))? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}
fn dict_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if vm.repr_active.contains(&d) {
        return vm.new_str("{...}");
    }
    let n = vm.dict_ref(d).map_or(0, |dd| dd.len());
    vm.reserve(n.saturating_mul(32))?;
    let items = vm.dict_ref(d).map(|dd| dd.items()).unwrap_or_default();
    vm.enter_native()?;
    vm.repr_active.push(d);
    let r = (|| {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            let (kr, vr) = (vm.repr_string(*k)?, vm.repr_string(*v)?);
            // The text grows by doubling: check each regrowth first.
            crate::builtins::types::str::grow_budgeted(vm, &mut s, kr.len() + vr.len() + 4)?;
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&kr);
            s.push_str(": ");
            s.push_str(&vr);
        }
        s.push('}');
        Ok(s)
    })();
    vm.repr_active.pop();
    vm.leave_native();
    let s = r?;
    vm.new_string(s)
}
fn dict_or(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if !matches!(vm.payload(a.arg(1)), Some(Payload::Dict(_))) {
        return Ok(Value::NotImplemented);
    }
    let n = vm.new_dict()?;
    dict_update_from(vm, n, Value::Obj(d))?;
    dict_update_from(vm, n, a.arg(1))?;
    Ok(Value::Obj(n))
}
fn dict_ior(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    dict_update(vm, Args::new(&[a.arg(0), a.arg(1)]))?;
    Ok(a.arg(0))
}
fn view(vm: &mut Vm, a: &Args<'_>, kind: DictViewKind) -> PyResult<Value> {
    let d = this(vm, a)?;
    let cls = match kind {
        DictViewKind::Keys => vm.t.dict_keys,
        DictViewKind::Values => vm.t.dict_values,
        DictViewKind::Items => vm.t.dict_items,
    };
    vm.alloc_val(cls, Payload::DictView(d, kind))
}
fn dict_keys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view(vm, &a, DictViewKind::Keys)
}
fn dict_values(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view(vm, &a, DictViewKind::Values)
}
fn dict_items(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view(vm, &a, DictViewKind::Items)
}
pub(crate) fn dict_get_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    Ok(vm.dict_get(d, a.arg(1))?.unwrap_or(a.get(2).unwrap_or(Value::None)))
}
fn dict_setdefault(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if let Some(v) = vm.dict_get(d, a.arg(1))? {
        return Ok(v);
    }
    let dv = a.get(2).unwrap_or(Value::None);
    vm.dict_set(d, a.arg(1), dv)?;
    Ok(dv)
}
fn dict_pop_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    match vm.dict_pop(d, a.arg(1))? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dv) => Ok(dv),
            None => Err(vm.key_error(a.arg(1))),
        },
    }
}
fn dict_popitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    match vm.dict_mut(d).and_then(|dd| dd.pop_last()) {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => {
            let m = vm.new_str("popitem(): dictionary is empty")?;
            Err(vm.key_error(m))
        }
    }
}
fn dict_clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    if let Some(dd) = vm.dict_mut(d) {
        dd.clear();
    }
    Ok(Value::None)
}
fn dict_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &a)?;
    let c = vm.dict_ref(d).cloned().unwrap_or_default();
    vm.alloc_val(vm.t.dict, Payload::Dict(Box::new(c)))
}
fn dict_fromkeys(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    let keys = vm.collect_iter(a.arg(1))?;
    let v = a.get(2).unwrap_or(Value::None);
    let d = vm.call(cls, &[])?;
    for k in keys {
        vm.setitem(d, k, v)?;
    }
    Ok(d)
}

fn view_parts(vm: &Vm, v: Value) -> Option<(ObjRef, DictViewKind)> {
    match vm.payload(v) {
        Some(Payload::DictView(d, k)) => Some((*d, *k)),
        _ => None,
    }
}
fn view_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((d, _)) = view_parts(vm, a.arg(0)) else { return Ok(Value::Int(0)) };
    Ok(Value::Int(vm.dict_ref(d).map(|dd| dd.len()).unwrap_or(0) as i64))
}
fn view_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((d, k)) = view_parts(vm, a.arg(0)) else { return Err(vm.type_error("bad view")) };
    dict_iter_kind(vm, d, k)
}
fn view_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let items = vm.collect_iter(a.arg(0))?;
    let l = vm.new_list(items.into_iter().rev().collect())?;
    vm.iter(l)
}
fn view_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((_, k)) = view_parts(vm, a.arg(0)) else { return vm.new_str("") };
    let items = vm.collect_iter(a.arg(0))?;
    let l = vm.new_list(items)?;
    let inner = vm.repr_string(l)?;
    let name = match k {
        DictViewKind::Keys => "dict_keys",
        DictViewKind::Values => "dict_values",
        DictViewKind::Items => "dict_items",
    };
    vm.new_string(format!("{}({})", name, inner))
}
fn view_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((d, k)) = view_parts(vm, a.arg(0)) else { return Ok(Value::Bool(false)) };
    let x = a.arg(1);
    match k {
        DictViewKind::Keys => Ok(Value::Bool(vm.dict_get(d, x)?.is_some())),
        DictViewKind::Items => {
            let Some(t) = vm.tuple_items(x).map(|t| t.to_vec()) else { return Ok(Value::Bool(false)) };
            if t.len() != 2 {
                return Ok(Value::Bool(false));
            }
            match vm.dict_get(d, t[0])? {
                Some(v) => Ok(Value::Bool(v.is(t[1]) || vm.eq(v, t[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
        DictViewKind::Values => {
            let vals = vm.dict_ref(d).map(|dd| dd.values()).unwrap_or_default();
            for v in vals {
                if v.is(x) || vm.eq(v, x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}
fn view_as_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let items = vm.collect_iter(v)?;
    crate::builtins::types::set::new_set_from(vm, vm.t.set, &items)
}
fn view_setop(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let s = view_as_set(vm, a.arg(0))?;
    let o = a.arg(1);
    vm.call_method_str(s, name, &[o])
}
fn view_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if view_parts(vm, a.arg(1)).is_none() && !matches!(vm.payload(a.arg(1)), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
        return Ok(Value::NotImplemented);
    }
    let s = view_as_set(vm, a.arg(0))?;
    let o = view_as_set(vm, a.arg(1))?;
    Ok(Value::Bool(vm.eq(s, o)?))
}
fn view_and(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_setop(vm, &a, "intersection")
}
fn view_or(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_setop(vm, &a, "union")
}
fn view_sub(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_setop(vm, &a, "difference")
}
fn view_xor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_setop(vm, &a, "symmetric_difference")
}
fn view_isdisjoint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_setop(vm, &a, "isdisjoint")
}

fn view_cmp(vm: &mut Vm, a: &Args<'_>, op: crate::interp::ops::CmpOp) -> PyResult<Value> {
    let o = a.arg(1);
    if view_parts(vm, o).is_none() && !matches!(vm.payload(o), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
        return Ok(Value::NotImplemented);
    }
    let s = view_as_set(vm, a.arg(0))?;
    let t = view_as_set(vm, o)?;
    vm.rich_compare(s, t, op)
}
fn view_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_cmp(vm, &a, crate::interp::ops::CmpOp::Lt)
}
fn view_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_cmp(vm, &a, crate::interp::ops::CmpOp::Le)
}
fn view_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_cmp(vm, &a, crate::interp::ops::CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_cmp(vm, &a, crate::interp::ops::CmpOp::Ge)
}
fn view_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    view_cmp(vm, &a, crate::interp::ops::CmpOp::Ne)
}
