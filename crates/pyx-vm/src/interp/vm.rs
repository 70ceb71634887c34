//! The virtual machine state: heap, built-in types, interned names,
//! modules, frames, limits, output. Generic object operations live in
//! `ops.rs`/`attr.rs`/`call.rs`; the loop in `eval.rs`.

use std::sync::Arc;

use hashbrown::HashTable;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::dict::Dict;
use crate::interp::frame::Frame;
use crate::object::heap::{Heap, ObjRef};
use crate::interp::limits::{Limits, Meter, Termination};
use crate::object::*;
use crate::interp::typesys::{BuiltinTypes, Names};
use crate::object::value::Value;

/// How a computation stops early.
#[derive(Clone, Copy, Debug)]
pub enum Unwind {
    /// A Python exception (an instance of BaseException).
    Exception(ObjRef),
    /// A limit was hit: not catchable by Python code.
    Terminate(Termination),
}

pub type PyResult<T> = Result<T, Unwind>;

/// Arguments of a native call: positional values and keyword pairs
/// (name as a `str` value, value). After the door (`native.rs`) the
/// positional values are self (for a method) and then the declared
/// parameters in order; keywords remain only for a `**kwargs` native or
/// one that parses its own arguments.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Value, Value)],
    /// The declaration the door bound these arguments with.
    pub(crate) sig: Option<&'static crate::interp::native::Sig>,
    /// 1 when `pos[0]` is self or cls.
    pub(crate) nself: u8,
    /// The native's Python name, for its argument errors.
    pub(crate) name: &'static str,
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[], sig: None, nself: 0, name: "" }
    }
    pub fn with_kw(pos: &'a [Value], kw: &'a [(Value, Value)]) -> Args<'a> {
        Args { pos, kw, sig: None, nself: 0, name: "" }
    }
    pub(crate) fn with_sig(pos: &'a [Value], kw: &'a [(Value, Value)], sig: &'static crate::interp::native::Sig, nself: usize, name: &'static str) -> Args<'a> {
        Args { pos, kw, sig: Some(sig), nself: nself as u8, name }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    /// Argument `i` (self is 0 for a method), if it was given or has a
    /// constant default.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        match self.pos.get(i) {
            Some(v) if !v.is_null() => Some(*v),
            _ => self.default(i),
        }
    }
    /// Argument `i`, or None when an optional one is missing. The door
    /// guarantees every required parameter is present.
    #[inline]
    pub fn arg(&self, i: usize) -> Value {
        self.get(i).unwrap_or(Value::None)
    }
    fn default(&self, i: usize) -> Option<Value> {
        let p = self.sig?.params.get(i.checked_sub(self.nself as usize)?)?;
        match p.default {
            crate::interp::native::Default::Value(v) => Some(v),
            _ => None,
        }
    }
}

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// Where `print` and friends write. Provided by the host.
pub trait OutputSink: Send {
    fn write(&mut self, s: &str);
    fn flush(&mut self) {}
}

/// A sink that keeps everything written (tests, captured output).
#[derive(Default, Clone)]
pub struct CaptureSink(pub Arc<std::sync::Mutex<String>>);

impl OutputSink for CaptureSink {
    fn write(&mut self, s: &str) {
        if let Ok(mut g) = self.0.lock() {
            g.push_str(s);
        }
    }
}

/// Discards output.
pub struct NullSink;
impl OutputSink for NullSink {
    fn write(&mut self, _s: &str) {}
}

/// What a generator run in collecting mode (`types::function::gen_collect`)
/// does with a value it yields, for the native that runs it.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Gather {
    /// Append it to this list (`Vm::collect_iter`).
    Into(ObjRef),
    /// Drop it when its truth, known without calling Python code, is this
    /// (`any()` drops false items, `all()` true ones); hand any other
    /// value to the native.
    SkipWhile(bool),
    /// Add it to this running total when both are small ints and the sum
    /// does not overflow (`sum()`); hand any other value to the native.
    SumInt(i64),
    /// Add it to this set when that runs no Python code and cannot fail
    /// (`set(g)`, `set.update(g)`: `types::set::add_native_only`); hand
    /// any other value to the native, which adds it as it comes, so an
    /// unhashable item raises after the items before it, as in CPython.
    IntoSet(ObjRef),
}

/// Entries of `Vm::code_memo` (a power of two).
pub(crate) const CODE_MEMO: usize = 64;

pub struct Vm {
    pub(crate) heap: Heap,
    pub(crate) t: Box<BuiltinTypes>,
    pub(crate) n: Box<Names>,
    pub(crate) interned: HashTable<ObjRef>,
    /// Direct-mapped cache of `intern_static`: (address, length) of a
    /// `&'static str` -> its interned object. Interned strings live as long
    /// as the VM, so a hit is always valid.
    pub(crate) static_names: Box<[(usize, usize, ObjRef); STATIC_NAME_CACHE]>,
    /// The interned one-character ASCII strs, by byte, filled as they are
    /// first made: `repr(1)`, `s[i]`, `"%s" % 7` skip the intern table's
    /// hash and probe. Interned strings live as long as the VM.
    pub(crate) ascii_strs: Box<[Option<ObjRef>; 128]>,
    pub(crate) builtins: ObjRef,
    pub(crate) modules: ObjRef,
    pub(crate) frames: Vec<Frame>,
    /// The value stack of the running frames: the locals, cells and
    /// operands of each frame above the innermost running generator frame
    /// (or of all frames when none runs).
    pub(crate) stack: Vec<Value>,
    /// The value stacks of the frames below each running generator frame,
    /// innermost last. A generator frame runs on a value stack of its own
    /// (its locals start at 0), which its generator keeps while it is
    /// suspended: resuming swaps it in, suspending swaps it out, and
    /// nothing is copied (`Vm::enter_segment`, `Vm::leave_segment`).
    pub(crate) segments: Vec<Vec<Value>>,
    /// Emptied value stacks of finished generators, for new ones.
    pub(crate) spare_stacks: Vec<Vec<Value>>,
    /// Generators that parked a `yield from` chain since the last
    /// collection (`GenData::delegates`), unparked before it marks.
    pub(crate) parked_heads: Vec<ObjRef>,
    /// Native calls in progress that re-entered the VM.
    pub(crate) native_depth: u32,
    /// Native calls in progress (through the door, `native.rs`).
    pub(crate) door_depth: u32,
    /// For each of those re-entries (innermost last): objects allocated up
    /// to this allocation number are kept by a collection during it, since
    /// the suspended native code may hold them in Rust locals.
    pub(crate) reentry_marks: Vec<u64>,
    /// Set by a native that roots everything it made (`call_rooted`,
    /// `next_rooted`) just before it calls back into Python: the allocation
    /// number it started at, which the re-entry then uses as its mark, so
    /// the garbage of its earlier calls back can be collected.
    pub(crate) rooted_mark: Option<u64>,
    /// What generators run in collecting mode do with their yields
    /// (`COLLECT_TARGET`, `gen_collect`), innermost last.
    pub(crate) collect_into: Vec<Gather>,
    pub(crate) limits: Limits,
    pub(crate) meter: Meter,
    pub(crate) stdout: Box<dyn OutputSink>,
    pub(crate) stderr: Box<dyn OutputSink>,
    pub(crate) hash_seed: u64,
    /// Live views of bytearrays: (bytearray slot, view slot). Checked, not
    /// traced: a record whose view died or was released is ignored
    /// (`types::memoryview::check_resizable`).
    pub(crate) mv_exports: Vec<(u32, u32)>,
    /// Exceptions being handled (innermost last), for bare `raise`,
    /// `__context__` and `sys.exc_info`.
    pub(crate) handling: Vec<Value>,
    /// Values native code must keep alive across re-entry (extra roots).
    pub(crate) temp_roots: Vec<Value>,
    /// Roots held by the host or the embedding (never collected).
    pub(crate) pinned: Vec<Value>,
    /// `set.pop` fingers, keyed by nothing: one per VM is enough for order.
    pub(crate) set_finger: usize,
    pub(crate) file_sources: Vec<(String, Arc<str>)>,
    pub(crate) code_caches: Vec<crate::interp::eval::CodeCache>,
    pub(crate) code_index: HashTable<u32>,
    /// Direct-mapped memo in front of `code_index`: (address of a code
    /// object, its cache index). A code object's address stays its own
    /// while the VM lives: its cache holds a reference to it, and caches
    /// are never dropped.
    pub(crate) code_memo: Box<[(usize, u32); CODE_MEMO]>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub(crate) cur_exc: Value,
    /// The error being propagated comes from a re-raise (no new traceback
    /// entry for the frame).
    pub(crate) reraising: bool,
    /// Objects whose repr is in progress (for `[...]` on cycles).
    pub(crate) repr_active: Vec<ObjRef>,
    /// Classes of host objects made in this interpreter (see `host.rs`).
    pub(crate) host: crate::interp::host::HostRegistry,
    /// Direct-mapped cache of MRO lookups: (type, name) -> value or Null
    /// (absent). Cleared whenever any type's namespace changes and at
    /// every collection (handles may be reused). It starts with
    /// `TYPE_CACHE_START` entries and grows once to `TYPE_CACHE_SIZE` after
    /// as many misses as that size (`types::lookup`): an idle interpreter
    /// keeps 8 KB here, not 128 KB.
    pub(crate) type_cache: std::cell::RefCell<Vec<(u32, u32, u32, Value)>>,
    /// Misses of `type_cache` while it is at its starting size.
    pub(crate) type_cache_misses: std::cell::Cell<u32>,
    /// Generation of `type_cache`; bumping it empties the cache in O(1).
    pub(crate) type_cache_gen: std::cell::Cell<u32>,
    /// How to start the import system (from the host); taken when the
    /// importer starts at the first `import`.
    pub(crate) import_setup: Option<Box<crate::interp::importer::ImportSetup>>,
    /// The running importer (see `importer.rs`).
    pub(crate) importer: Option<crate::interp::importer::ImporterState>,
    /// Namespace of the Python-written built-in types, once run
    /// (`prelude.rs`).
    pub(crate) prelude_ns: Option<ObjRef>,
    /// The time the host lets Python code see (`clock.rs`); `None`: no
    /// clock, and `time.time()` raises.
    pub(crate) clock: Option<Arc<dyn crate::interp::clock::Clock>>,
    /// Secret bytes keyed by host entropy (`secrets`); `None`: no grant.
    pub(crate) entropy: Option<Box<crate::builtins::hashes::EntropyPool>>,
    /// The green threads of `threading` (`threads.rs`).
    pub(crate) threads: crate::interp::threads::Threads,
    /// The root list of a collection, kept from one to the next (built
    /// afresh, it was half the cost of collecting with hundreds of deep
    /// thread stacks: growth, memmove, fresh pages); cut back after a
    /// spike (`heap::keep_buffer`).
    gc_roots: Vec<Value>,
    /// Values put since the last collection in the VM's tables that a
    /// young collection does not read whole (names interned, the code
    /// objects and function strings of code caches, each made once): the
    /// only ones of them it need mark, as the older ones are old.
    pub(crate) young_roots: Vec<Value>,
    /// Code caches whose constants and names the last collection marked
    /// (`code_caches[..caches_marked]`): a young collection marks only
    /// the constants of the caches made since.
    caches_marked: usize,
    /// Weakref callbacks and their weakrefs, in pairs, to run at the next
    /// safe point (`weakref.rs`).
    pub(crate) weak_pending: Vec<Value>,
    /// Unreachable objects a collection kept to finalize at the next safe
    /// point (`weakref.rs` `run_weak_callbacks`): generators suspended
    /// inside `try`/`with` are closed, instances get `__del__`.
    pub(crate) finalize_pending: Vec<Value>,
    /// `sys.set_asyncgen_hooks`: called with an async generator on its
    /// first step (firstiter) and when it is collected unfinished
    /// (finalizer); None when not set. Per interpreter.
    pub(crate) asyncgen_hooks: [Value; 2],
    /// `sys.get_int_max_str_digits()`: the most decimal digits an int/str
    /// conversion may have (0: no limit); `sys.set_int_max_str_digits`
    /// changes it for this interpreter only.
    pub(crate) int_max_str_digits: usize,
}

impl Vm {
    /// Start a run: a fresh budget of steps and output from the limits.
    /// The keyboard-interrupt flag the host installed stays. The host front
    /// (`pyx::embed::Interpreter`, the only one) starts every run with this
    /// and ends it with [`Vm::end_run`].
    pub fn begin_run(&mut self) {
        let keyboard = self.meter.keyboard_interrupt.take();
        self.meter = crate::interp::limits::Meter::new(&self.limits);
        self.meter.keyboard_interrupt = keyboard;
    }

    /// Drop what a run (finished, failed or stopped at a limit) may have left
    /// behind, so the next run starts from a clean evaluation state.
    /// Globals, modules and the heap are kept; so are the meter's settings
    /// (the next [`Vm::begin_run`] gives a fresh budget).
    pub fn end_run(&mut self) {
        if let Some(bottom) = self.segments.drain(..).next() {
            self.stack = bottom;
        }
        self.stack.clear();
        self.frames.clear();
        self.native_depth = 0;
        self.door_depth = 0;
        self.reentry_marks.clear();
        self.rooted_mark = None;
        self.collect_into.clear();
        self.temp_roots.clear();
        self.pinned.clear();
        self.handling.clear();
        self.repr_active.clear();
        self.cur_exc = Value::None;
        self.reraising = false;
        self.drop_threads();
        self.weak_pending.clear();
        self.finalize_pending.clear();
        self.stdout.flush();
    }

    /// A new interpreter: the shared start-up state of its hash seed
    /// (`base.rs`: built-in types, method tables, built-in functions,
    /// interned names — made once per process and seed) plus its own
    /// empty heap. Falls back to building everything privately if no
    /// base can be made.
    pub fn new(limits: Limits, hash_seed: u64) -> Vm {
        let vm = match crate::interp::base::Base::for_seed(hash_seed) {
            Some(base) => Vm::on_base(limits, &base),
            None => Vm::bootstrapped(limits, hash_seed),
        };
        vm.ready()
    }

    /// An interpreter on `base`: copies of its handle tables, no objects.
    fn on_base(limits: Limits, base: &crate::interp::base::Base) -> Vm {
        let heap = Heap::on_base(base.heap.clone(), None);
        let mut vm = Vm::bare(limits, base.hash_seed, heap, Box::new(base.t.clone()), Box::new(base.n.clone()));
        vm.interned = base.interned.clone();
        vm.static_names = base.static_names.clone();
        vm.builtins = base.builtins;
        vm.host = crate::interp::host::HostRegistry::with_classes(base.host_classes.clone());
        // `sys.modules` changes in every run (`__main__` at least): an
        // own dict from the start rather than a copy of the base's empty one.
        vm.modules = match vm.new_dict() {
            Ok(d) => d,
            Err(_) => base.modules,
        };
        vm
    }

    /// An interpreter that made its built-ins itself, in its own heap
    /// (how a base is made).
    pub(crate) fn bootstrapped(limits: Limits, hash_seed: u64) -> Vm {
        let heap = Heap::new(None);
        let mut vm = Vm::bare(
            limits,
            hash_seed,
            heap,
            Box::new(BuiltinTypes::placeholder()),
            Box::new(Names::placeholder()),
        );
        // Start-up interns ~900 names: size the table once.
        vm.interned = HashTable::with_capacity(1024);
        crate::builtins::types::bootstrap(&mut vm);
        crate::builtins::install(&mut vm);
        vm
    }

    /// Apply the limits to a newly made interpreter.
    fn ready(mut self) -> Vm {
        self.clear_type_cache();
        self.heap.limit = self.limits.max_memory;
        self.heap.stress = self.limits.gc_stress;
        if self.heap.stress {
            self.heap.threshold = 0;
        }
        self
    }

    fn bare(limits: Limits, hash_seed: u64, heap: Heap, t: Box<BuiltinTypes>, n: Box<Names>) -> Vm {
        let meter = Meter::new(&limits);
        Vm {
            heap,
            t,
            n,
            interned: HashTable::new(),
            static_names: Box::new([(0, 0, ObjRef::unchecked(0)); STATIC_NAME_CACHE]),
            ascii_strs: Box::new([None; 128]),
            builtins: ObjRef::unchecked(0),
            modules: ObjRef::unchecked(0),
            frames: Vec::new(),
            stack: Vec::with_capacity(256),
            segments: Vec::new(),
            spare_stacks: Vec::new(),
            parked_heads: Vec::new(),
            native_depth: 0,
            door_depth: 0,
            reentry_marks: Vec::new(),
            mv_exports: Vec::new(),
            rooted_mark: None,
            collect_into: Vec::new(),
            limits,
            meter,
            stdout: Box::new(NullSink),
            stderr: Box::new(NullSink),
            hash_seed,
            handling: Vec::new(),
            temp_roots: Vec::new(),
            pinned: Vec::new(),
            set_finger: 0,
            file_sources: Vec::new(),
            code_caches: Vec::new(),
            code_index: HashTable::new(),
            code_memo: Box::new([(0, 0); CODE_MEMO]),
            cur_exc: Value::None,
            reraising: false,
            repr_active: Vec::new(),
            host: Default::default(),
            type_cache: std::cell::RefCell::new(vec![(u32::MAX, 0, 0, Value::Null); TYPE_CACHE_START]),
            type_cache_misses: std::cell::Cell::new(0),
            type_cache_gen: std::cell::Cell::new(1),
            import_setup: None,
            clock: None,
            entropy: None,
            importer: None,
            prelude_ns: None,
            threads: Default::default(),
            gc_roots: Vec::new(),
            young_roots: Vec::new(),
            caches_marked: 0,
            weak_pending: Vec::new(),
            finalize_pending: Vec::new(),
            asyncgen_hooks: [Value::None; 2],
            int_max_str_digits: pyx_text::int_text::DigitLimit::DEFAULT.0,
        }
    }

    // ----- allocation -------------------------------------------------

    #[inline]
    pub fn alloc(&mut self, class: ObjRef, payload: Payload) -> PyResult<ObjRef> {
        match self.heap.alloc(Obj::new(class, None, payload)) {
            Ok(r) => Ok(r),
            Err(_) => Err(self.out_of_memory()),
        }
    }

    /// The unwind for an allocation the memory limit refuses. When the
    /// deadline has passed or an interrupt is pending, that stop is
    /// reported instead: a collection that saw it gave up (`collect_full`)
    /// and left its garbage counted, so the memory limit was reached only
    /// because the run was already over.
    #[cold]
    pub(crate) fn out_of_memory(&mut self) -> Unwind {
        if self.meter.stop_requested() {
            if let Err(u) = self.poll() {
                return u;
            }
        }
        Unwind::Terminate(Termination::Memory)
    }

    #[inline]
    pub fn alloc_val(&mut self, class: ObjRef, payload: Payload) -> PyResult<Value> {
        self.alloc(class, payload).map(Value::Obj)
    }

    /// Check up front that `bytes` more would fit the budget.
    #[inline]
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        match self.heap.check_extra(bytes) {
            Ok(()) => Ok(()),
            Err(_) => Err(self.out_of_memory()),
        }
    }

    /// Charge growth of an existing object.
    #[inline]
    pub fn charge(&mut self, bytes: usize) -> PyResult<()> {
        match self.heap.charge(bytes) {
            Ok(()) => Ok(()),
            Err(_) => Err(self.out_of_memory()),
        }
    }

    /// Charge the work of scanning or writing `bytes` bytes in a native
    /// (one step per 64 bytes), so a long call is seen by the step limit
    /// and polls the host's deadline/interrupt flag.
    /// The interpreter's digit limit for int/str conversions.
    #[inline]
    pub fn digit_limit(&self) -> pyx_text::int_text::DigitLimit {
        pyx_text::int_text::DigitLimit(self.int_max_str_digits)
    }

    /// Charge a decimal int/str conversion of about `digits` digits. Within
    /// the default limit the work is small; past it (a program raised or
    /// lifted the limit) the conversion is quadratic, and the charge grows
    /// with the square of the digit count, so the step limit sees it and
    /// the host's deadline is polled before the work starts.
    pub fn charge_int_text(&mut self, digits: usize) -> PyResult<()> {
        if digits <= pyx_text::int_text::DigitLimit::DEFAULT.0 {
            return Ok(());
        }
        let words = (digits / 19) as u64;
        self.tick(words.saturating_mul(words) / 64)
    }

    #[inline]
    pub fn tick_bytes(&mut self, bytes: usize) -> PyResult<()> {
        self.tick((bytes / 64) as u64)
    }

    /// Check the time limit and the interrupt flags now, taking no steps
    /// (a native that charged its work up front calls it as it goes).
    pub fn poll(&mut self) -> PyResult<()> {
        match self.meter.poll() {
            Ok(()) => Ok(()),
            Err(t) => Err(self.tick_failed(t)),
        }
    }

    #[inline]
    pub fn tick(&mut self, n: u64) -> PyResult<()> {
        match self.meter.tick(n) {
            Ok(()) => Ok(()),
            Err(t) => Err(self.tick_failed(t)),
        }
    }

    /// The unwind for a failed meter check made outside [`Vm::tick`]
    /// (a native that ticks `vm.meter` directly while borrowing the heap).
    pub fn termination(&mut self, t: Termination) -> Unwind {
        self.tick_failed(t)
    }

    /// A check failed: a termination, or the host's keyboard-interrupt flag,
    /// which raises a catchable `KeyboardInterrupt` as Ctrl-C does in CPython.
    #[cold]
    fn tick_failed(&mut self, t: Termination) -> Unwind {
        if t == Termination::Interrupted && std::mem::take(&mut self.meter.keyboard_hit) {
            let ty = self.t.keyboard_interrupt;
            return match self.new_exception(ty, Vec::new()) {
                Ok(e) => {
                    self.set_implicit_context(e);
                    Unwind::Exception(e)
                }
                Err(u) => u,
            };
        }
        Unwind::Terminate(t)
    }

    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        if s.len() <= 1 {
            // Empty and 1-byte strings are interned (cheap, very common).
            return Ok(Value::Obj(self.short_str(s)));
        }
        self.alloc_val(self.t.str, Payload::Str(PyStr::new(s.into())))
    }

    /// The interned str of an empty or one-byte text (`s.len() <= 1`).
    #[inline]
    fn short_str(&mut self, s: &str) -> ObjRef {
        match s.as_bytes() {
            &[b] if b < 0x80 => match self.ascii_strs[b as usize] {
                Some(r) => r,
                None => {
                    let r = self.intern(s);
                    self.ascii_strs[b as usize] = Some(r);
                    r
                }
            },
            _ => self.intern(s),
        }
    }

    pub fn new_string(&mut self, s: String) -> PyResult<Value> {
        if s.len() <= 1 {
            return Ok(Value::Obj(self.short_str(&s)));
        }
        // A String with spare room (from `format!`, `to_string`) would be
        // shrunk in place by `into_boxed_str`, a realloc that cost more
        // (~150 instructions) than a fresh exact allocation and a copy.
        let text: Box<str> = if s.capacity() > s.len() { Box::from(s.as_str()) } else { s.into_boxed_str() };
        self.alloc_val(self.t.str, Payload::Str(PyStr::new(text)))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::Obj(self.t.empty_tuple));
        }
        self.alloc_val(self.t.tuple, Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc_val(self.t.list, Payload::List(items))
    }

    pub fn new_dict(&mut self) -> PyResult<ObjRef> {
        self.alloc(self.t.dict, Payload::Dict(Box::default()))
    }

    /// A new instance `__dict__` for an object of class `cls`, with room
    /// for as many entries as its type's instance dicts have grown to.
    ///
    /// The instance dicts of a user class are split tables over keys the
    /// class keeps (`dict.rs`): instances that set the same attributes in
    /// the same order (what `__init__` does) store one value per
    /// attribute, not a full entry and an index slot each.
    pub fn new_instance_dict(&mut self, cls: ObjRef) -> PyResult<ObjRef> {
        // Read first: a built-in type (possibly one of the shared base's)
        // is only read, never written, here.
        let (n, keys, first) = match &self.heap.get(cls).payload {
            Payload::Type(td) if !td.builtin => (td.dict_hint as usize, td.shared_keys.clone(), td.shared_keys.is_none()),
            Payload::Type(td) => (td.dict_hint as usize, None, false),
            _ => (0, None, false),
        };
        let keys = match (keys, first) {
            (Some(k), _) => Some(k),
            (None, true) => match &mut self.heap.get_mut(cls).payload {
                Payload::Type(td) => Some(td.shared_keys.get_or_insert_with(Default::default).clone()),
                _ => None,
            },
            (None, false) => None,
        };
        let d = match keys {
            Some(k) => Dict::new_split(k, n),
            None => Dict::with_capacity(n),
        };
        self.alloc(self.t.dict, Payload::Dict(Box::new(d)))
    }

    /// After a new key went into the instance dict `d` of an object of
    /// class `cls`: raise the type's size hint to the dict's length, and
    /// let the class's next instances share the keys `d` grew to.
    #[inline]
    pub fn note_instance_dict_len(&mut self, cls: ObjRef, d: ObjRef) {
        // Only a hint: a shared base type keeps its own rather than being
        // copied into this interpreter for it.
        if self.heap.is_base(cls) {
            return;
        }
        // Decide on shared borrows: most calls change nothing, and then
        // neither the class is written nor the keys' count touched.
        let (len, newer_keys) = {
            let (Payload::Dict(dd), Payload::Type(td)) = (&self.heap.get(d).payload, &self.heap.get(cls).payload) else {
                return;
            };
            let len = dd.len().min(crate::object::DICT_HINT_MAX as usize) as u32;
            let newer = match (dd.shared_keys(), &td.shared_keys) {
                (Some(k), Some(mine)) if k.len() > mine.len() && !std::sync::Arc::ptr_eq(k, mine) => Some(k.clone()),
                _ => None,
            };
            if td.dict_hint >= len && newer.is_none() {
                return;
            }
            (len, newer)
        };
        if let Payload::Type(td) = &mut self.heap.get_mut(cls).payload {
            if td.dict_hint < len {
                td.dict_hint = len;
            }
            if let Some(k) = newer_keys {
                td.shared_keys = Some(k);
            }
        }
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> PyResult<Value> {
        if b.len() <= 1 {
            // Empty and one-byte bytes are shared (made at start-up).
            let i = b.first().map_or(256, |&c| c as usize);
            if let Some(&r) = self.t.byte_chars.get(i) {
                return Ok(Value::Obj(r));
            }
        }
        self.alloc_val(self.t.bytes, Payload::Bytes(b.into_boxed_slice()))
    }

    /// An int from a BigInt, inline when it fits in i64.
    pub fn new_int(&mut self, b: BigInt) -> PyResult<Value> {
        if let Some(i) = b.to_i64() {
            return Ok(Value::Int(i));
        }
        if b.bits() > self.limits.max_int_bits {
            return Err(Unwind::Terminate(Termination::IntSize));
        }
        self.alloc_val(self.t.int, Payload::Int(b))
    }

    pub fn new_float(&mut self, f: f64) -> Value {
        Value::Float(f)
    }

    // ----- interning --------------------------------------------------

    /// The interned `str` object for `s` (one per distinct name per VM).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        let h = crate::object::hash::hash_bytes(self.hash_seed, s.as_bytes());
        let heap = &self.heap;
        if let Some(&r) = self.interned.find(h as u64, |&r| match &heap.get(r).payload {
            Payload::Str(p) => &*p.s == s,
            _ => false,
        }) {
            return r;
        }
        let p = PyStr::new(s.into());
        p.set_hash(h);
        // Interned names are tiny and bounded by program text; they are
        // charged but never refused, so interning stays infallible.
        let limit = self.heap.limit.take();
        let class = self.t.str;
        let r = match self.heap.alloc(Obj::new(class, None, Payload::Str(p))) {
            Ok(r) => r,
            Err(_) => unreachable_alloc(),
        };
        self.heap.limit = limit;
        let heap = &self.heap;
        self.interned.insert_unique(h as u64, r, |&r| match &heap.get(r).payload {
            Payload::Str(p) => p.cached_hash().unwrap_or(0) as u64,
            _ => 0,
        });
        self.young_roots.push(Value::Obj(r));
        r
    }

    /// `intern` for names in the program text of the VM itself (method
    /// names of built-in types, mostly repeated: `__eq__` of every type):
    /// a hit costs no hashing of the text.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> ObjRef {
        let addr = s.as_ptr() as usize;
        let slot = (addr >> 3 ^ s.len()) % STATIC_NAME_CACHE;
        let e = self.static_names[slot];
        if e.0 == addr && e.1 == s.len() {
            return e.2;
        }
        let r = self.intern(s);
        self.static_names[slot] = (addr, s.len(), r);
        r
    }

    /// Intern an existing str object's text (attribute names from setattr).
    /// A hit (the usual case: `getattr(o, "name")` with a name from the
    /// program text) uses the str's cached hash and copies nothing.
    pub fn intern_value(&mut self, v: Value) -> Option<ObjRef> {
        let Value::Obj(r0) = v else { return None };
        if !matches!(self.heap.get(r0).payload, Payload::Str(_)) {
            return None;
        }
        let h = self.str_hash_cached(r0);
        let heap = &self.heap;
        let text = match &heap.get(r0).payload {
            Payload::Str(p) => &*p.s,
            _ => return None,
        };
        if let Some(&r) = self.interned.find(h as u64, |&r| {
            r == r0
                || match &heap.get(r).payload {
                    Payload::Str(p) => &*p.s == text,
                    _ => false,
                }
        }) {
            return Some(r);
        }
        let s = text.to_owned();
        Some(self.intern(&s))
    }

    pub fn interned_roots(&self, out: &mut Vec<Value>) {
        out.extend(self.interned.iter().map(|&r| Value::Obj(r)));
    }

    // ----- accessors --------------------------------------------------

    #[inline]
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match &self.heap.get(r).payload {
                Payload::Str(s) => Some(&s.s),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn pystr(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Obj(r) => match &self.heap.get(r).payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self, v: Value) -> Option<&Payload> {
        match v {
            Value::Obj(r) => Some(&self.heap.get(r).payload),
            _ => None,
        }
    }

    #[inline]
    pub fn type_of(&self, v: Value) -> ObjRef {
        match v {
            Value::Obj(r) => self.heap.get(r).class,
            Value::Int(_) => self.t.int,
            Value::Float(_) => self.t.float,
            Value::Bool(_) => self.t.bool,
            Value::None => self.t.none_type,
            Value::NotImplemented => self.t.notimpl_type,
            Value::Ellipsis => self.t.ellipsis_type,
            Value::Null => self.t.none_type,
        }
    }

    pub fn type_data(&self, t: ObjRef) -> &TypeData {
        match &self.heap.get(t).payload {
            Payload::Type(td) => td,
            _ => crate::interp::typesys::not_a_type(),
        }
    }

    pub fn type_data_mut(&mut self, t: ObjRef) -> &mut TypeData {
        match &mut self.heap.get_mut(t).payload {
            Payload::Type(td) => td,
            _ => crate::interp::typesys::not_a_type(),
        }
    }

    pub fn is_type(&self, v: Value) -> bool {
        matches!(self.payload(v), Some(Payload::Type(_)))
    }

    pub fn type_name(&self, v: Value) -> String {
        self.type_data(self.type_of(v)).name.to_string()
    }

    pub fn type_name_of_type(&self, t: ObjRef) -> &str {
        &self.type_data(t).name
    }

    /// `t` is `base` or derives from it.
    pub fn is_subtype(&self, t: ObjRef, base: ObjRef) -> bool {
        t == base || self.type_data(t).mro.contains(&base)
    }

    #[inline]
    pub fn isinstance_exact_or_sub(&self, v: Value, base: ObjRef) -> bool {
        let t = self.type_of(v);
        t == base || self.is_subtype(t, base)
    }

    pub fn tuple_items(&self, v: Value) -> Option<&[Value]> {
        match self.payload(v) {
            Some(Payload::Tuple(t)) => Some(t),
            _ => None,
        }
    }

    pub fn list_items(&self, v: Value) -> Option<&Vec<Value>> {
        match self.payload(v) {
            Some(Payload::List(t)) => Some(t),
            _ => None,
        }
    }

    pub fn dict_ref(&self, r: ObjRef) -> Option<&Dict> {
        match &self.heap.get(r).payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    pub fn dict_mut(&mut self, r: ObjRef) -> Option<&mut Dict> {
        match &mut self.heap.get_mut(r).payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    // ----- output -----------------------------------------------------

    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.meter.output(s.len()).map_err(Unwind::Terminate)?;
        self.stdout.write(s);
        Ok(())
    }

    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        self.meter.output(s.len()).map_err(Unwind::Terminate)?;
        self.stderr.write(s);
        Ok(())
    }

    /// Write the text of str object `r` (a subclass too) to the
    /// interpreter's stdout (`err`: stderr) in place, without a copy: a
    /// print of a 4 MB string costs no 4 MB more. Its length in code
    /// points (what `write` returns); 0 for an object that is no str.
    pub fn write_stream_str(&mut self, r: ObjRef, err: bool) -> PyResult<usize> {
        let Payload::Str(s) = &self.heap.get(r).payload else { return Ok(0) };
        self.meter.output(s.s.len()).map_err(Unwind::Terminate)?;
        if err {
            self.stderr.write(&s.s);
        } else {
            self.stdout.write(&s.s);
        }
        Ok(s.chars)
    }

    // ----- garbage collection -------------------------------------------

    /// Collect if due. Only call at a safe point (see `heap.rs`).
    pub fn maybe_collect(&mut self) {
        if self.heap.gc_due {
            self.collect();
        }
    }

    /// A safe point inside a native that started at allocation number
    /// `start` and keeps every object it made since in a root (see
    /// `call_rooted`): collect if due, keeping only what is older than
    /// `start` besides what the roots reach. Lets a native's loop over
    /// calls back free their garbage as it goes.
    pub(crate) fn collect_if_due_rooted(&mut self, start: u64) {
        if !self.heap.gc_due {
            return;
        }
        if self.native_depth != 0 && self.reentry_marks.len() != self.native_depth as usize {
            return;
        }
        self.native_depth += 1;
        self.reentry_marks.push(start);
        self.collect();
        self.reentry_marks.pop();
        self.native_depth -= 1;
    }

    /// A native returned while a collection inside one of its calls back
    /// into Python kept garbage older than that call (`heap.dirty`): when
    /// the caller's safe points may free it (no call back in progress
    /// began after the last clean collection), make the next one collect.
    /// Not from the end of each call back: the native's own next safe
    /// point would keep that garbage again, a collection per call.
    #[cold]
    pub(crate) fn native_returned_dirty(&mut self) {
        let clean = self.heap.clean_upto;
        if self.reentry_marks.last().is_none_or(|&m| m <= clean) {
            // What was kept is old now: only a whole collection frees it.
            self.heap.gc_due = true;
            self.heap.full_due = true;
        }
    }

    pub fn clear_type_cache(&self) {
        let g = self.type_cache_gen.get().wrapping_add(1);
        if g == 0 {
            for e in self.type_cache.borrow_mut().iter_mut() {
                e.0 = u32::MAX;
            }
        }
        self.type_cache_gen.set(g.max(1));
    }

    /// The collector's entry at a safe point where a collection is due.
    ///
    /// Inside a call back into Python (a dunder method called by an
    /// operator, a key function, ...) a collection must keep every object
    /// older than the call (`heap.rs`); when the call began after the last
    /// collection that traced everything (`heap.clean_upto`), that is all
    /// the garbage made in between. When that is most of what was made
    /// since, such a
    /// collection waits, while the heap stays below `heap.defer_limit`, for
    /// a safe point outside the call (a loop of the caller), where it
    /// frees that garbage too: a program spending most of its time in
    /// `__add__` and `__call__` methods (pyperformance's chaos) otherwise
    /// kept almost all of its garbage. Past the limit (or in GC-stress
    /// mode) it collects what it can at once.
    pub fn collect(&mut self) -> usize {
        if self.native_depth != 0 && !self.heap.stress {
            if let Some(&mark) = self.reentry_marks.last() {
                let clean = self.heap.clean_upto;
                // Objects made since the last clean point that this
                // collection must keep untraced, against all made since.
                let kept = mark.saturating_sub(clean);
                let made = self.heap.allocs.saturating_sub(clean);
                if kept > made / 2 && self.heap.bytes < self.heap.defer_limit {
                    return 0;
                }
            }
        }
        let full = self.heap.wants_full();
        self.collect_now(full)
    }

    /// Collect now (`gc.collect()`), as far as the native calls in
    /// progress allow.
    pub fn collect_full(&mut self) -> usize {
        self.collect_now(true)
    }

    /// The roots of a collection (besides the switched-out threads'
    /// stacks, which `collect_now` gives one at a time): of a whole one
    /// (`full`), or of a young one, which leaves out what an earlier
    /// collection marked in tables that only grow.
    fn gather_roots(&self, full: bool, roots: &mut Vec<Value>) {
        roots.extend_from_slice(&self.stack);
        for s in &self.segments {
            roots.extend_from_slice(s);
        }
        for f in &self.frames {
            f.trace(roots);
        }
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.modules));
        roots.extend_from_slice(&self.handling);
        roots.extend_from_slice(&self.temp_roots);
        roots.extend_from_slice(&self.pinned);
        roots.push(self.cur_exc);
        roots.extend_from_slice(&self.weak_pending);
        roots.extend_from_slice(&self.finalize_pending);
        roots.extend_from_slice(&self.asyncgen_hooks);
        // A young collection need not mark what an earlier collection
        // marked in tables that only grow: it is old, and an old object
        // is only freed by a whole collection, which marks from every
        // root. The constants and names of a code cache never change; the
        // built-in types and names never change after start-up (the
        // first collection is a whole one); what is added later to the
        // interned names or a cache is listed in `young_roots`.
        let from = if full { 0 } else { self.caches_marked.min(self.code_caches.len()) };
        for c in &self.code_caches[from..] {
            roots.extend_from_slice(&c.consts);
            roots.extend(c.names.iter().map(|&n| Value::Obj(n)));
        }
        if full {
            for c in &self.code_caches {
                if !c.code_obj.is_null() {
                    roots.push(c.code_obj);
                }
                if let Some(s) = &c.fn_strings {
                    roots.extend_from_slice(s);
                }
            }
            self.t.trace(roots);
            self.n.trace(roots);
            self.interned_roots(roots);
        } else {
            roots.extend_from_slice(&self.young_roots);
        }
        self.host.trace(roots);
        if let Some(st) = &self.importer {
            st.trace(roots);
        }
        if let Some(ns) = self.prelude_ns {
            roots.push(Value::Obj(ns));
        }
    }

    /// Collect now: everything (`full`) or the young objects (see
    /// `heap.rs`).
    fn collect_now(&mut self, full: bool) -> usize {
        if self.native_depth != 0 && self.reentry_marks.len() != self.native_depth as usize {
            // Re-entry not tracked: no collection here (never unsound).
            return 0;
        }
        self.clear_type_cache();
        // The collector sees each generator with its own frame.
        self.unpark_all();
        if !full && self.heap.stress {
            // GC-stress mode checks each young collection against a whole
            // marking: every object reachable from all the roots must be
            // kept (`Heap::expect_kept`), so an old object changed without
            // the write barrier, or a root a young collection leaves out,
            // stops the run instead of freeing a live object.
            let mut all = Vec::new();
            self.gather_roots(true, &mut all);
            let mut buf = Vec::new();
            self.threads.trace_each(&mut buf, |r| all.extend_from_slice(r));
            self.heap.expect_kept(&all);
        }
        self.heap.begin_collect(full);
        let mut roots = std::mem::take(&mut self.gc_roots);
        roots.clear();
        self.gather_roots(full, &mut roots);
        self.heap.mark_roots(&roots);
        let mut used = roots.len();
        // The switched-out threads' stacks, one at a time.
        let heap = &mut self.heap;
        self.threads.trace_each(&mut roots, |r| {
            used = used.max(r.len());
            heap.mark_roots(r);
        });
        // Marking a large heap is long: it stops at the deadline, an
        // interrupt or Ctrl-C (as `Meter::refill` would see them) and
        // leaves the heap as it was, and the next tick reports the limit.
        let meter = &self.meter;
        let mut stop = || meter.stop_requested();
        let caches = &self.code_caches;
        let fin = |heap: &crate::object::heap::Heap, o: &crate::object::Obj| needs_finalizer(heap, caches, o);
        let freed = if self.native_depth == 0 {
            self.heap.finish_collect(&mut stop, Some(&fin))
        } else {
            let before = self.reentry_marks.last().copied().unwrap_or(u64::MAX);
            self.heap.collect_keeping_older(before, &mut stop, Some(&fin))
        };
        crate::object::heap::keep_buffer(&mut roots, used);
        self.gc_roots = roots;
        if freed.is_some() {
            self.caches_marked = self.code_caches.len();
            crate::object::heap::keep_buffer(&mut self.young_roots, 0);
        }
        let Some(freed) = freed else {
            // Not due again until more is allocated (re-gathering the
            // roots at every safe point until the limit is reported would
            // be the cost this avoids); a KeyboardInterrupt that is caught
            // finds the collection due again at the next allocation.
            self.heap.gc_due = false;
            self.meter.poll_soon();
            return 0;
        };
        self.queue_weak_callbacks();
        if !self.heap.to_finalize.is_empty() {
            let found = std::mem::take(&mut self.heap.to_finalize);
            self.finalize_pending.extend(found.into_iter().map(Value::Obj));
        }
        // The saved stacks of switched-out threads are charged too: a
        // whole collection recounts the heap from its objects, then adds
        // them, and the next collections are due as far beyond them as
        // they would be without (short of the cap). A young collection
        // only takes off what it freed: they are counted already.
        let c = self.threads.charged();
        if c > 0 && full {
            self.heap.add_charged(c);
        }
        freed
    }
}

/// Entries of the MRO lookup cache at full size, and at start (powers of two).
pub const TYPE_CACHE_SIZE: usize = 4096;
pub const TYPE_CACHE_START: usize = 256;
pub(crate) const STATIC_NAME_CACHE: usize = 512;

#[cold]
fn unreachable_alloc() -> ! {
    panic!("pyx-vm: allocation failed with no memory limit")
}

/// Does unreachable `o` need finalizing before it is freed? A generator or
/// coroutine suspended inside a `try` or `with` block (closing it runs the
/// `finally`/`__exit__` code; one suspended elsewhere, or never started,
/// would do nothing), or an instance of a class with `__del__`.
fn needs_finalizer(heap: &crate::object::heap::Heap, caches: &[crate::interp::eval::CodeCache], o: &crate::object::Obj) -> bool {
    use crate::interp::frame::GenKind;
    match &o.payload {
        Payload::Generator(g) => {
            let Some(f) = &g.frame else { return false };
            if g.running {
                return false;
            }
            // An async generator with a finalizer hook is handed to it
            // whenever it is unfinished (asyncio schedules its aclose()).
            if g.kind == GenKind::AsyncGenerator && !g.finalizer.is_none() {
                return true;
            }
            if !g.started {
                return false;
            }
            caches.get(f.ci as usize).is_some_and(|c| c.code.handler_for(f.lasti).is_some())
        }
        _ => matches!(&heap.get(o.class).payload, Payload::Type(td) if td.flags.has_del),
    }
}
