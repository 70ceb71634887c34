//! The hash table behind `set` and `frozenset`. It follows the probing
//! scheme CPython documents for sets (linear probes then perturbed
//! jumps, the same growth policy), so iteration order — visible whenever a
//! program prints a set — matches CPython's for the same hashes.

use crate::object::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    /// `Null` with hash 0: never used; `Null` with hash -1: deleted (dummy).
    key: Value,
}

const EMPTY: Slot = Slot { hash: 0, key: Value::Null };
const DUMMY: Slot = Slot { hash: -1, key: Value::Null };

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// What a probe found.
pub enum Probe {
    Found(usize),
    /// Slot where the key would be inserted.
    Vacant(usize),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![EMPTY; MIN_SIZE], fill: 0, used: 0 }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub fn size(&self) -> usize {
        self.table.capacity() * std::mem::size_of::<Slot>()
    }
    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Probe for `hash`; `eq` compares a stored key with the wanted one.
    /// Candidates are visited in CPython's order.
    pub fn probe(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Probe {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let mut j = i;
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for _ in 0..=probes {
                let s = self.table[j];
                if s.key.is_null() {
                    if s.hash == 0 {
                        return Probe::Vacant(freeslot.unwrap_or(j));
                    }
                    if freeslot.is_none() {
                        freeslot = Some(j);
                    }
                } else if s.hash == hash && eq(s.key) {
                    return Probe::Found(j);
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Every stored key with this hash, in probe order (slow-path equality).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let table = &self.table;
        let _ = self.probe(hash, |k| {
            let _ = k;
            false
        });
        // Re-walk collecting positions (probe() reports only the first).
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let mut j = i;
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for _ in 0..=probes {
                let s = table[j];
                if s.key.is_null() && s.hash == 0 {
                    return out;
                }
                if !s.key.is_null() && s.hash == hash {
                    out.push(j);
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Add a key known to equal none of those stored (they all come from
    /// one set), as CPython adds it: at the first free slot on its probe
    /// path, growing as `insert_at` grows.
    pub fn add_distinct(&mut self, hash: i64, key: Value) {
        if let Probe::Vacant(slot) = self.probe(hash, |_| false) {
            self.insert_at(slot, hash, key);
        }
    }

    /// Bytes the largest table that `n` keys added one at a time can grow
    /// to takes, for a budget check before adding them.
    pub fn bytes_for_adding(n: usize) -> usize {
        Self::size_for(n.saturating_mul(4)).saturating_mul(std::mem::size_of::<Slot>())
    }

    /// Insert at a slot returned by `probe` as vacant.
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let grow = self.growth_at(slot);
        let was_empty = self.table[slot].hash == 0;
        self.table[slot] = Slot { hash, key };
        self.used += 1;
        if was_empty {
            self.fill += 1;
        }
        if let Some(n) = grow {
            self.resize(n);
        }
    }

    /// Bytes of the new table that inserting at `slot` would allocate (the
    /// old one lives until it is copied), so the caller can check the
    /// budget first; 0 when the table does not grow.
    pub fn growth_bytes_at(&self, slot: usize) -> usize {
        match self.growth_at(slot) {
            Some(n) => Self::size_for(n) * std::mem::size_of::<Slot>(),
            None => 0,
        }
    }

    /// The `minused` a resize after inserting at `slot` would get, if the
    /// insert makes the table too full.
    fn growth_at(&self, slot: usize) -> Option<usize> {
        let was_empty = self.table.get(slot).is_some_and(|s| s.hash == 0);
        if was_empty && (self.fill + 1) * 5 >= self.mask() * 3 {
            let used = self.used + 1;
            Some(if used > 50000 { used * 2 } else { used * 4 })
        } else {
            None
        }
    }

    /// Bytes of the new table a merge of `incoming` keys would allocate
    /// ahead (0 when it does not grow), for a budget check first.
    pub fn merge_growth_bytes(&self, incoming: usize) -> usize {
        if (self.fill.saturating_add(incoming)) * 5 >= self.mask() * 3 {
            Self::size_for(self.used.saturating_add(incoming).saturating_mul(2)) * std::mem::size_of::<Slot>()
        } else {
            0
        }
    }

    /// Grow ahead of a bulk merge of `incoming` keys, as CPython does.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Table size (slots) for at least `minused` entries.
    fn size_for(minused: usize) -> usize {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        newsize
    }

    // Out of line, as growth is rare: inlined into `insert_at` it would
    // grow every caller's code, the evaluation loop's included.
    #[inline(never)]
    fn resize(&mut self, minused: usize) {
        let newsize = Self::size_for(minused);
        let old = std::mem::replace(&mut self.table, vec![EMPTY; newsize]);
        self.fill = self.used;
        for s in old.into_iter().filter(|s| !s.key.is_null()) {
            self.insert_clean(s);
        }
    }

    /// Place a live entry in a table with no dummies and no equal key
    /// (a resize or a copy): the first empty slot on its probe path.
    fn insert_clean(&mut self, s: Slot) {
        let mask = self.mask();
        let mut i = (s.hash as u64 as usize) & mask;
        let mut perturb = s.hash as u64;
        loop {
            if self.table[i].key.is_null() {
                self.table[i] = s;
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if self.table[j].key.is_null() {
                        self.table[j] = s;
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Slots of the table `copied` makes.
    pub fn copy_slots(&self) -> usize {
        if self.used * 5 >= (MIN_SIZE - 1) * 3 {
            Self::size_for(self.used * 2)
        } else {
            MIN_SIZE
        }
    }

    /// The table a new set built from this one gets, as CPython merges a
    /// set into an empty one: sized for twice the keys, the same layout
    /// when that size is this table's and it holds no deleted slots, else
    /// the live entries placed again in table order. Deleted slots are not
    /// carried over: a copy of a set that lost many keys probes as fast as
    /// a fresh one (meteor_contest subtracts frozensets level after level),
    /// and it iterates in CPython's order.
    pub fn copied(&self) -> SetTable {
        let size = self.copy_slots();
        if size == self.table.len() && self.fill == self.used {
            return self.clone();
        }
        let mut t = SetTable { table: vec![EMPTY; size], fill: self.used, used: self.used };
        for &s in self.table.iter().filter(|s| !s.key.is_null()) {
            t.insert_clean(s);
        }
        t
    }

    pub fn remove_at(&mut self, slot: usize) {
        if self.table.get(slot).is_some_and(|s| !s.key.is_null()) {
            self.table[slot] = DUMMY;
            self.used -= 1;
        }
    }

    /// Empty, never used and of the smallest size: as `clear` leaves it.
    pub fn is_fresh(&self) -> bool {
        self.fill == 0 && self.table.len() == MIN_SIZE
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    #[inline]
    pub fn slots(&self) -> usize {
        self.table.len()
    }
    /// Key at a table slot, if live.
    #[inline]
    pub fn key_at(&self, slot: usize) -> Option<(i64, Value)> {
        self.table.get(slot).filter(|s| !s.key.is_null()).map(|s| (s.hash, s.key))
    }
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().filter(|s| !s.key.is_null()).map(|s| (s.hash, s.key))
    }
    pub fn keys(&self) -> Vec<Value> {
        // Sized up front (the filtered iterator gives no length hint).
        let mut v = Vec::with_capacity(self.len());
        v.extend(self.iter().map(|(_, k)| k));
        v
    }
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend(self.iter().map(|(_, k)| k));
    }
    /// Every key, one at a time (empty and deleted slots hold null keys,
    /// which refer to nothing).
    #[inline]
    pub fn visit(&self, f: &mut impl FnMut(Value)) {
        self.table.iter().for_each(|s| f(s.key));
    }

    /// Pop like CPython's `set.pop`: scan from a moving finger.
    pub fn pop_from(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = *finger & mask;
        while self.table[i].key.is_null() {
            i = (i + 1) & mask;
        }
        let k = self.table[i].key;
        self.table[i] = DUMMY;
        self.used -= 1;
        *finger = i + 1;
        Some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn add(s: &mut SetTable, i: i64) {
        if let Probe::Vacant(slot) = s.probe(i, |k| matches!(k, Value::Int(x) if x == i)) {
            s.insert_at(slot, i, Value::Int(i));
        }
    }
    #[test]
    fn small_ints_iterate_like_cpython() {
        let mut s = SetTable::new();
        for i in [5, 3, 100, 1, 8, 2] {
            add(&mut s, i);
        }
        // CPython: {5, 3, 100, 1, 8, 2} -> {1, 2, 3, 100, 5, 8}
        let got: Vec<i64> =
            s.keys().iter().map(|k| if let Value::Int(i) = k { *i } else { -1 }).collect();
        assert_eq!(got, vec![1, 2, 3, 100, 5, 8]);
    }
}
