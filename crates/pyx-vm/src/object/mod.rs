//! The object layer: what a Python value is and where it lives. It runs
//! no code (the interpreter layer above does).
//!
//! Heap objects (this file): a class pointer, an optional instance dict,
//! and a payload that gives the object its built-in layout. A subclass of
//! `list` has a `List` payload and a user class; a plain instance has
//! `Instance`. Beside it: immediate values (`value`), the heap and its
//! collector (`heap`), dict and set tables, hashing, code objects.

pub mod array;
pub mod code;
pub mod dict;
pub mod hash;
pub mod heap;
pub mod set;
pub mod value;

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use num_bigint::BigInt;

use crate::object::dict::Dict;
use crate::object::heap::ObjRef;
use crate::object::set::SetTable;
use crate::object::value::Value;
use crate::interp::vm::{NativeFn, Vm};

pub struct Obj {
    pub class: ObjRef,
    pub dict: Option<ObjRef>,
    pub payload: Payload,
    /// The collector's write barrier (`heap.rs`): set while the object is
    /// old and not in the heap's list of old objects changed since the
    /// last collection, so that the next `Heap::get_mut` lists it. Kept in
    /// the object (in what was padding) because `get_mut` reads the
    /// object anyway: the barrier costs no extra memory access.
    pub(in crate::object) watched: bool,
}

impl Obj {
    /// A new object (young: the collector has not seen it yet).
    #[inline]
    pub fn new(class: ObjRef, dict: Option<ObjRef>, payload: Payload) -> Obj {
        Obj { class, dict, payload, watched: false }
    }
}

pub enum Payload {
    /// A plain instance (of `object` or a user class): the values of its
    /// `__slots__`; or, while it has keys (`shape.rs`), the values of its
    /// attributes, the i-th that of the keys' i-th (its `__dict__` is then
    /// made from them when first asked for).
    Instance(Vec<Value>, Option<Arc<crate::object::dict::SharedKeys>>),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    Tuple(Box<[Value]>),
    List(Vec<Value>),
    // Boxed, as are other payloads larger than 32 bytes: every object's
    // slot is as large as the largest inline payload (56 bytes instead of
    // 96 with these inline), and most objects are not dicts or sets.
    Dict(Box<Dict>),
    Set(Box<SetTable>),
    FrozenSet(Box<SetTable>),
    Range(RangeData),
    /// A range whose bounds or length do not fit `RangeData` (see there).
    BigRange(Box<BigRangeData>),
    /// start, stop, step
    Slice(Box<[Value; 3]>),
    Type(Box<TypeData>),
    Function(Box<FunctionData>),
    Native(Box<NativeData>),
    Method(Value, Value),
    Cell(Value),
    Property(Box<PropertyData>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<SuperData>),
    Module(Box<ModuleData>),
    Exception(Box<ExcData>),
    Generator(Box<crate::interp::frame::GenData>),
    Iter(Box<IterData>),
    Code(Arc<crate::object::code::CodeObject>),
    DictView(ObjRef, DictViewKind),
    /// A read-only live view of a mapping, or of a class's namespace.
    MappingProxy(Value),
    /// The `__dict__` (true) or `__weakref__` (false) descriptor a class
    /// gets when it introduces instance dicts; holds the owning class.
    InstanceAttrDescr(ObjRef, bool),
    /// A `__slots__` member descriptor: index into `Instance` slots.
    Member(Box<MemberData>),
    Traceback(Box<TracebackData>),
    /// Host-defined native state (capabilities). Traced through `trace`.
    Native2(Box<dyn NativeState>),
    /// A `memoryview` (`types/memoryview.rs`).
    MemoryView(Box<crate::builtins::types::memoryview::MemView>),
    /// An `array.array`'s items (`array.rs`).
    Array(crate::object::array::ArrayData),
}

/// Host-provided private state behind a Python object.
pub trait NativeState: Send {
    fn type_name(&self) -> &str;
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn size(&self) -> usize {
        64
    }
    /// The host object behind this state, if it is one (see `host.rs`).
    fn host_object(&self) -> Option<Arc<dyn crate::interp::host::HostObject>> {
        None
    }
    /// A weak reference's referent (not traced): the collector calls
    /// `clear_weak` when the referent dies (`weakref.rs`).
    fn weak_referent(&self) -> Option<crate::object::heap::ObjRef> {
        None
    }
    fn clear_weak(&mut self) {}
}

pub struct PyStr {
    pub s: Box<str>,
    /// Length in code points.
    pub chars: usize,
    /// -1 until computed. Atomic (relaxed: the value is the same whoever
    /// computes it) so strings can sit in a base shared between threads.
    hash: AtomicI64,
}

impl Clone for PyStr {
    fn clone(&self) -> PyStr {
        PyStr { s: self.s.clone(), chars: self.chars, hash: AtomicI64::new(self.hash.load(Ordering::Relaxed)) }
    }
}

impl PyStr {
    pub fn new(s: Box<str>) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, chars, hash: AtomicI64::new(-1) }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.load(Ordering::Relaxed);
        if h == -1 {
            None
        } else {
            Some(h)
        }
    }
    #[inline]
    pub fn set_hash(&self, h: i64) {
        self.hash.store(h, Ordering::Relaxed)
    }
    /// The code point at index `i` (0 <= i < chars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code point `i` (i <= chars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
}

/// A range of machine ints: the fast representation. Invariant (kept by
/// `types::range::make_range`): start, stop, step and the length all fit in
/// an i64; every other range is a `BigRangeData`.
#[derive(Clone, Copy)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> i64 {
        self.len_i128().min(i64::MAX as i128) as i64
    }
    /// The exact length (it may exceed i64 before `make_range` sorts the
    /// range into its representation).
    pub fn len_i128(&self) -> i128 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        // The span and the step's size fit in 64 unsigned bits, where the
        // division is one instruction (an i128 division is a library call).
        let (span, by) = if step > 0 && lo < hi {
            (hi - lo - 1, step)
        } else if step < 0 && lo > hi {
            (lo - hi - 1, -step)
        } else {
            return 0;
        };
        ((span as u64) / (by as u64)) as i128 + 1
    }
    pub fn get(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

/// A range with arbitrary-int bounds, as CPython's ranges hold.
#[derive(Clone)]
pub struct BigRangeData {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRangeData {
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = (&self.start, &self.stop, &self.step);
        let zero = BigInt::from(0);
        if *step > zero && lo < hi {
            (hi - lo - 1u8) / step + 1u8
        } else if *step < zero && lo > hi {
            (lo - hi - 1u8) / (-step) + 1u8
        } else {
            zero
        }
    }
    /// The i-th element (no bounds check).
    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
}

impl From<RangeData> for BigRangeData {
    fn from(r: RangeData) -> Self {
        BigRangeData { start: r.start.into(), stop: r.stop.into(), step: r.step.into() }
    }
}

/// Layout of instances a type creates (the payload a new instance gets).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    /// `array.array`.
    Array,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Cannot be instantiated from Python directly (function, generator...).
    Special,
}

#[derive(Clone)]
pub struct TypeData {
    pub name: Box<str>,
    pub qualname: Value,
    pub module: Value,
    pub bases: Vec<ObjRef>,
    pub mro: Vec<ObjRef>,
    pub dict: Dict,
    pub layout: Layout,
    /// Built-in (static) type: attributes cannot be set from Python.
    pub builtin: bool,
    /// Instances get a `__dict__`.
    pub has_dict: bool,
    /// Number of `__slots__` values instances carry.
    pub nslots: usize,
    /// Can be subclassed.
    pub base_ok: bool,
    /// Fast flags computed when the dict changes (see `types::refresh_flags`).
    pub flags: TypeFlags,
    /// Entries the instance dicts of this type have grown to (at most
    /// `DICT_HINT_MAX`): a new instance dict is made with room for them,
    /// so filling it in `__init__` does not regrow its tables.
    pub dict_hint: u32,
    /// The keys its instances' dicts share (split tables, `dict.rs`):
    /// user classes only, made with the first instance dict.
    pub shared_keys: Option<std::sync::Arc<crate::object::dict::SharedKeys>>,
    /// How `C(args)` builds an instance, learnt by the first call and
    /// valid while the type-cache generation is the one recorded (any
    /// change to a class namespace or MRO, and every collection, bumps
    /// it): the `__init__` function to run on a fresh instance when the
    /// class's `__new__` is `object.__new__` (`eval.rs` `try_init_frame`).
    /// Keeps nothing alive: the function is in a class dict of the MRO.
    pub init_plan: Option<(u32, ObjRef)>,
}

/// Cap of `TypeData::dict_hint`.
pub const DICT_HINT_MAX: u32 = 32;

#[derive(Clone, Copy, Default, Debug)]
pub struct TypeFlags {
    /// Some class in the MRO (other than object) defines `__getattribute__`.
    pub custom_getattribute: bool,
    /// Some class in the MRO defines `__getattr__`.
    pub has_getattr: bool,
    /// Some class in the MRO (other than object) defines `__setattr__`/`__delattr__`.
    pub custom_setattr: bool,
    /// Some user class in the MRO defines `__eq__` or `__hash__`.
    pub custom_eq_hash: bool,
    /// Some user class in the MRO defines `__del__`.
    pub has_del: bool,
    /// Some class in the MRO other than object (built-in ones included)
    /// defines `__eq__` or `__ne__`: without, `==` and `!=` on instances
    /// compare identity.
    pub eq_or_ne: bool,
    /// Some class in the MRO other than object defines `__bool__` or
    /// `__len__` (otherwise an instance is true).
    pub has_truth: bool,
}

pub struct FunctionData {
    pub code: Arc<crate::object::code::CodeObject>,
    /// Index of the code's per-interpreter cache.
    pub ci: u32,
    pub globals: ObjRef,
    /// The built-ins its frames see: `globals['__builtins__']` when the
    /// function was made (as CPython's `func.__builtins__`).
    pub builtins: ObjRef,
    pub name: Value,
    pub qualname: Value,
    pub defaults: Option<ObjRef>,
    pub kwdefaults: Option<ObjRef>,
    pub closure: Option<ObjRef>,
    pub doc: Value,
    pub annotations: Value,
    pub module: Value,
    /// Marked by `types.coroutine`: the generators it makes can be
    /// awaited (CPython's CO_ITERABLE_COROUTINE).
    pub iterable_coroutine: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeKind {
    Function,
    Method,
    ClassMethod,
    StaticMethod,
}

#[derive(Clone)]
pub struct NativeData {
    pub name: &'static str,
    pub f: NativeFn,
    pub kind: NativeKind,
    /// For methods: the type that defines it; for bound natives: `self`.
    pub owner: Option<ObjRef>,
    pub bound: Value,
    /// How its arguments are parsed (see `native.rs`).
    pub sig: &'static crate::interp::native::Sig,
    /// For functions: the module that defines it (`builtins`, `math`), or
    /// "" when it has none to name.
    pub module: &'static str,
}

#[derive(Clone)]
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    pub name: Value,
}

#[derive(Clone)]
pub struct SuperData {
    pub ty: ObjRef,
    pub obj: Value,
    pub obj_type: ObjRef,
}

#[derive(Clone)]
pub struct ModuleData {
    pub name: Value,
}

#[derive(Clone)]
pub struct MemberData {
    pub name: Value,
    pub index: usize,
    pub owner: ObjRef,
}

#[derive(Clone)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Exception groups: the message and the tuple of exceptions.
    pub group: Option<(Value, Value)>,
    /// What a printed traceback needs for its "Did you mean" (never part
    /// of `str(exc)`).
    pub hint: Option<Box<SuggestionHint>>,
}

/// The material of a "Did you mean" suggestion.
#[derive(Clone)]
pub enum SuggestionHint {
    /// A `NameError`'s closest name, found when it was raised (the frame's
    /// names are gone by the time it is printed).
    Name(Box<str>),
    /// An `AttributeError`'s object and missing name: `dir(obj)` is
    /// searched when the traceback is printed, as CPython does.
    Attribute { obj: Value, name: Value },
}

pub struct TracebackData {
    pub next: Value,
    /// Code object's name, file name, line number.
    pub code: Arc<crate::object::code::CodeObject>,
    pub line: u32,
    /// The instruction that was running (CPython's `tb_lasti`): its source
    /// span places the carets under the failing expression.
    pub lasti: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl IterData {
    /// An awaitable's state: stepped by its own send/throw methods, not by
    /// the iteration fast paths.
    pub fn is_awaitable(&self) -> bool {
        matches!(self, IterData::AgenAwait { .. } | IterData::ANext { .. })
    }
}

pub enum IterData {
    /// Over a list/tuple/str/bytes/bytearray/range/dict-like sequence by index.
    Seq { seq: Value, index: usize },
    /// Over a machine-int range: `start` and `len` are the range's own
    /// (what pickling and `__setstate__` count from).
    Range { next: i64, step: i64, remaining: i64, start: i64, len: i64 },
    Str { s: ObjRef, byte: usize },
    DictIter { dict: ObjRef, pos: usize, kind: DictViewKind, len: usize },
    SetIter { set: ObjRef, pos: usize, len: usize },
    /// `__getitem__`-protocol iterator.
    GetItem { obj: Value, index: i64 },
    Callable { func: Value, sentinel: Value },
    Reversed { seq: Value, index: i64 },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    /// The awaitable an async generator's `asend()`/`__anext__()`,
    /// `athrow()` or `aclose()` returns: awaiting it drives `gen` to its
    /// next value yield.
    AgenAwait { gen: ObjRef, op: AgenOp, state: AwaitState },
    /// `anext(it, default)`: awaits `inner` (the `__await__` iterator of
    /// `it.__anext__()`), turning StopAsyncIteration into `default`.
    ANext { inner: Value, default: Value },
    Exhausted,
}

/// What an async generator awaitable does on its first step.
#[derive(Clone, Copy)]
pub enum AgenOp {
    /// `asend(v)` / `__anext__()` (v = None): send `v`.
    Send(Value),
    /// `athrow(...)`: throw this exception in.
    Throw(ObjRef),
    /// `aclose()`: throw GeneratorExit in; the generator must not yield.
    Close,
}

/// The life of an async generator awaitable: CPython refuses to await one
/// twice ("cannot reuse already awaited ...").
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

impl Obj {
    /// Can this object be part of a base shared by interpreters
    /// (`heap::FrozenHeap`)? Not host state (not `Sync`), nor objects
    /// tied to per-interpreter tables or running code (functions index
    /// their interpreter's code caches; generators, iterators and
    /// tracebacks hold frames and positions).
    pub fn shareable(&self) -> bool {
        !matches!(
            self.payload,
            Payload::Function(_)
                | Payload::Generator(_)
                | Payload::Iter(_)
                | Payload::Traceback(_)
                | Payload::Native2(_)
                | Payload::MemoryView(_)
        )
    }

    /// A copy for an interpreter that must change a shared base object
    /// (one `shareable` admitted): the same contents, and the same dict
    /// layout and versions, so caches made from the original stay right
    /// for the copy.
    pub fn thaw_copy(&self) -> Obj {
        let payload = match &self.payload {
            Payload::Instance(v, k) => Payload::Instance(v.clone(), k.clone()),
            Payload::Int(i) => Payload::Int(i.clone()),
            Payload::Float(f) => Payload::Float(*f),
            Payload::Complex(a, b) => Payload::Complex(*a, *b),
            Payload::Str(s) => Payload::Str(s.clone()),
            Payload::Bytes(b) => Payload::Bytes(b.clone()),
            Payload::ByteArray(b) => Payload::ByteArray(b.clone()),
            Payload::Tuple(t) => Payload::Tuple(t.clone()),
            Payload::List(l) => Payload::List(l.clone()),
            Payload::Dict(d) => Payload::Dict(Box::new(d.duplicate())),
            Payload::Set(s) => Payload::Set(s.clone()),
            Payload::FrozenSet(s) => Payload::FrozenSet(s.clone()),
            Payload::Range(r) => Payload::Range(*r),
            Payload::BigRange(r) => Payload::BigRange(r.clone()),
            Payload::Slice(sl) => Payload::Slice(sl.clone()),
            Payload::Type(t) => {
                let mut t = t.clone();
                t.dict = t.dict.duplicate();
                Payload::Type(t)
            }
            Payload::Native(n) => Payload::Native(n.clone()),
            Payload::Method(a, b) => Payload::Method(*a, *b),
            Payload::Cell(v) => Payload::Cell(*v),
            Payload::Property(p) => Payload::Property(p.clone()),
            Payload::StaticMethod(v) => Payload::StaticMethod(*v),
            Payload::ClassMethod(v) => Payload::ClassMethod(*v),
            Payload::Super(s) => Payload::Super(s.clone()),
            Payload::Module(m) => Payload::Module(m.clone()),
            Payload::Exception(e) => Payload::Exception(e.clone()),
            Payload::Code(c) => Payload::Code(c.clone()),
            Payload::DictView(d, k) => Payload::DictView(*d, *k),
            Payload::MappingProxy(m) => Payload::MappingProxy(*m),
            Payload::InstanceAttrDescr(o, b) => Payload::InstanceAttrDescr(*o, *b),
            Payload::Member(m) => Payload::Member(m.clone()),
            Payload::Array(a) => Payload::Array(crate::object::array::ArrayData::new(a.code, a.bytes.clone())),
            Payload::Function(_)
            | Payload::Generator(_)
            | Payload::Iter(_)
            | Payload::Traceback(_)
            | Payload::Native2(_)
            | Payload::MemoryView(_) => unreachable!("pyx-vm: a base object that cannot be shared"),
        };
        Obj::new(self.class, self.dict, payload)
    }

    /// Every value this object references, for the collector.
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.visit(&mut |v| out.push(v));
    }

    /// Every value this object references, given to `f` one at a time:
    /// what `trace` collects, without the vector (the collector's marking
    /// loop calls this for every live object it traces).
    #[inline]
    pub fn visit(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.class));
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
        #[inline(always)]
        fn all(vs: &[Value], f: &mut impl FnMut(Value)) {
            vs.iter().for_each(|&v| f(v));
        }
        match &self.payload {
            Payload::Instance(v, keys) => {
                v.iter().for_each(|&c| f(c));
                if let Some(k) = keys {
                    k.visit(f);
                }
            }
            Payload::List(v) => v.iter().for_each(|&c| f(c)),
            Payload::Tuple(v) => v.iter().for_each(|&c| f(c)),
            Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Array(_)
            | Payload::Range(_)
            | Payload::BigRange(_)
            | Payload::Code(_) => {}
            Payload::Dict(d) => d.visit(f),
            Payload::Set(s) | Payload::FrozenSet(s) => s.visit(f),
            Payload::Slice(v) => v.iter().for_each(|&c| f(c)),
            Payload::Type(t) => {
                f(t.qualname);
                f(t.module);
                t.bases.iter().for_each(|&b| f(Value::Obj(b)));
                t.mro.iter().for_each(|&b| f(Value::Obj(b)));
                t.dict.visit(f);
                if let Some(k) = &t.shared_keys {
                    k.visit(f);
                }
            }
            Payload::Function(fd) => {
                all(&[Value::Obj(fd.globals), Value::Obj(fd.builtins), fd.name, fd.qualname, fd.doc, fd.annotations, fd.module], f);
                for o in [fd.defaults, fd.kwdefaults, fd.closure].into_iter().flatten() {
                    f(Value::Obj(o));
                }
            }
            Payload::Native(n) => {
                if let Some(o) = n.owner {
                    f(Value::Obj(o));
                }
                f(n.bound);
            }
            Payload::Method(a, b) => all(&[*a, *b], f),
            Payload::Cell(v) | Payload::StaticMethod(v) | Payload::ClassMethod(v) => f(*v),
            Payload::Property(p) => all(&[p.fget, p.fset, p.fdel, p.doc, p.name], f),
            Payload::Super(s) => all(&[Value::Obj(s.ty), s.obj, Value::Obj(s.obj_type)], f),
            Payload::Module(m) => f(m.name),
            Payload::Exception(e) => {
                all(&[e.args, e.traceback, e.cause, e.context], f);
                if let Some((a, b)) = e.group {
                    all(&[a, b], f);
                }
                if let Some(SuggestionHint::Attribute { obj, name }) = e.hint.as_deref() {
                    all(&[*obj, *name], f);
                }
            }
            Payload::Generator(g) => g.visit(f),
            Payload::Iter(it) => match &**it {
                IterData::Seq { seq, .. } => f(*seq),
                IterData::Range { .. } | IterData::Exhausted => {}
                IterData::Str { s, .. } => f(Value::Obj(*s)),
                IterData::DictIter { dict, .. } => f(Value::Obj(*dict)),
                IterData::SetIter { set, .. } => f(Value::Obj(*set)),
                IterData::GetItem { obj, .. } => f(*obj),
                IterData::Callable { func, sentinel } => all(&[*func, *sentinel], f),
                IterData::Reversed { seq, .. } => f(*seq),
                IterData::Enumerate { it, count } => all(&[*it, *count], f),
                IterData::Zip { its, .. } => all(its, f),
                IterData::Map { func, its } => {
                    f(*func);
                    all(its, f)
                }
                IterData::Filter { func, it } => all(&[*func, *it], f),
                IterData::ANext { inner, default } => all(&[*inner, *default], f),
                IterData::AgenAwait { gen, op, .. } => {
                    f(Value::Obj(*gen));
                    match op {
                        AgenOp::Send(v) => f(*v),
                        AgenOp::Throw(e) => f(Value::Obj(*e)),
                        AgenOp::Close => {}
                    }
                }
            },
            Payload::DictView(d, _) => f(Value::Obj(*d)),
            Payload::MappingProxy(m) => f(*m),
            Payload::InstanceAttrDescr(o, _) => f(Value::Obj(*o)),
            Payload::Member(m) => all(&[m.name, Value::Obj(m.owner)], f),
            Payload::Traceback(t) => f(t.next),
            Payload::Native2(n) => {
                // Host state traces into a vector (a trait object cannot
                // take a generic visitor); such objects are few.
                let mut out = Vec::new();
                n.trace(&mut out);
                out.into_iter().for_each(|c| f(c));
            }
            Payload::MemoryView(m) => all(&[m.base, m.obj], f),
        }
    }

    /// Estimated bytes owned by this object (header plus buffers).
    pub fn size(&self) -> usize {
        const HEADER: usize = 64;
        HEADER
            + match &self.payload {
                Payload::Instance(v, _) | Payload::List(v) => v.capacity() * 16,
                Payload::Tuple(v) => v.len() * 16,
                Payload::Int(b) => (b.bits() as usize).div_ceil(8),
                Payload::BigRange(r) => [&r.start, &r.stop, &r.step].iter().map(|b| (b.bits() as usize).div_ceil(8)).sum(),
                Payload::Str(s) => s.s.len(),
                Payload::Bytes(b) => b.len(),
                Payload::ByteArray(b) => b.capacity(),
                Payload::Array(a) => a.bytes.capacity(),
                Payload::Dict(d) => d.size(),
                Payload::Set(s) | Payload::FrozenSet(s) => s.size(),
                Payload::Type(t) => 256 + t.dict.size() + t.mro.len() * 8,
                Payload::Function(_) => 96,
                Payload::Generator(g) => g.size(),
                Payload::Iter(_) => 48,
                Payload::Exception(_) => 64,
                Payload::Native2(n) => n.size(),
                Payload::MemoryView(m) => 64 + m.shape.len() * 16,
                _ => 0,
            }
    }
}

/// Convenience accessors used all over the VM.
impl Vm {
    #[inline]
    pub fn obj(&self, r: ObjRef) -> &Obj {
        self.heap.get(r)
    }
    #[inline]
    pub fn obj_mut(&mut self, r: ObjRef) -> &mut Obj {
        self.heap.get_mut(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every object's slot is an `Option<Obj>` in the heap's slot table:
    /// its size is paid for each object, dead or alive (a payload that
    /// does not fit 32 bytes is boxed).
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<Payload>() <= 40, "{}", std::mem::size_of::<Payload>());
        // Debug builds' handles also carry a generation (`heap.rs`): the
        // class and dict handles take 8 more bytes there.
        let max = if cfg!(debug_assertions) { 64 } else { 56 };
        assert!(std::mem::size_of::<Option<Obj>>() <= max, "{}", std::mem::size_of::<Option<Obj>>());
    }
}
