//! `_pyx_gc`, the native core of `gc` (`stdlib/gc.py`): run the collector
//! and read its counters. Nothing here hands out objects: there is no
//! `get_objects`, `get_referrers` or `get_referents` (they would reach
//! every object of the interpreter, DESIGN §2.4).

use crate::interp::native::{noargs, NativeModule};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// `collect()`: a full collection now; the number of objects freed.
fn g_collect(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    vm.tick(crate::interp::limits::POLL_EVERY)?;
    let n = vm.collect_full() as i64;
    vm.run_weak_callbacks()?;
    Ok(Value::Int(n))
}

/// `stats()`: (objects allocated so far, heap bytes, bytes at which the
/// next automatic collection is due).
fn g_stats(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let items = vec![
        Value::Int(vm.heap.allocs.min(i64::MAX as u64) as i64),
        Value::Int(vm.heap.bytes as i64),
        Value::Int(vm.heap.threshold.min(i64::MAX as usize) as i64),
    ];
    vm.new_tuple(items)
}

/// `counts()`: (live objects, slots in the table, collections so far):
/// what memory tests and benchmarks count besides heap bytes.
fn g_counts(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let items = vec![
        Value::Int(vm.heap.live_objects() as i64),
        Value::Int(vm.heap.slot_count() as i64),
        Value::Int(vm.heap.collections.min(i64::MAX as u64) as i64),
    ];
    vm.new_tuple(items)
}

/// `_pyx_gc`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_gc",
    functions: &[("collect", noargs(), g_collect), ("stats", noargs(), g_stats), ("counts", noargs(), g_counts)],
    ..NativeModule::EMPTY
};
