//! `_pyx_weakref`, the native core of `weakref` (`stdlib/weakref.py`
//! builds `ref`, `proxy`, the weak containers and `finalize` on it).
//!
//! A weak cell is an object whose referent the collector does not trace:
//! when a collection finds the referent unreachable while the cell itself
//! is reachable, it clears the cell (`heap.rs`), and the VM then calls the
//! cell's callback with the cell's owner (the Python `ref`) at the next
//! safe point, as CPython calls a weakref callback when its referent dies.

use crate::object::heap::ObjRef;
use crate::interp::native::{one, pos, NativeModule};
use crate::object::{NativeState, Payload};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

struct WeakCell {
    referent: Option<ObjRef>,
    /// Called as `callback(owner)` once the referent dies (None: no call).
    callback: Value,
    owner: Value,
}

impl NativeState for WeakCell {
    fn type_name(&self) -> &str {
        "weakcell"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.callback);
        out.push(self.owner);
    }
    fn size(&self) -> usize {
        64
    }
    fn weak_referent(&self) -> Option<ObjRef> {
        self.referent
    }
    fn clear_weak(&mut self) {
        self.referent = None;
    }
}

/// Can `v` be referred to weakly? As CPython: not the built-in value
/// types (int, str, tuple, list, dict, ...), nor instances of classes
/// whose `__slots__` leave out `__weakref__`.
fn weakrefable(vm: &mut Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    // Classes always are, whatever their metaclass (typing.Any's is a
    // Python subclass of type).
    if matches!(vm.heap.get(r).payload, Payload::Type(_)) {
        return true;
    }
    let t = vm.type_of(v);
    let td = vm.type_data(t);
    if !td.builtin {
        return crate::interp::typesys::lookup(vm, t, vm.n.__weakref__).is_some();
    }
    matches!(
        vm.heap.get(r).payload,
        Payload::Function(_)
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::Method(..)
            | Payload::Module(_)
            | Payload::Native(_)
            | Payload::Code(_)
            | Payload::Property(_)
            | Payload::Native2(_)
            | Payload::MemoryView(_)
            | Payload::Array(_)
    ) || (matches!(vm.heap.get(r).payload, Payload::Instance(..)) && t != vm.t.object)
}

/// `new(obj, callback, owner)`: a weak cell for `obj`.
fn w_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let obj = a.arg(0);
    if !weakrefable(vm, obj) {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!("cannot create weak reference to '{}' object", tn)));
    }
    let Value::Obj(r) = obj else { return Err(vm.type_error("cannot create weak reference")) };
    let c = WeakCell { referent: Some(r), callback: a.arg(1), owner: a.arg(2) };
    let class = vm.t.object;
    vm.alloc_val(class, Payload::Native2(Box::new(c)))
}

/// `get(cell)`: the referent, or None once it died.
fn w_get(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match vm.payload(a.arg(0)) {
        Some(Payload::Native2(n)) if n.type_name() == "weakcell" => Ok(n.weak_referent().map_or(Value::None, Value::Obj)),
        _ => Err(vm.type_error("get() needs a weak cell")),
    }
}

impl Vm {
    /// Queue the callbacks of the weak cells the last collection cleared
    /// (called right after it).
    pub(crate) fn queue_weak_callbacks(&mut self) {
        if self.heap.weak_cleared.is_empty() {
            return;
        }
        let cleared = std::mem::take(&mut self.heap.weak_cleared);
        for w in cleared {
            let Some(o) = self.heap.try_get(w) else { continue };
            let Payload::Native2(n) = &o.payload else { continue };
            if n.type_name() != "weakcell" {
                continue;
            }
            let mut out = Vec::new();
            n.trace(&mut out);
            if let [cb, owner] = out[..] {
                if !cb.is_none() && !cb.is_null() {
                    self.weak_pending.push(cb);
                    self.weak_pending.push(owner);
                }
            }
        }
    }

    /// Run the queued weakref callbacks and finalizers (at a safe point).
    /// An exception in one is reported on stderr, as CPython's "Exception
    /// ignored in"; a limit stops them (the rest stay queued, rooted).
    pub(crate) fn run_weak_callbacks(&mut self) -> PyResult<()> {
        self.run_callbacks()?;
        self.run_finalizers()
    }

    /// Finalize what collections found unreachable (`Vm::finalize_pending`):
    /// close a generator, coroutine or async generator (or hand the async
    /// generator to the `sys.set_asyncgen_hooks` finalizer it was started
    /// under), call an instance's `__del__`. Each object is finalized once;
    /// it is freed by a later collection if nothing made it reachable
    /// again.
    fn run_finalizers(&mut self) -> PyResult<()> {
        while let Some(&o) = self.finalize_pending.last() {
            let (is_gen, hook) = match self.payload(o) {
                Some(Payload::Generator(gd)) => (true, gd.finalizer),
                _ => (false, Value::None),
            };
            // `o` stays queued (rooted) while its finalizer runs; an
            // exception is reported against what raised it (CPython names
            // the generator, or the `__del__` function).
            let (r, culprit) = if !hook.is_none() {
                (self.with_roots(&[hook], |vm, _| vm.call(hook, &[o])), o)
            } else if let (true, Value::Obj(g)) = (is_gen, o) {
                (crate::builtins::types::function::gen_close_ref(self, g), o)
            } else {
                let cls = self.type_of(o);
                let Some(f) = crate::interp::typesys::lookup(self, cls, self.n.__del__) else {
                    self.finalize_pending.pop();
                    continue;
                };
                (self.with_roots(&[f], |vm, _| vm.call_unbound(f, o, &[])), f)
            };
            self.finalize_pending.pop();
            match r {
                Ok(_) => {}
                Err(Unwind::Exception(e)) => {
                    self.report_ignored(culprit, e)?;
                }
                Err(t) => return Err(t),
            }
        }
        Ok(())
    }

    /// CPython's report of an exception nobody can catch: the object whose
    /// finalizer or callback raised, then the exception's traceback, type
    /// and message (its chain is not shown, as in CPython 3.11).
    fn report_ignored(&mut self, culprit: Value, e: ObjRef) -> PyResult<()> {
        let (what, text) = self.with_roots(&[culprit, Value::Obj(e)], |vm, _| {
            let what = vm.repr_string(culprit).unwrap_or_else(|_| "<object>".to_string());
            Ok((what, vm.format_exception_alone(e)))
        })?;
        self.write_stderr(&format!("Exception ignored in: {what}\n{text}"))
    }

    fn run_callbacks(&mut self) -> PyResult<()> {
        while self.weak_pending.len() >= 2 {
            let owner = self.weak_pending.pop().unwrap_or(Value::None);
            let cb = self.weak_pending.pop().unwrap_or(Value::None);
            self.temp_roots.push(cb);
            self.temp_roots.push(owner);
            let r = self.call(cb, &[owner]);
            self.temp_roots.pop();
            self.temp_roots.pop();
            match r {
                Ok(_) => {}
                Err(Unwind::Exception(e)) => {
                    self.report_ignored(cb, e)?;
                }
                Err(t) => return Err(t),
            }
        }
        Ok(())
    }
}

/// `_pyx_weakref`.
pub static MODULE: NativeModule =
    NativeModule { name: "_pyx_weakref", functions: &[("new", pos("obj, callback, owner"), w_new), ("get", one("cell"), w_get)], ..NativeModule::EMPTY };
