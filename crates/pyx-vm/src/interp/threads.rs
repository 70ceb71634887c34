//! Green threads: the threads of `threading` are run by this interpreter,
//! one at a time, switched by the VM itself — no OS thread, no lock of the
//! host, and every thread charged to the one interpreter's limits.
//!
//! A thread is its own frame stack, value stack and exception state. Only
//! the running thread's live in the VM (`Vm::frames`, `Vm::stack`, ...);
//! the others are kept here and swapped in by `Vm::run_slice`. A thread
//! is switched out only where it has no Rust frame of its own between the
//! running instruction and its base (the `run` its driver called): at a
//! backward jump every [`SLICE`] jumps (preemption, deterministic: counted,
//! not timed), or when it blocks in `park` called straight from its
//! bytecode. It then resumes at the next instruction, later, from any
//! driver. A thread that blocks where it cannot be switched out (the main
//! thread, whose base is the host's call; or any thread inside a native
//! that called back into Python) drives the others from inside the
//! blocking call until it is woken — nested, so a thread waiting that way
//! cannot be resumed by the threads it drives before they return to it.
//!
//! Blocking has one primitive, `park(timeout)`, and one way to end it,
//! `wake(ident)`; the locks of `_thread` (in Python) are built on these,
//! and everything in `threading` and `queue` on the locks. Timeouts use
//! the host's clock when there is one (a virtual clock moves only when
//! every thread sleeps), else a virtual time of the scheduler. When every
//! thread is blocked and none has a timeout, the blocked caller gets a
//! `RuntimeError` naming the deadlock instead of hanging.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::interp::eval::Exit;
use crate::interp::frame::Frame;
use crate::interp::native::{noargs, one, pos, Const, NativeModule};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

/// Backward jumps a thread runs before the next one gets its turn: about
/// the work of CPython's 5 ms switch interval. A smaller slice (it was 200)
/// let a thread that sleeps a moment between heavy calls (`gc.collect()`
/// every 0.1 ms in CPython's weakref tests) take nearly all the time.
pub const SLICE: u32 = 20_000;
/// The main thread's ident.
pub const MAIN: i64 = 1;
/// Bytes charged for each thread besides what its saved stacks hold.
const THREAD_BYTES: usize = 1024;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    /// Started, never run: `func` is its code.
    New,
    /// Switched out, runnable.
    Ready,
    /// Running, or below the running one on the Rust stack (it drives it).
    Running,
    /// Switched out in `park`, until woken or its deadline.
    Parked,
    /// Blocked in `park` where it could not be switched out: its Rust
    /// frames are live below the running thread's.
    Waiting,
    Done,
}

/// The evaluation state of a thread that is not the running one.
struct Saved {
    frames: Vec<Frame>,
    stack: Vec<Value>,
    segments: Vec<Vec<Value>>,
    handling: Vec<Value>,
    cur_exc: Value,
    reraising: bool,
}

impl Default for Saved {
    fn default() -> Saved {
        Saved { frames: Vec::new(), stack: Vec::new(), segments: Vec::new(), handling: Vec::new(), cur_exc: Value::None, reraising: false }
    }
}

impl Saved {
    fn bytes(&self) -> usize {
        let segments: usize = self.segments.iter().map(|s| s.capacity() * 16 + std::mem::size_of::<Vec<Value>>()).sum();
        self.frames.capacity() * std::mem::size_of::<Frame>() + (self.stack.capacity() + self.handling.capacity()) * 16 + segments
    }
}

struct GreenThread {
    daemon: bool,
    state: State,
    /// Deadline of a park, in the scheduler clock's nanoseconds.
    deadline: Option<u64>,
    /// The result of the park that ended (True: woken, False: timed out).
    wake: Option<Value>,
    func: Value,
    saved: Saved,
    /// Bytes charged to the heap for `saved` and the thread itself.
    charged: usize,
    /// `Vm::native_depth`/`door_depth` when its current slice started.
    base_native: u32,
    base_door: u32,
}

/// The threads of one interpreter.
pub struct Threads {
    list: BTreeMap<i64, GreenThread>,
    current: i64,
    next_ident: i64,
    /// Backward jumps left in the running thread's slice.
    pub(crate) slice_left: u32,
    /// Set by a `park` that switched its thread out: the call instruction
    /// returns from the thread's `run` (`Exit::Switch`).
    pub(crate) switch_now: bool,
    /// The door depth of a native called straight from a call
    /// instruction (0: none), which may switch its thread out.
    pub(crate) park_site: u32,
    /// Any thread besides the main one is alive: preemption is on.
    pub(crate) others: bool,
    /// The scheduler's time when the host gave no clock.
    virtual_ns: u64,
}

impl Default for Threads {
    fn default() -> Threads {
        let mut list = BTreeMap::new();
        list.insert(MAIN, GreenThread::new(false, State::Running, Value::None));
        Threads { list, current: MAIN, next_ident: MAIN + 1, slice_left: SLICE, switch_now: false, park_site: 0, others: false, virtual_ns: 0 }
    }
}

impl GreenThread {
    fn new(daemon: bool, state: State, func: Value) -> GreenThread {
        GreenThread { daemon, state, deadline: None, wake: None, func, saved: Saved::default(), charged: 0, base_native: 0, base_door: 0 }
    }
}

impl Threads {
    /// The same values in pieces: `each` gets each thread's saved value
    /// stack in place and the rest of its roots read into `buf` (a
    /// collection marks hundreds of deep stacks without first copying
    /// them all into one list).
    pub fn trace_each(&self, buf: &mut Vec<Value>, mut each: impl FnMut(&[Value])) {
        for t in self.list.values() {
            each(&t.saved.stack);
            for s in &t.saved.segments {
                each(s);
            }
            buf.clear();
            buf.push(t.func);
            if let Some(w) = t.wake {
                buf.push(w);
            }
            buf.extend_from_slice(&t.saved.handling);
            buf.push(t.saved.cur_exc);
            for f in &t.saved.frames {
                f.trace(buf);
            }
            each(buf);
        }
        buf.clear();
    }

    /// Bytes charged for the threads (the collector recounts the heap
    /// from its objects, then adds these).
    pub fn charged(&self) -> usize {
        self.list.values().map(|t| t.charged).sum()
    }

    fn cur(&mut self) -> &mut GreenThread {
        let c = self.current;
        self.list.get_mut(&c).expect("pyx-vm: the running thread is listed")
    }
}

impl Vm {
    /// The scheduler clock, in nanoseconds.
    fn thread_now(&self) -> u64 {
        match &self.clock {
            Some(c) => c.monotonic_ns(),
            None => self.threads.virtual_ns,
        }
    }

    /// Let the scheduler clock reach `deadline` (every thread is blocked
    /// and the earliest timeout is then).
    fn thread_sleep_until(&mut self, deadline: u64) -> PyResult<()> {
        let now = self.thread_now();
        if deadline <= now {
            return Ok(());
        }
        match self.clock.clone() {
            Some(c) => {
                let flags: Vec<Arc<std::sync::atomic::AtomicBool>> = self
                    .meter
                    .interrupt
                    .iter()
                    .chain(self.meter.outer_interrupts.iter())
                    .chain(self.meter.keyboard_interrupt.iter())
                    .cloned()
                    .collect();
                c.sleep_ns(deadline - now, &|| flags.iter().any(|f| f.load(Ordering::Relaxed)));
                // A flag raised during the wait is seen now.
                self.tick(crate::interp::limits::POLL_EVERY + 1)
            }
            None => {
                self.threads.virtual_ns = deadline;
                self.tick(1)
            }
        }
    }

    /// Parked threads whose deadline passed become runnable, their park
    /// returning False; a waiting one is told the same.
    fn expire_timeouts(&mut self) {
        let now = self.thread_now();
        for t in self.threads.list.values_mut() {
            if matches!(t.state, State::Parked | State::Waiting) && t.deadline.is_some_and(|d| d <= now) {
                t.deadline = None;
                t.wake = Some(Value::Bool(false));
                if t.state == State::Parked {
                    t.state = State::Ready;
                }
            }
        }
    }

    fn swap_out_running(&mut self) -> Saved {
        Saved {
            frames: std::mem::take(&mut self.frames),
            stack: std::mem::take(&mut self.stack),
            segments: std::mem::take(&mut self.segments),
            handling: std::mem::take(&mut self.handling),
            cur_exc: std::mem::replace(&mut self.cur_exc, Value::None),
            reraising: std::mem::replace(&mut self.reraising, false),
        }
    }

    fn swap_in(&mut self, s: Saved) {
        self.frames = s.frames;
        self.stack = s.stack;
        self.segments = s.segments;
        self.handling = s.handling;
        self.cur_exc = s.cur_exc;
        self.reraising = s.reraising;
    }

    /// Keep `s` as thread `id`'s state, charging its bytes.
    fn store_saved(&mut self, id: i64, s: Saved) {
        let bytes = THREAD_BYTES + s.bytes();
        // Charged without a check: the next allocation sees the budget.
        self.heap.bytes += bytes;
        if let Some(t) = self.threads.list.get_mut(&id) {
            self.heap.uncharge(t.charged);
            t.charged = bytes;
            t.saved = s;
        }
    }

    fn take_saved(&mut self, id: i64) -> Saved {
        let Some(t) = self.threads.list.get_mut(&id) else { return Saved::default() };
        let s = std::mem::take(&mut t.saved);
        let keep = THREAD_BYTES.min(t.charged);
        let back = t.charged - keep;
        t.charged = keep;
        self.heap.uncharge(back);
        s
    }

    /// Run thread `id` (New or Ready) until it blocks, its slice ends or
    /// it finishes, then come back to the running thread.
    fn run_slice(&mut self, id: i64) -> PyResult<()> {
        let prev = self.threads.current;
        let mine = self.swap_out_running();
        self.store_saved(prev, mine);
        let theirs = self.take_saved(id);
        self.swap_in(theirs);
        let from_native = self.native_depth > 0 || self.door_depth > 0;
        let (state, func, wake) = {
            let t = self.threads.list.get_mut(&id).expect("pyx-vm: thread to run is listed");
            let s = t.state;
            t.state = State::Running;
            (s, t.func, t.wake.take())
        };
        self.threads.current = id;
        let entered = if from_native { self.enter_native() } else { Ok(()) };
        let r = match entered {
            Err(e) => Err(e),
            Ok(()) => {
                let (bn, bd) = (self.native_depth, self.door_depth);
                let t = self.threads.cur();
                t.base_native = bn;
                t.base_door = bd;
                self.threads.slice_left = SLICE;
                let started = if state == State::New {
                    self.push_thread_frame(func)
                } else {
                    if let (Some(v), Some(top)) = (wake, self.stack.last_mut()) {
                        *top = v;
                    }
                    Ok(())
                };
                let r = match started {
                    Ok(()) => self.run(),
                    Err(e) => Err(e),
                };
                if from_native {
                    self.leave_native();
                }
                r
            }
        };
        self.threads.switch_now = false;
        let theirs = self.swap_out_running();
        let finished = !matches!(r, Ok(Exit::Switch));
        if finished {
            if let Some(t) = self.threads.list.remove(&id) {
                self.heap.uncharge(t.charged);
            }
            self.threads.others = self.threads.list.iter().any(|(&i, t)| i != MAIN && t.state != State::Done);
        } else {
            self.store_saved(id, theirs);
        }
        let mine = self.take_saved(prev);
        self.swap_in(mine);
        self.threads.current = prev;
        self.threads.slice_left = SLICE;
        match r {
            Err(Unwind::Terminate(t)) => Err(Unwind::Terminate(t)),
            // An exception that left the thread's function: the Python
            // side (`_thread`, `threading`) reports its own; nothing else
            // reaches here.
            _ => Ok(()),
        }
    }

    /// Run each runnable thread for one slice, in the order they started.
    fn drive_round(&mut self) -> PyResult<bool> {
        self.expire_timeouts();
        let ready: Vec<i64> = self.threads.list.iter().filter(|(_, t)| matches!(t.state, State::New | State::Ready)).map(|(&i, _)| i).collect();
        for &id in &ready {
            if self.threads.list.get(&id).is_some_and(|t| matches!(t.state, State::New | State::Ready)) {
                self.run_slice(id)?;
            }
        }
        Ok(!ready.is_empty())
    }

    /// Block the running thread, driving the others, until `done` holds.
    /// Every thread blocked with no timeout left: a RuntimeError.
    fn wait_inline(&mut self, done: &dyn Fn(&Vm) -> bool) -> PyResult<()> {
        loop {
            self.tick(1)?;
            if done(self) {
                return Ok(());
            }
            if self.drive_round()? {
                continue;
            }
            if done(self) {
                return Ok(());
            }
            // Nothing can run: wait for the earliest timeout that can
            // change anything (a parked thread's, or the caller's own).
            let me = self.threads.current;
            let next = self
                .threads
                .list
                .iter()
                .filter(|(&i, t)| t.state == State::Parked || (i == me && t.state == State::Waiting))
                .filter_map(|(_, t)| t.deadline)
                .min();
            match next {
                Some(d) => {
                    self.thread_sleep_until(d)?;
                    self.expire_timeouts();
                }
                None => {
                    return Err(self.runtime_error("deadlock: every thread is blocked and none has a timeout that could wake it"));
                }
            }
        }
    }

    /// Block the running thread until `wake` or `deadline`: True when
    /// woken, False on timeout.
    fn park(&mut self, deadline: Option<u64>) -> PyResult<Value> {
        let me = self.threads.current;
        let switchable = self.switchable_here();
        let t = self.threads.cur();
        t.deadline = deadline;
        t.wake = None;
        if switchable {
            t.state = State::Parked;
            self.threads.switch_now = true;
            // The call's result until `run_slice` puts the wake value there.
            return Ok(Value::None);
        }
        t.state = State::Waiting;
        let r = self.wait_inline(&|vm: &Vm| vm.threads.list.get(&me).is_some_and(|t| t.wake.is_some()));
        let t = self.threads.cur();
        t.state = State::Running;
        t.deadline = None;
        let w = t.wake.take();
        r?;
        Ok(w.unwrap_or(Value::Bool(false)))
    }

    /// Can the running thread be switched out by the native now running
    /// (called straight from its bytecode at its base)?
    fn switchable_here(&mut self) -> bool {
        let me = self.threads.current;
        let (bn, bd) = {
            let t = self.threads.cur();
            (t.base_native, t.base_door)
        };
        me != MAIN && self.threads.park_site != 0 && self.threads.park_site == self.door_depth && self.native_depth == bn && self.door_depth == bd + 1
    }

    /// At a backward jump whose slice ended: `true` when the running
    /// thread was switched out (the loop returns `Exit::Switch`). The main
    /// thread instead runs the others for a round in place.
    pub(crate) fn preempt(&mut self) -> PyResult<bool> {
        self.threads.slice_left = SLICE;
        let me = self.threads.current;
        if me == MAIN {
            self.drive_round()?;
            self.threads.slice_left = SLICE;
            return Ok(false);
        }
        let (bn, bd) = {
            let t = self.threads.cur();
            (t.base_native, t.base_door)
        };
        if self.native_depth == bn && self.door_depth == bd {
            self.threads.cur().state = State::Ready;
            return Ok(true);
        }
        Ok(false)
    }

    /// The main program ended: run the other threads until every
    /// non-daemon one has finished (CPython joins them at exit). Daemon
    /// threads still blocked are dropped.
    pub fn finish_threads(&mut self) -> PyResult<()> {
        if self.threads.current != MAIN || !self.threads.others {
            return Ok(());
        }
        let r = self.wait_inline(&|vm: &Vm| !vm.threads.list.iter().any(|(&i, t)| i != MAIN && !t.daemon && t.state != State::Done));
        self.drop_threads();
        r
    }

    /// Forget every thread but the main one (end of a run).
    pub fn drop_threads(&mut self) {
        if self.threads.list.len() > 1 || self.threads.current != MAIN {
            let charged: usize = self.threads.list.iter().filter(|(&i, _)| i != MAIN).map(|(_, t)| t.charged).sum();
            self.heap.uncharge(charged);
            self.threads.list.retain(|&i, _| i == MAIN);
            self.threads.current = MAIN;
            if let Some(m) = self.threads.list.get_mut(&MAIN) {
                m.state = State::Running;
                m.saved = Saved::default();
                m.charged = 0;
            }
        }
        self.threads.others = false;
        self.threads.switch_now = false;
        self.threads.park_site = 0;
    }

    /// `time.sleep` while other threads exist: park until the deadline.
    pub(crate) fn thread_sleep(&mut self, ns: u64) -> PyResult<bool> {
        if !self.threads.others {
            return Ok(false);
        }
        let d = self.thread_now().saturating_add(ns);
        self.park(Some(d))?;
        Ok(true)
    }
}

/// Seconds (int or float, >= 0, or None) as a deadline on the scheduler
/// clock.
fn deadline_of(vm: &mut Vm, timeout: Value) -> PyResult<Option<u64>> {
    let secs = match timeout {
        Value::None => return Ok(None),
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        Value::Float(f) => f,
        v => return Err(vm.type_error(format!("timeout must be a number or None, not {}", vm.type_name(v)))),
    };
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if secs > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok(Some(vm.thread_now().saturating_add((secs * 1e9) as u64)))
}

/// Largest timeout in seconds (`_thread.TIMEOUT_MAX`).
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// `start(func, daemon)`: a new thread that will call `func()` (a plain
/// Python function taking no arguments); its ident.
fn th_start(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let func = a.arg(0);
    let plain = match vm.payload(func) {
        Some(crate::object::Payload::Function(fd)) => {
            fd.code.argcount == 0
                && fd.code.kwonlyargcount == 0
                && fd.code.flags.0 & (crate::object::code::CodeFlags::GENERATOR.0 | crate::object::code::CodeFlags::COROUTINE.0 | crate::object::code::CodeFlags::ASYNC_GENERATOR.0) == 0
        }
        _ => false,
    };
    if !plain {
        return Err(vm.type_error("start() needs a Python function of no arguments"));
    }
    let daemon = vm.truthy(a.arg(1))?;
    vm.tick(16)?;
    vm.charge(THREAD_BYTES)?;
    let id = vm.threads.next_ident;
    vm.threads.next_ident += 1;
    let mut t = GreenThread::new(daemon, State::New, func);
    t.charged = THREAD_BYTES;
    vm.threads.list.insert(id, t);
    vm.threads.others = true;
    Ok(Value::Int(id))
}

fn th_get_ident(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.threads.current))
}

fn th_count(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.threads.list.iter().filter(|(&i, t)| i != MAIN && t.state != State::Done).count() as i64))
}

/// `park(timeout)`: block until woken (True) or `timeout` seconds pass
/// (False; None: no timeout).
fn th_park(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = deadline_of(vm, a.arg(0))?;
    vm.park(d)
}

/// `wake(ident)`: end the park of thread `ident`, which returns True.
/// False when that thread is not parked (finished, timed out, running).
fn th_wake(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let id = match a.arg(0) {
        Value::Int(i) => i,
        v => return Err(vm.type_error(format!("thread ident must be int, not {}", vm.type_name(v)))),
    };
    let Some(t) = vm.threads.list.get_mut(&id) else { return Ok(Value::Bool(false)) };
    if !matches!(t.state, State::Parked | State::Waiting) || t.wake.is_some() {
        return Ok(Value::Bool(false));
    }
    t.wake = Some(Value::Bool(true));
    t.deadline = None;
    if t.state == State::Parked {
        t.state = State::Ready;
    }
    Ok(Value::Bool(true))
}

/// `yield_()`: let the other threads run before this one goes on (a
/// thread switched out where it can be; the main thread runs a round).
fn th_yield(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    vm.tick(1)?;
    if vm.switchable_here() {
        vm.threads.cur().state = State::Ready;
        vm.threads.switch_now = true;
    } else if vm.threads.current == MAIN && vm.threads.others {
        vm.drive_round()?;
    }
    Ok(Value::None)
}

/// `monotonic()`: the scheduler clock in seconds (what timeouts count).
fn th_monotonic(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(vm.thread_now() as f64 / 1e9))
}

/// `alive(ident)`: thread `ident` exists and has not finished (threads
/// are dropped when a run ends: a limit, or the end of the program).
fn th_alive(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let alive = match a.arg(0) {
        Value::Int(i) => vm.threads.list.get(&i).is_some_and(|t| t.state != State::Done),
        _ => false,
    };
    Ok(Value::Bool(alive))
}

/// `is_main()`: the running thread is the main one.
fn th_is_main(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.threads.current == MAIN))
}

/// `_pyx_thread`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_thread",
    functions: &[
        ("start", pos("func, daemon"), th_start),
        ("get_ident", noargs(), th_get_ident),
        ("count", noargs(), th_count),
        ("park", one("timeout"), th_park),
        ("wake", one("ident"), th_wake),
        ("monotonic", noargs(), th_monotonic),
        ("yield_", noargs(), th_yield),
        ("is_main", noargs(), th_is_main),
        ("alive", one("ident"), th_alive),
    ],
    constants: &[("TIMEOUT_MAX", Const::Float(TIMEOUT_MAX))],
    ..NativeModule::EMPTY
};
