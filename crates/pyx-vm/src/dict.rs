//! The insertion-ordered hash table behind `dict` (and type/instance
//! namespaces): an entries vector in insertion order plus an index table
//! mapping hashes to entry positions.
//!
//! Equality is the caller's business: lookups take a closure so the VM can
//! compare keys natively or, for user-defined `__eq__`, collect the
//! candidates first and call Python with no borrow of the table held.

use hashbrown::HashTable;

use crate::value::Value;

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
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        let mut d = Dict::with_capacity(self.used);
        for e in self.entries.iter().filter(|e| !e.key.is_null()) {
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
        Dict { entries: self.entries.clone(), index: self.index.clone(), used: self.used, version: self.version }
    }
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict { entries: Vec::with_capacity(n), index: HashTable::with_capacity(n), used: 0, version: 0 }
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
        self.entries.len()
    }
    /// Make room for `n` more entries (start-up: a type's methods at once).
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
        let entries = &self.entries;
        self.index.reserve(n, |&i| spread(entries[i as usize].hash));
    }
    /// The next insertion reallocates the entries.
    pub fn is_full(&self) -> bool {
        self.entries.len() == self.entries.capacity()
    }
    pub fn size(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.index.capacity() * 5
    }

    /// Position of the entry whose key satisfies `eq` among those with `hash`.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
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
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_null())
    }
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, v: Value) {
        self.version = self.version.wrapping_add(1);
        if let Some(e) = self.entries.get_mut(pos) {
            e.value = v;
        }
    }

    /// Append a key known not to be present.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version = self.version.wrapping_add(1);
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index.insert_unique(spread(hash), pos, |&i| spread(entries[i as usize].hash));
        self.used += 1;
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        self.version = self.version.wrapping_add(1);
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
        self.entries.clear();
        self.index.clear();
        self.used = 0;
    }

    /// Remove and return the last live entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.remove_at(pos);
        // Trailing tombstones are dropped so repeated popitem stays O(1).
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        e
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_null())
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
        for e in self.iter() {
            out.push(e.key);
            out.push(e.value);
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
}
