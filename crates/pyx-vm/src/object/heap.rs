//! The per-interpreter heap: objects in slots addressed by `ObjRef`
//! handles, a byte budget charged on every allocation, and a mark-and-sweep
//! collector.
//!
//! Safe points: the collector never runs inside `alloc`. Allocation only
//! records that a collection is due (`gc_due`); the evaluation loop collects
//! at an instruction boundary (a backward jump). With no native call in
//! progress (native re-entry depth 0) every live value is reachable from
//! the roots the VM enumerates (frames, the value stack, globals, modules,
//! builtins, interned names, exception state). Inside a re-entry (a key
//! function of `sorted`, a `__eq__` called by a dict, a generator driven
//! by `list`), suspended native calls may hold handles in Rust locals; all
//! of those were allocated before the innermost re-entry began (a native
//! call's locals are set before it calls back into Python, and a result it
//! receives predates the next call back), so such a collection keeps every
//! object older than that re-entry (`collect_keeping_older`) and frees
//! only garbage made since.

use std::sync::Arc;

use crate::object::{Obj, Payload};
use crate::object::value::Value;

/// A handle to an object in one interpreter's heap. Meaningless elsewhere.
///
/// In debug builds a handle also carries its object's generation (the low
/// bits of its birth number), and every use checks it against the slot's:
/// a handle kept past its object's collection is caught at its next use,
/// even when the slot already holds another object. Identity, hashing and
/// order are by slot alone, so the check changes no behaviour.
#[derive(Clone, Copy, Debug)]
pub struct ObjRef {
    idx: u32,
    #[cfg(debug_assertions)]
    gen: u32,
}

/// The generation of a handle made before its object exists (a
/// placeholder) or from a bare slot number: never checked.
#[cfg(debug_assertions)]
const ANY_GEN: u32 = 0;

impl ObjRef {
    /// A handle to slot `idx` whose generation is not checked: for
    /// placeholders filled in before first use.
    #[inline]
    pub(crate) const fn unchecked(idx: u32) -> ObjRef {
        ObjRef {
            idx,
            #[cfg(debug_assertions)]
            gen: ANY_GEN,
        }
    }

    #[inline]
    fn born(idx: u32, _birth: u64) -> ObjRef {
        ObjRef {
            idx,
            #[cfg(debug_assertions)]
            gen: _birth as u32,
        }
    }

    #[inline]
    pub fn index(self) -> usize {
        self.idx as usize
    }

    /// The slot number, for hashing and caches keyed by identity.
    #[inline]
    pub fn id(self) -> u32 {
        self.idx
    }
}

impl PartialEq for ObjRef {
    #[inline]
    fn eq(&self, other: &ObjRef) -> bool {
        self.idx == other.idx
    }
}

impl Eq for ObjRef {}

impl std::hash::Hash for ObjRef {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.idx.hash(h)
    }
}

impl PartialOrd for ObjRef {
    #[inline]
    fn partial_cmp(&self, other: &ObjRef) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ObjRef {
    #[inline]
    fn cmp(&self, other: &ObjRef) -> std::cmp::Ordering {
        self.idx.cmp(&other.idx)
    }
}

pub struct Heap {
    /// The shared objects this heap starts from (handles `0..base_len`).
    base: Option<Arc<FrozenHeap>>,
    base_len: usize,
    /// This interpreter's private copies of base objects it changed,
    /// by handle (see `FrozenHeap`).
    thawed: Vec<Option<Box<Obj>>>,
    /// Base objects thawed so far (a fresh interpreter thaws none).
    pub thaws: usize,
    /// The interpreter's own objects: handle `base_len + i` is slot `i`.
    slots: Slots,
    /// Allocation number of the object in each own slot (see `allocs`).
    births: Vec<u64>,
    /// Objects allocated so far (the birth number of the latest).
    pub allocs: u64,
    /// Free own slots: `free[..free_top]` are free now; `free[free_top..]`
    /// were free at the last collection and have been handed out since
    /// (`alloc` takes from the top), so they hold young objects.
    free: Vec<u32>,
    free_top: usize,
    /// Marks, one per own slot. Between collections `marks[i]` is true
    /// exactly when slot `i` holds an old object: one that survived a
    /// collection. Slots past `marks.len()` (added since the last
    /// collection) and the reused free slots hold the young objects.
    marks: Vec<bool>,
    /// Old objects changed since the last collection (the write barrier
    /// in `get_mut` lists each once): the only old objects that can refer
    /// to young ones, so a young collection traces them as roots.
    remembered: Vec<u32>,
    /// Base objects thawed or changed since the last collection (handles):
    /// the only thawed copies a young collection traces.
    thawed_changed: Vec<u32>,
    /// Own slots of host state objects (`Payload::Native2`: weak cells
    /// among them), checked at each collection for dead referents.
    natives: Vec<u32>,
    /// `slots.len()` at the last collection: slots from here on are young.
    young_from: usize,
    /// The collection in progress traces only young objects.
    young_run: bool,
    /// Collect everything (not only the young objects) when `bytes`
    /// reaches this: the schedule of whole collections, as `threshold`
    /// was before young ones.
    pub full_threshold: usize,
    /// `bytes` after the last collection.
    bytes_kept: usize,
    /// Bytes young collections freed since the last whole one, and how
    /// many may be before the next collection is a whole one
    /// (`FULL_SPAN`).
    young_freed: usize,
    full_span: usize,
    /// Own slots of the generators that may be alive: those at
    /// `young_generators..` were made since the last collection. A
    /// collection asks about these (not every object) for finalizers,
    /// unless some class has `__del__`.
    generators: Vec<u32>,
    young_generators: usize,
    /// Allocation until the next young collection (`sweep_young`), and
    /// its least value now (it grows while young collections free little).
    young_growth: usize,
    young_base: usize,
    /// The next collection traces everything (`Vm::native_returned_dirty`).
    pub full_due: bool,
    /// Collections that traced everything (`collections` counts all).
    pub full_collections: u64,
    /// The mark stack, kept from one collection to the next (growing it
    /// afresh each time was half of a collection's cost with a large
    /// heap: memmove and fresh pages); see `keep_buffer`.
    mark_stack: Vec<u32>,
    /// Roots given to the collection in progress (`mark_roots`).
    root_count: usize,
    /// Some class of this interpreter defines `__del__` (set by the VM):
    /// collections then ask about unreachable instances too.
    pub has_del_classes: bool,
    /// Slots of objects whose finalizer was queued once (PEP 442: never
    /// again, even when the finalizer made them reachable).
    finalized: hashbrown::HashSet<u32>,
    /// Objects the last collection found unreachable but in need of
    /// finalization (`Finalizable`): kept alive, with all they reach, for
    /// the VM to finalize at its next safe point; freed by a later
    /// collection once unreachable again.
    pub to_finalize: Vec<ObjRef>,
    /// Bytes currently charged (estimate; re-synchronised at each sweep).
    pub bytes: usize,
    /// Collect when `bytes` exceeds this.
    pub threshold: usize,
    /// Hard budget; `None` means unlimited.
    pub limit: Option<usize>,
    pub gc_due: bool,
    pub collections: u64,
    /// Every object born before this allocation number that was garbage
    /// at the last collection was freed then: a collection keeping only
    /// what is older than a mark at or below it keeps no known garbage.
    pub clean_upto: u64,
    /// The last collection kept objects younger than `clean_upto` without
    /// tracing them (it ran inside a call back into Python that began
    /// later): some garbage is held until a collection outside that call.
    pub dirty: bool,
    /// A collection that falls due inside a call back into Python which
    /// began after the last collection may wait (see `Vm::collect`) until
    /// the heap reaches this many bytes.
    pub defer_limit: usize,
    /// GC-stress mode (a debugging aid for tests): a collection is due
    /// after any allocation, so every safe point collects.
    pub stress: bool,
    /// Own objects reachable from every root, in GC-stress mode before a
    /// young collection (`expect_kept`); empty otherwise.
    expected: Vec<bool>,
    /// Weak references (live) whose referent the last collections freed:
    /// the VM runs their callbacks (`weakref.rs`).
    pub weak_cleared: Vec<ObjRef>,
}

/// The allocation would exceed the interpreter's memory budget.
#[derive(Debug, Clone, Copy)]
pub struct OutOfBudget;

/// The least growth between two collections. 1 MB, not 4: a program with
/// little live data peaked at the interpreter plus this much garbage (and
/// the slot table it fills), most of pyperformance at 20-27 MB against
/// CPython's 9-13 MB; at 1 MB deltablue peaks at 16 MB instead of 23 for
/// 0.65% more instructions (callgrind, 20 loops), chaos at 20 instead of
/// 27.
const MIN_THRESHOLD: usize = 1 << 20;

/// Allocation between two young collections (see `schedule_young`).
const YOUNG_GROWTH: usize = 1 << 18;

/// A whole collection is due, besides when the heap reached
/// `full_threshold`, once young collections freed this many times the
/// growth a whole collection allows: the objects a young collection
/// keeps (those in use at that moment) are often garbage soon after, and
/// until a whole collection they hold the allocator's pages that the
/// young garbage around them left (pyperformance pidigits, its big ints
/// of growing sizes: 18 MB peak with whole collections only, 27 MB with
/// young ones and no such limit).
const FULL_SPAN: usize = 4;

/// Marking polls its `stop` callback (the deadline, the host's interrupt,
/// Ctrl-C) after about this much work: objects taken off the mark stack
/// plus the values read from them. A few hundred microseconds at most,
/// so a collection of a huge heap ends within the time cap's grain.
const POLL_WORK: usize = 1 << 15;

/// A buffer kept across collections (`Heap::mark_stack`, the VM's root
/// list) that is this many times larger than the last collection needed,
/// and at least `KEEP_MIN` items, is cut back to twice that need: a spike
/// (one collection of a huge stack) does not hold its memory forever.
pub const KEEP_SLACK: usize = 4;
pub const KEEP_MIN: usize = 1 << 12;

/// Keep `buf` (emptied) for the next collection, cut back if it is far
/// larger than the `used` items this one needed (see `KEEP_SLACK`).
pub fn keep_buffer<T>(buf: &mut Vec<T>, used: usize) {
    buf.clear();
    if buf.capacity() > KEEP_MIN && buf.capacity() > used.saturating_mul(KEEP_SLACK) {
        buf.shrink_to(used.saturating_mul(2).max(KEEP_MIN));
    }
}

/// Asked by a collection about each object it found unreachable (only
/// generators, and instances once some class defines `__del__`): does it
/// need finalizing (`close()`, `__del__`) before it is freed?
pub type Finalizable<'a> = dyn Fn(&Heap, &Obj) -> bool + 'a;

/// Mark `v` (its own slot, not the shared base) and push it to be traced.
#[inline]
fn mark_push(marks: &mut [bool], stack: &mut Vec<u32>, base_len: usize, v: Value) {
    if let Value::Obj(r) = v {
        let i = r.index().wrapping_sub(base_len);
        if let Some(m) = marks.get_mut(i) {
            if !*m {
                *m = true;
                stack.push(i as u32);
            }
        }
    }
}

/// Host bytes per object slot: the slot itself, its birth number and its
/// mark. The slot table is charged by capacity, like a list's buffer: it
/// is most of the memory of a heap of many small objects.
const SLOT_BYTES: usize = std::mem::size_of::<Option<Obj>>() + std::mem::size_of::<u64>() + 1;

/// Every handle an interpreter can make is below this.
const MAX_SLOTS: usize = u32::MAX as usize;

/// Slots per chunk of the slot table.
const CHUNK_BITS: usize = 11;
const CHUNK: usize = 1 << CHUNK_BITS;

/// Slots the first chunk starts with: an idle interpreter holds a few
/// dozen objects of its own (the built-ins are in the shared base).
const FIRST_SLOTS: usize = 64;

/// The slot table of an interpreter's own objects: chunks of at most
/// `CHUNK` slots, so growing it never copies more than one chunk. The
/// last chunk grows by doubling (an idle interpreter needs a few dozen
/// slots, not a whole chunk); every growth is charged before it is made.
struct Slots {
    chunks: Vec<Vec<Option<Obj>>>,
    len: usize,
}

impl Slots {
    fn new() -> Slots {
        Slots { chunks: Vec::new(), len: 0 }
    }
    /// Slots past `len` are absent or `None`, like freed ones, so the
    /// lookup is the only check needed.
    #[inline]
    fn get(&self, i: usize) -> Option<&Option<Obj>> {
        self.chunks.get(i >> CHUNK_BITS).and_then(|c| c.get(i & (CHUNK - 1)))
    }
    #[inline]
    fn get_mut(&mut self, i: usize) -> Option<&mut Option<Obj>> {
        self.chunks.get_mut(i >> CHUNK_BITS).and_then(|c| c.get_mut(i & (CHUNK - 1)))
    }
    fn len(&self) -> usize {
        self.len
    }
    /// Slots allocated (charged) so far.
    fn capacity(&self) -> usize {
        self.chunks.iter().map(|c| c.capacity()).sum()
    }
    /// Slots the next growth adds (0: the last chunk has room).
    fn growth_needed(&self) -> usize {
        match self.chunks.last() {
            Some(c) if c.len() < c.capacity() => 0,
            Some(c) if c.capacity() < CHUNK => (c.capacity() * 2).min(CHUNK) - c.capacity(),
            Some(_) => CHUNK,
            None => FIRST_SLOTS,
        }
    }
    /// Make room for one more slot (`growth_needed` more were charged).
    fn grow(&mut self) {
        match self.chunks.last_mut() {
            Some(c) if c.len() < c.capacity() => {}
            Some(c) if c.capacity() < CHUNK => {
                let to = (c.capacity() * 2).min(CHUNK);
                c.reserve_exact(to - c.len());
            }
            Some(_) => self.chunks.push(Vec::with_capacity(CHUNK)),
            None => self.chunks.push(Vec::with_capacity(FIRST_SLOTS)),
        }
    }
    /// Append; the caller has made room (`grow`) first.
    fn push(&mut self, o: Obj) {
        if let Some(c) = self.chunks.last_mut() {
            c.push(Some(o));
            self.len += 1;
        }
    }
    /// Drop the slots at or past `keep`, all of which are empty, and the
    /// chunks left without any; `len` becomes `keep`.
    fn truncate(&mut self, keep: usize) {
        let chunks = keep.div_ceil(CHUNK);
        self.chunks.truncate(chunks);
        self.chunks.shrink_to(chunks);
        if let Some(c) = self.chunks.last_mut() {
            c.truncate(keep - (chunks - 1) * CHUNK);
        }
        self.len = keep.min(self.len);
    }
    /// Give back the unused capacity of the last chunk beyond what
    /// doubling would have reached for its length.
    fn trim(&mut self) {
        if let Some(c) = self.chunks.last_mut() {
            let want = c.len().next_power_of_two().clamp(FIRST_SLOTS, CHUNK);
            if c.capacity() > want {
                c.shrink_to(want);
            }
        }
    }
    fn iter(&self) -> impl Iterator<Item = &Option<Obj>> {
        self.chunks.iter().flat_map(|c| c.iter()).take(self.len)
    }
    fn iter_mut(&mut self) -> impl Iterator<Item = &mut Option<Obj>> {
        let len = self.len;
        self.chunks.iter_mut().flat_map(|c| c.iter_mut()).take(len)
    }
}

/// The objects every interpreter of a process starts with — built-in
/// types, their method tables, the built-in functions, interned names —
/// made once (per hash seed) and shared read-only by all of them, as
/// starlark-rust shares its frozen heaps. They occupy the lowest handles
/// (`0..len`) of every interpreter built on them, and are never charged
/// to any interpreter's budget nor collected.
///
/// An interpreter that must change one (a class attribute set on a
/// built-in, a key added to `sys.modules`) gets a private copy first
/// (`Heap::get_mut` thaws it): the base itself never changes after it is
/// made, so interpreters on other threads read it without locks.
pub struct FrozenHeap {
    slots: Vec<Option<Obj>>,
}

// SAFETY: a `FrozenHeap` is only ever read after `Heap::freeze` made it:
// nothing hands out `&mut` to its objects (writes go to a thawed copy in
// the interpreter that makes them). The only interior mutability an
// object can have is a string's hash cache (an atomic, and every frozen
// string's hash is computed before freezing) and host state behind
// `Payload::Native2` (`Send` but not `Sync`), which `freeze` refuses.
unsafe impl Sync for FrozenHeap {}

impl FrozenHeap {
    pub fn len(&self) -> usize {
        self.slots.len()
    }
}

impl Heap {
    /// An empty heap (for building a base: see `freeze`).
    pub fn new(limit: Option<usize>) -> Heap {
        Heap::with_base(None, limit)
    }

    /// A heap whose handles `0..base.len()` are the shared base's objects.
    pub fn on_base(base: Arc<FrozenHeap>, limit: Option<usize>) -> Heap {
        Heap::with_base(Some(base), limit)
    }

    fn with_base(base: Option<Arc<FrozenHeap>>, limit: Option<usize>) -> Heap {
        Heap {
            base_len: base.as_ref().map_or(0, |b| b.len()),
            base,
            thawed: Vec::new(),
            thaws: 0,
            slots: Slots::new(),
            births: Vec::new(),
            allocs: 0,
            free: Vec::new(),
            free_top: 0,
            marks: Vec::new(),
            remembered: Vec::new(),
            natives: Vec::new(),
            thawed_changed: Vec::new(),
            young_from: 0,
            young_run: false,
            full_threshold: MIN_THRESHOLD,
            // The first collection traces everything: the VM's tables
            // that never change after start-up are roots of whole
            // collections only.
            full_due: true,
            young_growth: YOUNG_GROWTH,
            young_base: YOUNG_GROWTH,
            generators: Vec::new(),
            young_generators: 0,
            bytes_kept: 0,
            young_freed: 0,
            full_span: FULL_SPAN * MIN_THRESHOLD,
            full_collections: 0,
            mark_stack: Vec::new(),
            root_count: 0,
            has_del_classes: false,
            finalized: hashbrown::HashSet::new(),
            to_finalize: Vec::new(),
            bytes: 0,
            threshold: MIN_THRESHOLD,
            limit,
            gc_due: false,
            collections: 0,
            // Before the first collection there is little garbage: count it
            // as clean, so the first collection (wherever it runs) sets the
            // point from which kept garbage is tracked.
            clean_upto: u64::MAX,
            dirty: false,
            defer_limit: 2 * MIN_THRESHOLD,
            stress: false,
            expected: Vec::new(),
            weak_cleared: Vec::new(),
        }
    }

    /// Would `extra` more bytes fit the budget? Used before building large
    /// buffers (`'a' * n`, `list(range(n))`) so the host never allocates
    /// beyond the budget.
    #[inline]
    pub fn check_extra(&mut self, extra: usize) -> Result<(), OutOfBudget> {
        let want = self.bytes.saturating_add(extra);
        if want > self.threshold {
            self.gc_due = true;
        }
        match self.limit {
            Some(l) if want > l => Err(OutOfBudget),
            _ => Ok(()),
        }
    }

    /// Bytes still free under the budget (`usize::MAX` when unlimited).
    pub fn room(&self) -> usize {
        match self.limit {
            Some(l) => l.saturating_sub(self.bytes),
            None => usize::MAX,
        }
    }

    /// Charge `delta` bytes of growth of an existing object.
    #[inline]
    pub fn charge(&mut self, delta: usize) -> Result<(), OutOfBudget> {
        self.check_extra(delta)?;
        self.bytes += delta;
        Ok(())
    }

    /// Give back `delta` bytes charged for growth that an object no longer
    /// holds (a buffer moved out of it).
    #[inline]
    pub fn uncharge(&mut self, delta: usize) {
        self.bytes = self.bytes.saturating_sub(delta);
    }

    pub fn alloc(&mut self, obj: Obj) -> Result<ObjRef, OutOfBudget> {
        let size = obj.size();
        self.charge(size)?;
        self.allocs += 1;
        if matches!(obj.payload, Payload::Native2(_) | Payload::Generator(_)) {
            return self.alloc_noted(obj, size);
        }
        self.place(obj, size)
    }

    /// `alloc` for the kinds a collection asks about besides marking:
    /// host state (listed for the weak-reference check) and generators
    /// (a young collection looks for unreachable ones to finalize only
    /// among the young objects).
    #[inline(never)]
    fn alloc_noted(&mut self, obj: Obj, size: usize) -> Result<ObjRef, OutOfBudget> {
        let native = matches!(obj.payload, Payload::Native2(_));
        let r = self.place(obj, size)?;
        if native {
            self.natives.push(self.own(r) as u32);
        } else {
            self.generators.push(self.own(r) as u32);
        }
        Ok(r)
    }

    /// Put `obj` (charged `size`, counted in `allocs`) in a slot.
    #[inline(always)]
    fn place(&mut self, obj: Obj, size: usize) -> Result<ObjRef, OutOfBudget> {
        if self.free_top > 0 {
            self.free_top -= 1;
            let i = self.free[self.free_top];
            if let Some(slot) = self.slots.get_mut(i as usize) {
                *slot = Some(obj);
            }
            if let Some(b) = self.births.get_mut(i as usize) {
                *b = self.allocs;
            }
            Ok(ObjRef::born((self.base_len + i as usize) as u32, self.allocs))
        } else {
            let i = self.slots.len();
            if self.base_len + i >= MAX_SLOTS {
                self.bytes -= size;
                self.allocs -= 1;
                return Err(OutOfBudget);
            }
            let more = self.slots.growth_needed();
            if more > 0 {
                // More slots, charged before they are allocated.
                if let Err(e) = self.charge(more * SLOT_BYTES) {
                    self.bytes -= size;
                    self.allocs -= 1;
                    return Err(e);
                }
                self.slots.grow();
            }
            self.slots.push(obj);
            self.births.push(self.allocs);
            Ok(ObjRef::born((self.base_len + i) as u32, self.allocs))
        }
    }

    /// The own-slot number of handle `r` (a huge number for base objects).
    #[inline]
    fn own(&self, r: ObjRef) -> usize {
        r.index().wrapping_sub(self.base_len)
    }

    /// Is `r` one of the shared base's objects (possibly thawed here)?
    #[inline]
    pub fn is_base(&self, r: ObjRef) -> bool {
        r.index() < self.base_len
    }

    /// A base object: this interpreter's copy if it made one, else the
    /// shared original.
    #[inline]
    fn base_get(&self, r: ObjRef) -> Option<&Obj> {
        let i = r.index();
        if let Some(Some(o)) = self.thawed.get(i) {
            return Some(o);
        }
        self.base.as_ref()?.slots.get(i)?.as_ref()
    }

    /// A base object made private to this interpreter (copied on its
    /// first change), to be changed.
    /// A young collection traces only the copies made or changed since
    /// the last collection (`thawed_changed`): the write barrier, as for
    /// own objects in `get_mut`.
    #[cold]
    fn thaw(&mut self, r: ObjRef) -> Option<&mut Obj> {
        let i = r.index();
        if !matches!(self.thawed.get(i), Some(Some(_))) {
            let copy = self.base.as_ref()?.slots.get(i)?.as_ref()?.thaw_copy();
            // The copy is this interpreter's: charge it (never refused: it
            // replaces an object the interpreter already had).
            self.bytes += copy.size();
            self.thaws += 1;
            if self.thawed.len() <= i {
                self.thawed.resize_with(i + 1, || None);
            }
            self.thawed[i] = Some(Box::new(copy));
            self.thawed_changed.push(i as u32);
        }
        let o = self.thawed.get_mut(i)?.as_deref_mut()?;
        if o.watched {
            o.watched = false;
            self.thawed_changed.push(i as u32);
        }
        Some(o)
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        match self.try_get(r) {
            Some(o) => o,
            None => dangling(r),
        }
    }

    /// The object behind `r`, to be changed. This is the only way to a
    /// `&mut Obj`, and so the collector's write barrier: an old object
    /// changed here may come to refer to young ones, so the first change
    /// after a collection lists it (`remembered`) for the next young
    /// collection to trace.
    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        self.check_generation(r);
        let found = if self.is_base(r) {
            self.thaw(r)
        } else {
            let i = self.own(r);
            match self.slots.get_mut(i) {
                Some(Some(o)) => {
                    if o.watched {
                        remember(&mut self.remembered, o, i);
                    }
                    Some(o)
                }
                _ => None,
            }
        };
        match found {
            Some(o) => o,
            None => dangling(r),
        }
    }

    #[inline]
    pub fn try_get(&self, r: ObjRef) -> Option<&Obj> {
        self.check_generation(r);
        if self.is_base(r) {
            self.base_get(r)
        } else {
            self.slots.get(self.own(r))?.as_ref()
        }
    }

    /// The handle of the object in slot `i` (base objects first), if one
    /// lives there.
    pub fn handle_at(&self, i: usize) -> Option<ObjRef> {
        if i < self.base_len {
            return self.base_get(ObjRef::unchecked(i as u32)).map(|_| ObjRef::unchecked(i as u32));
        }
        let j = i - self.base_len;
        match (self.slots.get(j), self.births.get(j)) {
            (Some(Some(_)), Some(&b)) => Some(ObjRef::born(i as u32, b)),
            _ => None,
        }
    }

    /// This heap's objects as a base for other interpreters (the heap
    /// must not itself stand on one). `None` if some object cannot be
    /// shared between threads (host state).
    pub fn freeze(self) -> Option<FrozenHeap> {
        if self.base.is_some() {
            return None;
        }
        // Chunks hold exactly the slots made so far (they grow by `push`).
        let slots: Vec<Option<Obj>> = self.slots.chunks.into_iter().flatten().collect();
        slots.iter().flatten().all(Obj::shareable).then_some(FrozenHeap { slots })
    }

    /// Debug builds: a handle whose generation differs from its slot's
    /// outlived its object (a missed root); stop before it reads another.
    #[inline]
    #[cfg(debug_assertions)]
    fn check_generation(&self, r: ObjRef) {
        if r.gen != ANY_GEN {
            if let Some(&b) = self.births.get(self.own(r)) {
                if b as u32 != r.gen {
                    stale(r, b);
                }
            }
        }
    }

    #[inline(always)]
    #[cfg(not(debug_assertions))]
    fn check_generation(&self, _r: ObjRef) {}

    /// Handles in use: the base's and this interpreter's own.
    pub fn slot_count(&self) -> usize {
        self.base_len + self.slots.len()
    }

    /// Objects of this interpreter's own (not counting the shared base).
    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free_top
    }

    /// The own slots of the young objects: the free slots handed out
    /// since the last collection, then the slots added since.
    fn young_slots(&self) -> impl Iterator<Item = usize> + '_ {
        self.free[self.free_top..].iter().map(|&i| i as usize).chain(self.young_from..self.slots.len())
    }

    /// Should the collection now due trace everything, or only the young
    /// objects? Everything once the heap reached `full_threshold` (or
    /// when asked: `full_due`); in GC-stress mode every fourth time, so
    /// both kinds run at the stress tests' safe points.
    pub fn wants_full(&self) -> bool {
        if self.stress {
            return self.collections % 4 == 0;
        }
        self.full_due || self.bytes >= self.full_threshold || self.young_freed >= self.full_span
    }

    /// Collect while native code has re-entered the VM: every object
    /// allocated up to allocation number `before` (when the innermost
    /// re-entry began) is kept and traced as a root, so whatever a
    /// suspended native call holds in Rust locals — all of it older than
    /// that re-entry — survives; only garbage made since is freed.
    /// Called between `begin_collect` (and the roots) and the end, in
    /// place of `finish_collect`. A young collection need only look at
    /// the young objects: old ones are kept anyway.
    pub fn collect_keeping_older(&mut self, before: u64, stop: &mut dyn FnMut() -> bool, fin: Option<&Finalizable<'_>>) -> Option<usize> {
        let young = self.young_run;
        let keep = |heap: &mut Heap, i: usize| {
            if heap.births.get(i).is_some_and(|&b| b <= before) && matches!(heap.slots.get(i), Some(Some(_))) {
                // Counted as roots (the threshold after allows for them).
                heap.root_count += 1;
                if let Some(m) = heap.marks.get_mut(i) {
                    if !*m {
                        *m = true;
                        heap.mark_stack.push(i as u32);
                    }
                }
            }
        };
        if young {
            for j in self.free_top..self.free.len() {
                let i = self.free[j] as usize;
                keep(self, i);
            }
            for i in self.young_from..self.slots.len() {
                keep(self, i);
            }
        } else {
            for i in 0..self.slots.len() {
                keep(self, i);
            }
        }
        let clean_upto = self.clean_upto;
        let freed = self.finish_collect(stop, fin)?;
        if before > clean_upto {
            // Kept untraced, now old: garbage among them waits for a
            // whole collection (`Vm::native_returned_dirty`).
            self.clean_upto = clean_upto;
            self.dirty = true;
        }
        if young {
            return Some(freed);
        }
        // What was kept may be mostly garbage of earlier calls back into
        // Python (kept until the native call returns): never collect again
        // before a good deal more was allocated, so a heap filling up with
        // it does not make every allocation a full collection; it reaches
        // the memory cap instead, as it would with no collection at all.
        let mut floor = self.bytes.saturating_add(MIN_THRESHOLD.max(self.bytes / 2));
        if let Some(l) = self.limit {
            // Near the cap, collect again once half the headroom is used:
            // garbage made since this re-entry began is still freed before
            // the cap is hit, and a heap full of kept garbage costs only
            // O(log) more collections.
            floor = floor.min(self.bytes + l.saturating_sub(self.bytes) / 2).max(self.bytes + 1);
        }
        if self.full_threshold < floor {
            self.full_threshold = floor;
        }
        self.schedule_young();
        Some(freed)
    }

    /// Mark everything reachable from the mark stack. Counts its work in
    /// `work` (the collection's total) and asks `stop` every `POLL_WORK`
    /// of it (at `work == *poll`, then moved on); true when it said stop
    /// (marking abandoned, the stack left as is).
    fn drain_marks(&mut self, work: &mut usize, poll: &mut usize, stop: &mut dyn FnMut() -> bool) -> bool {
        // Objects are marked when pushed, so each is on the stack at most
        // once: the mark stack stays a fraction of the (charged) heap, and
        // the elements of sequences are read in place, never copied out —
        // collecting a huge list of ints or of one repeated object costs no
        // host memory beyond the marks. Old objects are marked already in
        // a young collection: never pushed, never read.
        let base_len = self.base_len;
        let marks = &mut self.marks;
        let stack = &mut self.mark_stack;
        while let Some(i) = stack.pop() {
            if *work >= *poll {
                *poll = *work + POLL_WORK;
                if stop() {
                    return true;
                }
            }
            *work += 1;
            if let Some(Some(o)) = self.slots.get(i as usize) {
                // Children go straight to the marks (`visit` is generic, so
                // this loop is specialized for each payload's layout).
                o.visit(&mut |c| {
                    *work += 1;
                    mark_push(marks, stack, base_len, c);
                });
            }
        }
        false
    }

    /// After marking: queue the unreachable objects `fin` says need a
    /// finalizer and have not had one, and push them to be marked (so they
    /// and what they reach survive this collection). True when any was.
    /// A young collection asks only about young objects.
    fn queue_finalizable(&mut self, fin: &Finalizable<'_>) -> bool {
        let mut found = Vec::new();
        let mut ask = |heap: &Heap, i: usize| {
            let Some(Some(o)) = heap.slots.get(i) else { return };
            if heap.marks[i] || !(heap.has_del_classes || matches!(o.payload, Payload::Generator(_))) {
                return;
            }
            // The class's flag first: most garbage has no finalizer, and
            // reading it is cheaper than hashing into `finalized`.
            if fin(heap, o) && !heap.finalized.contains(&(i as u32)) {
                found.push(i);
            }
        };
        // Old objects are not swept by a young collection: only young
        // generators, and young instances when some class has `__del__`,
        // can need finalizing then.
        let gens_from = if self.young_run { self.young_generators } else { 0 };
        match (self.has_del_classes, self.young_run) {
            (false, _) => self.generators[gens_from..].iter().for_each(|&i| ask(self, i as usize)),
            (true, true) => self.young_slots().for_each(|i| ask(self, i)),
            (true, false) => (0..self.slots.len()).for_each(|i| ask(self, i)),
        }
        for &i in &found {
            self.finalized.insert(i as u32);
            self.marks[i] = true;
            self.mark_stack.push(i as u32);
            self.to_finalize.push(ObjRef::born((self.base_len + i) as u32, self.births.get(i).copied().unwrap_or(0)));
        }
        !found.is_empty()
    }

    /// A deferred collection waits for as much growth again as the
    /// threshold allows (under a cap, at most half the headroom left).
    fn set_defer_limit(&mut self) {
        let growth = self.threshold.saturating_sub(self.bytes);
        self.defer_limit = self.threshold.saturating_add(growth);
        if let Some(l) = self.limit {
            let half_way = self.threshold + l.saturating_sub(self.threshold) / 2;
            self.defer_limit = self.defer_limit.min(half_way);
        }
    }

    /// The next collection is due after `YOUNG_GROWTH` more bytes, or at
    /// `full_threshold` if that comes first (and is then a whole one).
    fn schedule_young(&mut self) {
        self.threshold = self.bytes.saturating_add(self.young_growth).min(self.full_threshold).max(self.bytes + 1);
        if self.stress {
            self.threshold = 0;
        }
        self.set_defer_limit();
    }

    /// `bytes` more charged outside the objects (the switched-out
    /// threads' saved stacks), added after a whole collection recounted
    /// the heap: both schedules move on by as much, short of the cap.
    pub fn add_charged(&mut self, bytes: usize) {
        self.bytes += bytes;
        let live = self.bytes;
        // As near the cap after a sweep: half the headroom left.
        let ceiling = self.limit.map_or(usize::MAX, |l| live + l.saturating_sub(live) / 2).max(live + 1);
        self.full_threshold = self.full_threshold.saturating_add(bytes).min(ceiling);
        self.schedule_young();
    }

    /// GC-stress mode, before a young collection: mark, apart from the
    /// collection's own marks, every own object reachable from `roots`
    /// (all the roots of a whole collection) and from the thawed copies;
    /// the young sweep then stops the run if it would free one of them
    /// (`check_expected`). Every reference met on the way must lead to a
    /// live object (in debug builds, to the very object the handle was
    /// made for): a dangling one means an earlier collection freed a live
    /// object.
    pub fn expect_kept(&mut self, roots: &[Value]) {
        let mut reach = vec![false; self.slots.len()];
        let mut stack: Vec<u32> = Vec::new();
        for &v in roots {
            self.reach_push(&mut reach, &mut stack, v);
        }
        for o in self.thawed.iter().flatten() {
            o.visit(&mut |c| self.reach_push(&mut reach, &mut stack, c));
        }
        while let Some(i) = stack.pop() {
            if let Some(Some(o)) = self.slots.get(i as usize) {
                o.visit(&mut |c| self.reach_push(&mut reach, &mut stack, c));
            }
        }
        self.expected = reach;
    }

    fn reach_push(&self, reach: &mut [bool], stack: &mut Vec<u32>, v: Value) {
        let Value::Obj(r) = v else { return };
        if self.is_base(r) {
            return;
        }
        let i = self.own(r);
        if !matches!(self.slots.get(i), Some(Some(_))) {
            panic!("pyx-vm: GC stress: a reachable handle (#{}) to a freed object", r.index());
        }
        self.check_generation(r);
        if let Some(m) = reach.get_mut(i) {
            if !*m {
                *m = true;
                stack.push(i as u32);
            }
        }
    }

    /// The young sweep about to run frees no object `expect_kept` found
    /// reachable.
    fn check_expected(&mut self) {
        let expected = std::mem::take(&mut self.expected);
        for i in self.young_slots() {
            if expected.get(i).copied().unwrap_or(false) && !self.marks[i] {
                let what = self.slots.get(i).and_then(|s| s.as_ref()).map_or(0, |o| o.class.index());
                panic!(
                    "pyx-vm: GC stress: a young collection would free a live object (#{}, class #{what}): an old object changed without the write barrier, or a root left out",
                    self.base_len + i
                );
            }
        }
    }

    /// Mark from `roots`, sweep the rest. Returns the number freed.
    #[cfg(test)]
    pub fn collect(&mut self, roots: Vec<Value>) -> usize {
        self.collect_polled(&roots, &mut || false).unwrap_or(0)
    }

    /// Mark from `roots`, sweep the rest: the number freed (`None`: see
    /// `finish_collect`).
    #[cfg(test)]
    pub fn collect_polled(&mut self, roots: &[Value], stop: &mut dyn FnMut() -> bool) -> Option<usize> {
        self.begin_collect(true);
        self.mark_roots(roots);
        self.finish_collect(stop, None)
    }

    /// A young collection from `roots` (tests).
    #[cfg(test)]
    pub fn collect_young(&mut self, roots: &[Value]) -> usize {
        self.begin_collect(false);
        self.mark_roots(roots);
        self.finish_collect(&mut || false, None).unwrap_or(0)
    }

    /// Start a collection: of everything (`full`), or of the young
    /// objects only, which are then the only ones unmarked. Roots are
    /// then given in pieces (`mark_roots`) — the VM gives each
    /// switched-out thread's stack as it reads it, never gathering them
    /// all in one list — and `finish_collect` marks the rest and sweeps.
    /// No allocation may happen in between.
    pub fn begin_collect(&mut self, full: bool) {
        self.young_run = !full;
        if full {
            self.marks.clear();
        }
        self.marks.resize(self.slots.len(), false);
        self.mark_stack.clear();
        self.root_count = 0;
    }

    /// Mark `roots` (pushed on the mark stack, each object once).
    pub fn mark_roots(&mut self, roots: &[Value]) {
        self.root_count += roots.len();
        let base_len = self.base_len;
        for &v in roots {
            mark_push(&mut self.marks, &mut self.mark_stack, base_len, v);
        }
    }

    /// Marking was abandoned: put the marks back as they were before it
    /// began (exactly the old objects marked), so the next collection,
    /// young or whole, starts from the truth.
    fn abandon_marking(&mut self) {
        self.expected = Vec::new();
        if self.young_run {
            for j in self.free_top..self.free.len() {
                self.marks[self.free[j] as usize] = false;
            }
        } else {
            for (i, slot) in self.slots.iter().enumerate() {
                self.marks[i] = i < self.young_from && slot.is_some();
            }
            for j in self.free_top..self.free.len() {
                self.marks[self.free[j] as usize] = false;
            }
        }
        self.marks.truncate(self.young_from);
        let live = self.live_objects();
        keep_buffer(&mut self.mark_stack, live);
    }

    /// Mark what the roots given reach, then sweep the rest: the number
    /// freed. A young collection also traces the old objects changed since
    /// the last collection (`remembered`), and sweeps only young objects;
    /// the survivors become old. Marking asks `stop` (the deadline, an
    /// interrupt) before it starts and after every `POLL_WORK` of work;
    /// when it says stop, marking is abandoned and `None` returned:
    /// nothing was swept, freed or recounted, the heap is exactly as
    /// before, and the caller lets the limit unwind as usual. Sweeping is
    /// not polled: it is one pass over the slot table (a young one over
    /// the young slots), a small fraction of marking a heap of the same
    /// size.
    pub fn finish_collect(&mut self, stop: &mut dyn FnMut() -> bool, fin: Option<&Finalizable<'_>>) -> Option<usize> {
        if stop() {
            self.abandon_marking();
            return None;
        }
        // A collection costs its roots as well as the live heap: allocate
        // at least as much again before the next, so a native holding a
        // million rooted values does not rescan them every few calls back.
        let root_bytes = self.root_count * std::mem::size_of::<Value>();
        // Base objects are always live and never on the stack: an
        // untouched one references only base objects, and what a thawed
        // copy references is traced from it, as a root (in a young
        // collection, only a copy made or changed since the last one can
        // refer to young objects).
        if self.young_run {
            for &i in &self.thawed_changed {
                if let Some(Some(o)) = self.thawed.get(i as usize) {
                    o.visit(&mut |c| mark_push(&mut self.marks, &mut self.mark_stack, self.base_len, c));
                }
            }
        } else {
            for o in self.thawed.iter().flatten() {
                o.visit(&mut |c| mark_push(&mut self.marks, &mut self.mark_stack, self.base_len, c));
            }
        }
        // The work of this collection (the roots count: a huge root list
        // is work already done).
        let mut work = self.root_count;
        if self.young_run {
            for &i in &self.remembered {
                if let Some(Some(o)) = self.slots.get(i as usize) {
                    o.visit(&mut |c| {
                        work += 1;
                        mark_push(&mut self.marks, &mut self.mark_stack, self.base_len, c)
                    });
                }
            }
        }
        let mut poll = POLL_WORK;
        let mut stopped = self.drain_marks(&mut work, &mut poll, stop);
        // The unreachable objects that need finalizing live on (with what
        // they reach) until the VM has finalized them.
        let queued = self.to_finalize.len();
        if !stopped {
            if let Some(fin) = fin {
                if self.queue_finalizable(fin) {
                    stopped = self.drain_marks(&mut work, &mut poll, stop);
                }
            }
        }
        if stopped {
            // As before the collection: nothing queued.
            for r in self.to_finalize.drain(queued..) {
                self.finalized.remove(&((r.index() - self.base_len) as u32));
            }
            self.abandon_marking();
            return None;
        }
        self.check_natives();
        // The old objects changed since the last collection are watched
        // again (the whole sweep re-arms every survivor), and so are the
        // thawed copies.
        for &i in &self.remembered {
            if let Some(Some(o)) = self.slots.get_mut(i as usize) {
                o.watched = true;
            }
        }
        keep_buffer(&mut self.remembered, 0);
        for &i in &self.thawed_changed {
            if let Some(Some(o)) = self.thawed.get_mut(i as usize) {
                o.watched = true;
            }
        }
        keep_buffer(&mut self.thawed_changed, 0);
        let freed = if self.young_run { self.sweep_young(work) } else { self.sweep_full(root_bytes) };
        self.gc_due = false;
        // The generators that die now leave the list (in a young
        // collection only young ones can).
        let from = if self.young_run { self.young_generators } else { 0 };
        let mut to = from;
        for j in from..self.generators.len() {
            let i = self.generators[j];
            if self.marks.get(i as usize).copied().unwrap_or(false) {
                self.generators[to] = i;
                to += 1;
            }
        }
        self.generators.truncate(to);
        self.young_generators = to;
        self.collections += 1;
        self.clean_upto = self.allocs;
        self.dirty = false;
        Some(freed)
    }

    /// Host state objects that live on: a weak reference whose referent
    /// dies with this collection is cleared (and its callback queued).
    /// The dying ones leave the list.
    fn check_natives(&mut self) {
        let base_len = self.base_len;
        let mut natives = std::mem::take(&mut self.natives);
        natives.retain(|&i| {
            let i = i as usize;
            if !self.marks.get(i).copied().unwrap_or(false) {
                return false;
            }
            let Some(Some(o)) = self.slots.get_mut(i) else { return false };
            let Payload::Native2(n) = &mut o.payload else { return false };
            if let Some(r) = n.weak_referent() {
                let dead = r.index() >= base_len && !self.marks.get(r.index() - base_len).copied().unwrap_or(false);
                if dead {
                    n.clear_weak();
                    self.weak_cleared.push(ObjRef::born((base_len + i) as u32, self.births.get(i).copied().unwrap_or(0)));
                }
            }
            true
        });
        self.natives = natives;
    }

    /// Free own slot `i` if unmarked (true), else make its object old.
    /// Adds what it frees to `freed_bytes`.
    #[inline]
    fn sweep_slot(&mut self, i: usize, freed_bytes: &mut usize) -> bool {
        let Some(slot) = self.slots.get_mut(i) else { return false };
        let Some(o) = slot else { return false };
        if self.marks[i] {
            o.watched = true;
            return false;
        }
        *freed_bytes += o.size();
        *slot = None;
        if !self.finalized.is_empty() {
            self.finalized.remove(&(i as u32));
        }
        true
    }

    /// The sweep of a young collection: free the unmarked young objects;
    /// the marked ones are old from now on. The heap's bytes go down by
    /// what was freed (a whole collection recounts them).
    fn sweep_young(&mut self, work: usize) -> usize {
        if !self.expected.is_empty() {
            self.check_expected();
        }
        let before = self.bytes;
        let mut freed_bytes = 0;
        let mut freed = 0;
        // The reused free slots: those freed again go back to the free
        // list, in place (the list of free slots shrinks from the top).
        let mut to = self.free_top;
        for j in self.free_top..self.free.len() {
            let i = self.free[j] as usize;
            if self.sweep_slot(i, &mut freed_bytes) {
                self.free[to] = i as u32;
                to += 1;
                freed += 1;
            }
        }
        self.free.truncate(to);
        // The new slots, highest first, so the lowest is handed out first.
        for i in (self.young_from..self.slots.len()).rev() {
            if self.sweep_slot(i, &mut freed_bytes) {
                self.free.push(i as u32);
                freed += 1;
            }
        }
        self.free_top = self.free.len();
        self.young_from = self.slots.len();
        self.bytes = self.bytes.saturating_sub(freed_bytes);
        self.young_freed = self.young_freed.saturating_add(freed_bytes);
        self.mark_stack.clear();
        // The next young collection after at least `YOUNG_GROWTH`, and
        // at least a Value's size per unit of this collection's work: a
        // young collection that traced much (a huge old list appended to
        // since the last one, a deep stack) waits for proportionally more
        // allocation, as a whole one waits for half the live data.
        // A young collection that freed less than half of what was made
        // since the last one did not pay (a program building a large
        // structure: pyperformance float keeps every point it makes until
        // the loop ends): the next ones wait four times longer (halved
        // again at each whole collection), until one pays.
        let made = before.saturating_sub(self.bytes_kept);
        self.young_base = if freed_bytes < made / 2 { self.young_base.saturating_mul(4) } else { YOUNG_GROWTH };
        self.young_growth = self.young_base.max(work.saturating_mul(std::mem::size_of::<Value>()));
        self.bytes_kept = self.bytes;
        self.schedule_young();
        freed
    }

    /// The sweep of a whole collection: free every unmarked object,
    /// recount the heap's bytes, give back the slot table's unused tail
    /// and set the schedule from the live data.
    fn sweep_full(&mut self, root_bytes: usize) -> usize {
        let mut freed = 0;
        let mut live_bytes: usize = self.thawed.iter().flatten().map(|o| o.size()).sum();
        let mut live_count = 0usize;
        let mut highest_live = None;
        // Dropping objects can be deep (a long chain of nested lists is
        // freed slot by slot here, not recursively: payloads hold handles,
        // never owned children).
        self.free.clear();
        for (i, slot) in self.slots.iter_mut().enumerate() {
            let Some(o) = slot else {
                self.free.push(i as u32);
                continue;
            };
            if self.marks[i] {
                live_bytes += o.size();
                o.watched = true;
                live_count += 1;
                highest_live = Some(i);
            } else {
                *slot = None;
                self.free.push(i as u32);
                freed += 1;
                if !self.finalized.is_empty() {
                    self.finalized.remove(&(i as u32));
                }
            }
        }
        // Give back the whole chunks past the last live object, so the
        // table follows the live data instead of keeping its peak size.
        let keep = highest_live.map_or(0, |i| i + 1);
        self.slots.truncate(keep);
        self.slots.trim();
        let len = self.slots.len();
        self.births.truncate(len);
        self.births.shrink_to(len.max(FIRST_SLOTS));
        self.free.retain(|&i| (i as usize) < len);
        // Reuse the lowest free slots first (`alloc` takes from the top),
        // so live objects gather in the first chunks and the last ones
        // empty.
        self.free.reverse();
        self.free.shrink_to(self.free.len().max(FIRST_SLOTS));
        self.free_top = self.free.len();
        self.young_from = len;
        self.marks.truncate(len);
        self.marks.shrink_to(len.max(FIRST_SLOTS));
        let table_bytes = self.slots.capacity() * SLOT_BYTES;
        self.bytes = live_bytes + table_bytes;
        // Collect everything again once half as much has been allocated
        // as is live now (objects and their slots), at least
        // MIN_THRESHOLD, and at least the roots' size. Half, not all: a
        // program with much live data peaked at twice it plus the
        // interpreter (pyperformance float 58 MB, CPython 26 MB;
        // generators 93 MB, CPython 23 MB); with half, 51 and 77 MB, for
        // 0.7% and 4.5% more instructions (callgrind, 3 loops each). Not
        // "twice the charged bytes": those include the slot table, which
        // grows with the garbage made between two collections, so a
        // threshold proportional to it let the table (and every threshold
        // after) grow without bound on a program whose live data stays
        // small. Young collections run in between (`schedule_young`).
        let growth = ((live_bytes + live_count * SLOT_BYTES) / 2).max(MIN_THRESHOLD).max(root_bytes);
        self.full_threshold = self.bytes.saturating_add(growth);
        self.young_freed = 0;
        self.full_span = growth.saturating_mul(FULL_SPAN);
        let live_bytes = self.bytes;
        if let Some(l) = self.limit {
            // Under a cap, collect again before half the remaining headroom
            // is used: a program whose live data grows towards the cap
            // triggers O(log) collections, not one per allocation, and a
            // native that calls back into Python (whose collections must
            // keep everything older than the call) starts with room.
            let half_way = live_bytes + l.saturating_sub(live_bytes) / 2;
            self.full_threshold = self.full_threshold.min(half_way).max(live_bytes + 1);
        }
        self.full_due = false;
        self.full_collections += 1;
        self.young_base = (self.young_base / 2).max(YOUNG_GROWTH);
        self.young_growth = self.young_base;
        self.bytes_kept = self.bytes;
        self.schedule_young();
        keep_buffer(&mut self.mark_stack, live_count);
        freed
    }
}

/// The write barrier's slow path: list old object `o` (own slot `i`) as
/// changed. Out of line, so that `get_mut` stays small where it is
/// inlined.
#[cold]
#[inline(never)]
fn remember(remembered: &mut Vec<u32>, o: &mut Obj, i: usize) {
    o.watched = false;
    remembered.push(i as u32);
}

#[cfg(debug_assertions)]
#[cold]
#[inline(never)]
fn stale(r: ObjRef, birth: u64) -> ! {
    panic!("pyx-vm: stale object handle {:?}: its slot now holds an object born at {}", r, birth)
}

#[cold]
fn dangling(r: ObjRef) -> ! {
    // A handle to a freed slot means a root was missed: a VM bug, never a
    // consequence of Python input. Fail loudly rather than alias objects.
    panic!("pyx-vm: dangling object handle {:?}", r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(h: &mut Heap, x: f64) -> ObjRef {
        h.alloc(Obj::new(ObjRef::unchecked(0), None, Payload::Float(x))).expect("room")
    }

    #[test]
    fn a_live_handle_reads_its_object() {
        let mut h = Heap::new(None);
        let a = float(&mut h, 1.5);
        h.collect(vec![Value::Obj(a)]);
        assert!(matches!(h.get(a).payload, Payload::Float(x) if x == 1.5));
        assert_eq!(h.handle_at(a.index()), Some(a));
    }

    /// A handle kept past its object's collection, used after the slot
    /// was given to another object: debug builds stop instead of reading
    /// the newcomer.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "stale object handle")]
    fn a_stale_handle_is_caught_in_debug_builds() {
        let mut h = Heap::new(None);
        let old = float(&mut h, 1.0);
        h.collect(Vec::new());
        let new = float(&mut h, 2.0);
        assert_eq!(new.index(), old.index(), "the freed slot is reused");
        let _ = h.get(old);
    }

    fn list(h: &mut Heap, items: Vec<Value>) -> ObjRef {
        h.alloc(Obj::new(ObjRef::unchecked(0), None, Payload::List(items))).expect("room")
    }

    /// Marking told to stop part way (the deadline passed while it ran)
    /// abandons the collection: nothing is freed, every object (garbage
    /// too) still reads, and the next collection marks and sweeps afresh.
    #[test]
    fn a_stopped_marking_frees_nothing() {
        let mut h = Heap::new(None);
        // A chain of lists, long enough to take several polls to mark.
        let mut head = list(&mut h, Vec::new());
        for _ in 0..(4 * POLL_WORK) {
            head = list(&mut h, vec![Value::Obj(head)]);
        }
        let garbage: Vec<ObjRef> = (0..100).map(|i| float(&mut h, i as f64)).collect();
        let objects = h.live_objects();
        let mut polls = 0;
        let r = h.collect_polled(&[Value::Obj(head)], &mut || {
            polls += 1;
            polls == 3
        });
        assert_eq!(r, None);
        assert_eq!(polls, 3, "marking polls as it goes");
        assert_eq!(h.live_objects(), objects);
        assert_eq!(h.collections, 0);
        assert!(matches!(h.get(garbage[99]).payload, Payload::Float(x) if x == 99.0));
        assert_eq!(h.collect_polled(&[Value::Obj(head)], &mut || false), Some(100));
        assert_eq!(h.live_objects(), objects - 100);
        let mut r = head;
        let mut n = 0;
        while let Payload::List(v) = &h.get(r).payload {
            match v.first() {
                Some(Value::Obj(next)) => r = *next,
                _ => break,
            }
            n += 1;
        }
        assert_eq!(n, 4 * POLL_WORK);
    }

    /// The kept mark stack follows the live heap down after a spike.
    #[test]
    fn the_mark_stack_is_cut_back_after_a_spike() {
        let mut h = Heap::new(None);
        let big: Vec<Value> = (0..100_000).map(|i| Value::Obj(float(&mut h, i as f64))).collect();
        let keep = list(&mut h, big);
        h.collect(vec![Value::Obj(keep)]);
        assert!(h.mark_stack.capacity() >= 100_000);
        h.collect(Vec::new());
        assert!(h.mark_stack.capacity() <= 2 * KEEP_MIN, "{}", h.mark_stack.capacity());
    }

    fn is_float(h: &Heap, r: ObjRef, x: f64) -> bool {
        matches!(h.try_get(r).map(|o| &o.payload), Some(Payload::Float(y)) if *y == x)
    }

    /// A young collection frees the garbage made since the last
    /// collection and nothing older; a whole one frees the old garbage.
    #[test]
    fn a_young_collection_frees_only_young_garbage() {
        let mut h = Heap::new(None);
        let kept = float(&mut h, 1.0);
        let old_garbage = float(&mut h, 2.0);
        h.collect(vec![Value::Obj(kept), Value::Obj(old_garbage)]);
        let young_garbage = float(&mut h, 3.0);
        let young_kept = float(&mut h, 4.0);
        assert_eq!(h.collect_young(&[Value::Obj(young_kept)]), 1);
        assert!(h.try_get(young_garbage).is_none());
        assert!(is_float(&h, old_garbage, 2.0) && is_float(&h, kept, 1.0) && is_float(&h, young_kept, 4.0));
        // The slot freed is handed out again, and its new object is young.
        let again = float(&mut h, 5.0);
        assert_eq!(again.index(), young_garbage.index());
        assert_eq!(h.collect_young(&[]), 1);
        assert_eq!(h.collect(vec![Value::Obj(kept)]), 2);
        assert!(is_float(&h, kept, 1.0));
        assert_eq!(h.live_objects(), 1);
    }

    /// An old object changed to refer to a young one (through `get_mut`,
    /// the write barrier) keeps it alive through a young collection that
    /// does not trace old objects otherwise; so does a young object
    /// reached from it only through other young ones.
    #[test]
    fn the_write_barrier_keeps_what_old_objects_came_to_hold() {
        let mut h = Heap::new(None);
        let old = list(&mut h, Vec::new());
        h.collect(vec![Value::Obj(old)]);
        for round in 0..3 {
            let leaf = float(&mut h, round as f64);
            let inner = list(&mut h, vec![Value::Obj(leaf)]);
            let _garbage = float(&mut h, -1.0);
            if let Payload::List(v) = &mut h.get_mut(old).payload {
                v.push(Value::Obj(inner));
            }
            assert_eq!(h.collect_young(&[Value::Obj(old)]), 1);
            assert!(is_float(&h, leaf, round as f64));
        }
        // Read back after a collection that changes nothing.
        h.collect_young(&[Value::Obj(old)]);
        let Payload::List(v) = &h.get(old).payload else { panic!("a list") };
        for (k, item) in v.clone().into_iter().enumerate() {
            let Value::Obj(inner) = item else { panic!("an object") };
            let Payload::List(w) = &h.get(inner).payload else { panic!("a list") };
            let Value::Obj(leaf) = w[0] else { panic!("an object") };
            assert!(is_float(&h, leaf, k as f64));
        }
    }

    /// Marking stopped part way leaves the marks as they were: objects it
    /// marked in a young collection are still young (freed by the next
    /// when unreachable), and after a stopped whole collection the old
    /// objects are still old (kept by a young one).
    #[test]
    fn a_stopped_marking_leaves_old_and_young_as_they_were() {
        let mut h = Heap::new(None);
        let old = float(&mut h, 1.0);
        h.collect(vec![Value::Obj(old)]);
        let mut head = list(&mut h, Vec::new());
        for _ in 0..(2 * POLL_WORK) {
            head = list(&mut h, vec![Value::Obj(head)]);
        }
        let young = h.live_objects() - 1;
        h.begin_collect(false);
        h.mark_roots(&[Value::Obj(head)]);
        let mut polls = 0;
        assert_eq!(h.finish_collect(&mut || { polls += 1; polls == 2 }, None), None);
        assert_eq!(h.collect_young(&[]), young);
        assert!(is_float(&h, old, 1.0));
        let garbage = float(&mut h, 2.0);
        h.begin_collect(true);
        h.mark_roots(&[]);
        assert_eq!(h.finish_collect(&mut || true, None), None);
        assert_eq!(h.collect_young(&[]), 1);
        assert!(h.try_get(garbage).is_none());
        assert!(is_float(&h, old, 1.0));
        assert_eq!(h.collect(Vec::new()), 1);
    }

    /// Inside a call back into Python, a young collection keeps the young
    /// objects older than the call (a native may hold them) and frees
    /// only the garbage made since.
    #[test]
    fn a_young_collection_inside_a_call_back_keeps_what_is_older() {
        let mut h = Heap::new(None);
        h.collect(Vec::new());
        let held = float(&mut h, 1.0);
        let before = h.allocs;
        let made_since = float(&mut h, 2.0);
        h.begin_collect(false);
        h.mark_roots(&[]);
        assert_eq!(h.collect_keeping_older(before, &mut || false, None), Some(1));
        assert!(is_float(&h, held, 1.0));
        assert!(h.try_get(made_since).is_none());
    }
}
