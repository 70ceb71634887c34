//! Plain data: the values that cross between the host and an interpreter
//! by copy (never a reference into an interpreter's heap), and their
//! conversion to and from the interpreter's own values.

use std::collections::hash_map::{DefaultHasher, RandomState};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyx_vm::Payload;
use pyx_vm::{PyResult, Vm};
use pyx_vm::Value;

/// A Python value as plain data: `None`, `bool`, `int` (any size),
/// `float`, `str`, `bytes`, `list`, `tuple`, `dict`, `set`, `frozenset`.
///
/// Subclass instances copy as their base type (an `OrderedDict` arrives
/// as a [`Data::Dict`], a `bytearray` as [`Data::Bytes`]). Equality is
/// structural, except that dicts and sets compare without regard to order
/// (as in Python); `Int(1)` and `Float(1.0)` are different data.
#[derive(Clone, Debug)]
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
    /// A dict, its keys in insertion order.
    Dict(Map),
    /// A set's elements (in the interpreter's iteration order).
    Set(Vec<Data>),
    FrozenSet(Vec<Data>),
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
            Data::Set(_) => "set",
            Data::FrozenSet(_) => "frozenset",
        }
    }

    /// The string, when this is a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Data::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The integer, when this is an `int` (or `bool`) that fits in `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Data::Int(i) => Some(*i),
            Data::Bool(b) => Some(*b as i64),
            Data::BigInt(b) => b.to_i64(),
            _ => None,
        }
    }

    /// Python equality of hashable keys: `1 == 1.0 == True`, tuples and
    /// frozensets element by element.
    pub(crate) fn key_eq(&self, other: &Data) -> bool {
        use Data::*;
        match (self, other) {
            (None, None) => true,
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.key_eq(y)),
            (FrozenSet(a), FrozenSet(b)) | (Set(a), Set(b)) => same_elements(a, b),
            (a, b) => match (a.number(), b.number()) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
        }
    }

    fn number(&self) -> Option<Number> {
        match self {
            Data::Bool(b) => Some(Number::Int(BigInt::from(*b as i64))),
            Data::Int(i) => Some(Number::Int(BigInt::from(*i))),
            Data::BigInt(b) => Some(Number::Int(b.clone())),
            Data::Float(f) => Some(Number::Float(*f)),
            _ => None,
        }
    }
}

enum Number {
    Int(BigInt),
    Float(f64),
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => a == b,
            (Number::Float(a), Number::Float(b)) => a == b,
            (Number::Int(i), Number::Float(f)) | (Number::Float(f), Number::Int(i)) => {
                // Exact: a float equals an int only when it is integral
                // and the same number.
                f.is_finite() && f.fract() == 0.0 && <BigInt as num_traits::FromPrimitive>::from_f64(*f).as_ref() == Some(i)
            }
        }
    }
}

fn same_elements(a: &[Data], b: &[Data]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.key_eq(y)))
}

impl PartialEq for Data {
    fn eq(&self, other: &Data) -> bool {
        use Data::*;
        match (self, other) {
            (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a == b,
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (List(a), List(b)) | (Tuple(a), Tuple(b)) => a == b,
            (Dict(a), Dict(b)) => a == b,
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => same_elements(a, b),
            _ => false,
        }
    }
}

/// A dict as plain data: key/value pairs in insertion order, keys unique
/// by Python equality (`1`, `1.0` and `True` are one key). Small maps are
/// searched by scan; from `INDEX_FROM` entries on, a hash index (keyed
/// per process, so crafted keys cannot make it quadratic) finds keys.
#[derive(Clone, Default)]
pub struct Map {
    entries: Vec<(Data, Data)>,
    /// Key hash to the positions of the entries with that hash.
    index: Option<HashMap<u64, Vec<usize>>>,
}

/// Entries from which a [`Map`] keeps a hash index.
const INDEX_FROM: usize = 16;

/// Something a [`Map`] can be searched with: `&str`, `i64`, [`Data`].
pub trait MapKey {
    fn matches(&self, key: &Data) -> bool;
    /// The hash of the equal [`Data`] key (see `key_hash`).
    fn key_hash(&self) -> u64;
}
impl MapKey for str {
    fn matches(&self, key: &Data) -> bool {
        key.as_str() == Some(self)
    }
    fn key_hash(&self) -> u64 {
        hash_with(|h| {
            h.write_u8(3);
            self.hash(h)
        })
    }
}
impl MapKey for String {
    fn matches(&self, key: &Data) -> bool {
        key.as_str() == Some(self.as_str())
    }
    fn key_hash(&self) -> u64 {
        self.as_str().key_hash()
    }
}
impl MapKey for i64 {
    fn matches(&self, key: &Data) -> bool {
        key.key_eq(&Data::Int(*self))
    }
    fn key_hash(&self) -> u64 {
        key_hash(&Data::Int(*self))
    }
}
impl MapKey for Data {
    fn matches(&self, key: &Data) -> bool {
        key.key_eq(self)
    }
    fn key_hash(&self) -> u64 {
        key_hash(self)
    }
}

fn hash_with(f: impl FnOnce(&mut DefaultHasher)) -> u64 {
    static STATE: OnceLock<RandomState> = OnceLock::new();
    let mut h = STATE.get_or_init(RandomState::new).build_hasher();
    f(&mut h);
    h.finish()
}

/// A hash consistent with [`Data::key_eq`]: equal numbers of any type
/// hash alike, a frozenset hashes without regard to order. Unhashable
/// values (lists, dicts, sets) share one hash: they are never equal keys
/// in Python, and scanning them is still correct.
fn key_hash(d: &Data) -> u64 {
    hash_with(|h| hash_into(d, h))
}

fn hash_into(d: &Data, h: &mut DefaultHasher) {
    match d {
        Data::None => h.write_u8(0),
        Data::Bool(b) => {
            h.write_u8(1);
            BigInt::from(*b as i64).hash(h)
        }
        Data::Int(i) => {
            h.write_u8(1);
            BigInt::from(*i).hash(h)
        }
        Data::BigInt(b) => {
            h.write_u8(1);
            b.hash(h)
        }
        Data::Float(f) => match <BigInt as num_traits::FromPrimitive>::from_f64(*f) {
            Some(i) if f.fract() == 0.0 => {
                h.write_u8(1);
                i.hash(h)
            }
            _ => {
                h.write_u8(2);
                h.write_u64(if *f == 0.0 { 0 } else { f.to_bits() })
            }
        },
        Data::Str(s) => {
            h.write_u8(3);
            s.as_str().hash(h)
        }
        Data::Bytes(b) => {
            h.write_u8(4);
            b.hash(h)
        }
        Data::Tuple(items) => {
            h.write_u8(5);
            for x in items {
                hash_into(x, h);
            }
        }
        Data::FrozenSet(items) => {
            h.write_u8(6);
            h.write_u64(items.iter().map(key_hash).fold(0, |a, x| a ^ x));
        }
        Data::List(_) | Data::Dict(_) | Data::Set(_) => h.write_u8(7),
    }
}

impl Map {
    pub fn new() -> Map {
        Map::default()
    }
    pub fn with_capacity(n: usize) -> Map {
        Map { entries: Vec::with_capacity(n), index: None }
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    fn position<K: MapKey + ?Sized>(&self, key: &K) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(&key.key_hash())?.iter().copied().find(|&i| key.matches(&self.entries[i].0)),
            None => self.entries.iter().position(|(k, _)| key.matches(k)),
        }
    }
    /// The value under `key`.
    pub fn get<K: MapKey + ?Sized>(&self, key: &K) -> Option<&Data> {
        self.position(key).map(|i| &self.entries[i].1)
    }
    pub fn contains_key<K: MapKey + ?Sized>(&self, key: &K) -> bool {
        self.position(key).is_some()
    }
    /// Set `key` to `value`; an existing key keeps its place (as in a
    /// Python dict) and its old value is returned.
    pub fn insert(&mut self, key: impl Into<Data>, value: impl Into<Data>) -> Option<Data> {
        let key = key.into();
        let value = value.into();
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            None => {
                self.push_unique(key, value);
                None
            }
        }
    }
    /// Remove `key`, keeping the order of the others.
    pub fn remove<K: MapKey + ?Sized>(&mut self, key: &K) -> Option<Data> {
        let i = self.position(key)?;
        let (_, v) = self.entries.remove(i);
        if self.index.is_some() {
            self.index = None;
            self.build_index();
        }
        Some(v)
    }
    /// Pairs in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Data, &Data)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &Data> {
        self.entries.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl Iterator<Item = &Data> {
        self.entries.iter().map(|(_, v)| v)
    }
    /// Append a pair whose key is known not to be present (copied out of
    /// a dict, where keys are already unique).
    pub(crate) fn push_unique(&mut self, key: Data, value: Data) {
        let i = self.entries.len();
        let h = self.index.as_ref().map(|_| key_hash(&key));
        self.entries.push((key, value));
        match (&mut self.index, h) {
            (Some(ix), Some(h)) => ix.entry(h).or_default().push(i),
            _ if self.entries.len() >= INDEX_FROM => self.build_index(),
            _ => {}
        }
    }
    fn build_index(&mut self) {
        if self.entries.len() < INDEX_FROM {
            return;
        }
        let mut ix: HashMap<u64, Vec<usize>> = HashMap::with_capacity(self.entries.len());
        for (i, (k, _)) in self.entries.iter().enumerate() {
            ix.entry(key_hash(k)).or_default().push(i);
        }
        self.index = Some(ix);
    }
}

impl std::fmt::Debug for Map {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.entries.iter().map(|(k, v)| (k, v))).finish()
    }
}

impl PartialEq for Map {
    /// Python dict equality: same keys with equal values, in any order.
    fn eq(&self, other: &Map) -> bool {
        self.len() == other.len() && self.entries.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl IntoIterator for Map {
    type Item = (Data, Data);
    type IntoIter = std::vec::IntoIter<(Data, Data)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a Data, &'a Data);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (Data, Data)>, fn(&'a (Data, Data)) -> (&'a Data, &'a Data)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Into<Data>, V: Into<Data>> FromIterator<(K, V)> for Map {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Map {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

/// Pairs in order (a later pair with an equal key replaces the value).
impl From<Vec<(Data, Data)>> for Map {
    fn from(pairs: Vec<(Data, Data)>) -> Map {
        pairs.into_iter().collect()
    }
}

impl<K: Into<Data>, V: Into<Data>, const N: usize> From<[(K, V); N]> for Map {
    fn from(pairs: [(K, V); N]) -> Map {
        pairs.into_iter().collect()
    }
}

// ----- to and from the interpreter's values -------------------------------

/// Deepest nesting converted (deeper, or a cycle, is a `ValueError`).
pub const MAX_DATA_DEPTH: usize = 200;

/// Copy a Python value out as plain data. A value that is not plain data
/// (a function, an instance...) is a `TypeError`.
///
/// The copy is a tree: a value that shares structure (one list reached by
/// 2**25 paths, one string held 2000 times) expands. The copy is host
/// memory, so it is checked against this interpreter's memory budget as
/// it is built, and a copy that would not fit ends with the memory limit.
pub(crate) fn to_data(vm: &mut Vm, v: Value) -> PyResult<Data> {
    to_data_depth(vm, v, 0, &mut 0)
}

/// Copies up to this size are not checked against the budget.
const SMALL_COPY: usize = 64 << 10;

/// Count `bytes` more of the copy being built (`used` so far) and check
/// the whole copy fits the budget.
fn copy_room(vm: &mut Vm, used: &mut usize, bytes: usize) -> PyResult<()> {
    *used = used.saturating_add(bytes.saturating_add(std::mem::size_of::<Data>()));
    // A small copy is checked by no one (the host's own slack): a full heap
    // can still hand out `1 + 1` after hitting its limit.
    if *used > SMALL_COPY {
        vm.reserve(*used)?;
    }
    vm.tick_bytes(bytes)
}

fn to_data_depth(vm: &mut Vm, v: Value, depth: usize, used: &mut usize) -> PyResult<Data> {
    if depth > MAX_DATA_DEPTH {
        return Err(vm.value_error("value too deeply nested (or cyclic) to copy out"));
    }
    vm.tick(1)?;
    let payload_bytes = match v {
        Value::Obj(r) => match vm.payload_of(r) {
            Payload::Int(b) => (b.bits() as usize).div_ceil(8),
            Payload::Str(s) => s.s.len(),
            Payload::Bytes(b) => b.len(),
            Payload::ByteArray(b) => b.len(),
            Payload::List(l) => l.len().saturating_mul(16 + std::mem::size_of::<Data>()),
            Payload::Tuple(l) => l.len().saturating_mul(16 + std::mem::size_of::<Data>()),
            Payload::Set(s) => s.len().saturating_mul(16 + std::mem::size_of::<Data>()),
            Payload::FrozenSet(s) => s.len().saturating_mul(16 + std::mem::size_of::<Data>()),
            Payload::Dict(d) => d.len().saturating_mul(32 + 2 * std::mem::size_of::<Data>()),
            _ => 0,
        },
        _ => 0,
    };
    copy_room(vm, used, payload_bytes)?;
    let r = match v {
        Value::None => return Ok(Data::None),
        Value::Bool(b) => return Ok(Data::Bool(b)),
        Value::Int(i) => return Ok(Data::Int(i)),
        Value::Float(f) => return Ok(Data::Float(f)),
        Value::Obj(r) => r,
        _ => return Err(not_plain(vm, v)),
    };
    enum Items {
        List(Vec<Value>),
        Tuple(Vec<Value>),
        Set(Vec<Value>, bool),
        Dict(Vec<(Value, Value)>),
    }
    let items = match vm.payload_of(r) {
        Payload::Int(b) => return Ok(Data::BigInt(b.clone())),
        Payload::Float(f) => return Ok(Data::Float(*f)),
        Payload::Str(s) => return Ok(Data::Str(s.s.to_string())),
        Payload::Bytes(b) => return Ok(Data::Bytes(b.to_vec())),
        Payload::ByteArray(b) => return Ok(Data::Bytes(b.clone())),
        Payload::List(l) => Items::List(l.clone()),
        Payload::Tuple(t) => Items::Tuple(t.to_vec()),
        Payload::Set(s) => Items::Set(s.keys(), false),
        Payload::FrozenSet(s) => Items::Set(s.keys(), true),
        Payload::Dict(d) => Items::Dict(d.items()),
        _ => return Err(not_plain(vm, v)),
    };
    let seq = |vm: &mut Vm, used: &mut usize, items: Vec<Value>| -> PyResult<Vec<Data>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(to_data_depth(vm, it, depth + 1, used)?);
        }
        Ok(out)
    };
    Ok(match items {
        Items::List(i) => Data::List(seq(vm, used, i)?),
        Items::Tuple(i) => Data::Tuple(seq(vm, used, i)?),
        Items::Set(i, false) => Data::Set(seq(vm, used, i)?),
        Items::Set(i, true) => Data::FrozenSet(seq(vm, used, i)?),
        Items::Dict(pairs) => {
            let mut m = Map::with_capacity(pairs.len());
            for (k, x) in pairs {
                let k = to_data_depth(vm, k, depth + 1, used)?;
                let x = to_data_depth(vm, x, depth + 1, used)?;
                m.push_unique(k, x);
            }
            Data::Dict(m)
        }
    })
}

fn not_plain(vm: &mut Vm, v: Value) -> pyx_vm::Unwind {
    vm.type_error(format!("'{}' object is not plain data", vm.type_name(v)))
}

/// Make a Python value of this interpreter from plain data (charged to its
/// memory budget).
pub(crate) fn from_data(vm: &mut Vm, d: &Data) -> PyResult<Value> {
    from_data_depth(vm, d, 0)
}

/// Build the values of `items`, rooted while the next ones are made, then
/// hand them to `make`.
fn with_values(vm: &mut Vm, items: &[Data], depth: usize, make: impl FnOnce(&mut Vm, Vec<Value>) -> PyResult<Value>) -> PyResult<Value> {
    vm.reserve(items.len().saturating_mul(16))?;
    vm.with_roots(&[], |vm, held| {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            let v = from_data_depth(vm, it, depth + 1)?;
            held.push(vm, v);
            out.push(v);
        }
        make(vm, out)
    })
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
        Data::List(items) => with_values(vm, items, depth, |vm, v| vm.new_list(v))?,
        Data::Tuple(items) => with_values(vm, items, depth, |vm, v| vm.new_tuple(v))?,
        Data::Set(items) => with_values(vm, items, depth, |vm, v| {
            let cls = vm.types().set;
            pyx_vm::new_set_from(vm, cls, &v)
        })?,
        Data::FrozenSet(items) => with_values(vm, items, depth, |vm, v| {
            let cls = vm.types().frozenset;
            pyx_vm::new_set_from(vm, cls, &v)
        })?,
        Data::Dict(map) => {
            let dr = vm.new_dict()?;
            vm.with_roots(&[Value::Obj(dr), Value::None], |vm, held| {
                for (k, x) in map.iter() {
                    let kv = from_data_depth(vm, k, depth + 1)?;
                    held.set(vm, 1, kv);
                    let xv = from_data_depth(vm, x, depth + 1)?;
                    vm.dict_set(dr, kv, xv)?;
                }
                Ok(())
            })?;
            Value::Obj(dr)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keeps_insertion_order_and_python_key_equality() {
        let mut m = Map::new();
        m.insert("b", 1i64);
        m.insert("a", 2i64);
        m.insert(1i64, "one");
        assert_eq!(m.insert(1.0f64, "uno"), Some(Data::Str("one".into())));
        assert_eq!(m.insert(true, "vrai"), Some(Data::Str("uno".into())));
        let keys: Vec<&Data> = m.keys().collect();
        assert_eq!(keys, [&Data::Str("b".into()), &Data::Str("a".into()), &Data::Int(1)]);
        assert_eq!(m.get("a"), Some(&Data::Int(2)));
        assert_eq!(m.get(&1i64), Some(&Data::Str("vrai".into())));
        assert_eq!(m.remove("b"), Some(Data::Int(1)));
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn a_big_map_finds_keys_through_its_index() {
        let mut m = Map::new();
        for i in 0..1000i64 {
            m.insert(i, i * 2);
        }
        assert!(m.index.is_some());
        assert_eq!(m.insert(500.0f64, "x"), Some(Data::Int(1000)));
        assert_eq!(m.get(&Data::BigInt(BigInt::from(7))), Some(&Data::Int(14)));
        m.insert(Data::Tuple(vec![Data::Int(1), Data::Str("a".into())]), 1i64);
        assert_eq!(m.get(&Data::Tuple(vec![Data::Float(1.0), Data::Str("a".into())])), Some(&Data::Int(1)));
        assert_eq!(m.remove(&3i64), Some(Data::Int(6)));
        assert_eq!(m.get(&4i64), Some(&Data::Int(8)));
        assert_eq!(m.len(), 1000);
        assert_eq!(m.keys().nth(3), Some(&Data::Int(4)));
    }

    #[test]
    fn dict_and_set_equality_ignore_order() {
        let a = Map::from([("x", 1i64), ("y", 2)]);
        let b = Map::from([("y", 2i64), ("x", 1)]);
        assert_eq!(Data::Dict(a), Data::Dict(b));
        assert_eq!(Data::Set(vec![Data::Int(1), Data::Int(2)]), Data::Set(vec![Data::Int(2), Data::Int(1)]));
        assert_ne!(Data::Set(vec![Data::Int(1)]), Data::FrozenSet(vec![Data::Int(1)]));
        assert_ne!(Data::Int(1), Data::Float(1.0));
        assert!(Data::Int(1).key_eq(&Data::Float(1.0)));
        assert!(!Data::Int(1).key_eq(&Data::Float(1.5)));
    }
}
