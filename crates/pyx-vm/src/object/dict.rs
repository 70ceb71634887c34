//! The insertion-ordered hash table behind `dict` (and type/instance
//! namespaces): an entries vector in insertion order plus an index table
//! mapping hashes to entry positions.
//!
//! Equality is the caller's business: lookups take a closure so the VM can
//! compare keys natively or, for user-defined `__eq__`, collect the
//! candidates first and call Python with no borrow of the table held.

use std::sync::Arc;

use hashbrown::HashTable;

use crate::object::value::Value;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Dict {
    entries: Vec<Entry>,
    index: HashTable<u32>,
    used: usize,
    /// Bumped by every mutation (inline caches compare it).
    version: u64,
    /// A split table (an instance dict whose keys are its class's shared
    /// keys): `entries` and `index` are empty, the values are here.
    split: Option<Box<Split>>,
}

/// The keys the instance dicts of one class share, in the order the
/// instances gained them (as CPython's split tables): a dict of `n`
/// values holds the values of the first `n` keys. Only appended to while
/// a single dict holds it; shared, it never changes (an append copies).
///
/// The same keys lay out the attribute values a plain instance keeps in
/// itself (`shape.rs`): inline caches remember a position under keys of
/// a given `id`. Keys of one id only ever grow at the end, so a position
/// read under them stays right; a copy (which may then grow otherwise)
/// gets a new id.
pub struct SharedKeys {
    keys: Vec<(i64, Value)>,
    id: u64,
}

/// Ids of shared keys: never 0 (an inline cache's "no keys").
static NEXT_KEYS_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn fresh_keys_id() -> u64 {
    NEXT_KEYS_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Default for SharedKeys {
    fn default() -> SharedKeys {
        SharedKeys { keys: Vec::new(), id: fresh_keys_id() }
    }
}

impl Clone for SharedKeys {
    fn clone(&self) -> SharedKeys {
        SharedKeys { keys: self.keys.clone(), id: fresh_keys_id() }
    }
}

impl SharedKeys {
    /// Identity of these keys for inline caches (see the type's doc).
    #[inline]
    pub fn id(&self) -> u64 {
        self.id
    }
    /// Position of `key` among the first `n` keys: by identity first (the
    /// names of attribute loads are interned), then by `eq`.
    #[inline]
    pub fn position(&self, n: usize, hash: i64, key: Value, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let keys = &self.keys[..n.min(self.keys.len())];
        if let Some(p) = keys.iter().position(|&(_, k)| k.is(key)) {
            return Some(p);
        }
        keys.iter().position(|&(h, k)| h == hash && eq(k))
    }
    /// The key at position `i`, if there is one.
    #[inline]
    pub fn key_at(&self, i: usize) -> Option<Value> {
        self.keys.get(i).map(|&(_, k)| k)
    }
    /// Append a key (the caller holds these keys alone: `Arc::make_mut`).
    pub fn push(&mut self, hash: i64, key: Value) {
        self.keys.push((hash, key));
    }
    pub fn len(&self) -> usize {
        self.keys.len()
    }
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
    /// Every key (all are traced: a dict may compare against keys past
    /// its own values).
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.keys.iter().map(|&(_, k)| k));
    }
    /// `trace`, one key at a time.
    #[inline]
    pub fn visit(&self, f: &mut impl FnMut(Value)) {
        self.keys.iter().for_each(|&(_, k)| f(k));
    }
}

/// Keys a split table may share; a dict growing past them is combined.
pub const MAX_SHARED_KEYS: usize = 30;

#[derive(Clone)]
struct Split {
    keys: Arc<SharedKeys>,
    values: Vec<Value>,
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        let mut d = Dict::with_capacity(self.used);
        for e in self.iter() {
            d.push_new(e.hash, e.key, e.value);
        }
        d
    }
}

/// The key of a hash in the index table. The table takes its slot from
/// the low bits and a one-byte tag from the top seven, which are the same
/// (all zero) for Python's hashes of small ints (`hash(n) == n`) and for
/// identity hashes: every entry of a group then matched every probe's tag,
/// and a lookup compared keys with all of them. The top seven bits get a
/// mix of the whole hash; the low bits (the slot) stay as they are.
#[inline]
fn spread(h: i64) -> u64 {
    const TOP7: u64 = 0xFE00_0000_0000_0000;
    (h as u64) ^ ((h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) & TOP7)
}

impl Dict {
    /// An exact copy: the same entry positions (deleted ones included)
    /// and the same version, so inline caches keyed by this dict's
    /// version and positions stay right for the copy.
    pub fn duplicate(&self) -> Dict {
        Dict { entries: self.entries.clone(), index: self.index.clone(), used: self.used, version: self.version, split: self.split.clone() }
    }
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict { entries: Vec::with_capacity(n), index: HashTable::with_capacity(n), used: 0, version: 0, split: None }
    }
    /// An empty split table over `keys` (an instance dict), with room for
    /// `n` values. Entries a dict of the class's instances adds in the
    /// order of the shared keys cost one value each (16 bytes) instead of
    /// an entry (40) and its index slot; anything else (another order, a
    /// deletion) turns it into an ordinary combined table.
    pub fn new_split(keys: Arc<SharedKeys>, n: usize) -> Dict {
        let values = Vec::with_capacity(n.min(MAX_SHARED_KEYS));
        Dict { split: Some(Box::new(Split { keys, values })), ..Dict::default() }
    }
    /// A split table over `keys` holding `values` (the first
    /// `values.len()` keys'): the dict an instance's own attribute values
    /// become when something needs it as a dict (`shape.rs`).
    pub fn from_split(keys: Arc<SharedKeys>, values: Vec<Value>) -> Dict {
        debug_assert!(values.len() <= keys.len());
        let used = values.len();
        Dict { split: Some(Box::new(Split { keys, values })), used, ..Dict::default() }
    }
    /// The shared keys of a split table.
    pub fn shared_keys(&self) -> Option<&Arc<SharedKeys>> {
        self.split.as_ref().map(|s| &s.keys)
    }
    /// Turn a split table into a combined one (same entries, same order).
    fn unsplit(&mut self) {
        let Some(sp) = self.split.take() else { return };
        let n = sp.values.len();
        self.entries = Vec::with_capacity(n + 1);
        self.index = HashTable::with_capacity(n + 1);
        self.used = 0;
        for (&(hash, key), &value) in sp.keys.keys.iter().zip(sp.values.iter()) {
            let pos = self.entries.len() as u32;
            self.entries.push(Entry { hash, key, value });
            let entries = &self.entries;
            self.index.insert_unique(spread(hash), pos, |&i| spread(entries[i as usize].hash));
            self.used += 1;
        }
    }
    /// Changes whenever an entry is added, removed or replaced.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Upper bound of positions for `entry_at` iteration.
    #[inline]
    pub fn capacity_pos(&self) -> usize {
        match &self.split {
            Some(sp) => sp.values.len(),
            None => self.entries.len(),
        }
    }
    /// Make room for `n` more entries (start-up: a type's methods at once).
    pub fn reserve(&mut self, n: usize) {
        if self.split.is_some() {
            return;
        }
        self.entries.reserve(n);
        let entries = &self.entries;
        self.index.reserve(n, |&i| spread(entries[i as usize].hash));
    }
    /// The next insertion reallocates the entries.
    pub fn is_full(&self) -> bool {
        match &self.split {
            Some(sp) => sp.values.len() == sp.values.capacity(),
            None => self.entries.len() == self.entries.capacity(),
        }
    }
    pub fn size(&self) -> usize {
        // A split table is charged for its keys as well, as if it held
        // them alone (a dict may hold a copy of its own: see `split_push`).
        let split = match &self.split {
            Some(sp) => {
                std::mem::size_of::<Split>()
                    + sp.values.capacity() * std::mem::size_of::<Value>()
                    + sp.keys.len() * std::mem::size_of::<(i64, Value)>()
            }
            None => 0,
        };
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.index.capacity() * 5 + split
    }

    /// Position of the entry whose key satisfies `eq` among those with `hash`.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if let Some(sp) = &self.split {
            let keys = &sp.keys.keys[..sp.values.len()];
            return keys.iter().position(|&(h, k)| h == hash && eq(k));
        }
        let entries = &self.entries;
        self.index.find(spread(hash), |&i| {
            let e = &entries[i as usize];
            e.hash == hash && eq(e.key)
        })
        .map(|&i| i as usize)
    }

    /// Positions of all live entries with this hash (for slow-path equality).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if let Some(sp) = &self.split {
            let keys = &sp.keys.keys[..sp.values.len()];
            out.extend(keys.iter().enumerate().filter(|(_, &(h, _))| h == hash).map(|(i, _)| i));
            return out;
        }
        let entries = &self.entries;
        // `find` stops at the first match; gather by probing with a
        // recording predicate that never matches.
        self.index.find(spread(hash), |&i| {
            if entries[i as usize].hash == hash {
                out.push(i as usize);
            }
            false
        });
        out
    }

    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<Entry> {
        if let Some(sp) = &self.split {
            let value = *sp.values.get(pos)?;
            let (hash, key) = *sp.keys.keys.get(pos)?;
            return Some(Entry { hash, key, value });
        }
        self.entries.get(pos).filter(|e| !e.key.is_null()).copied()
    }
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, v: Value) {
        self.version = self.version.wrapping_add(1);
        if let Some(sp) = &mut self.split {
            if let Some(slot) = sp.values.get_mut(pos) {
                *slot = v;
            }
            return;
        }
        if let Some(e) = self.entries.get_mut(pos) {
            e.value = v;
        }
    }

    /// A split table takes a new key when it is the next shared key, or
    /// when the table holds a value for every shared key (the key is then
    /// appended to the shared keys: in place when no other dict holds
    /// them, else to a copy). False when it must become combined.
    fn split_push(&mut self, hash: i64, key: Value, value: Value) -> bool {
        let Some(sp) = &mut self.split else { return false };
        let n = sp.values.len();
        match sp.keys.keys.get(n) {
            // Identity, never a comparison: keys past this dict's values
            // may belong to other dicts only.
            Some(&(h, k)) if h == hash && k.is(key) => {}
            Some(_) => return false,
            None if n >= MAX_SHARED_KEYS => return false,
            None => Arc::make_mut(&mut sp.keys).keys.push((hash, key)),
        }
        sp.values.push(value);
        self.used += 1;
        true
    }

    /// Append a key known not to be present.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version = self.version.wrapping_add(1);
        if self.split.is_some() {
            if self.split_push(hash, key, value) {
                return;
            }
            self.unsplit();
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index.insert_unique(spread(hash), pos, |&i| spread(entries[i as usize].hash));
        self.used += 1;
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        self.version = self.version.wrapping_add(1);
        self.unsplit();
        let e = *self.entries.get(pos)?;
        if e.key.is_null() {
            return None;
        }
        if let Ok(found) = self.index.find_entry(spread(e.hash), |&i| i as usize == pos) {
            found.remove();
        }
        self.entries[pos].key = Value::Null;
        self.entries[pos].value = Value::Null;
        self.used -= 1;
        if self.entries.len() > 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        let mut index = HashTable::with_capacity(self.entries.len());
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            index.insert_unique(spread(e.hash), i as u32, |&j| spread(entries[j as usize].hash));
        }
        self.index = index;
    }

    pub fn clear(&mut self) {
        self.version = self.version.wrapping_add(1);
        self.split = None;
        self.entries.clear();
        self.index.clear();
        self.used = 0;
    }

    /// Remove and return the last live entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        self.unsplit();
        let pos = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(pos);
        // Trailing tombstones are dropped so repeated popitem stays O(1).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        e
    }

    pub fn iter(&self) -> impl Iterator<Item = Entry> + '_ {
        let split = self.split.as_deref().map(|sp| {
            sp.keys.keys.iter().zip(sp.values.iter()).map(|(&(hash, key), &value)| Entry { hash, key, value })
        });
        let combined = if split.is_some() { None } else { Some(self.entries.iter().filter(|e| !e.key.is_null()).copied()) };
        split.into_iter().flatten().chain(combined.into_iter().flatten())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key, e.value)).collect()
    }

    pub fn trace(&self, out: &mut Vec<Value>) {
        if let Some(sp) = &self.split {
            sp.keys.trace(out);
            out.extend_from_slice(&sp.values);
            return;
        }
        for e in self.iter() {
            out.push(e.key);
            out.push(e.value);
        }
    }

    /// Every key and value, one at a time (the collector's `trace`).
    /// Deleted entries hold null keys and values, which refer to nothing.
    #[inline]
    pub fn visit(&self, f: &mut impl FnMut(Value)) {
        if let Some(sp) = &self.split {
            sp.keys.visit(f);
            sp.values.iter().for_each(|&v| f(v));
            return;
        }
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn int_eq(k: i64) -> impl FnMut(Value) -> bool {
        move |v| matches!(v, Value::Int(x) if x == k)
    }
    #[test]
    fn insertion_order_and_removal() {
        let mut d = Dict::new();
        for i in 0..100 {
            d.push_new(i % 7, Value::Int(i), Value::Int(i * 2));
        }
        assert_eq!(d.len(), 100);
        let p = d.find(3, int_eq(10)).unwrap();
        assert!(matches!(d.entry_at(p).unwrap().value, Value::Int(20)));
        for i in 0..90 {
            let p = d.find(i % 7, int_eq(i)).unwrap();
            d.remove_at(p);
        }
        assert_eq!(d.len(), 10);
        let keys: Vec<i64> =
            d.keys().iter().map(|k| if let Value::Int(i) = k { *i } else { -1 }).collect();
        assert_eq!(keys, (90..100).collect::<Vec<_>>());
        assert!(d.find(95 % 7, int_eq(95)).is_some());
        assert!(d.find(5 % 7, int_eq(5)).is_none());
        assert_eq!(d.candidates(95 % 7).len(), 1);
    }

    fn keys_of(d: &Dict) -> Vec<i64> {
        d.keys().iter().map(|k| if let Value::Int(i) = k { *i } else { -1 }).collect()
    }

    #[test]
    fn shared_keys_ids_change_with_every_copy() {
        let mut a = SharedKeys::default();
        a.push(1, Value::Int(1));
        let id = a.id();
        assert_ne!(id, 0, "0 is an inline cache's 'no keys'");
        // Grown in place: the same id (positions read under it stay right).
        a.push(2, Value::Int(2));
        assert_eq!(a.id(), id);
        // A copy may grow otherwise: a new id.
        let b = a.clone();
        assert_ne!(b.id(), id);
        assert_eq!(b.position(2, 2, Value::Int(2), |_| false), Some(1));
        assert_eq!(b.position(1, 2, Value::Int(2), |_| false), None, "only among the first n");
        assert_eq!(b.key_at(0).map(|k| k.is(Value::Int(1))), Some(true));
        let d = Dict::from_split(Arc::new(b), vec![Value::Int(10)]);
        assert_eq!(d.len(), 1);
        assert_eq!(keys_of(&d), vec![1]);
    }

    #[test]
    fn split_tables_share_keys_and_fall_back_to_combined() {
        let shared = Arc::new(SharedKeys::default());
        let mut a = Dict::new_split(shared.clone(), 0);
        for i in 0..3 {
            a.push_new(i, Value::Int(i), Value::Int(10 + i));
        }
        // `a` held the keys alone until now (`shared` still holds the
        // empty original): its appends went to a copy.
        assert!(shared.is_empty());
        let keys = a.shared_keys().expect("split").clone();
        assert_eq!(keys.len(), 3);
        let mut b = Dict::new_split(keys.clone(), 3);
        b.push_new(0, Value::Int(0), Value::Int(20));
        b.push_new(1, Value::Int(1), Value::Int(21));
        assert!(b.shared_keys().is_some_and(|k| Arc::ptr_eq(k, &keys)));
        assert_eq!(b.len(), 2);
        assert_eq!(b.find(1, int_eq(1)), Some(1));
        assert_eq!(b.find(2, int_eq(2)), None, "a shared key past b's values is not b's");
        assert!(matches!(b.entry_at(1).map(|e| e.value), Some(Value::Int(21))));
        assert!(b.entry_at(2).is_none());
        b.set_value_at(0, Value::Int(30));
        assert!(matches!(b.entry_at(0).map(|e| e.value), Some(Value::Int(30))));
        // Another key than the next shared one: combined, same order.
        b.push_new(7, Value::Int(7), Value::Int(27));
        assert!(b.shared_keys().is_none());
        assert_eq!(keys_of(&b), vec![0, 1, 7]);
        assert_eq!(b.find(7, int_eq(7)), Some(2));
        // A deletion makes a split table combined too.
        let mut c = Dict::new_split(keys.clone(), 3);
        for i in 0..3 {
            c.push_new(i, Value::Int(i), Value::Int(i));
        }
        let p = c.find(1, int_eq(1)).expect("present");
        assert!(c.remove_at(p).is_some());
        assert!(c.shared_keys().is_none());
        assert_eq!(keys_of(&c), vec![0, 2]);
        assert_eq!(c.len(), 2);
        // The shared keys never changed under the dicts holding them.
        assert_eq!(keys.len(), 3);
        assert_eq!(keys_of(&a), vec![0, 1, 2]);
        let copy = a.clone();
        assert_eq!(keys_of(&copy), vec![0, 1, 2]);
        let mut traced = Vec::new();
        a.trace(&mut traced);
        assert_eq!(traced.len(), 6);
    }
}
