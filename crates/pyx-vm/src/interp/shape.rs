//! Attributes kept in the instance: the values of a plain instance's
//! attributes live in its own payload (`Payload::Instance(values,
//! Some(keys))`), laid out by the shared keys of its class (`dict.rs`
//! `SharedKeys`, CPython 3.11's split keys): value `i` is that of key `i`.
//! This is the object's "shape". An instance of a class costs its slot
//! and one buffer of values, not a dict object, a table and a split
//! record besides; and an inline cache (`eval.rs`) that knows the keys'
//! id reads an attribute with a compare and an index.
//!
//! The instance's `__dict__` is made from these values the first time
//! something asks for it (`__dict__`, `vars()`, `dir()`, pickling, a
//! `del`, a new attribute that does not fit the keys): the values move
//! into a split dict (the same keys), the instance drops its keys and
//! from then on the dict is the one place its attributes live, exactly
//! as before this module existed. So every dict view stays live.
//!
//! Only instances of user classes without `__slots__` get keys (a class
//! with slots keeps them in the same vector, by index).

use std::sync::Arc;

use crate::object::dict::{Dict, SharedKeys, MAX_SHARED_KEYS};
use crate::object::heap::ObjRef;
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Vm};

/// Do keys `c` hold the first `n` keys of `keys`, then `name`?
fn extends(c: &SharedKeys, keys: &SharedKeys, n: usize, name: ObjRef) -> bool {
    c.len() > n && c.key_at(n).is_some_and(|k| k.is(Value::Obj(name))) && (0..n).all(|i| matches!((c.key_at(i), keys.key_at(i)), (Some(a), Some(b)) if a.is(b)))
}

/// What a store into an instance with keys did.
enum Stored {
    Done,
    /// The instance has no keys (any more): store into its dict.
    UseDict,
}

impl Vm {
    /// A fresh plain instance's payload: keys (its class's) when the class
    /// is a user class with instance dicts and no `__slots__`, with room
    /// for as many values as the class's instances have had keys.
    pub fn new_instance_payload(&mut self, cls: ObjRef) -> Payload {
        let (nslots, plain, keys) = match &self.heap.get(cls).payload {
            Payload::Type(td) => (td.nslots, td.has_dict && !td.builtin && td.nslots == 0, td.shared_keys.clone()),
            _ => (0, false, None),
        };
        if !plain {
            return Payload::Instance(vec![Value::Null; nslots], None);
        }
        let keys = match keys {
            Some(k) => k,
            None => match &mut self.heap.get_mut(cls).payload {
                Payload::Type(td) => td.shared_keys.get_or_insert_with(Default::default).clone(),
                _ => return Payload::Instance(Vec::new(), None),
            },
        };
        let room = keys.len().min(MAX_SHARED_KEYS);
        Payload::Instance(Vec::with_capacity(room), Some(keys))
    }

    /// The value of attribute `name` kept in the instance `r` (with
    /// keys) or in its dict; `None` when it has neither.
    #[inline]
    pub fn instance_attr(&self, r: ObjRef, name: ObjRef) -> Option<Value> {
        let o = self.heap.get(r);
        if let Payload::Instance(vals, Some(keys)) = &o.payload {
            let h = self.str_hash_cached(name);
            let heap = &self.heap;
            let p = keys.position(vals.len(), h, Value::Obj(name), |k| crate::interp::ops::str_key_eq(heap, k, name))?;
            return vals.get(p).copied();
        }
        let d = o.dict?;
        self.dict_get_str(d, name)
    }

    /// Store attribute `name` of instance `r` in the instance itself when
    /// it has keys: true when done, false when the caller must store in
    /// the instance dict (which this made from the values if need be).
    pub fn instance_attr_set(&mut self, r: ObjRef, name: ObjRef, value: Value) -> PyResult<bool> {
        match self.shape_store(r, name, value)? {
            Stored::Done => Ok(true),
            Stored::UseDict => Ok(false),
        }
    }

    fn shape_store(&mut self, r: ObjRef, name: ObjRef, value: Value) -> PyResult<Stored> {
        let h = self.str_hash_cached(name);
        let exact_str = self.heap.get(name).class == self.t.str;
        let heap = &self.heap;
        let o = heap.get(r);
        let cls = o.class;
        let Payload::Instance(vals, Some(keys)) = &o.payload else { return Ok(Stored::UseDict) };
        let n = vals.len();
        if let Some(p) = keys.position(n, h, Value::Obj(name), |k| crate::interp::ops::str_key_eq(heap, k, name)) {
            if let Payload::Instance(vals, _) = &mut self.heap.get_mut(r).payload {
                vals[p] = value;
            }
            return Ok(Stored::Done);
        }
        // A new attribute: the next key, or a key added at the end of keys
        // this instance has a value for each of; anything else (another
        // order, too many, a name that is not an exact str) is a dict.
        let next_is_name = keys.key_at(n).is_some_and(|k| k.is(Value::Obj(name)));
        let at_end = !next_is_name && n == keys.len() && n < MAX_SHARED_KEYS && exact_str;
        // At the end of its keys: when the class's keys are these keys
        // grown by `name` (another instance went this way first), take
        // them, so the instances of a class keep sharing one layout (and
        // a cache site sees one keys id), rather than each growing a copy.
        let adopt = if at_end {
            match &heap.get(cls).payload {
                Payload::Type(td) => td.shared_keys.as_ref().filter(|c| !Arc::ptr_eq(c, keys) && extends(c, keys, n, name)).cloned(),
                _ => None,
            }
        } else {
            None
        };
        let append = at_end && adopt.is_none();
        if !next_is_name && !at_end {
            self.materialize_instance_dict(r)?;
            return Ok(Stored::UseDict);
        }
        let cap = vals.capacity();
        if n == cap {
            let grown = (cap * 2).clamp(4, MAX_SHARED_KEYS);
            self.reserve(grown * 16)?;
            self.charge((grown - cap) * 16)?;
        }
        let mut newer_keys = None;
        if let Payload::Instance(vals, Some(keys)) = &mut self.heap.get_mut(r).payload {
            if n == vals.capacity() {
                let grown = (n * 2).clamp(4, MAX_SHARED_KEYS);
                vals.reserve_exact(grown - n);
            }
            if let Some(c) = adopt {
                *keys = c;
            } else if append {
                Arc::make_mut(keys).push(h, Value::Obj(name));
                newer_keys = Some(keys.clone());
            }
            vals.push(value);
        }
        // The class's next instances start from the longest keys.
        if let Some(k) = newer_keys {
            if !self.heap.is_base(cls) {
                if let Payload::Type(td) = &mut self.heap.get_mut(cls).payload {
                    if td.shared_keys.as_ref().map_or(true, |mine| mine.len() < k.len()) {
                        td.shared_keys = Some(k);
                    }
                }
            }
        }
        Ok(Stored::Done)
    }

    /// The instance dict of `r`, made from the values it keeps when it
    /// keeps them (see the module doc); `None` when it has no dict.
    pub fn instance_dict(&mut self, r: ObjRef) -> PyResult<Option<ObjRef>> {
        self.materialize_instance_dict(r)?;
        Ok(self.heap.get(r).dict)
    }

    /// Move the values an instance keeps into a dict of its own.
    pub fn materialize_instance_dict(&mut self, r: ObjRef) -> PyResult<()> {
        if !matches!(self.heap.get(r).payload, Payload::Instance(_, Some(_))) {
            return Ok(());
        }
        // Allocate first (it may fail on the budget); then move.
        let d = self.alloc(self.t.dict, Payload::Dict(Box::default()))?;
        let taken = match &mut self.heap.get_mut(r).payload {
            Payload::Instance(vals, keys @ Some(_)) => keys.take().map(|k| (k, std::mem::take(vals))),
            _ => None,
        };
        let Some((keys, vals)) = taken else { return Ok(()) };
        if let Payload::Dict(dd) = &mut self.heap.get_mut(d).payload {
            **dd = Dict::from_split(keys, vals);
        }
        self.heap.get_mut(r).dict = Some(d);
        Ok(())
    }

    /// `obj.__dict__ = d`: the instance's own values (if any) are dropped.
    pub fn drop_instance_keys(&mut self, r: ObjRef) {
        if let Payload::Instance(vals, keys @ Some(_)) = &mut self.heap.get_mut(r).payload {
            *keys = None;
            vals.clear();
            vals.shrink_to_fit();
        }
    }
}
