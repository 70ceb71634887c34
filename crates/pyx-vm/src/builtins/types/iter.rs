//! The iterator protocol and the built-in iterator types (sequence,
//! range, str, dict and set iterators; enumerate, zip, map, filter,
//! reversed, callable iterators).

use crate::interp::native::{own, slot};
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::roots::RootScope;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};


impl Vm {
    pub fn iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            let o = self.heap.get(r);
            let class = o.class;
            if self.type_data(class).builtin {
                let it = match &o.payload {
                    Payload::List(_) => Some((self.t.list_iterator, IterData::Seq { seq: v, index: 0 })),
                    Payload::Tuple(_) => Some((self.t.tuple_iterator, IterData::Seq { seq: v, index: 0 })),
                    Payload::Range(rg) => Some((self.t.range_iterator, IterData::Range { next: rg.start, step: rg.step, remaining: rg.len(), start: rg.start, len: rg.len() })),
                    Payload::Str(_) => Some((self.t.str_iterator, IterData::Str { s: r, byte: 0 })),
                    Payload::Array(_) => Some((self.t.array_iterator, IterData::Seq { seq: v, index: 0 })),
                    Payload::Iter(_) | Payload::Generator(_) => return Ok(v),
                    _ => None,
                };
                if let Some((cls, data)) = it {
                    return self.alloc_val(cls, Payload::Iter(Box::new(data)));
                }
            }
            if let Some(m) = crate::interp::typesys::lookup(self, class, self.n.__iter__) {
                if m.is_none() {
                    return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
                }
                if let Value::Obj(f) = m {
                    // `__iter__` written as a generator: its generator is
                    // an iterator.
                    if let Some(g) = self.call_generator_function(f, &[v])? {
                        return Ok(g);
                    }
                }
                let it = self.call_unbound(m, v, &[])?;
                let it_t = self.type_of(it);
                if crate::interp::typesys::lookup(self, it_t, self.n.__next__).is_none() {
                    return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(it))));
                }
                return Ok(it);
            }
            if crate::interp::typesys::lookup(self, class, self.n.__getitem__).is_some() && !matches!(o.payload, Payload::Dict(_)) {
                return self.alloc_val(self.t.seq_iterator, Payload::Iter(Box::new(IterData::GetItem { obj: v, index: 0 })));
            }
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// Advance an iterator: `None` when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Value::Obj(r) = it else {
            return Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it))));
        };
        match &mut self.heap.get_mut(r).payload {
            Payload::Iter(d) if !d.is_awaitable() => {
                match &mut **d {
                    IterData::Range { next, step, remaining, .. } => {
                        if *remaining <= 0 {
                            return Ok(None);
                        }
                        let v = *next;
                        *remaining -= 1;
                        *next = next.wrapping_add(*step);
                        return Ok(Some(Value::Int(v)));
                    }
                    IterData::Seq { seq, index } => {
                        let (seq, i) = (*seq, *index);
                        if let Some(Payload::Array(a)) = self.payload(seq) {
                            // An item may need an object (a 'u' item, a
                            // big 'Q' one) or be an error (a stored code
                            // point that is no character): the position
                            // moves on first, as CPython's does.
                            let item = (i < a.len()).then(|| a.item(i));
                            if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                                match (item, &mut **d) {
                                    (Some(_), IterData::Seq { index, .. }) => *index += 1,
                                    (None, d) => *d = IterData::Exhausted,
                                    _ => {}
                                }
                            }
                            return match item {
                                Some(item) => crate::builtins::types::array::item_value(self, item).map(Some),
                                None => Ok(None),
                            };
                        }
                        let v = match self.payload(seq) {
                            Some(Payload::List(l)) => l.get(i).copied(),
                            Some(Payload::Tuple(l)) => l.get(i).copied(),
                            Some(Payload::Bytes(b)) => b.get(i).map(|&x| Value::Int(x as i64)),
                            Some(Payload::ByteArray(b)) => b.get(i).map(|&x| Value::Int(x as i64)),
                            _ => None,
                        };
                        if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                            if v.is_some() {
                                if let IterData::Seq { index, .. } = &mut **d {
                                    *index += 1;
                                }
                            } else {
                                **d = IterData::Exhausted;
                            }
                        }
                        return Ok(v);
                    }
                    IterData::Enumerate { it, count: Value::Int(c) } if *c < i64::MAX => {
                        // Over a list, tuple, bytes or range iterator: no
                        // Python code runs, so no rooting is needed.
                        let (inner, c) = (*it, *c);
                        if let Some(item) = self.next_plain(inner) {
                            let Some(v) = item else {
                                if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                                    **d = IterData::Exhausted;
                                }
                                return Ok(None);
                            };
                            let t = self.new_tuple(vec![Value::Int(c), v])?;
                            if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                                if let IterData::Enumerate { count, .. } = &mut **d {
                                    *count = Value::Int(c + 1);
                                }
                            }
                            return Ok(Some(t));
                        }
                    }
                    IterData::SetIter { .. } | IterData::DictIter { .. } => {
                        // No Python code runs to advance these (and no
                        // collection: allocation never collects), so they
                        // skip `next_slow`'s rooting. The state is out of
                        // the object meanwhile, as there.
                        let mut state = std::mem::replace(&mut **d, IterData::Exhausted);
                        let res = self.advance_container(&mut state);
                        if !matches!(res, Ok(None)) {
                            if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                                **d = state;
                            }
                        }
                        return res;
                    }
                    _ => {}
                }
                self.next_slow(r, None)
            }
            Payload::Generator(_) => crate::builtins::types::function::gen_next(self, r),
            _ => {
                let t = self.type_of(it);
                match crate::interp::typesys::lookup(self, t, self.n.__next__) {
                    Some(m) => match self.call_unbound(m, it, &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(Unwind::Exception(e)) if self.exc_is(e, self.t.stop_iteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
                }
            }
        }
    }

    /// Advance `it` if it is a range iterator or a sequence iterator over
    /// a list, tuple, bytes or bytearray (a plain read, no code run):
    /// `Some(None)` when exhausted, `None` for every other iterator.
    fn next_plain(&mut self, it: Value) -> Option<Option<Value>> {
        let Value::Obj(r) = it else { return None };
        let (seq, i) = match &mut self.heap.get_mut(r).payload {
            Payload::Iter(d) => match &mut **d {
                IterData::Range { next, step, remaining, .. } => {
                    if *remaining <= 0 {
                        return Some(None);
                    }
                    let v = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    return Some(Some(Value::Int(v)));
                }
                IterData::Seq { seq, index } => (*seq, *index),
                _ => return None,
            },
            _ => return None,
        };
        let v = match self.payload(seq) {
            Some(Payload::List(l)) => l.get(i).copied(),
            Some(Payload::Tuple(l)) => l.get(i).copied(),
            Some(Payload::Bytes(b)) => b.get(i).map(|&x| Value::Int(x as i64)),
            Some(Payload::ByteArray(b)) => b.get(i).map(|&x| Value::Int(x as i64)),
            _ => return None,
        };
        if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
            match (&v, &mut **d) {
                (Some(_), IterData::Seq { index, .. }) => *index += 1,
                (None, d) => *d = IterData::Exhausted,
                _ => {}
            }
        }
        Some(v)
    }

    /// The iterators that are not a plain read: `start` is the allocation
    /// number of a rooted scope of the caller (`RootScope::next`), which
    /// this iterator's own scope then extends.
    pub(crate) fn next_slow(&mut self, r: ObjRef, start: Option<u64>) -> PyResult<Option<Value>> {
        let data = match &self.heap.get(r).payload {
            Payload::Iter(d) => match &**d {
                IterData::Str { s, byte } => Some((*s, *byte)),
                _ => None,
            },
            _ => None,
        };
        if let Some((s, byte)) = data {
            let text = crate::builtins::types::str::str_obj(self, s);
            let Some(c) = text[byte..].chars().next() else { return Ok(None) };
            let len = c.len_utf8();
            if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                if let IterData::Str { byte, .. } = &mut **d {
                    *byte += len;
                }
            }
            let mut buf = [0u8; 4];
            let cs = c.encode_utf8(&mut buf);
            return if cs.len() == 1 { Ok(Some(Value::Obj(self.intern(cs)))) } else { self.new_str(cs).map(Some) };
        }
        // Take the state out while Python code may run.
        let state = match &mut self.heap.get_mut(r).payload {
            Payload::Iter(d) => std::mem::replace(&mut **d, IterData::Exhausted),
            _ => return Ok(None),
        };
        self.temp_roots.push(Value::Obj(r));
        let mut state = state;
        let res = match self.advance_state(&mut state, start) {
            Err(Unwind::Exception(e)) if self.exc_is(e, self.t.stop_iteration) => Ok(None),
            r => r,
        };
        self.temp_roots.pop();
        let exhausted = matches!(res, Ok(None));
        if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
            if !exhausted {
                **d = state;
            }
        }
        res
    }

    fn advance_state(&mut self, state: &mut IterData, start: Option<u64>) -> PyResult<Option<Value>> {
        // Keep the values referenced by the state alive while Python runs.
        // (One or two of them, the common case, without allocating.)
        let mut small = [Value::Null; 2];
        let big: Vec<Value>;
        let roots: &[Value] = match state {
            IterData::Enumerate { it, count } => {
                small = [*it, *count];
                &small
            }
            IterData::Zip { its, .. } => {
                big = its.to_vec();
                &big
            }
            IterData::Map { func, its } => {
                let mut v = Vec::with_capacity(its.len() + 1);
                v.push(*func);
                v.extend(its.iter().copied());
                big = v;
                &big
            }
            IterData::Filter { func, it } => {
                small = [*func, *it];
                &small
            }
            IterData::GetItem { obj, .. } => {
                small[0] = *obj;
                &small[..1]
            }
            IterData::Callable { func, sentinel } => {
                small = [*func, *sentinel];
                &small
            }
            IterData::Reversed { seq, .. } => {
                small[0] = *seq;
                &small[..1]
            }
            IterData::DictIter { dict, .. } => {
                small[0] = Value::Obj(*dict);
                &small[..1]
            }
            IterData::SetIter { set, .. } => {
                small[0] = Value::Obj(*set);
                &small[..1]
            }
            _ => &[],
        };
        self.with_roots_from(start, roots, |vm, scope| vm.advance_inner(state, scope))
    }

    /// Advance a dict or set iterator (its state taken out of the
    /// iterator object); these never run Python code.
    pub(crate) fn advance_container(&mut self, state: &mut IterData) -> PyResult<Option<Value>> {
        match state {
            IterData::DictIter { dict, pos, kind, len } => {
                let cur_len = self.dict_ref(*dict).map(|d| d.len()).unwrap_or(0);
                if cur_len != *len {
                    *len = usize::MAX;
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                loop {
                    let e = match self.dict_ref(*dict) {
                        Some(d) => {
                            if *pos >= d.capacity_pos() {
                                return Ok(None);
                            }
                            d.entry_at(*pos)
                        }
                        None => return Ok(None),
                    };
                    *pos += 1;
                    if let Some(e) = e {
                        return Ok(Some(match kind {
                            DictViewKind::Keys => e.key,
                            DictViewKind::Values => e.value,
                            DictViewKind::Items => self.new_tuple(vec![e.key, e.value])?,
                        }));
                    }
                }
            }
            IterData::SetIter { set, pos, len } => {
                let cur = match &self.heap.get(*set).payload {
                    Payload::Set(t) | Payload::FrozenSet(t) => t.len(),
                    _ => 0,
                };
                if cur != *len {
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                loop {
                    let (slots, k) = match &self.heap.get(*set).payload {
                        Payload::Set(t) | Payload::FrozenSet(t) => (t.slots(), t.key_at(*pos)),
                        _ => return Ok(None),
                    };
                    if *pos >= slots {
                        return Ok(None);
                    }
                    *pos += 1;
                    if let Some((_, k)) = k {
                        return Ok(Some(k));
                    }
                }
            }
            _ => Ok(None),
        }
    }

    fn advance_inner(&mut self, state: &mut IterData, scope: RootScope) -> PyResult<Option<Value>> {
        match state {
            IterData::DictIter { .. } | IterData::SetIter { .. } => self.advance_container(state),
            IterData::GetItem { obj, index } => {
                match self.getitem(*obj, Value::Int(*index)) {
                    Ok(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    Err(Unwind::Exception(e)) if self.exc_is(e, self.t.index_error) || self.exc_is(e, self.t.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterData::Callable { func, sentinel } => {
                let v = self.call(*func, &[])?;
                if v.is(*sentinel) || self.eq(v, *sentinel)? {
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterData::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let v = match self.getitem(*seq, Value::Int(*index)) {
                    Ok(v) => v,
                    Err(Unwind::Exception(e)) if self.exc_is(e, self.t.index_error) => return Ok(None),
                    Err(e) => return Err(e),
                };
                *index -= 1;
                Ok(Some(v))
            }
            IterData::Enumerate { it, count } => {
                let Some(v) = scope.next(self, *it)? else { return Ok(None) };
                scope.push(self, v);
                let c = *count;
                *count = self.binary_op(c, Value::Int(1), crate::interp::ops::BinOp::Add)?;
                Ok(Some(self.new_tuple(vec![c, v])?))
            }
            IterData::Zip { its, strict } => {
                let its = its.clone();
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match scope.next(self, *it)? {
                        Some(v) => {
                            scope.push(self, v);
                            out.push(v)
                        }
                        None => {
                            if *strict {
                                if i > 0 {
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        i + 1,
                                        if i == 1 { "" } else { "s" },
                                        if i == 1 { "1".to_string() } else { format!("1-{}", i) }
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(*other)?.is_some() {
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 { "1".to_string() } else { format!("1-{}", j) }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                if its.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(out)?))
            }
            IterData::Map { func, its } => {
                let its = its.clone();
                let mut args = Vec::with_capacity(its.len());
                for it in its {
                    match scope.next(self, it)? {
                        Some(v) => {
                            scope.push(self, v);
                            args.push(v)
                        }
                        None => return Ok(None),
                    }
                }
                Ok(Some(scope.call(self, *func, &args)?))
            }
            IterData::Filter { func, it } => {
                // Slot 2 holds the candidate while the predicate runs.
                scope.push(self, Value::None);
                loop {
                    let Some(v) = scope.next(self, *it)? else { return Ok(None) };
                    // Rejecting forever is a loop too (the limits see it).
                    self.tick(1)?;
                    scope.set(self, 2, v);
                    let keep = if func.is_none() { self.truthy(v)? } else {
                        let r = scope.call(self, *func, &[v])?;
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// `list(x)`, `tuple(x)`, `set(x)`, `frozenset(x)` of the exact
    /// built-in types with one positional argument: built by the natives
    /// their `__new__`/`__init__` run, without looking those up and
    /// calling them through the native door twice (their receiver checks
    /// and argument binding cost more than a short generator's items).
    /// The door's own checks stay: a Rust-stack and depth check on entry,
    /// and the collector told when a call back left garbage behind.
    /// `None`: not one of those types.
    pub(crate) fn construct_collection(&mut self, t: ObjRef, it: Value) -> Option<PyResult<Value>> {
        type Build = fn(&mut Vm, ObjRef, Value) -> PyResult<Value>;
        let build: Build = if t == self.t.list {
            |vm, _, it| crate::builtins::types::list::list_of_iterable(vm, it)
        } else if t == self.t.tuple {
            |vm, _, it| crate::builtins::types::tuple::tuple_of_iterable(vm, it)
        } else if t == self.t.set || t == self.t.frozenset {
            crate::builtins::types::set::set_of_iterable
        } else {
            return None;
        };
        Some(self.through_door(|vm| build(vm, t, it)))
    }

    /// Run `f`, the body of a native called directly by the interpreter
    /// (not through `call_native`), with what the native door does around
    /// it: a Rust-stack and depth check on entry, no rooted caller's mark
    /// reaching through, and the collector told when a call back into
    /// Python left garbage behind.
    pub(crate) fn through_door(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
        self.enter_door()?;
        self.rooted_mark = None;
        let res = f(self);
        self.door_depth -= 1;
        if self.heap.dirty {
            self.native_returned_dirty();
        }
        res
    }

    /// Drain an iterable into a Vec (charged against fuel and memory).
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.collect_iter_hinted(v, false)
    }

    /// [`Vm::collect_iter`] for building a list or a tuple, as CPython's
    /// `list.extend`, `tuple()`, `sorted`, `str.join` and `[*x]` do: after
    /// taking the iterator they ask a user class's `__len__` (or
    /// `__length_hint__`) for a size, whose errors (other than TypeError)
    /// pass through (found by the diff fuzzer: a `__len__` that recursed).
    pub fn collect_sized(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.collect_iter_hinted(v, true)
    }

    /// CPython's `PyObject_LengthHint` on an instance of a user class (a
    /// built-in's answer has no side effect to reproduce).
    fn user_length_hint(&mut self, v: Value) -> PyResult<()> {
        let t = self.type_of(v);
        if self.type_data(t).builtin {
            return Ok(());
        }
        let ignore_type_error = |vm: &mut Vm, r: PyResult<Value>| -> PyResult<Option<Value>> {
            match r {
                Ok(x) => Ok(Some(x)),
                Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) => Ok(None),
                Err(e) => Err(e),
            }
        };
        if crate::interp::typesys::lookup(self, t, self.n.__len__).is_some() {
            return match self.len(v) {
                Err(crate::interp::vm::Unwind::Exception(e)) if self.exc_is(e, self.t.type_error) => Ok(()),
                r => r.map(|_| ()),
            };
        }
        let Some(m) = crate::interp::typesys::lookup(self, t, self.n.__length_hint__) else { return Ok(()) };
        let r = self.call_unbound(m, v, &[]);
        let Some(r) = ignore_type_error(self, r)? else { return Ok(()) };
        if matches!(r, Value::NotImplemented) {
            return Ok(());
        }
        if self.to_bigint(r).is_none() {
            return Err(self.type_error(format!("__length_hint__ must be an integer, not {}", self.type_name(r))));
        }
        if self.index_i64(r)? < 0 {
            return Err(self.value_error("__length_hint__() should return >= 0"));
        }
        Ok(())
    }

    fn collect_iter_hinted(&mut self, v: Value, hint: bool) -> PyResult<Vec<Value>> {
        // Only the exact types are copied directly: a subclass may iterate
        // otherwise (diff fuzzer: `set(L())` of a list subclass whose
        // `__iter__` yields other items).
        let t = self.type_of(v);
        if t == self.t.bytes {
            // `sorted(b)`, `list(b)` of exact bytes: the byte values, read
            // in place (no iterator, no call per item).
            let n = match self.payload(v) {
                Some(Payload::Bytes(b)) => b.len(),
                _ => 0,
            };
            self.reserve(n.saturating_mul(16))?;
            self.tick(n as u64 / 16)?;
            if let Some(Payload::Bytes(b)) = self.payload(v) {
                return Ok(b.iter().map(|&x| Value::Int(x as i64)).collect());
            }
        }
        if t != self.t.list && t != self.t.tuple && t != self.t.range {
            return self.collect_by_iteration(v, hint);
        }
        let n = match self.payload(v) {
            Some(Payload::List(l)) => Some(l.len()),
            Some(Payload::Tuple(l)) => Some(l.len()),
            _ => None,
        };
        if let Some(n) = n {
            // The copy is checked against the budget, and its work charged.
            self.reserve(n.saturating_mul(16))?;
            self.tick(n as u64 / 16)?;
        }
        match self.payload(v) {
            Some(Payload::List(l)) => return Ok(l.clone()),
            Some(Payload::Tuple(l)) => return Ok(l.to_vec()),
            Some(Payload::Range(r)) => {
                let r = *r;
                let n = r.len().max(0) as usize;
                self.reserve(n.saturating_mul(16))?;
                self.tick(n as u64 / 8)?;
                return Ok((0..n as i64).map(|i| Value::Int(r.get(i))).collect());
            }
            _ => {}
        }
        self.collect_by_iteration(v, hint)
    }

    fn collect_by_iteration(&mut self, v: Value, hint: bool) -> PyResult<Vec<Value>> {
        let it = self.iter(v)?;
        if hint {
            self.with_roots(&[it], |vm, _| vm.user_length_hint(v))?;
        }
        // The items gather in a list object of the heap, which roots them
        // while `next` runs Python code, and whose growth is charged before
        // it is allocated (old and new buffer, while it moves).
        let holder = self.with_roots(&[it], |vm, _| vm.new_list(Vec::new()))?;
        self.with_roots(&[it, holder], |vm, scope| loop {
            // A plain generator runs in collecting mode: its items are
            // appended to the holder (each charged as below) without a
            // suspension and resumption per item; what it yields here is
            // an item it could not charge itself.
            let next = match holder {
                Value::Obj(hr) => scope.next_gathering(vm, it, &mut crate::interp::vm::Gather::Into(hr))?,
                _ => scope.next(vm, it)?,
            };
            let Some(x) = next else { return Ok(()) };
            vm.tick(1)?;
            let Some(hr) = holder.as_obj() else { return Ok(()) };
            let (len, cap) = (vm.list_vec(hr).len(), vm.list_vec(hr).capacity());
            if len == cap {
                let new_cap = cap.saturating_mul(2).max(16);
                vm.reserve(new_cap.saturating_mul(16))?;
                vm.charge((new_cap - cap).saturating_mul(16))?;
                vm.list_vec(hr).reserve_exact(new_cap - len);
            }
            vm.list_vec(hr).push(x);
        })?;
        // The buffer moves out to the caller (who charges it again when it
        // becomes an object): the empty holder no longer holds it.
        let out = holder.as_obj().map(|hr| std::mem::take(self.list_vec(hr))).unwrap_or_default();
        self.heap.uncharge(out.capacity().saturating_mul(16));
        Ok(out)
    }
}

pub fn install(vm: &mut Vm) {
    let its = [
        vm.t.list_iterator,
        vm.t.tuple_iterator,
        vm.t.range_iterator,
        vm.t.str_iterator,
        vm.t.dict_keyiterator,
        vm.t.dict_valueiterator,
        vm.t.dict_itemiterator,
        vm.t.set_iterator,
        vm.t.callable_iterator,
        vm.t.seq_iterator,
        vm.t.reversed,
        vm.t.enumerate,
        vm.t.zip,
        vm.t.map,
        vm.t.filter,
    ];
    for t in its {
        add_methods(vm, t, &[("__iter__", slot(""), iter_self), ("__next__", slot(""), iter_next), ("__length_hint__", own(), iter_length_hint)]);
        // range_iterator has its own (range.rs).
        if t != vm.t.range_iterator {
            add_methods(vm, t, &[("__reduce__", slot(""), iter_reduce), ("__setstate__", slot("state"), iter_setstate)]);
        }
    }
    // CPython's array iterator has no `__length_hint__`.
    let t = vm.t.array_iterator;
    add_methods(
        vm,
        t,
        &[("__iter__", slot(""), iter_self), ("__next__", slot(""), iter_next), ("__reduce__", slot(""), iter_reduce), ("__setstate__", slot("state"), iter_setstate)],
    );
    add_native(vm, vm.t.enumerate, "__new__", own(), enumerate_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.zip, "__new__", own(), zip_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.map, "__new__", own(), map_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.filter, "__new__", own(), filter_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.reversed, "__new__", own(), reversed_new, NativeKind::StaticMethod);
    for t in [vm.t.enumerate, vm.t.zip, vm.t.map, vm.t.filter, vm.t.reversed] {
        vm.type_data_mut(t).base_ok = true;
    }
}

/// `__reduce__` of the built-in iterators, as CPython's: a call that
/// rebuilds the iterator (`iter(seq)`, `zip(*its)`, ...) and, for the
/// positional ones, the position `__setstate__` restores. A dict or set
/// iterator pickles as an iterator over a list of what it has left.
fn iter_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = a.arg(0);
    // The builtin is looked up first, as in CPython: the lookup can run
    // Python code (a key's __eq__) that advances this very iterator.
    let iter_fn = {
        let k = vm.new_str("iter")?;
        match vm.getitem(Value::Obj(vm.builtins), k) {
            Ok(v) => v,
            Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.key_error) => Value::None,
            Err(e) => return Err(e),
        }
    };
    vm.temp_roots.push(iter_fn);
    let r = iter_reduce_with(vm, it, iter_fn);
    vm.temp_roots.pop();
    r
}
fn iter_reduce_with(vm: &mut Vm, it: Value, iter_fn: Value) -> PyResult<Value> {
    enum R {
        Call(&'static str, Vec<Value>, Option<Value>),
        Type(ObjRef, Vec<Value>, Option<Value>),
        Rest(IterData),
    }
    let r = match vm.payload(it) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::Seq { seq, index } => R::Call("iter", vec![*seq], Some(Value::Int(*index as i64))),
            IterData::Str { s, byte } if *byte >= crate::builtins::types::str::str_obj(vm, *s).len() => R::Call("iter", vec![], None),
            IterData::Str { s, byte } => {
                let chars = crate::builtins::types::str::str_obj(vm, *s)[..*byte].chars().count();
                R::Call("iter", vec![Value::Obj(*s)], Some(Value::Int(chars as i64)))
            }
            IterData::GetItem { obj, index } => R::Call("iter", vec![*obj], Some(Value::Int(*index))),
            IterData::Callable { func, sentinel } => R::Call("iter", vec![*func, *sentinel], None),
            IterData::Reversed { seq, index } if *index >= 0 => R::Type(vm.t.reversed, vec![*seq], Some(Value::Int(*index))),
            IterData::Enumerate { it, count } => R::Type(vm.t.enumerate, vec![*it, *count], None),
            IterData::Zip { its, strict } => R::Type(vm.t.zip, its.clone(), strict.then_some(Value::Bool(true))),
            IterData::Map { func, its } => {
                let mut args = vec![*func];
                args.extend_from_slice(its);
                R::Type(vm.t.map, args, None)
            }
            IterData::Filter { func, it } => R::Type(vm.t.filter, vec![*func, *it], None),
            IterData::DictIter { dict, pos, kind, len } => R::Rest(IterData::DictIter { dict: *dict, pos: *pos, kind: *kind, len: *len }),
            IterData::SetIter { set, pos, len } => R::Rest(IterData::SetIter { set: *set, pos: *pos, len: *len }),
            IterData::Exhausted | IterData::Reversed { .. } => R::Call("iter", vec![], None),
            _ => return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(it)))),
        },
        _ => return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(it)))),
    };
    let (func, args, state) = match r {
        R::Call(name, args, state) if args.is_empty() => {
            // Exhausted: over an empty list or tuple, as CPython's are (one
            // made by a type, as that type over nothing).
            let t = vm.type_of(it);
            let e = Value::Obj(vm.t.empty_tuple);
            if t == vm.t.reversed || t == vm.t.enumerate {
                (Value::Obj(t), vec![e], state)
            } else if t == vm.t.map || t == vm.t.filter {
                (Value::Obj(t), vec![Value::None, e], state)
            } else if t == vm.t.zip {
                (Value::Obj(t), vec![], state)
            } else {
            let empty = if t == vm.t.list_iterator {
                vm.new_list(vec![])?
            } else if t == vm.t.str_iterator {
                vm.new_str("")?
            } else {
                Value::Obj(vm.t.empty_tuple)
            };
            let _ = name;
            (iter_fn, vec![empty], state)
            }
        }
        R::Call(_, args, state) => (iter_fn, args, state),
        R::Type(t, args, state) => (Value::Obj(t), args, state),
        R::Rest(mut state) => {
            // A copy of the iterator runs to the end; the original stays.
            let mut rest = Vec::new();
            while let Some(v) = vm.advance_container(&mut state)? {
                vm.temp_roots.push(v);
                rest.push(v);
            }
            let n = rest.len();
            let list = vm.new_list(rest);
            let new_len = vm.temp_roots.len() - n;
            vm.temp_roots.truncate(new_len);
            (iter_fn, vec![list?], None)
        }
    };
    let args = vm.new_tuple(args)?;
    let mut out = vec![func, args];
    out.extend(state);
    vm.new_tuple(out)
}

/// `__setstate__` of the built-in iterators: the position to continue
/// from (clamped to the sequence), or zip's `strict` flag.
fn iter_setstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (it, state) = (a.arg(0), a.arg(1));
    let Value::Obj(r) = it else { return Ok(Value::None) };
    if let Some(Payload::Iter(d)) = vm.payload(it) {
        if let IterData::Zip { .. } = &**d {
            let strict = vm.truthy(state)?;
            if let Payload::Iter(d) = &mut vm.heap.get_mut(r).payload {
                if let IterData::Zip { strict: s, .. } = &mut **d {
                    *s = strict;
                }
            }
            return Ok(Value::None);
        }
    }
    // An int (no `__index__`), as CPython's Py_ssize_t conversion here.
    if !matches!(state, Value::Int(_) | Value::Bool(_)) && !vm.isinstance_exact_or_sub(state, vm.t.int) {
        return Err(vm.type_error("an integer is required"));
    }
    let index = vm.index_i64(state)?;
    let seq_len = match vm.payload(it) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::Seq { seq, .. } | IterData::Reversed { seq, .. } => {
                let seq = *seq;
                Some(vm.len(seq)? as i64)
            }
            IterData::Str { s, .. } => match vm.payload(Value::Obj(*s)) {
                Some(Payload::Str(ps)) => Some(ps.chars as i64),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    // A str position in chars becomes a byte offset.
    let byte = match vm.payload(it) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::Str { s, .. } => {
                let text = crate::builtins::types::str::str_obj(vm, *s);
                let i = index.clamp(0, seq_len.unwrap_or(0)) as usize;
                Some(text.char_indices().nth(i).map_or(text.len(), |(b, _)| b))
            }
            _ => None,
        },
        _ => None,
    };
    if let Payload::Iter(d) = &mut vm.heap.get_mut(r).payload {
        match &mut **d {
            IterData::Seq { index: i, .. } => *i = index.clamp(0, seq_len.unwrap_or(0)) as usize,
            IterData::Str { byte: b, .. } => *b = byte.unwrap_or(0),
            IterData::GetItem { index: i, .. } => *i = index.max(0),
            IterData::Reversed { index: i, .. } => *i = index.clamp(-1, seq_len.unwrap_or(0) - 1),
            _ => {}
        }
    }
    Ok(Value::None)
}

fn iter_self(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(a.arg(0))
}
fn iter_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.next(a.arg(0))? {
        Some(v) => Ok(v),
        None => Err(vm.exc_msg(vm.t.stop_iteration, String::new()).clear_args(vm)),
    }
}
fn iter_length_hint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = match vm.payload(a.arg(0)) {
        Some(Payload::Iter(d)) => match &**d {
            IterData::Range { remaining, .. } => *remaining,
            IterData::Seq { seq, index } => {
                let (seq, index) = (*seq, *index);
                vm.len(seq).map(|l| l as i64 - index as i64).unwrap_or(0).max(0)
            }
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n))
}

impl Unwind {
    /// A StopIteration created with no message has empty args.
    pub fn clear_args(self, vm: &mut Vm) -> Unwind {
        if let Unwind::Exception(e) = self {
            let empty = Value::Obj(vm.t.empty_tuple);
            if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
                ed.args = empty;
            }
        }
        self
    }
}

fn make_iter(vm: &mut Vm, cls: Value, default: ObjRef, d: IterData) -> PyResult<Value> {
    let c = cls.as_obj().unwrap_or(default);
    vm.alloc_val(c, Payload::Iter(Box::new(d)))
}

fn enumerate_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut iterable = a.get(1);
    let mut start = a.get(2).unwrap_or(Value::Int(0));
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("start") => start = *v,
            Some("iterable") => iterable = Some(*v),
            _ => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for enumerate()", vm.str_of(*k).unwrap_or("")))),
        }
    }
    let Some(iterable) = iterable else { return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")) };
    let st = vm.type_of(start);
    if !matches!(start, Value::Int(_) | Value::Bool(_)) && crate::interp::typesys::lookup(vm, st, vm.n.__index__).is_none() {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(start))));
    }
    let it = vm.iter(iterable)?;
    make_iter(vm, a.arg(0), vm.t.enumerate, IterData::Enumerate { it, count: start })
}
fn zip_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("strict") => strict = vm.truthy(*v)?,
            _ => return Err(vm.type_error("zip() got an unexpected keyword argument")),
        }
    }
    let mut its = Vec::new();
    for (i, &x) in a.pos[1..].iter().enumerate() {
        match vm.iter(x) {
            Ok(it) => its.push(it),
            Err(e) => {
                let _ = i;
                return Err(e);
            }
        }
    }
    make_iter(vm, a.arg(0), vm.t.zip, IterData::Zip { its, strict })
}
/// CPython's `map`/`filter` refuse keyword arguments unless a subclass
/// defines its own `__init__` (which may then take them).
fn refuse_keywords(vm: &mut Vm, a: &Args<'_>, base: ObjRef, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        return Ok(());
    }
    let cls = a.arg(0).as_obj().unwrap_or(base);
    let own_init = crate::interp::typesys::lookup(vm, cls, vm.n.__init__);
    let base_init = crate::interp::typesys::lookup(vm, base, vm.n.__init__);
    let overridden = match (own_init, base_init) {
        (Some(x), Some(y)) => !x.is(y),
        _ => false,
    };
    if cls == base || !overridden {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}
fn map_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    refuse_keywords(vm, &a, vm.t.map, "map")?;
    if a.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = a.pos[1];
    let mut its = Vec::new();
    for &x in &a.pos[2..] {
        its.push(vm.iter(x)?);
    }
    make_iter(vm, a.arg(0), vm.t.map, IterData::Map { func, its })
}
fn filter_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    refuse_keywords(vm, &a, vm.t.filter, "filter")?;
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", a.pos.len() - 1)));
    }
    let it = vm.iter(a.pos[2])?;
    make_iter(vm, a.arg(0), vm.t.filter, IterData::Filter { func: a.pos[1], it })
}
fn reversed_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", a.pos.len() - 1)));
    }
    let seq = a.pos[1];
    let t = vm.type_of(seq);
    if let Some(m) = crate::interp::typesys::lookup(vm, t, vm.n.__reversed__) {
        if m.is_none() {
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        return vm.call_unbound(m, seq, &[]);
    }
    if crate::interp::typesys::lookup(vm, t, vm.n.__getitem__).is_none() || matches!(vm.payload(seq), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)? as i64;
    make_iter(vm, a.arg(0), vm.t.reversed, IterData::Reversed { seq, index: n - 1 })
}

