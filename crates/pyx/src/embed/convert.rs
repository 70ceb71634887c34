//! Rust values in and out of an interpreter: [`FromData`] (plain data to a
//! Rust type: host function parameters, `eval::<T>`, `call::<T>`),
//! [`IntoData`] (a Rust value to plain data: host function results,
//! `call` arguments, `set`), and [`HostError`], the exception a host
//! function raises.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::Hash;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::data::{Data, Map};

/// An exception a host function raises in Python: an exception type name
/// and a message. A built-in name (`ValueError`, `PermissionError`...)
/// raises that built-in; any other identifier raises an exception of a
/// class with that name (a subclass of `Exception`, made once per
/// interpreter), so `HostError::new("QuotaError", "...")` is seen in
/// Python, in tracebacks and by the host as a `QuotaError`.
///
/// Any `std::error::Error` converts to a `RuntimeError` carrying its
/// message, so `?` works in host functions that return
/// `Result<T, HostError>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostError {
    pub type_name: String,
    pub message: String,
}

impl HostError {
    pub fn new(type_name: &str, message: impl Into<String>) -> HostError {
        HostError { type_name: type_name.to_string(), message: message.into() }
    }
    pub fn value_error(message: impl Into<String>) -> HostError {
        HostError::new("ValueError", message)
    }
    pub fn type_error(message: impl Into<String>) -> HostError {
        HostError::new("TypeError", message)
    }
    pub fn runtime_error(message: impl Into<String>) -> HostError {
        HostError::new("RuntimeError", message)
    }
}

impl std::fmt::Display for HostError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            f.write_str(&self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

// HostError does not implement std::error::Error, so that every error
// type can convert into it (the same choice as anyhow::Error).
impl<E: std::error::Error> From<E> for HostError {
    fn from(e: E) -> HostError {
        HostError::runtime_error(e.to_string())
    }
}

/// Why plain data did not convert to the Rust type asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvertError {
    /// What was expected (`"int"`, `"list"`, `"int in range for u8"`).
    pub expected: String,
    /// The Python type name of what came.
    pub found: &'static str,
}

impl ConvertError {
    pub fn new(expected: impl Into<String>, found: &Data) -> ConvertError {
        ConvertError { expected: expected.into(), found: found.type_name() }
    }
}

impl std::fmt::Display for ConvertError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "expected {}, not {}", self.expected, self.found)
    }
}

impl std::error::Error for ConvertError {}

/// A Rust type that plain data converts to.
pub trait FromData: Sized {
    fn from_data(d: Data) -> Result<Self, ConvertError>;
    /// Whether [`FromData::missing`] gives a value.
    const OPTIONAL: bool = false;
    /// The value of a host function parameter whose argument is not
    /// given (`Some(None)` for `Option<T>`: an optional parameter).
    fn missing() -> Option<Self> {
        None
    }
}

/// A Rust value that converts to plain data. Every type with
/// `From<T> for Data` has it; `Result<T, HostError>` raises its error.
pub trait IntoData {
    fn into_data(self) -> Result<Data, HostError>;
}

impl FromData for Data {
    fn from_data(d: Data) -> Result<Data, ConvertError> {
        Ok(d)
    }
}
impl IntoData for Data {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(self)
    }
}

impl IntoData for &Data {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(self.clone())
    }
}

impl From<()> for Data {
    fn from(_: ()) -> Data {
        Data::None
    }
}
impl IntoData for () {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::None)
    }
}
impl FromData for () {
    fn from_data(d: Data) -> Result<(), ConvertError> {
        match d {
            Data::None => Ok(()),
            other => Err(ConvertError::new("None", &other)),
        }
    }
}

impl From<bool> for Data {
    fn from(b: bool) -> Data {
        Data::Bool(b)
    }
}
impl IntoData for bool {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Bool(self))
    }
}
impl FromData for bool {
    fn from_data(d: Data) -> Result<bool, ConvertError> {
        match d {
            Data::Bool(b) => Ok(b),
            other => Err(ConvertError::new("bool", &other)),
        }
    }
}

fn int_of(d: &Data) -> Option<BigInt> {
    match d {
        Data::Int(i) => Some(BigInt::from(*i)),
        Data::Bool(b) => Some(BigInt::from(*b as i64)),
        Data::BigInt(b) => Some(b.clone()),
        _ => None,
    }
}

macro_rules! integer {
    ($($t:ty, $to:ident);*) => {$(
        impl From<$t> for Data {
            fn from(i: $t) -> Data {
                match i64::try_from(i) {
                    Ok(i) => Data::Int(i),
                    Err(_) => Data::BigInt(BigInt::from(i)),
                }
            }
        }
        impl IntoData for $t {
            fn into_data(self) -> Result<Data, HostError> {
                Ok(Data::from(self))
            }
        }
        impl FromData for $t {
            #[allow(irrefutable_let_patterns)]
            fn from_data(d: Data) -> Result<$t, ConvertError> {
                if let Data::Int(i) = d {
                    if let Ok(v) = <$t>::try_from(i) {
                        return Ok(v);
                    }
                }
                match int_of(&d) {
                    Some(b) => b.$to().ok_or_else(|| ConvertError::new(concat!("int in range for ", stringify!($t)), &d)),
                    None => Err(ConvertError::new("int", &d)),
                }
            }
        }
    )*};
}
// No u8: `Vec<u8>` is `bytes`.
integer!(i8, to_i8; i16, to_i16; i32, to_i32; i64, to_i64; i128, to_i128; isize, to_isize;
         u16, to_u16; u32, to_u32; u64, to_u64; u128, to_u128; usize, to_usize);

impl From<BigInt> for Data {
    fn from(b: BigInt) -> Data {
        match b.to_i64() {
            Some(i) => Data::Int(i),
            None => Data::BigInt(b),
        }
    }
}
impl IntoData for BigInt {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::from(self))
    }
}
impl FromData for BigInt {
    fn from_data(d: Data) -> Result<BigInt, ConvertError> {
        int_of(&d).ok_or_else(|| ConvertError::new("int", &d))
    }
}

impl From<f64> for Data {
    fn from(f: f64) -> Data {
        Data::Float(f)
    }
}
impl From<f32> for Data {
    fn from(f: f32) -> Data {
        Data::Float(f as f64)
    }
}
impl IntoData for f64 {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Float(self))
    }
}
impl IntoData for f32 {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Float(self as f64))
    }
}
/// An int converts to a float (as Python's `float` parameters accept).
impl FromData for f64 {
    fn from_data(d: Data) -> Result<f64, ConvertError> {
        match d {
            Data::Float(f) => Ok(f),
            Data::Int(i) => Ok(i as f64),
            Data::Bool(b) => Ok(b as i64 as f64),
            Data::BigInt(ref b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| ConvertError::new("float", &d)),
            other => Err(ConvertError::new("float", &other)),
        }
    }
}
impl FromData for f32 {
    fn from_data(d: Data) -> Result<f32, ConvertError> {
        f64::from_data(d).map(|f| f as f32)
    }
}

impl From<String> for Data {
    fn from(s: String) -> Data {
        Data::Str(s)
    }
}
impl From<&str> for Data {
    fn from(s: &str) -> Data {
        Data::Str(s.to_string())
    }
}
impl From<char> for Data {
    fn from(c: char) -> Data {
        Data::Str(c.to_string())
    }
}
impl IntoData for String {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Str(self))
    }
}
impl IntoData for &str {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Str(self.to_string()))
    }
}
impl IntoData for char {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::from(self))
    }
}
impl FromData for String {
    fn from_data(d: Data) -> Result<String, ConvertError> {
        match d {
            Data::Str(s) => Ok(s),
            other => Err(ConvertError::new("str", &other)),
        }
    }
}
impl FromData for char {
    fn from_data(d: Data) -> Result<char, ConvertError> {
        if let Data::Str(s) = &d {
            let mut it = s.chars();
            if let (Some(c), None) = (it.next(), it.next()) {
                return Ok(c);
            }
        }
        Err(ConvertError::new("a str of length 1", &d))
    }
}

/// `bytes` (a `bytearray` too).
impl From<Vec<u8>> for Data {
    fn from(b: Vec<u8>) -> Data {
        Data::Bytes(b)
    }
}
impl From<&[u8]> for Data {
    fn from(b: &[u8]) -> Data {
        Data::Bytes(b.to_vec())
    }
}
impl IntoData for Vec<u8> {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Bytes(self))
    }
}
impl IntoData for &[u8] {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Bytes(self.to_vec()))
    }
}
impl FromData for Vec<u8> {
    fn from_data(d: Data) -> Result<Vec<u8>, ConvertError> {
        match d {
            Data::Bytes(b) => Ok(b),
            other => Err(ConvertError::new("bytes", &other)),
        }
    }
}

impl From<Map> for Data {
    fn from(m: Map) -> Data {
        Data::Dict(m)
    }
}
impl IntoData for Map {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Dict(self))
    }
}
impl FromData for Map {
    fn from_data(d: Data) -> Result<Map, ConvertError> {
        match d {
            Data::Dict(m) => Ok(m),
            other => Err(ConvertError::new("dict", &other)),
        }
    }
}

impl<T: Into<Data>> From<Option<T>> for Data {
    fn from(o: Option<T>) -> Data {
        match o {
            Some(v) => v.into(),
            None => Data::None,
        }
    }
}
impl<T: IntoData> IntoData for Option<T> {
    fn into_data(self) -> Result<Data, HostError> {
        match self {
            Some(v) => v.into_data(),
            None => Ok(Data::None),
        }
    }
}
/// `None` or a `T`; as a host function parameter, optional.
impl<T: FromData> FromData for Option<T> {
    fn from_data(d: Data) -> Result<Option<T>, ConvertError> {
        match d {
            Data::None => Ok(None),
            other => T::from_data(other).map(Some),
        }
    }
    const OPTIONAL: bool = true;
    fn missing() -> Option<Option<T>> {
        Some(None)
    }
}

impl<T: IntoData> IntoData for Result<T, HostError> {
    fn into_data(self) -> Result<Data, HostError> {
        self.and_then(|v| v.into_data())
    }
}

fn items_of(d: Data, what: &str) -> Result<Vec<Data>, ConvertError> {
    match d {
        Data::List(v) | Data::Tuple(v) | Data::Set(v) | Data::FrozenSet(v) => Ok(v),
        other => Err(ConvertError::new(what, &other)),
    }
}

/// A list (a tuple, set or frozenset converts too); `Vec<u8>` is `bytes`.
impl<T: FromData> FromData for Vec<T> {
    fn from_data(d: Data) -> Result<Vec<T>, ConvertError> {
        items_of(d, "list")?.into_iter().map(T::from_data).collect()
    }
}
impl<T: IntoData> IntoData for Vec<T> {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::List(self.into_iter().map(T::into_data).collect::<Result<_, _>>()?))
    }
}
impl<T: IntoData + Clone> IntoData for &[T] {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::List(self.iter().cloned().map(T::into_data).collect::<Result<_, _>>()?))
    }
}

impl<T: FromData + Eq + Hash> FromData for HashSet<T> {
    fn from_data(d: Data) -> Result<HashSet<T>, ConvertError> {
        items_of(d, "set")?.into_iter().map(T::from_data).collect()
    }
}
impl<T: IntoData> IntoData for HashSet<T> {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Set(self.into_iter().map(T::into_data).collect::<Result<_, _>>()?))
    }
}
impl<T: FromData + Ord> FromData for BTreeSet<T> {
    fn from_data(d: Data) -> Result<BTreeSet<T>, ConvertError> {
        items_of(d, "set")?.into_iter().map(T::from_data).collect()
    }
}
impl<T: IntoData> IntoData for BTreeSet<T> {
    fn into_data(self) -> Result<Data, HostError> {
        Ok(Data::Set(self.into_iter().map(T::into_data).collect::<Result<_, _>>()?))
    }
}

fn pairs_of<K: FromData, V: FromData>(d: Data) -> Result<Vec<(K, V)>, ConvertError> {
    match d {
        Data::Dict(m) => m.into_iter().map(|(k, v)| Ok((K::from_data(k)?, V::from_data(v)?))).collect(),
        other => Err(ConvertError::new("dict", &other)),
    }
}
fn map_data<K: IntoData, V: IntoData>(it: impl Iterator<Item = (K, V)>) -> Result<Data, HostError> {
    let mut m = Map::new();
    for (k, v) in it {
        m.insert(k.into_data()?, v.into_data()?);
    }
    Ok(Data::Dict(m))
}

impl<K: FromData + Eq + Hash, V: FromData> FromData for HashMap<K, V> {
    fn from_data(d: Data) -> Result<HashMap<K, V>, ConvertError> {
        Ok(pairs_of(d)?.into_iter().collect())
    }
}
impl<K: IntoData, V: IntoData> IntoData for HashMap<K, V> {
    fn into_data(self) -> Result<Data, HostError> {
        map_data(self.into_iter())
    }
}
impl<K: FromData + Ord, V: FromData> FromData for BTreeMap<K, V> {
    fn from_data(d: Data) -> Result<BTreeMap<K, V>, ConvertError> {
        Ok(pairs_of(d)?.into_iter().collect())
    }
}
impl<K: IntoData, V: IntoData> IntoData for BTreeMap<K, V> {
    fn into_data(self) -> Result<Data, HostError> {
        map_data(self.into_iter())
    }
}
macro_rules! tuple {
    ($n:literal; $($t:ident),*) => {
        /// A tuple (a list of the same length converts too).
        impl<$($t: FromData),*> FromData for ($($t,)*) {
            fn from_data(d: Data) -> Result<Self, ConvertError> {
                let expected = concat!("a tuple of length ", $n);
                match d {
                    Data::Tuple(v) | Data::List(v) if v.len() == $n => {
                        let mut it = v.into_iter();
                        Ok(($($t::from_data(it.next().unwrap_or(Data::None))?,)*))
                    }
                    other => Err(ConvertError::new(expected, &other)),
                }
            }
        }
        impl<$($t: IntoData),*> IntoData for ($($t,)*) {
            #[allow(non_snake_case)]
            fn into_data(self) -> Result<Data, HostError> {
                let ($($t,)*) = self;
                Ok(Data::Tuple(vec![$($t.into_data()?),*]))
            }
        }
    };
}
tuple!(1; A);
tuple!(2; A, B);
tuple!(3; A, B, C);
tuple!(4; A, B, C, D);
tuple!(5; A, B, C, D, E);
tuple!(6; A, B, C, D, E, G);

impl Data {
    /// A list of anything that converts.
    pub fn list<T: IntoData>(items: impl IntoIterator<Item = T>) -> Result<Data, HostError> {
        Ok(Data::List(items.into_iter().map(T::into_data).collect::<Result<_, _>>()?))
    }
    /// Convert to a Rust type: `d.to::<Vec<i64>>()`.
    pub fn to<T: FromData>(self) -> Result<T, ConvertError> {
        T::from_data(self)
    }
}

// ----- host function parameters ------------------------------------------

/// The arguments of one host function call, consumed parameter by
/// parameter.
pub struct ArgCursor<'a> {
    fname: &'a str,
    pos: std::vec::IntoIter<Data>,
    given: usize,
    next: usize,
    kw: Option<Map>,
}

impl<'a> ArgCursor<'a> {
    fn new(fname: &'a str, pos: Vec<Data>, kw: Map) -> ArgCursor<'a> {
        let given = pos.len();
        ArgCursor { fname, pos: pos.into_iter(), given, next: 0, kw: Some(kw) }
    }

    fn positional<T: FromData>(&mut self) -> Result<T, HostError> {
        self.next += 1;
        match self.pos.next() {
            Some(d) => {
                let found = d.type_name();
                T::from_data(d).map_err(|e| {
                    let what = if e.found == found { e.expected } else { format!("{} (an item was {})", e.expected, e.found) };
                    HostError::type_error(format!("{}() argument {} must be {}, not {}", self.fname, self.next, what, found))
                })
            }
            None => T::missing().ok_or_else(|| {
                HostError::type_error(format!("{}() missing required argument {} ({} given)", self.fname, self.next, self.given))
            }),
        }
    }

    fn finish(&mut self) -> Result<(), HostError> {
        match &self.kw {
            Some(kw) if !kw.is_empty() => Err(HostError::type_error(format!("{}() takes no keyword arguments", self.fname))),
            _ => Ok(()),
        }
    }
}

fn arity_message(fname: &str, min: usize, max: usize, rest: bool, given: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let was = if given == 1 { "was" } else { "were" };
    if rest {
        format!("{fname}() takes at least {min} positional argument{} ({given} given)", s(min))
    } else if min == max {
        format!("{fname}() takes {max} positional argument{} but {given} {was} given", s(max))
    } else {
        format!("{fname}() takes from {min} to {max} positional arguments but {given} {was} given")
    }
}

/// One parameter of a typed host function: any [`FromData`] type takes
/// the next positional argument (an `Option<T>` may be left out);
/// [`Kwargs`] takes the keyword arguments; [`Rest`] the remaining
/// positional ones. `&str` parameters work too (see [`HostFn`]).
pub trait Param: Sized {
    /// Takes a positional argument.
    const POSITIONAL: bool = true;
    /// May be left out (only trailing optional parameters may be).
    const OPTIONAL: bool = false;
    /// Takes all remaining positional arguments.
    const REST: bool = false;
    fn take(c: &mut ArgCursor<'_>) -> Result<Self, HostError>;
}

impl<T: FromData> Param for T {
    const OPTIONAL: bool = T::OPTIONAL;
    fn take(c: &mut ArgCursor<'_>) -> Result<T, HostError> {
        c.positional()
    }
}

/// The keyword arguments of a host function call, in the order given
/// (a parameter of this type accepts any keywords; without one, keywords
/// are a `TypeError`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kwargs(pub Map);

impl Kwargs {
    /// Remove and convert keyword `name` (`None` when not given).
    pub fn take<T: FromData>(&mut self, name: &str) -> Result<Option<T>, HostError> {
        match self.0.remove(name) {
            None => Ok(None),
            Some(d) => {
                let found = d.type_name();
                T::from_data(d)
                    .map(Some)
                    .map_err(|e| HostError::type_error(format!("argument '{name}' must be {}, not {found}", e.expected)))
            }
        }
    }
    /// Fail with CPython's message if any keyword is left (after the
    /// known ones were taken).
    pub fn finish(&self, fname: &str) -> Result<(), HostError> {
        match self.0.keys().next() {
            Some(k) => Err(HostError::type_error(format!(
                "{fname}() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("?")
            ))),
            None => Ok(()),
        }
    }
    pub fn get(&self, name: &str) -> Option<&Data> {
        self.0.get(name)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Data)> {
        self.0.iter().map(|(k, v)| (k.as_str().unwrap_or(""), v))
    }
}

impl Param for Kwargs {
    const POSITIONAL: bool = false;
    fn take(c: &mut ArgCursor<'_>) -> Result<Kwargs, HostError> {
        Ok(Kwargs(c.kw.take().unwrap_or_default()))
    }
}

/// The remaining positional arguments (`*args`), each converted to `T`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rest<T>(pub Vec<T>);

impl<T: FromData> Param for Rest<T> {
    const POSITIONAL: bool = false;
    const REST: bool = true;
    fn take(c: &mut ArgCursor<'_>) -> Result<Rest<T>, HostError> {
        let mut out = Vec::new();
        while c.pos.len() > 0 {
            out.push(c.positional()?);
        }
        Ok(Rest(out))
    }
}

/// A Rust closure usable as a host function.
///
/// * `FnMut(A, B, ...) -> R` (up to 6 parameters) where each parameter is
///   a [`Param`] — any [`FromData`] type, [`Kwargs`], [`Rest`] — or
///   `&str` (in the first four positions), and `R` is [`IntoData`]
///   (`Result<T, HostError>` raises its error);
/// * `FnMut(&[Data]) -> Result<Data, HostError>`: any positional
///   arguments, untyped.
///
/// A wrong count or type of argument is a Python `TypeError` raised before
/// the closure runs.
#[diagnostic::on_unimplemented(
    message = "this closure cannot be a pyx host function",
    label = "not a host function",
    note = "parameters must be FromData types (integers other than u8, f64, bool, String, Vec<T>, HashMap<K, V>, Option<T>, tuples, Data; Vec<u8> is bytes), &str (first four), Kwargs or Rest<T>; at most 6 of them",
    note = "the result must be IntoData (or Result<T, HostError>); the closure must be Send + 'static (use `move`)"
)]
pub trait HostFn<Marker>: Send + 'static {
    fn call_host(&mut self, name: &str, pos: Vec<Data>, kw: Map) -> Result<Data, HostError>;
}

/// Marker of the untyped form.
pub struct RawArgs;

impl<F> HostFn<RawArgs> for F
where
    F: FnMut(&[Data]) -> Result<Data, HostError> + Send + 'static,
{
    fn call_host(&mut self, name: &str, pos: Vec<Data>, kw: Map) -> Result<Data, HostError> {
        if !kw.is_empty() {
            return Err(HostError::type_error(format!("{name}() takes no keyword arguments")));
        }
        self(&pos)
    }
}

/// Marker: a parameter of type `T` ([`Param`]).
pub struct Typed<T>(std::marker::PhantomData<T>);
/// Marker: a `&str` parameter.
pub struct StrRef;

/// The (min, max, rest) positional counts of a parameter list, from each
/// parameter's (positional, optional, rest).
fn arity(slots: &[(bool, bool, bool)]) -> (usize, usize, bool) {
    let mut min = 0;
    let mut max = 0;
    let mut rest = false;
    for &(positional, optional, is_rest) in slots {
        rest |= is_rest;
        if positional {
            max += 1;
            if !optional {
                min = max;
            }
        }
    }
    (min, max, rest)
}

/// Check the count of arguments, let `take` convert them, then check no
/// keyword argument was left unused.
#[doc(hidden)]
pub fn call_typed<H>(
    name: &str,
    pos: Vec<Data>,
    kw: Map,
    slots: &[(bool, bool, bool)],
    take: impl FnOnce(&mut ArgCursor<'_>) -> Result<H, HostError>,
) -> Result<H, HostError> {
    let (min, max, rest) = arity(slots);
    let given = pos.len();
    if given < min || (!rest && given > max) {
        return Err(HostError::type_error(arity_message(name, min, max, rest, given)));
    }
    let mut c = ArgCursor::new(name, pos, kw);
    let held = take(&mut c)?;
    c.finish()?;
    Ok(held)
}

/// A `&str` parameter: the argument, held while the closure borrows it.
#[doc(hidden)]
pub fn take_str(c: &mut ArgCursor<'_>) -> Result<String, HostError> {
    c.positional()
}

/// The (positional, optional, rest) description of a parameter type.
#[doc(hidden)]
pub fn slot<T: Param>() -> (bool, bool, bool) {
    (T::POSITIONAL, T::OPTIONAL, T::REST)
}

// The typed impls, one per arity and per choice of `&str` positions (a
// `&str` parameter needs a closure generic over the borrow,
// `for<'a> FnMut(&'a str)`, which a trait's associated type cannot name).
include!("host_fn_impls.rs");

// ----- arguments of `Interpreter::call` -----------------------------------

/// Positional and keyword arguments for [`Interpreter::call`](super::Interpreter::call):
/// `CallArgs::new().arg(2).arg("x").kwarg("key", 4)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallArgs {
    pub positional: Vec<Data>,
    pub keywords: Vec<(String, Data)>,
    /// The first argument that did not convert (reported by `call`).
    error: Option<HostError>,
}

impl CallArgs {
    pub fn new() -> CallArgs {
        CallArgs::default()
    }
    /// Add a positional argument.
    pub fn arg(mut self, v: impl IntoData) -> CallArgs {
        match v.into_data() {
            Ok(d) => self.positional.push(d),
            Err(e) => self.error = self.error.or(Some(e)),
        }
        self
    }
    /// Add a keyword argument.
    pub fn kwarg(mut self, name: &str, v: impl IntoData) -> CallArgs {
        match v.into_data() {
            Ok(d) => self.keywords.push((name.to_string(), d)),
            Err(e) => self.error = self.error.or(Some(e)),
        }
        self
    }
}

/// What [`Interpreter::call`](super::Interpreter::call) accepts as arguments: `()`, a
/// tuple of [`IntoData`] values, `&[Data]`, `Vec<Data>`, or [`CallArgs`]
/// (with keywords).
pub trait IntoArgs {
    fn into_args(self) -> Result<CallArgs, HostError>;
}

impl IntoArgs for CallArgs {
    fn into_args(mut self) -> Result<CallArgs, HostError> {
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(self),
        }
    }
}
impl IntoArgs for Vec<Data> {
    fn into_args(self) -> Result<CallArgs, HostError> {
        Ok(CallArgs { positional: self, ..CallArgs::default() })
    }
}
impl IntoArgs for &[Data] {
    fn into_args(self) -> Result<CallArgs, HostError> {
        self.to_vec().into_args()
    }
}
impl<const N: usize> IntoArgs for &[Data; N] {
    fn into_args(self) -> Result<CallArgs, HostError> {
        self.to_vec().into_args()
    }
}
impl IntoArgs for () {
    fn into_args(self) -> Result<CallArgs, HostError> {
        Ok(CallArgs::new())
    }
}

macro_rules! tuple_args {
    ($($t:ident),*) => {
        impl<$($t: IntoData),*> IntoArgs for ($($t,)*) {
            #[allow(non_snake_case)]
            fn into_args(self) -> Result<CallArgs, HostError> {
                let ($($t,)*) = self;
                Ok(CallArgs { positional: vec![$($t.into_data()?),*], ..CallArgs::default() })
            }
        }
    };
}
tuple_args!(A);
tuple_args!(A, B);
tuple_args!(A, B, C);
tuple_args!(A, B, C, D);
tuple_args!(A, B, C, D, E);
tuple_args!(A, B, C, D, E, G);
tuple_args!(A, B, C, D, E, G, H);
tuple_args!(A, B, C, D, E, G, H, I);
