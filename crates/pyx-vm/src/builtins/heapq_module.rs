//! `_heapq`: the native half of `heapq` (`stdlib/heapq.py` takes its
//! functions from here when it can), with CPython's argument checks,
//! error messages and sift order, so the list a program observes after
//! each call is the one CPython leaves.
//!
//! Comparisons call back into Python and may change the heap: the list is
//! re-read after every comparison, and a change of its length is a
//! RuntimeError, as under CPython. Each sift step is charged one step.

use crate::object::heap::ObjRef;
use crate::interp::native::{one, pos, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// The heap, argument 0: a list or a subclass, or Argument Clinic's
/// TypeError.
fn heap_arg(vm: &mut Vm, a: &Args<'_>) -> PyResult<ObjRef> {
    let v = a.arg(0);
    if let Value::Obj(r) = v {
        if matches!(vm.heap.get(r).payload, Payload::List(_)) && vm.isinstance_exact_or_sub(v, vm.t.list) {
            return Ok(r);
        }
    }
    Err(a.wrong_type(vm, 0, "list"))
}

fn size(vm: &mut Vm, r: ObjRef) -> usize {
    vm.list_vec(r).len()
}

/// Item `i`; a list that shrank under a comparison reads as changed.
fn item(vm: &mut Vm, r: ObjRef, i: usize) -> PyResult<Value> {
    match vm.list_vec(r).get(i) {
        Some(v) => Ok(*v),
        None => Err(vm.runtime_error("list changed size during iteration")),
    }
}

fn swap(vm: &mut Vm, r: ObjRef, i: usize, j: usize) {
    let items = vm.list_vec(r);
    if i < items.len() && j < items.len() {
        items.swap(i, j);
    }
}

/// Is `a` before `b` in the heap's order: `a < b`, or `b < a` for the
/// max-heap helpers.
fn before(vm: &mut Vm, a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max {
        vm.lt(b, a)
    } else {
        vm.lt(a, b)
    }
}

/// Move the item at `pos` toward the root (not above `start`) while it
/// comes before its parent.
fn sift_toward_root(vm: &mut Vm, r: ObjRef, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let n = size(vm, r);
    if pos >= n {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        vm.tick(1)?;
        let parent_pos = (pos - 1) >> 1;
        let newitem = item(vm, r, pos)?;
        let parent = item(vm, r, parent_pos)?;
        let lt = before(vm, newitem, parent, max)?;
        if size(vm, r) != n {
            return Err(vm.runtime_error("list changed size during iteration"));
        }
        if !lt {
            break;
        }
        swap(vm, r, parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Move the item at `pos` down to a leaf along the path of the children
/// that come first, then back toward `pos` to its place.
fn sift_toward_leaves(vm: &mut Vm, r: ObjRef, mut pos: usize, max: bool) -> PyResult<()> {
    let end = size(vm, r);
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        vm.tick(1)?;
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let a = item(vm, r, child)?;
            let b = item(vm, r, child + 1)?;
            let lt = before(vm, a, b, max)?;
            if !lt {
                child += 1;
            }
            if size(vm, r) != end {
                return Err(vm.runtime_error("list changed size during iteration"));
            }
        }
        swap(vm, r, child, pos);
        pos = child;
    }
    sift_toward_root(vm, r, start, pos, max)
}

fn push(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = heap_arg(vm, &a)?;
    vm.list_append(Value::Obj(r), a.arg(1))?;
    let n = size(vm, r);
    sift_toward_root(vm, r, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop_common(vm: &mut Vm, a: Args<'_>, max: bool) -> PyResult<Value> {
    let r = heap_arg(vm, &a)?;
    let Some(last) = vm.list_vec(r).pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if vm.list_vec(r).is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut vm.list_vec(r)[0], last);
    sift_toward_leaves(vm, r, 0, max)?;
    Ok(top)
}

fn replace_common(vm: &mut Vm, a: Args<'_>, max: bool) -> PyResult<Value> {
    let r = heap_arg(vm, &a)?;
    let x = a.arg(1);
    let Some(slot) = vm.list_vec(r).first_mut() else {
        return Err(vm.index_error("index out of range"));
    };
    let top = std::mem::replace(slot, x);
    sift_toward_leaves(vm, r, 0, max)?;
    Ok(top)
}

fn heapify_common(vm: &mut Vm, a: Args<'_>, max: bool) -> PyResult<Value> {
    let r = heap_arg(vm, &a)?;
    // Each subtree is made a heap before its parent: the order CPython's
    // sift leaves the list in, whatever order of subtrees it uses.
    let n = size(vm, r);
    for i in (0..n / 2).rev() {
        sift_toward_leaves(vm, r, i, max)?;
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pop_common(vm, a, false)
}
fn pop_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pop_common(vm, a, true)
}
fn replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    replace_common(vm, a, false)
}
fn replace_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    replace_common(vm, a, true)
}
fn heapify(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    heapify_common(vm, a, false)
}
fn heapify_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    heapify_common(vm, a, true)
}

/// `heappushpop(heap, item)`: push then pop, in one sift. When `item`
/// comes first it is returned without touching the heap.
fn pushpop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = heap_arg(vm, &a)?;
    let x = a.arg(1);
    let Some(&top) = vm.list_vec(r).first() else { return Ok(x) };
    if !vm.lt(top, x)? {
        return Ok(x);
    }
    let Some(slot) = vm.list_vec(r).first_mut() else {
        return Err(vm.index_error("index out of range"));
    };
    let top = std::mem::replace(slot, x);
    sift_toward_leaves(vm, r, 0, false)?;
    Ok(top)
}

/// `_heapq`.
pub static MODULE: NativeModule = NativeModule {
    name: "_heapq",
    doc: Some("Heap queue algorithm (a.k.a. priority queue): lists kept so that a[k] <= a[2*k+1] and a[k] <= a[2*k+2]."),
    functions: &[
        ("heappush", pos("heap, item"), push),
        ("heappushpop", pos("heap, item"), pushpop),
        ("heappop", one("heap"), pop),
        ("heapreplace", pos("heap, item"), replace),
        ("heapify", one("heap"), heapify),
        ("_heappop_max", one("heap"), pop_max),
        ("_heapreplace_max", pos("heap, item"), replace_max),
        ("_heapify_max", one("heap"), heapify_max),
    ],
    ..NativeModule::EMPTY
};
