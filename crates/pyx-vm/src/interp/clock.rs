//! Time as the host grants it, and `_pyx_time`, the native core of the
//! `time` module (`stdlib/time.py` builds `struct_time`, `strftime` and the
//! rest on top of it).
//!
//! The VM never reads a clock. A host that wants Python code to see time
//! gives the interpreter a [`Clock`] (`Vm::clock`): the `pyx` command a real
//! one, an embedder whichever it likes, or a [`VirtualClock`] — a clock
//! that starts at a fixed instant and moves only when the program sleeps,
//! so runs repeat exactly. Without a clock, asking for the time raises
//! `RuntimeError`; converting a given timestamp needs no clock.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::interp::native::{noargs, one, NativeModule};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// A source of time, provided by the host.
pub trait Clock: Send + Sync + 'static {
    /// Nanoseconds since the POSIX epoch (UTC).
    fn wall_ns(&self) -> i128;
    /// Nanoseconds of a clock that never goes back (any origin).
    fn monotonic_ns(&self) -> u64;
    /// Nanoseconds of CPU time of the interpreter's process, or the best
    /// approximation the host has (default: the monotonic clock).
    fn process_ns(&self) -> u64 {
        self.monotonic_ns()
    }
    /// Wait `ns` nanoseconds, returning early as soon as `stop()` is true
    /// (the interpreter was interrupted or passed its deadline). Polls
    /// `stop` often enough that the wait ends within a few milliseconds of
    /// it becoming true.
    fn sleep_ns(&self, ns: u64, stop: &dyn Fn() -> bool);
    /// The local zone's offset from UTC, in seconds, at POSIX time `t`
    /// (default: the interpreter lives in UTC).
    fn utc_offset(&self, t: i64) -> i32 {
        let _ = t;
        0
    }
    /// The local zone's name (default `"UTC"`).
    fn zone_name(&self) -> String {
        "UTC".to_string()
    }
}

/// A clock that reads no host time: it starts at a fixed instant and moves
/// forward only by the time the program sleeps (at once, without waiting).
pub struct VirtualClock {
    start_ns: i128,
    elapsed: AtomicU64,
}

impl VirtualClock {
    /// A clock showing `epoch_seconds` (POSIX) when the program starts.
    pub fn starting_at(epoch_seconds: i64) -> VirtualClock {
        VirtualClock { start_ns: epoch_seconds as i128 * 1_000_000_000, elapsed: AtomicU64::new(0) }
    }
}

impl Clock for VirtualClock {
    fn wall_ns(&self) -> i128 {
        self.start_ns + self.elapsed.load(Ordering::Relaxed) as i128
    }
    fn monotonic_ns(&self) -> u64 {
        self.elapsed.load(Ordering::Relaxed)
    }
    fn process_ns(&self) -> u64 {
        // No CPU time passes on a virtual clock.
        0
    }
    fn sleep_ns(&self, ns: u64, _stop: &dyn Fn() -> bool) {
        let _ = self.elapsed.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |e| Some(e.saturating_add(ns)));
    }
}

fn clock(vm: &mut Vm) -> PyResult<Arc<dyn Clock>> {
    match &vm.clock {
        Some(c) => Ok(c.clone()),
        None => Err(vm.runtime_error("no clock: the host did not grant one")),
    }
}

fn int_of(vm: &mut Vm, n: i128) -> PyResult<Value> {
    match i64::try_from(n) {
        Ok(i) => Ok(Value::Int(i)),
        Err(_) => vm.new_int(num_bigint::BigInt::from(n)),
    }
}

fn t_time_ns(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let c = clock(vm)?;
    int_of(vm, c.wall_ns())
}

fn t_monotonic_ns(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let c = clock(vm)?;
    int_of(vm, c.monotonic_ns() as i128)
}

fn t_process_ns(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let c = clock(vm)?;
    int_of(vm, c.process_ns() as i128)
}

/// `sleep_ns(n)`: `n` is a non-negative int (checked by `time.sleep`).
fn t_sleep_ns(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ns = match a.arg(0) {
        Value::Int(i) if i >= 0 => i as u64,
        Value::Int(_) => return Err(vm.value_error("sleep length must be non-negative")),
        _ => u64::MAX,
    };
    let c = clock(vm)?;
    if vm.thread_sleep(ns)? {
        // Other threads run meanwhile (`threads.rs`).
        return Ok(Value::None);
    }
    let flags: Vec<Arc<std::sync::atomic::AtomicBool>> = vm
        .meter
        .interrupt
        .iter()
        .chain(vm.meter.outer_interrupts.iter())
        .chain(vm.meter.keyboard_interrupt.iter())
        .cloned()
        .collect();
    c.sleep_ns(ns, &|| flags.iter().any(|f| f.load(Ordering::Relaxed)));
    // Past the next poll window: a flag raised during the wait ends the
    // run (or raises KeyboardInterrupt) now, before Python code goes on.
    vm.tick(crate::interp::limits::POLL_EVERY + 1)?;
    Ok(Value::None)
}

/// `utc_offset(t)`: the local zone's offset in seconds at POSIX time `t`.
fn t_utc_offset(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let t = match a.arg(0) {
        Value::Int(i) => i,
        v => return Err(vm.type_error(format!("utc_offset() argument must be int, not {}", vm.type_name(v)))),
    };
    Ok(Value::Int(vm.clock.as_ref().map_or(0, |c| c.utc_offset(t)) as i64))
}

fn t_zone_name(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let name = vm.clock.as_ref().map_or_else(|| "UTC".to_string(), |c| c.zone_name());
    vm.new_str(&name)
}

fn t_has_clock(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.clock.is_some()))
}

/// `_pyx_time`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_time",
    functions: &[
        ("time_ns", noargs(), t_time_ns),
        ("monotonic_ns", noargs(), t_monotonic_ns),
        ("process_time_ns", noargs(), t_process_ns),
        ("sleep_ns", one("ns"), t_sleep_ns),
        ("utc_offset", one("t"), t_utc_offset),
        ("zone_name", noargs(), t_zone_name),
        ("has_clock", noargs(), t_has_clock),
    ],
    ..NativeModule::EMPTY
};
