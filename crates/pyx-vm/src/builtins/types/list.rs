//! `list`, slicing helpers, and sorting.

use crate::interp::native::{kw, noargs, one, own, pos, slot};
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::ops::CmpOp;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};


/// Resolve a slice against a length: (start, stop, step) as CPython's
/// `PySlice_AdjustIndices`.
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some(Payload::Slice(sl)) = vm.payload(slice) else { return Err(vm.type_error("expected slice")) };
    let [a, b, c] = **sl;
    slice_parts_indices(vm, a, b, c, len)
}

/// `slice_indices` for the parts of a slice that was never built (the
/// eval loop's `x[a:b]` without a slice object).
pub fn slice_parts_indices(vm: &mut Vm, a: Value, b: Value, c: Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = if c.is_none() {
        1
    } else {
        let s = slice_index(vm, c)?;
        if s == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        s
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |x: i64| -> i64 {
        if x < 0 {
            let y = x + len;
            if y < lower {
                lower
            } else {
                y
            }
        } else if x > upper {
            upper
        } else {
            x
        }
    };
    let start = if a.is_none() { if step < 0 { upper } else { lower } } else { clamp(slice_index(vm, a)?) };
    let stop = if b.is_none() { if step < 0 { lower } else { upper } } else { clamp(slice_index(vm, b)?) };
    Ok((start, stop, step))
}

fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => {
            let t = vm.type_of(v);
            if let Some(Payload::Int(b)) = vm.payload(v) {
                use num_traits::Signed;
                return Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 });
            }
            if crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
            vm.index_i64(v)
        }
    }
}

/// How many items `start:stop:step` selects (indices already clamped).
/// Computed in i128: a step near ±2**63 must not overflow.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// The positions `start + k*step` a clamped slice selects, in order. Each
/// lies inside the sequence; none is computed past the last (a huge step
/// would overflow there).
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let n = slice_len(start, stop, step);
    (0..n).map(move |k| (i128::from(start) + k as i128 * i128::from(step)) as usize)
}

impl Vm {
    pub fn list_append(&mut self, l: Value, v: Value) -> PyResult<()> {
        let Value::Obj(r) = l else { return Ok(()) };
        let grow = match &self.heap.get(r).payload {
            Payload::List(items) => items.len() == items.capacity(),
            _ => false,
        };
        if grow {
            let cap = match &self.heap.get(r).payload {
                Payload::List(items) => items.capacity(),
                _ => 0,
            };
            self.charge((cap.max(4)) * 16)?;
        }
        if let Payload::List(items) = &mut self.heap.get_mut(r).payload {
            items.push(v);
        }
        Ok(())
    }

    fn list_ref(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r).payload, Payload::List(_)) => Some(r),
            _ => None,
        }
    }
    pub(crate) fn list_vec(&mut self, r: ObjRef) -> &mut Vec<Value> {
        match &mut self.heap.get_mut(r).payload {
            Payload::List(v) => v,
            _ => panic!("pyx-vm: not a list"),
        }
    }
}

pub fn list_extend(vm: &mut Vm, l: Value, it: Value) -> PyResult<()> {
    let Some(r) = l.as_obj() else { return Ok(()) };
    // A list or tuple source is copied first: check there is room for the
    // copy and the growth before allocating either.
    let known = match vm.payload(it) {
        Some(Payload::List(v)) => Some(v.len()),
        Some(Payload::Tuple(v)) => Some(v.len()),
        _ => None,
    };
    if let Some(n) = known {
        // The copy, and the grown buffer while the old one still exists.
        let (len, cap) = match &vm.heap.get(r).payload {
            Payload::List(v) => (v.len(), v.capacity()),
            _ => (0, 0),
        };
        let grown = if len.saturating_add(n) > cap { len.saturating_add(n).max(cap.saturating_mul(2)) } else { 0 };
        vm.reserve(n.saturating_add(grown).saturating_mul(16))?;
    }
    let exact = {
        let t = vm.type_of(it);
        t == vm.t.list || t == vm.t.tuple
    };
    let items = match vm.payload(it) {
        Some(Payload::List(v)) if exact || it.is(l) => v.clone(),
        Some(Payload::Tuple(v)) if exact => v.to_vec(),
        _ => vm.collect_sized(it)?,
    };
    // Grow to a capacity chosen here (amortised doubling) and charge
    // exactly that growth before allocating it.
    let (len, cap) = match &vm.heap.get(r).payload {
        Payload::List(v) => (v.len(), v.capacity()),
        _ => return Ok(()),
    };
    let want = len.saturating_add(items.len());
    if want > cap {
        let new_cap = want.max(cap.saturating_mul(2)).max(4);
        vm.charge((new_cap - cap).saturating_mul(16))?;
        if let Payload::List(v) = &mut vm.heap.get_mut(r).payload {
            v.reserve_exact(new_cap - len);
        }
    }
    if let Payload::List(v) = &mut vm.heap.get_mut(r).payload {
        v.extend_from_slice(&items);
    }
    Ok(())
}

pub fn is_match_sequence(vm: &Vm, v: Value) -> bool {
    match vm.payload(v) {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) | Payload::BigRange(_)) => true,
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => false,
        _ => {
            // User classes registered as sequences are not supported; a
            // class deriving from list/tuple is caught above.
            false
        }
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.list;
    add_methods(
        vm,
        t,
        &[
            ("__init__", own(), list_init),
            ("__len__", slot(""), list_len),
            ("__getitem__", own(), list_getitem),
            ("__setitem__", slot("key, value"), list_setitem),
            ("__delitem__", slot("key"), list_delitem),
            ("__contains__", slot("key"), list_contains),
            ("__iter__", slot(""), list_iter),
            ("__reversed__", noargs(), list_reversed),
            ("__add__", slot("value"), list_add),
            ("__iadd__", slot("value"), list_iadd),
            ("__mul__", slot("value"), list_mul),
            ("__rmul__", slot("value"), list_mul),
            ("__imul__", slot("value"), list_imul),
            ("__eq__", slot("value"), list_eq),
            ("__ne__", slot("value"), list_ne),
            ("__lt__", slot("value"), list_lt),
            ("__le__", slot("value"), list_le),
            ("__gt__", slot("value"), list_gt),
            ("__ge__", slot("value"), list_ge),
            ("__repr__", slot(""), list_repr),
            ("append", one("object"), list_append_m),
            ("extend", one("iterable"), list_extend_m),
            ("insert", pos("index, object"), list_insert),
            ("pop", pos("index=-1"), list_pop),
            ("remove", one("value"), list_remove),
            ("index", pos("value, start=0, stop=sys.maxsize"), list_index),
            ("count", one("value"), list_count),
            ("clear", noargs(), list_clear),
            ("copy", noargs(), list_copy),
            ("reverse", noargs(), list_reverse),
            ("sort", kw("*, key=None, reverse=False"), list_sort),
        ],
    );
    add_native(vm, t, "__new__", own(), list_new, NativeKind::StaticMethod);
    crate::interp::typesys::set_type_attr_raw(vm, t, vm.n.__hash__, Value::None);
    let cg = vm.n.__class_getitem__;
    add_native(vm, t, "__class_getitem__", own(), generic_alias, NativeKind::ClassMethod);
    let _ = cg;
}

/// `list[int]` and friends: return the class itself (typing is not modelled).
/// `__class_getitem__` of the built-in generic classes: `list[int]` is a
/// `types.GenericAlias`.
pub fn generic_alias(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let ga = vm.prelude("GenericAlias")?;
    vm.call(ga, &[a.arg(0), a.arg(1)])
}

fn list_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.list);
    vm.alloc_val(cls, Payload::List(Vec::new()))
}
/// `list(it)` of the exact type, called straight from
/// `Vm::construct_collection`: what `__new__` and `__init__` do.
pub(crate) fn list_of_iterable(vm: &mut Vm, it: Value) -> PyResult<Value> {
    let l = list_new(vm, Args::new(&[Value::Obj(vm.t.list)]))?;
    list_init(vm, Args::new(&[l, it]))?;
    Ok(l)
}
fn list_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    let Some(r) = vm.list_ref(a.arg(0)) else { return Ok(Value::None) };
    vm.list_vec(r).clear();
    if let Some(it) = a.get(1) {
        list_extend(vm, Value::Obj(r), it)?;
    }
    Ok(Value::None)
}
/// `items_of`, with the copy checked against the memory budget and its
/// work charged first.
fn items_checked(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let n = match vm.payload(v) {
        Some(Payload::List(l)) => l.len(),
        Some(Payload::Tuple(l)) => l.len(),
        _ => 0,
    };
    vm.reserve(n.saturating_mul(16))?;
    vm.tick(n as u64 / 16)?;
    Ok(items_of(vm, v))
}
fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    match vm.payload(v) {
        Some(Payload::List(l)) => l.clone(),
        Some(Payload::Tuple(l)) => l.to_vec(),
        _ => Vec::new(),
    }
}
fn list_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.list_items(a.arg(0)).map(|l| l.len()).unwrap_or(0) as i64))
}

pub fn seq_getitem(vm: &mut Vm, seq: Value, key: Value, what: &str) -> PyResult<Value> {
    if let Some(Payload::Slice(sl)) = vm.payload(key) {
        let [a, b, c] = **sl;
        return seq_slice(vm, seq, a, b, c, what);
    }
    seq_getitem_index(vm, seq, key, what)
}

/// `seq[a:b:c]` of a list or tuple `seq` (`what` names its type), from the
/// slice's parts.
pub fn seq_slice(vm: &mut Vm, seq: Value, a: Value, b: Value, c: Value, what: &str) -> PyResult<Value> {
    {
        // Only the slice is copied, checked and charged first (not the
        // whole sequence per slice).
        let n = match vm.payload(seq) {
            Some(Payload::List(l)) => l.len(),
            Some(Payload::Tuple(l)) => l.len(),
            _ => 0,
        };
        let (s, e, st) = slice_parts_indices(vm, a, b, c, n)?;
        let count = slice_len(s, e, st);
        vm.reserve(count.saturating_mul(16))?;
        vm.tick(count as u64 / 16)?;
        let items: &[Value] = match vm.payload(seq) {
            Some(Payload::List(l)) => l,
            Some(Payload::Tuple(l)) => l,
            _ => &[],
        };
        // An `__index__` may have resized the list: read what is there.
        let mut out = Vec::with_capacity(count);
        let mut i = s;
        for _ in 0..count {
            if let Some(&v) = items.get(i as usize) {
                out.push(v);
            }
            // Past the last item this may leave i64 (a huge step): the
            // value is never read then.
            i = i.wrapping_add(st);
        }
        if what == "list" { vm.new_list(out) } else { vm.new_tuple(out) }
    }
}

fn seq_getitem_index(vm: &mut Vm, seq: Value, key: Value, what: &str) -> PyResult<Value> {
    let kt = vm.type_of(key);
    if !matches!(key, Value::Int(_) | Value::Bool(_)) && crate::interp::typesys::lookup(vm, kt, vm.n.__index__).is_none() {
        return Err(vm.type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(key))));
    }
    let i = match vm.index_value(key)? {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    };
    let v = match vm.payload(seq) {
        Some(Payload::List(l)) => {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n { Some(l[j as usize]) } else { None }
        }
        Some(Payload::Tuple(l)) => {
            let n = l.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j >= 0 && j < n { Some(l[j as usize]) } else { None }
        }
        _ => None,
    };
    match v {
        Some(v) => Ok(v),
        None => Err(vm.index_error(format!("{} index out of range", what))),
    }
}
fn list_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    seq_getitem(vm, a.arg(0), a.arg(1), "list")
}
fn list_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (l, key, v) = (a.arg(0), a.arg(1), a.arg(2));
    let Some(r) = vm.list_ref(l) else { return Ok(Value::None) };
    if let Some(Payload::Slice(sl)) = vm.payload(key) {
        let [sa, sb, sc] = **sl;
        list_assign_slice(vm, r, sa, sb, sc, v)?;
        return Ok(Value::None);
    }
    let j = assignment_position(vm, r, key)?;
    vm.list_vec(r)[j] = v;
    Ok(Value::None)
}

/// The position `key` names in list `r` for an item assignment or
/// deletion: an index (its own errors pass; too big is an IndexError,
/// negative counts from the end), else a TypeError (diff fuzzer:
/// `l[2**63] = x` said "not int").
fn assignment_position(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<usize> {
    let kt = vm.type_of(key);
    if !matches!(key, Value::Int(_) | Value::Bool(_)) && crate::interp::typesys::lookup(vm, kt, vm.n.__index__).is_none() {
        return Err(vm.type_error(format!("list indices must be integers or slices, not {}", vm.type_name(key))));
    }
    let i = vm.subscript_i64(key)?;
    let n = vm.list_vec(r).len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    Ok(j as usize)
}
/// `l[a:b:c] = v` for the list `r`, from the slice's parts.
pub fn list_assign_slice(vm: &mut Vm, r: ObjRef, sa: Value, sb: Value, sc: Value, v: Value) -> PyResult<()> {
    let n = vm.list_vec(r).len();
    let (s, e, st) = slice_parts_indices(vm, sa, sb, sc, n)?;
    {
        let t = vm.type_of(v);
        let new = if v.as_obj() == Some(r) {
            vm.list_vec(r).clone()
        } else if t == vm.t.list || t == vm.t.tuple {
            // An exact list or tuple (nqueens' `indices[i:] = a + b`) is
            // copied as it is, without an iterator object stepped an item
            // at a time; `iter()` of it cannot fail.
            vm.collect_iter(v)?
        } else {
            // CPython's PySequence_Fast: a TypeError from `iter()` gets its
            // message; errors while iterating pass through.
            let it = match vm.iter(v) {
                Ok(it) => it,
                Err(crate::interp::vm::Unwind::Exception(x)) if vm.exc_is(x, vm.t.type_error) => {
                    return Err(vm.type_error(if st == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" }));
                }
                Err(e) => return Err(e),
            };
            vm.collect_iter(it)?
        };
        if st == 1 {
            // Collecting `v` may have run code that shrank the list: the
            // bounds are clamped to what is there now, as CPython's.
            let len = vm.list_vec(r).len();
            let s = (s as usize).min(len);
            let e = (e.max(0) as usize).clamp(s, len);
            vm.charge(new.len() * 16)?;
            let items = vm.list_vec(r);
            if new.len() == e - s {
                // Same length (fannkuch's `perm[:k + 1] = perm[k::-1]`):
                // overwritten in place, nothing moves.
                items[s..e].copy_from_slice(&new);
            } else {
                items.splice(s..e, new);
            }
        } else {
            let cnt = slice_len(s, e, st);
            if cnt != new.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    cnt
                )));
            }
            let items = vm.list_vec(r);
            for (i, x) in slice_positions(s, e, st).zip(new) {
                if let Some(slot) = items.get_mut(i) {
                    *slot = x;
                }
            }
        }
        Ok(())
    }
}
fn list_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (l, key) = (a.arg(0), a.arg(1));
    let Some(r) = vm.list_ref(l) else { return Ok(Value::None) };
    if let Some(Payload::Slice(..)) = vm.payload(key) {
        let n = vm.list_vec(r).len();
        let (s, e, st) = slice_indices(vm, key, n)?;
        let cnt = slice_len(s, e, st);
        if cnt == 0 {
            return Ok(Value::None);
        }
        // One pass over the list (removing item by item was quadratic:
        // `del l[::2]` of a million items ran 44 s past a 1 s limit),
        // charged a step per item moved.
        vm.tick(n as u64)?;
        let (first, step) = if st > 0 { (s, st) } else { (s + (cnt as i64 - 1) * st, -st) };
        let (first, step) = (first as usize, step as usize);
        let mut i = 0usize;
        vm.list_vec(r).retain(|_| {
            let gone = i >= first && i < first.saturating_add(cnt.saturating_mul(step)) && (i - first) % step == 0;
            i += 1;
            !gone
        });
        return Ok(Value::None);
    }
    let j = assignment_position(vm, r, key)?;
    vm.list_vec(r).remove(j);
    Ok(Value::None)
}
fn list_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.seq_contains(a.arg(0), a.arg(1))?))
}
fn list_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    vm.alloc_val(vm.t.list_iterator, Payload::Iter(Box::new(IterData::Seq { seq: a.arg(0), index: 0 })))
}
fn list_reversed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = vm.list_items(a.arg(0)).map(|l| l.len()).unwrap_or(0) as i64;
    vm.alloc_val(vm.t.reversed, Payload::Iter(Box::new(IterData::Reversed { seq: a.arg(0), index: n - 1 })))
}
fn list_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    if !matches!(vm.payload(y), Some(Payload::List(_))) {
        // A sequence's concatenation (CPython's sq_concat) raises; the
        // operator tries the other operand's __radd__ before it.
        return Err(vm.type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(y))));
    }
    concat(vm, x, y)
}

/// `x + y` of two lists (the operator's fast path for exact lists, and
/// `list.__add__` once `y` is known to be a list).
pub fn concat(vm: &mut Vm, x: Value, y: Value) -> PyResult<Value> {
    // Charge the result before building it (memory cap), and build it at
    // its final size.
    let (lx, ly) = (vm.list_items(x).map_or(0, Vec::len), vm.list_items(y).map_or(0, Vec::len));
    let total = lx.saturating_add(ly);
    vm.reserve(total.saturating_mul(16))?;
    let mut v = Vec::with_capacity(total);
    if let Some(i) = vm.list_items(x) {
        v.extend_from_slice(i);
    }
    if let Some(i) = vm.list_items(y) {
        v.extend_from_slice(i);
    }
    vm.new_list(v)
}
fn list_iadd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_extend(vm, a.arg(0), a.arg(1))?;
    Ok(a.arg(0))
}
pub fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        _ => {
            if let Some(Payload::Int(_)) = vm.payload(n) {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            let t = vm.type_of(n);
            if crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_none() {
                return Ok(None);
            }
            Ok(Some(vm.index_i64(n)?))
        }
    }
}
/// The length of a sequence of LEN items repeated N times. A length no
/// memory could hold (its bytes overflow `isize`) is CPython's catchable
/// `MemoryError`, raised before anything is reserved; a length that merely
/// exceeds the interpreter's memory cap is left to `reserve`.
pub fn repeat_total(vm: &mut Vm, len: usize, n: usize) -> PyResult<usize> {
    let total = (len as u128) * (n as u128);
    if total.saturating_mul(16) > isize::MAX as u128 {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    Ok(total as usize)
}

fn list_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, a.arg(1))? else { return Ok(Value::NotImplemented) };
    let n = n.max(0) as usize;
    let len = vm.list_items(a.arg(0)).map_or(0, Vec::len);
    let total = repeat_total(vm, len, n)?;
    // The result and the copy of the operand, before allocating either.
    vm.reserve(total.saturating_add(len).saturating_mul(16))?;
    vm.tick(total as u64 / 16)?;
    let items = items_of(vm, a.arg(0));
    let total = items.len().saturating_mul(n);
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    vm.new_list(v)
}
fn list_imul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = repeat_count(vm, a.arg(1))? else { return Ok(Value::NotImplemented) };
    let Some(r) = vm.list_ref(a.arg(0)) else { return Ok(Value::NotImplemented) };
    let n = n.max(0) as usize;
    let (len, cap) = (vm.list_vec(r).len(), vm.list_vec(r).capacity());
    let total = repeat_total(vm, len, n)?;
    // The grown buffer, the old one while it moves and the copy of the
    // items: checked before any is allocated; the growth is charged.
    vm.reserve(total.saturating_add(len).saturating_add(cap).saturating_mul(16))?;
    vm.tick(total as u64 / 16)?;
    vm.charge(total.saturating_sub(cap).saturating_mul(16))?;
    let items = vm.list_vec(r).clone();
    let v = vm.list_vec(r);
    v.clear();
    v.reserve_exact(total);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    Ok(a.arg(0))
}

/// Lexicographic comparison of two sequences with Python semantics.
pub fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    vm.enter_native()?;
    let r = (|| {
        for (a, b) in x.iter().zip(y.iter()) {
            vm.tick(1)?;
            if a.is(*b) {
                continue;
            }
            // Ints, floats, strs: the answer without the general protocol.
            if let Some(o) = vm.plain_order(*a, *b) {
                if o == std::cmp::Ordering::Equal {
                    continue;
                }
                return Ok(Value::Bool(op.test(o)));
            }
            if !vm.eq(*a, *b)? {
                return match op {
                    CmpOp::Eq => Ok(Value::Bool(false)),
                    CmpOp::Ne => Ok(Value::Bool(true)),
                    _ => vm.rich_compare(*a, *b, op),
                };
            }
        }
        Ok(Value::Bool(op.test(x.len().cmp(&y.len()))))
    })();
    vm.leave_native();
    r
}
fn list_cmp(vm: &mut Vm, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    if !matches!(vm.payload(y), Some(Payload::List(_))) {
        return Ok(Value::NotImplemented);
    }
    let xi = items_checked(vm, x)?;
    let yi = items_checked(vm, y)?;
    seq_compare(vm, &xi, &yi, op)
}
fn list_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_cmp(vm, &a, CmpOp::Eq)
}
fn list_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_cmp(vm, &a, CmpOp::Ne)
}
fn list_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_cmp(vm, &a, CmpOp::Lt)
}
fn list_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_cmp(vm, &a, CmpOp::Le)
}
fn list_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_cmp(vm, &a, CmpOp::Gt)
}
fn list_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_cmp(vm, &a, CmpOp::Ge)
}

/// Repr of a sequence with cycle detection and a recursion bound.
pub fn seq_repr(vm: &mut Vm, v: Value, open: &str, close: &str, single_comma: bool) -> PyResult<Value> {
    let Some(r) = v.as_obj() else { return vm.new_str("") };
    if vm.repr_active.contains(&r) {
        return vm.new_string(format!("{}...{}", open, close));
    }
    let items = items_checked(vm, v)?;
    if items.is_empty() {
        return vm.new_string(format!("{}{}", open, close));
    }
    vm.enter_native()?;
    vm.repr_active.push(r);
    let res = (|| {
        let mut s = String::from(open);
        for (i, it) in items.iter().enumerate() {
            let part = vm.repr_string(*it)?;
            // The text grows by doubling: check each regrowth first.
            crate::builtins::types::str::grow_budgeted(vm, &mut s, part.len() + 2)?;
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&part);
        }
        if single_comma && items.len() == 1 {
            s.push(',');
        }
        s.push_str(close);
        Ok(s)
    })();
    vm.repr_active.pop();
    vm.leave_native();
    let s = res?;
    vm.new_string(s)
}
fn list_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    seq_repr(vm, a.arg(0), "[", "]", false)
}
fn list_append_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("list.append() takes exactly one argument ({} given)", a.pos.len().saturating_sub(1))));
    }
    vm.list_append(a.arg(0), a.arg(1))?;
    Ok(Value::None)
}
fn list_extend_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    list_extend(vm, a.arg(0), a.arg(1))?;
    Ok(Value::None)
}
fn list_insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = vm.index_i64(a.arg(1))?;
    let Some(r) = vm.list_ref(a.arg(0)) else { return Ok(Value::None) };
    vm.charge(16)?;
    let items = vm.list_vec(r);
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, a.arg(2));
    Ok(Value::None)
}
fn list_pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = match a.get(1) {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let Some(r) = vm.list_ref(a.arg(0)) else { return Ok(Value::None) };
    let items = vm.list_vec(r);
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}
fn list_remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(r) = vm.list_ref(a.arg(0)) else { return Ok(Value::None) };
    let x = a.arg(1);
    let mut i = 0;
    loop {
        let Some(v) = vm.list_vec(r).get(i).copied() else { break };
        if v.is(x) || vm.eq(v, x)? {
            let items = vm.list_vec(r);
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}
/// list.index and tuple.index: `x`'s first position in [start, stop).
pub(crate) fn list_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let items = items_checked(vm, a.arg(0))?;
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.get(2) {
        Some(v) => norm(vm.clamped_i64(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(vm.clamped_i64(v)?),
        None => n,
    };
    let x = a.arg(1);
    vm.tick((stop - start).max(0) as u64)?;
    for i in start..stop {
        let v = items[i as usize];
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Value::Int(i));
        }
    }
    if matches!(vm.payload(a.arg(0)), Some(Payload::Tuple(_))) {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let r = vm.repr_string(x)?;
    Err(vm.value_error(format!("{} is not in list", r)))
}
fn list_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(seq_count(vm, a.arg(0), a.arg(1))?))
}
/// Occurrences of `x` in a list or tuple, reading each item in place
/// (Python `__eq__` may change the list) and charging a step per item.
pub(crate) fn seq_count(vm: &mut Vm, seq: Value, x: Value) -> PyResult<i64> {
    let mut c = 0;
    let mut i = 0;
    loop {
        let v = match vm.payload(seq) {
            Some(Payload::List(l)) => l.get(i).copied(),
            Some(Payload::Tuple(l)) => l.get(i).copied(),
            _ => None,
        };
        let Some(v) = v else { return Ok(c) };
        vm.tick(1)?;
        if v.is(x) || vm.eq(v, x)? {
            c += 1;
        }
        i += 1;
    }
}
fn list_clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(r) = vm.list_ref(a.arg(0)) {
        vm.list_vec(r).clear();
    }
    Ok(Value::None)
}
fn list_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let items = items_checked(vm, a.arg(0))?;
    vm.new_list(items)
}
fn list_reverse(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(r) = vm.list_ref(a.arg(0)) {
        vm.list_vec(r).reverse();
    }
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let key = a.arg(1);
    // An int as Argument Clinic reads it (`reverse=2.5` is a TypeError).
    let reverse = vm.c_int(a.arg(2))? != 0;
    let Some(r) = vm.list_ref(a.arg(0)) else { return Ok(Value::None) };
    let items = std::mem::take(vm.list_vec(r));
    let res = sort_values(vm, items.clone(), key, reverse);
    match res {
        Ok(sorted) => {
            let v = vm.list_vec(r);
            if !v.is_empty() {
                *v = sorted;
                return Err(vm.value_error("list modified during sort"));
            }
            *v = sorted;
            Ok(Value::None)
        }
        Err(e) => {
            *vm.list_vec(r) = items;
            Err(e)
        }
    }
}

/// `a < b` for two exact tuples decided by their first unequal items
/// (or their lengths) where every pair looked at is of plain values
/// (ints, bools, floats, exact strs: `Vm::plain_order`), so no code runs
/// and nothing can fail; with the number of pairs looked at. `None` (then
/// the general comparison) for anything else: the same answer
/// `seq_compare` gives, without its re-entry and copies (sorting tuples).
fn plain_tuple_lt(vm: &Vm, a: Value, b: Value) -> Option<(bool, u64)> {
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else { return None };
    let (oa, ob) = (vm.heap.get(ra), vm.heap.get(rb));
    if oa.class != vm.t.tuple || ob.class != vm.t.tuple {
        return None;
    }
    let (Payload::Tuple(xs), Payload::Tuple(ys)) = (&oa.payload, &ob.payload) else { return None };
    let mut pairs = 0u64;
    for (&x, &y) in xs.iter().zip(ys.iter()) {
        pairs += 1;
        if x.is(y) {
            continue;
        }
        match vm.plain_order(x, y)? {
            std::cmp::Ordering::Equal => continue,
            o => return Some((o == std::cmp::Ordering::Less, pairs)),
        }
    }
    Some((xs.len() < ys.len(), pairs))
}

/// Stable sort with Python comparisons (`<` only), optional key.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Value, reverse: bool) -> PyResult<Vec<Value>> {
    vm.tick(items.len() as u64)?;
    if key.is_none() && items.len() >= 2 {
        // All small ints, or all floats with no NaN: comparing them runs no
        // code and cannot fail, and equal items are alike or kept in order
        // (a stable sort, reversed around it for `reverse` as CPython's
        // is), so any correct sort gives CPython's result. Charged as the
        // comparisons the general path would count (n log n), up front.
        let all_ints = items.iter().all(|v| matches!(v, Value::Int(_)));
        if all_ints || items.iter().all(|v| matches!(v, Value::Float(f) if !f.is_nan())) {
            let n = items.len() as u64;
            vm.tick(n.saturating_mul(u64::from(64 - n.leading_zeros())))?;
            let mut v = items;
            if all_ints {
                v.sort_unstable_by_key(|x| if let Value::Int(i) = x { *i } else { 0 });
                if reverse {
                    v.reverse();
                }
                return Ok(v);
            }
            let f = |x: &Value| if let Value::Float(f) = x { *f } else { 0.0 };
            if reverse {
                v.reverse();
            }
            // `partial_cmp`, not `total_cmp`: -0.0 and 0.0 are equal (kept in order).
            v.sort_by(|a, b| f(a).partial_cmp(&f(b)).unwrap_or(std::cmp::Ordering::Equal));
            if reverse {
                v.reverse();
            }
            return Ok(v);
        }
    }
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        // The items and each key as it is made are rooted, so each key
        // call can collect the garbage of the calls before it.
        vm.with_roots(&items, |vm, scope| {
            let mut ks = Vec::with_capacity(items.len());
            for &it in &items {
                let k = scope.call(vm, key, &[it])?;
                scope.push(vm, k);
                ks.push(k);
            }
            Ok(ks)
        })?
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Merge sort with fallible comparisons (stable).
    let mut err: Option<Unwind> = None;
    let mut lt = |vm: &mut Vm, i: usize, j: usize| -> bool {
        if err.is_some() {
            return false;
        }
        let (a, b) = (keys[i], keys[j]);
        let r = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            _ => match (vm.exact_str(a), vm.exact_str(b)) {
                (Some(x), Some(y)) => Ok(x < y),
                _ => match plain_tuple_lt(vm, a, b) {
                    // Charged as `seq_compare` would: one per item pair.
                    Some((lt, pairs)) => vm.tick(pairs).map(|()| lt),
                    None => vm.lt(a, b),
                },
            },
        };
        match r {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    let n = idx.len();
    if n < 64 {
        // CPython's path for short lists: one natural run, then binary
        // insertion; the same comparisons in the same order.
        if n >= 2 {
            let mut run = 2;
            if lt(vm, idx[1], idx[0]) {
                while run < n && lt(vm, idx[run], idx[run - 1]) {
                    run += 1;
                }
                idx[..run].reverse();
            } else {
                while run < n && !lt(vm, idx[run], idx[run - 1]) {
                    run += 1;
                }
            }
            for start in run..n {
                let pivot = idx[start];
                let (mut l, mut r) = (0, start);
                while l < r {
                    let p = l + ((r - l) >> 1);
                    if lt(vm, pivot, idx[p]) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                idx.copy_within(l..start, l + 1);
                idx[l] = pivot;
            }
        }
        if let Some(e) = err {
            return Err(e);
        }
        if reverse {
            idx.reverse();
        }
        return Ok(idx.into_iter().map(|i| items[i]).collect());
    }
    let mut buf = idx.clone();
    let mut width = 1;
    // Insertion sort runs of 16, then merge.
    let run = 16;
    let mut s = 0;
    while s < n {
        let e = (s + run).min(n);
        for i in s + 1..e {
            let mut j = i;
            while j > s && lt(vm, idx[j], idx[j - 1]) {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        s = e;
    }
    width = width.max(run);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if lt(vm, idx[j], idx[i]) {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i]).collect())
}
