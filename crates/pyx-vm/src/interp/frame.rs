//! Frames and generator state. Frames live in the VM's frame stack; their
//! locals, cells and value stack are a window of the VM's value stack,
//! except that a generator's frame runs on a value stack of its own
//! (`Vm::segments`), which the generator keeps while suspended.

use crate::object::heap::ObjRef;
use crate::object::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    Normal,
    /// An `__init__` frame started by a class call: on return, check the
    /// result is None and produce the instance instead.
    Init(ObjRef),
    /// `a.__op__(b)` started by the binary operator `op` (see
    /// `Vm::binary_forward_function`): the frame's `ret_sp` holds `a` and
    /// `b`; a NotImplemented result goes on to the reflected method.
    BinOp(crate::interp::ops::BinOp),
    /// `obj.__call__(...)` started by calling an instance: returns like
    /// `Normal`, and counts twice towards the recursion limit, as CPython's
    /// call through the type's slot does.
    Call,
    /// `obj.__setitem__(key, value)` started by a subscript store: its
    /// result is dropped on return.
    Store,
}

#[derive(Clone, Copy)]
pub struct Frame {
    /// Index of the per-interpreter code cache (its code, constants,
    /// names, caches): the frame's code is `vm.code_caches[ci].code`, so a
    /// call clones no `Arc` (two atomic operations per call and return).
    pub ci: u32,
    pub pc: u32,
    /// Index of the instruction being executed (for tracebacks).
    pub lasti: u32,
    /// Start of the locals in `Vm::stack`.
    pub base: usize,
    /// Start of the value stack (after locals and cells).
    pub sp0: usize,
    /// Truncate the VM stack to this on return (drops the callable too).
    pub ret_sp: usize,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (`Null` otherwise).
    pub locals_map: Value,
    pub func: Option<ObjRef>,
    /// The generator/coroutine owning this frame.
    pub gen: Option<ObjRef>,
    pub kind: FrameKind,
    /// `run` returns to its native caller when this frame finishes.
    pub entry: bool,
    /// A generator frame resumed in place by the caller's `FOR_ITER`
    /// (`NO_TARGET` otherwise; `CALL_TARGET`: by a `next`/`send` call): a yield pushes the value on the caller's
    /// stack, a return pops the iterator and jumps the caller here.
    pub for_target: u32,
    /// For a generator frame: the handled exception of the code that
    /// resumed it, current again when the frame suspends or ends (`Null`
    /// for other frames). While it runs, `Vm::cur_exc` is the generator's
    /// own, as CPython gives each generator its own exception state.
    pub outer_exc: Value,
}

pub const NO_TARGET: u32 = u32::MAX;
/// `for_target` of a generator frame resumed in place by a call of
/// `next(g)`, `g.__next__()` or `g.send(v)`: a yield is the call's result,
/// a return raises StopIteration in the caller.
pub const CALL_TARGET: u32 = u32::MAX - 1;
/// `for_target` of a generator frame resumed in place by a delegating
/// generator's `yield from`: its yields are yielded by the delegator, its
/// return value is the delegator's `yield from` result.
pub const YF_TARGET: u32 = u32::MAX - 2;
/// `for_target` of a generator frame run by a native that only gathers
/// every item (`list(g)`, `tuple(g)`, `set(g)`: `Vm::collect_iter`): a
/// yield appends the value to the innermost `Vm::collect_into` list and
/// the frame goes on at once, as if resumed with None, instead of
/// suspending and being resumed per item. Otherwise it is an entry frame
/// like `NO_TARGET` (a return or an exception leaves `run`).
pub const COLLECT_TARGET: u32 = u32::MAX - 3;

/// A generator frame resumed in place by the code of the frame below it
/// (its yields and its end go to that frame, not to a native resumer).
#[inline]
pub fn resumed_in_place(target: u32) -> bool {
    target != NO_TARGET && target != COLLECT_TARGET
}

impl Frame {
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.visit(&mut |v| out.push(v));
    }
    /// `trace`, one value at a time.
    #[inline]
    pub fn visit(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.globals));
        f(Value::Obj(self.builtins));
        f(self.locals_map);
        if let Some(r) = self.func {
            f(Value::Obj(r));
        }
        if let Some(g) = self.gen {
            f(Value::Obj(g));
        }
        if let FrameKind::Init(o) = self.kind {
            f(Value::Obj(o));
        }
        f(self.outer_exc);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenData {
    pub kind: GenKind,
    /// The suspended frame (`None` once finished, and while running).
    pub frame: Option<Frame>,
    /// The frame's value stack (locals, cells, operands) while suspended.
    pub saved: Vec<Value>,
    /// Suspended in a `yield from` (or `await`) whose generators were
    /// resumed in place one above the other: their frames, outermost
    /// first, parked here with their value stacks, so that resuming this
    /// generator puts the whole chain back at once and a yield of the
    /// innermost one reaches the resumer of this one without going through
    /// every level (`Vm::park_chain`). Empty otherwise. While parked, this
    /// frame's `pc` is past its `YieldFrom`, and each delegate keeps
    /// `running` set with no frame of its own (`chain_head` names this
    /// generator); anything else that touches one of them first gives each
    /// its frame back (`Vm::unpark_chain`), as does every collection.
    pub delegates: Vec<Frame>,
    pub delegate_stacks: Vec<Vec<Value>>,
    /// The handled exception of the innermost parked delegate (each
    /// other's is the `outer_exc` of the frame above it).
    pub delegate_exc: Value,
    /// In `Vm::parked_heads` (until the next collection).
    pub parked_listed: bool,
    /// For a generator whose frame is a delegate in such a chain (running
    /// in it or parked with it): the generator at its foot.
    pub chain_head: Option<ObjRef>,
    pub started: bool,
    pub running: bool,
    /// An async generator being driven by one of its awaitables (CPython's
    /// ag_running_async): another awaitable must not start meanwhile.
    pub running_async: bool,
    pub name: Value,
    pub qualname: Value,
    /// Suspended inside `YieldFrom` on this receiver.
    pub yield_from: Value,
    /// The exception its suspended frame is handling (None outside an
    /// `except` block): restored as current when it resumes.
    pub exc_state: Value,
    /// Made by a function marked by `types.coroutine`: a generator that
    /// `await` accepts.
    pub iterable_coroutine: bool,
    /// An async generator's hooks were looked at (its first `__anext__`,
    /// `asend`, `athrow` or `aclose`; CPython's ag_hooks_inited).
    pub hooks_inited: bool,
    /// The `sys.set_asyncgen_hooks` finalizer in force then (None if
    /// none): called with the generator, instead of closing it, when it is
    /// collected unfinished.
    pub finalizer: Value,
}

impl GenData {
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.visit(&mut |v| out.push(v));
    }
    /// `trace`, one value at a time.
    #[inline]
    pub fn visit(&self, f: &mut impl FnMut(Value)) {
        self.saved.iter().for_each(|&v| f(v));
        if let Some(fr) = &self.frame {
            fr.visit(f);
        }
        for fr in &self.delegates {
            fr.visit(f);
        }
        for st in &self.delegate_stacks {
            st.iter().for_each(|&v| f(v));
        }
        f(self.delegate_exc);
        if let Some(h) = self.chain_head {
            f(Value::Obj(h));
        }
        for v in [self.name, self.qualname, self.yield_from, self.exc_state, self.finalizer] {
            f(v);
        }
    }
    pub fn size(&self) -> usize {
        let stacks: usize = self.delegate_stacks.iter().map(|s| s.capacity()).sum();
        std::mem::size_of::<GenData>()
            + (self.saved.capacity() + stacks) * std::mem::size_of::<Value>()
            + self.delegates.capacity() * std::mem::size_of::<Frame>()
            + self.delegate_stacks.capacity() * std::mem::size_of::<Vec<Value>>()
    }
}
