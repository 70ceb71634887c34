//! Rooted scopes: how native code holds heap objects across calls back
//! into Python, so the collector can run at any safe point inside them.
//!
//! The rule the collector relies on: while a native is inside a call back
//! into Python, every object the native allocated since it began and still
//! needs is reachable from a root. Objects older than the native's start
//! are kept by the re-entry's mark (`Vm::reentry_marks`), so arguments and
//! everything the caller holds are safe without ceremony.
//!
//! A native that loops calling Python opens a scope with
//! [`Vm::with_roots`]: the values it holds live in `vm.temp_roots` from the
//! scope's base, the scope is truncated on every exit of the closure
//! (errors included), and calls back go through the scope
//! ([`RootScope::call`], [`RootScope::next`]), which offer the collector a
//! safe point before each call and let the call collect the garbage of the
//! calls before it. A value a call returns is either consumed at once or
//! stored in the scope before the next call; that is the whole discipline,
//! and it is local to one loop body.

use crate::object::value::Value;
use crate::interp::vm::{PyResult, Vm};

/// A native's rooted scope: its slots are `vm.temp_roots[base..]`. Only
/// [`Vm::with_roots`] makes one, so it cannot outlive its slots.
#[derive(Clone, Copy, Debug)]
pub struct RootScope {
    base: usize,
    /// `heap.allocs` when the scope opened: younger objects are kept only
    /// when rooted.
    start: u64,
}

impl Vm {
    /// Run `f` with a rooted scope whose first slots are `init`. Whatever
    /// `f` returns is handed straight to the caller (no safe point between).
    pub fn with_roots<R>(&mut self, init: &[Value], f: impl FnOnce(&mut Vm, RootScope) -> PyResult<R>) -> PyResult<R> {
        self.with_roots_from(None, init, f)
    }

    /// `with_roots`, extending a caller's scope that began at allocation
    /// number `start` (the caller roots all it made since): used by an
    /// iterator advanced from a scope, so garbage made by its earlier
    /// advances is collectable too.
    pub(crate) fn with_roots_from<R>(&mut self, start: Option<u64>, init: &[Value], f: impl FnOnce(&mut Vm, RootScope) -> PyResult<R>) -> PyResult<R> {
        let base = self.temp_roots.len();
        let scope = RootScope { base, start: start.unwrap_or(self.heap.allocs) };
        self.temp_roots.extend_from_slice(init);
        let r = f(self, scope);
        debug_assert!(self.temp_roots.len() >= base, "a rooted scope's slots were popped by someone else");
        self.temp_roots.truncate(base);
        r
    }
}

impl RootScope {
    /// Slot `i` (set by `init`, `push` or `set`).
    #[inline]
    pub fn get(self, vm: &Vm, i: usize) -> Value {
        vm.temp_roots[self.base + i]
    }

    #[inline]
    pub fn set(self, vm: &mut Vm, i: usize, v: Value) {
        vm.temp_roots[self.base + i] = v;
    }

    /// Root `v` in a new slot; returns its index.
    #[inline]
    pub fn push(self, vm: &mut Vm, v: Value) -> usize {
        vm.temp_roots.push(v);
        vm.temp_roots.len() - 1 - self.base
    }

    /// A safe point: collect now if due (or always, in GC-stress mode).
    #[inline]
    pub(crate) fn safe_point(self, vm: &mut Vm) {
        vm.collect_if_due_rooted(self.start);
    }

    /// Call `f(*args)` from the scope: a safe point, then the call, during
    /// which the garbage of earlier calls can be collected.
    pub(crate) fn call(self, vm: &mut Vm, f: Value, args: &[Value]) -> PyResult<Value> {
        self.safe_point(vm);
        vm.call_rooted(f, args, self.start)
    }

    /// The next item of `it` that `sink` does not take: a plain generator
    /// runs from the scope in collecting mode, its items going to `sink`
    /// (`types::function::gen_collect`) until one it leaves to the caller;
    /// any other iterator is stepped by `next`. A safe point comes first;
    /// while the generator runs, the garbage of the scope's earlier calls
    /// can be collected, as with `next`. None at the end.
    pub(crate) fn next_gathering(self, vm: &mut Vm, it: Value, sink: &mut crate::interp::vm::Gather) -> PyResult<Option<Value>> {
        use crate::builtins::types::function::SendResult;
        let Value::Obj(g) = it else { return self.next(vm, it) };
        self.safe_point(vm);
        vm.rooted_mark = Some(self.start);
        let r = crate::builtins::types::function::gen_collect(vm, g, sink);
        vm.rooted_mark = None;
        match r {
            Some(r) => Ok(match r? {
                SendResult::Yielded(x) => Some(x),
                SendResult::Returned(_) => None,
            }),
            None => self.next(vm, it),
        }
    }

    /// `next(it)` from the scope, with a safe point first.
    pub(crate) fn next(self, vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
        self.safe_point(vm);
        vm.next_rooted(it, self.start)
    }
}
