//! What a host crate may do with a [`Vm`]: the interpreter's own state is
//! private to pyx-vm, and the embedding (`pyx::embed`) reaches it only
//! through these methods, so the invariants of the heap, the meter and the
//! roots are kept in one crate.
//!
//! The calls that run or build Python values (`call`, `getattr`, `new_str`,
//! `dict_set`, ...) are the VM's ordinary methods; this file adds what the
//! host needs besides: the built-in types and names to raise and test
//! exceptions, the budgets left, the output sinks, the host grants installed
//! before a run, and pinned roots.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::interp::limits::Limits;
use crate::interp::typesys::{BuiltinTypes, Names};
use crate::interp::vm::{OutputSink, Vm};
use crate::object::heap::ObjRef;
use crate::object::value::Value;

/// What [`Vm::heap_stats`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapStats {
    /// Objects of this interpreter's own (not counting the shared base).
    pub live_objects: usize,
    /// Bytes charged to the heap.
    pub bytes: usize,
    /// Objects of the shared base copied into this heap because code
    /// changed them.
    pub base_copies: usize,
    /// Collections so far.
    pub collections: u64,
    /// A collection is due at the next safe point.
    pub collection_due: bool,
}

impl Vm {
    /// The built-in types (read-only): `vm.types().stop_iteration`.
    #[inline]
    pub fn types(&self) -> &BuiltinTypes {
        &self.t
    }

    /// Interned names the VM uses (`__file__`, `__builtins__`, ...).
    #[inline]
    pub fn names(&self) -> &Names {
        &self.n
    }

    /// The built-ins namespace (a dict; `__builtins__` of every module).
    pub fn builtins_dict(&self) -> ObjRef {
        self.builtins
    }

    /// `sys.modules` (a dict).
    pub fn modules_dict(&self) -> ObjRef {
        self.modules
    }

    /// The payload of object `r` (`payload` of a value that is known to
    /// be an object).
    pub fn payload_of(&self, r: ObjRef) -> &crate::object::Payload {
        &self.heap.get(r).payload
    }

    /// The attribute dict of `r` (a module's globals, an instance's
    /// `__dict__` when it has one of its own), if any.
    pub fn attr_dict(&self, r: ObjRef) -> Option<ObjRef> {
        self.heap.get(r).dict
    }

    /// The limits this interpreter was made with.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Change the per-run limits the next [`Vm::begin_run`] applies: steps,
    /// output and native depth (a child's run is narrowed to what its
    /// creator has left). Memory and recursion are fixed at creation.
    pub fn set_run_limits(&mut self, max_steps: Option<u64>, max_output: Option<usize>, max_native_depth: u32) {
        self.limits.max_steps = max_steps;
        self.limits.max_output = max_output;
        self.limits.max_native_depth = max_native_depth;
    }

    /// Set the step limit the next [`Vm::begin_run`] applies; returns the
    /// one it replaces.
    pub fn set_step_limit(&mut self, max_steps: Option<u64>) -> Option<u64> {
        std::mem::replace(&mut self.limits.max_steps, max_steps)
    }

    /// Counts of this interpreter's heap, for tests and benchmarks.
    pub fn heap_stats(&self) -> HeapStats {
        HeapStats { live_objects: self.heap.live_objects(), bytes: self.heap.bytes, base_copies: self.heap.thaws, collections: self.heap.collections, collection_due: self.heap.gc_due }
    }

    /// Bytes charged to the heap now.
    pub fn memory_used(&self) -> usize {
        self.heap.bytes
    }

    /// Bytes the memory limit has room for (`None`: no limit).
    pub fn memory_left(&self) -> Option<usize> {
        self.heap.limit.map(|l| l.saturating_sub(self.heap.bytes))
    }

    /// Steps left in this run (`None`: unlimited).
    pub fn steps_left(&self) -> Option<u64> {
        self.meter.steps_left()
    }

    /// Bytes of output left in this run (`None`: unlimited).
    pub fn output_left(&self) -> Option<usize> {
        (self.meter.output_left != usize::MAX).then_some(self.meter.output_left)
    }

    /// Native re-entries left before `RecursionError`.
    pub fn native_depth_left(&self) -> u32 {
        self.limits.max_native_depth.saturating_sub(self.native_depth)
    }

    /// The host's interrupt (its own or an enclosing interpreter's) is set.
    pub fn interrupted(&self) -> bool {
        self.limits.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
            || self.limits.outer_interrupts.iter().any(|f| f.load(Ordering::Relaxed))
    }

    /// Every interrupt flag that stops this interpreter: a child made by it
    /// must stop on them too.
    pub fn interrupt_flags(&self) -> Vec<Arc<std::sync::atomic::AtomicBool>> {
        let mut all = self.limits.outer_interrupts.clone();
        all.extend(self.limits.interrupt.iter().cloned());
        all
    }

    /// Install the flag a REPL's Ctrl-C handler sets: the running code gets
    /// a catchable `KeyboardInterrupt` at its next check.
    pub fn set_keyboard_interrupt(&mut self, flag: Arc<std::sync::atomic::AtomicBool>) {
        self.meter.keyboard_interrupt = Some(flag);
    }

    /// The hash seed of `str`/`bytes` hashing.
    pub fn hash_seed(&self) -> u64 {
        self.hash_seed
    }

    /// Replace the output sinks (`print`, `sys.stdout`, tracebacks).
    pub fn set_output(&mut self, out: Box<dyn OutputSink>, err: Box<dyn OutputSink>) -> (Box<dyn OutputSink>, Box<dyn OutputSink>) {
        (std::mem::replace(&mut self.stdout, out), std::mem::replace(&mut self.stderr, err))
    }

    /// Flush `print`'s sink.
    pub fn flush_stdout(&mut self) {
        self.stdout.flush();
    }

    /// Grant the import system (taken when the first `import` runs).
    pub fn set_import_setup(&mut self, setup: Option<crate::interp::importer::ImportSetup>) {
        self.import_setup = setup.map(Box::new);
    }

    /// Grant a clock (`time.time()`); `None`: `time` raises.
    pub fn set_clock(&mut self, clock: Option<Arc<dyn crate::interp::clock::Clock>>) {
        self.clock = clock;
    }

    /// Grant entropy (`secrets`, `random`'s seed) keyed by `key`.
    pub fn set_entropy(&mut self, pool: Option<crate::builtins::hashes::EntropyPool>) {
        self.entropy = pool.map(Box::new);
    }

    /// `p` is this interpreter's own `__import__`.
    pub fn is_own_import(&self, p: Value) -> bool {
        self.importer.as_ref().is_some_and(|st| st.import_fn.is(p))
    }

    /// Keep `v` alive until [`Vm::unpin_all`] (roots held by the host).
    pub fn pin(&mut self, v: Value) {
        self.pinned.push(v);
    }

    /// Drop every pin.
    pub fn unpin_all(&mut self) {
        self.pinned.clear();
    }

    /// Run `f` with no step or output budget of the program's (the host's
    /// set-up code): the limits apply again from the next run on.
    pub fn unmetered<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        let max_steps = self.limits.max_steps.take();
        let max_output = self.limits.max_output.take();
        self.begin_run();
        let r = f(self);
        self.end_run();
        self.limits.max_steps = max_steps;
        self.limits.max_output = max_output;
        r
    }

}
