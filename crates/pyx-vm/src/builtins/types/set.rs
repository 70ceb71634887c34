//! `set` and `frozenset`.

use crate::interp::native::{noargs, one, own, slot};
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::object::set::{Probe, SetTable};
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::ops::{BinOp, CmpOp};
use crate::interp::vm::{Args, PyResult, Vm};


fn table(vm: &Vm, r: ObjRef) -> Option<&SetTable> {
    match &vm.heap.get(r).payload {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(s),
        _ => None,
    }
}
fn table_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut SetTable> {
    match &mut vm.heap.get_mut(r).payload {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(s),
        _ => None,
    }
}

pub fn frozenset_hash(s: &SetTable) -> i64 {
    // CPython's frozenset hash (shuffle bits of each entry hash).
    let mut hash: u64 = 0;
    for (h, _) in s.iter() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    if s.len() & 1 == 1 {
        // Empty-set fold matches CPython's "hash ^= (used + 1) * 1927868237".
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

/// Probe `t` for `key` (hash `h`) with native comparisons only: `None`
/// when a key of that hash met on the way compares only with Python code
/// (it may be the match: CPython asks it first), for the caller's path
/// that runs it.
#[inline]
fn probe_native(vm: &Vm, t: &SetTable, key: Value, h: i64) -> Option<Probe> {
    let mut slow = false;
    let p = t.probe(h, |k| {
        k.is(key)
            || vm.native_eq(k, key).unwrap_or_else(|| {
                slow = true;
                false
            })
    });
    (!slow).then_some(p)
}

/// Find `key` (hash `h`) in set `s`: Found(slot) or Vacant(slot).
fn probe(vm: &mut Vm, s: ObjRef, key: Value, h: i64) -> PyResult<Probe> {
    let Some(t) = table(vm, s) else { return Ok(Probe::Vacant(0)) };
    if let Some(p) = probe_native(vm, t, key, h) {
        return Ok(p);
    }
    // A Python `__eq__` may mutate the set (clear it, grow it): a match
    // counts only if its slot still holds the key that was compared, and
    // the search starts again over the changed table otherwise (as
    // CPython's lookup restarts). Each restart ran Python code, so the
    // step limit bounds a `__eq__` that mutates forever.
    'restart: loop {
        let cands = table(vm, s).map(|t| t.candidates(h)).unwrap_or_default();
        for c in cands {
            let Some((_, k)) = table(vm, s).and_then(|t| t.key_at(c)) else { continue };
            vm.enter_native()?;
            let r = vm.eq(k, key);
            vm.leave_native();
            let r = r?;
            let still = table(vm, s).and_then(|t| t.key_at(c)).is_some_and(|(_, now)| now.is(k));
            if !still {
                continue 'restart;
            }
            if r {
                return Ok(Probe::Found(c));
            }
        }
        break;
    }
    let Some(t) = table(vm, s) else { return Ok(Probe::Vacant(0)) };
    Ok(match t.probe(h, |_| false) {
        Probe::Vacant(v) => Probe::Vacant(v),
        Probe::Found(f) => Probe::Found(f),
    })
}

// Kept out of line: the evaluation loop calls it (BUILD_SET, SET_ADD),
// and inlining it there changes the loop's code for every program.
#[inline(never)]
pub fn set_add(vm: &mut Vm, s: ObjRef, v: Value) -> PyResult<()> {
    let h = vm.hash(v)?;
    set_add_hashed(vm, s, v, h)
}

/// `set_add` of a key whose hash `h` is known (stored beside it in
/// another set), as CPython adds an entry: `__hash__` is not asked again.
fn set_add_hashed(vm: &mut Vm, s: ObjRef, v: Value, h: i64) -> PyResult<()> {
    if let Probe::Vacant(slot) = probe(vm, s, v, h)? {
        // A growing table is allocated while the old one still lives:
        // check the budget for it first.
        let growth = table(vm, s).map(|t| t.growth_bytes_at(slot)).unwrap_or(0);
        if growth > 0 {
            vm.reserve(growth)?;
        }
        // One borrow for the insert and the sizes around it.
        let grew = match table_mut(vm, s) {
            Some(t) => {
                let before = t.slots();
                t.insert_at(slot, h, v);
                t.slots().saturating_sub(before)
            }
            None => 0,
        };
        if grew > 0 {
            vm.charge(grew * 24)?;
        }
    }
    Ok(())
}

pub fn set_contains(vm: &mut Vm, s: ObjRef, v: Value) -> PyResult<bool> {
    let h = match vm.hash(v) {
        Ok(h) => h,
        Err(e) => {
            // A set as key is looked up as the equivalent frozenset.
            if let Some(Payload::Set(t)) = vm.payload(v) {
                let h = frozenset_hash(t);
                return Ok(matches!(probe(vm, s, v, h)?, Probe::Found(_)));
            }
            return Err(e);
        }
    };
    Ok(matches!(probe(vm, s, v, h)?, Probe::Found(_)))
}

fn set_discard_v(vm: &mut Vm, s: ObjRef, v: Value) -> PyResult<bool> {
    let h = match vm.hash(v) {
        Ok(h) => h,
        Err(e) => match vm.payload(v) {
            Some(Payload::Set(t)) => frozenset_hash(t),
            _ => return Err(e),
        },
    };
    if let Probe::Found(slot) = probe(vm, s, v, h)? {
        if let Some(t) = table_mut(vm, s) {
            t.remove_at(slot);
        }
        return Ok(true);
    }
    Ok(false)
}

/// Add `v` to set `s` when that needs no Python code and no error can
/// come of it: its hash is known natively (an int, float, bool, None or
/// exact str), every comparison the probe makes is native, and the memory
/// limit allows the table's growth. `false` (nothing changed, nothing
/// charged) otherwise: the caller adds it with `set_add`, which raises
/// what there is to raise.
pub(crate) fn add_native_only(vm: &mut Vm, s: ObjRef, v: Value) -> bool {
    let h = match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None => match vm.hash(v) {
            Ok(h) => h,
            Err(_) => return false,
        },
        Value::Obj(r) if vm.exact_str(v).is_some() => vm.str_hash_cached(r),
        _ => return false,
    };
    let Some(p) = table(vm, s).and_then(|t| probe_native(vm, t, v, h)) else { return false };
    let slot = match p {
        Probe::Found(_) => return true,
        Probe::Vacant(slot) => slot,
    };
    // As `set_add`: the new table is checked while the old one lives, and
    // what the table grew by is charged, here before anything changes.
    let (growth, before) = table(vm, s).map_or((0, 0), |t| (t.growth_bytes_at(slot), t.slots()));
    if growth > 0 {
        let after = growth / 24;
        if vm.heap.check_extra(growth).is_err() || vm.heap.charge(after.saturating_sub(before) * 24).is_err() {
            return false;
        }
    }
    if let Some(t) = table_mut(vm, s) {
        t.insert_at(slot, h, v);
    }
    true
}

pub fn set_update(vm: &mut Vm, s: ObjRef, it: Value) -> PyResult<()> {
    if !matches!(vm.payload(it), Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_))) {
        let t = vm.type_of(it);
        if t != vm.t.list && t != vm.t.tuple {
            return set_update_streamed(vm, s, it);
        }
    }
    let items = set_items_of(vm, it)?;
    let hashes: Option<Vec<i64>> = match vm.payload(it) {
        Some(Payload::Set(t)) | Some(Payload::FrozenSet(t)) => Some(t.iter().map(|(h, _)| h).collect()),
        _ => None,
    };
    let is_setlike = matches!(vm.payload(it), Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_)));
    if is_setlike {
        let n = items.len();
        // The grown table is allocated while the old one lives: check it
        // first, and charge what the table grew by.
        let growth = table(vm, s).map_or(0, |t| t.merge_growth_bytes(n));
        vm.reserve(growth)?;
        let before = table(vm, s).map_or(0, |t| t.slots());
        if let Some(t) = table_mut(vm, s) {
            t.reserve_for_merge(n);
        }
        let after = table(vm, s).map_or(0, |t| t.slots());
        vm.charge(after.saturating_sub(before) * 24)?;
    }
    if let Some(hashes) = hashes {
        // A set's keys keep the hashes stored with them (`__hash__` is not
        // asked again, as CPython merges sets).
        for (v, h) in items.into_iter().zip(hashes) {
            vm.tick(1)?;
            set_add_hashed(vm, s, v, h)?;
        }
        return Ok(());
    }
    for v in items {
        vm.tick(1)?;
        set_add(vm, s, v)?;
    }
    Ok(())
}

/// `set_update` from an iterator or another iterable that is not a list,
/// tuple, set or dict: each item is added as it comes, as CPython does (an
/// unhashable one raises with the items before it added and the rest not
/// yet produced), with no copy of them all first. A plain generator runs
/// in collecting mode, adding the items it can itself (`Gather::IntoSet`).
/// The set and the iterator are rooted while Python code runs.
fn set_update_streamed(vm: &mut Vm, s: ObjRef, iterable: Value) -> PyResult<()> {
    let it = vm.iter(iterable)?;
    vm.with_roots(&[it, Value::Obj(s)], |vm, scope| loop {
        let Some(x) = scope.next_gathering(vm, it, &mut crate::interp::vm::Gather::IntoSet(s))? else { return Ok(()) };
        vm.tick(1)?;
        set_add(vm, s, x)?;
    })
}

fn set_items_of(vm: &mut Vm, it: Value) -> PyResult<Vec<Value>> {
    // The keys of a set or dict are copied out: check the copy first.
    let n = match vm.payload(it) {
        Some(Payload::Set(t)) | Some(Payload::FrozenSet(t)) => t.len(),
        Some(Payload::Dict(d)) => d.len(),
        _ => 0,
    };
    vm.reserve(n.saturating_mul(24))?;
    vm.tick(n as u64 / 16)?;
    match vm.payload(it) {
        Some(Payload::Set(t)) | Some(Payload::FrozenSet(t)) => Ok(t.keys()),
        Some(Payload::Dict(d)) => Ok(d.keys()),
        _ => vm.collect_iter(it),
    }
}

pub fn new_set_from(vm: &mut Vm, cls: ObjRef, items: &[Value]) -> PyResult<Value> {
    let frozen = vm.is_subtype(cls, vm.t.frozenset);
    let p = if frozen { Payload::FrozenSet(Box::default()) } else { Payload::Set(Box::default()) };
    let s = vm.alloc(cls, p)?;
    vm.temp_roots.push(Value::Obj(s));
    let mut r = Ok(());
    for &v in items {
        if let Err(e) = set_add(vm, s, v) {
            r = Err(e);
            break;
        }
    }
    vm.temp_roots.pop();
    r?;
    Ok(Value::Obj(s))
}

fn this(vm: &mut Vm, a: &Args<'_>) -> PyResult<ObjRef> {
    match a.arg(0) {
        Value::Obj(r) if table(vm, r).is_some() => Ok(r),
        v => Err(vm.type_error(format!("descriptor requires a 'set' object but received a '{}'", vm.type_name(v)))),
    }
}
/// Same type family as the receiver for results of binary operations.
fn result_class(vm: &Vm, s: ObjRef) -> ObjRef {
    if matches!(vm.heap.get(s).payload, Payload::FrozenSet(_)) {
        vm.t.frozenset
    } else {
        vm.t.set
    }
}

pub fn install(vm: &mut Vm) {
    for (t, frozen) in [(vm.t.set, false), (vm.t.frozenset, true)] {
        add_methods(
            vm,
            t,
            &[
                ("__len__", slot(""), set_len),
                ("__contains__", own(), set_contains_m),
                ("__iter__", slot(""), set_iter),
                ("__repr__", slot(""), set_repr),
                ("__eq__", slot("value"), set_eq),
                ("__ne__", slot("value"), set_ne),
                ("__le__", slot("value"), set_le),
                ("__lt__", slot("value"), set_lt),
                ("__ge__", slot("value"), set_ge),
                ("__gt__", slot("value"), set_gt),
                ("__or__", slot("value"), set_or),
                ("__ror__", slot("value"), set_or),
                ("__and__", slot("value"), set_and),
                ("__rand__", slot("value"), set_and),
                ("__sub__", slot("value"), set_sub),
                ("__rsub__", slot("value"), set_rsub),
                ("__xor__", slot("value"), set_xor),
                ("__rxor__", slot("value"), set_xor),
                ("union", own(), set_union),
                ("intersection", own(), set_intersection),
                ("difference", own(), set_difference),
                ("symmetric_difference", one("object"), set_symdiff),
                ("issubset", one("object"), set_issubset),
                ("issuperset", one("object"), set_issuperset),
                ("isdisjoint", one("object"), set_isdisjoint),
                ("copy", noargs(), set_copy),
                ("__reduce__", noargs(), set_reduce),
            ],
        );
        if frozen {
            add_methods(vm, t, &[("__hash__", slot(""), frozenset_hash_m)]);
            add_native(vm, t, "__new__", own(), frozenset_new, NativeKind::StaticMethod);
        } else {
            add_methods(
                vm,
                t,
                &[
                    ("__init__", own(), set_init),
                    ("__ior__", slot("value"), set_ior),
                    ("__iand__", slot("value"), set_iand),
                    ("__isub__", slot("value"), set_isub),
                    ("__ixor__", slot("value"), set_ixor),
                    ("add", one("object"), set_add_m),
                    ("discard", one("object"), set_discard),
                    ("remove", one("object"), set_remove),
                    ("pop", noargs(), set_pop),
                    ("clear", noargs(), set_clear),
                    ("update", own(), set_update_m),
                    ("intersection_update", own(), set_intersection_update),
                    ("difference_update", own(), set_difference_update),
                    ("symmetric_difference_update", one("object"), set_symdiff_update),
                ],
            );
            add_native(vm, t, "__new__", own(), set_new, NativeKind::StaticMethod);
            crate::interp::typesys::set_type_attr_raw(vm, t, vm.n.__hash__, Value::None);
        }
        add_native(vm, t, "__class_getitem__", own(), crate::builtins::types::list::generic_alias, NativeKind::ClassMethod);
    }
}

fn set_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.set);
    vm.alloc_val(cls, Payload::Set(Box::default()))
}
/// `set(it)` / `frozenset(it)` of the exact types, called straight from
/// `Vm::construct_collection`: what `__new__` and `__init__` do.
pub(crate) fn set_of_iterable(vm: &mut Vm, cls: ObjRef, it: Value) -> PyResult<Value> {
    if cls == vm.t.frozenset {
        return frozenset_new(vm, Args::new(&[Value::Obj(cls), it]));
    }
    let s = set_new(vm, Args::new(&[Value::Obj(cls)]))?;
    set_init(vm, Args::new(&[s, it]))?;
    Ok(s)
}
fn set_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", a.pos.len() - 1)));
    }
    // A set fresh from `__new__` (the usual `set(x)`) keeps its table:
    // clearing allocates a new one.
    if let Some(t) = table_mut(vm, s) {
        if !t.is_fresh() {
            t.clear();
        }
    }
    if let Some(it) = a.get(1) {
        set_update(vm, s, it)?;
    }
    Ok(Value::None)
}
fn frozenset_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.frozenset);
    if let Some(it) = a.get(1) {
        if cls == vm.t.frozenset && vm.type_of(it) == vm.t.frozenset {
            return Ok(it);
        }
    }
    let s = vm.alloc(cls, Payload::FrozenSet(Box::default()))?;
    if let Some(it) = a.get(1) {
        vm.temp_roots.push(Value::Obj(s));
        let r = set_update(vm, s, it);
        vm.temp_roots.pop();
        r?;
    }
    Ok(Value::Obj(s))
}
fn set_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    Ok(Value::Int(table(vm, s).map(|t| t.len()).unwrap_or(0) as i64))
}
fn set_contains_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    Ok(Value::Bool(set_contains(vm, s, a.arg(1))?))
}
fn set_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let len = table(vm, s).map(|t| t.len()).unwrap_or(0);
    vm.alloc_val(vm.t.set_iterator, Payload::Iter(Box::new(IterData::SetIter { set: s, pos: 0, len })))
}
fn set_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let cls = vm.heap.get(s).class;
    let name = vm.type_data(cls).name.to_string();
    let keys = set_items_of(vm, Value::Obj(s))?;
    let frozen = matches!(vm.heap.get(s).payload, Payload::FrozenSet(_));
    if keys.is_empty() {
        return vm.new_string(format!("{}()", name));
    }
    if vm.repr_active.contains(&s) {
        return vm.new_string(format!("{}(...)", name));
    }
    vm.enter_native()?;
    vm.repr_active.push(s);
    let r = (|| {
        let mut out = String::from("{");
        for (i, k) in keys.iter().enumerate() {
            let kr = vm.repr_string(*k)?;
            // The text grows by doubling: check each regrowth first.
            crate::builtins::types::str::grow_budgeted(vm, &mut out, kr.len() + 2)?;
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&kr);
        }
        out.push('}');
        Ok(out)
    })();
    vm.repr_active.pop();
    vm.leave_native();
    let body = r?;
    let s = if frozen || name != "set" { format!("{}({})", name, body) } else { body };
    vm.new_string(s)
}
fn subset(vm: &mut Vm, x: ObjRef, y: ObjRef) -> PyResult<bool> {
    if table(vm, x).map(|t| t.len()) > table(vm, y).map(|t| t.len()) {
        return Ok(false);
    }
    if let Some(r) = subset_native(vm, x, y)? {
        return Ok(r);
    }
    subset_slow(vm, x, y)
}
/// `x <= y` with every key of `x` copied out first and looked up in `y`
/// as it is then (a comparison runs Python code).
fn subset_slow(vm: &mut Vm, x: ObjRef, y: ObjRef) -> PyResult<bool> {
    let xs = set_items_of(vm, Value::Obj(x))?;
    for k in xs {
        if !set_contains(vm, y, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}
/// `x <= y` decided in place when every comparison it needs is native
/// (no Python `__eq__` can run and change either set): each key of `x` is
/// probed in `y` with the hash `x` stored for it. `None`: a comparison
/// needs Python code, so the caller takes the copying path.
fn subset_native(vm: &mut Vm, x: ObjRef, y: ObjRef) -> PyResult<Option<bool>> {
    let n = table(vm, x).map_or(0, |t| t.len());
    vm.tick(n as u64 / 16)?;
    let (Some(tx), Some(ty)) = (table(vm, x), table(vm, y)) else { return Ok(None) };
    for (h, k) in tx.iter() {
        let Some(p) = probe_native(vm, ty, k, h) else { return Ok(None) };
        if !matches!(p, Probe::Found(_)) {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn two(vm: &mut Vm, a: &Args<'_>) -> PyResult<Option<(ObjRef, ObjRef)>> {
    let s = this(vm, a)?;
    match a.arg(1) {
        Value::Obj(o) if table(vm, o).is_some() => Ok(Some((s, o))),
        _ => Ok(None),
    }
}
fn set_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let same = table(vm, x).map(|t| t.len()) == table(vm, y).map(|t| t.len());
    Ok(Value::Bool(same && subset(vm, x, y)?))
}
fn set_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match set_eq(vm, a)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        v => Ok(v),
    }
}
fn set_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    Ok(Value::Bool(subset(vm, x, y)?))
}
fn set_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let smaller = table(vm, x).map(|t| t.len()) < table(vm, y).map(|t| t.len());
    Ok(Value::Bool(smaller && subset(vm, x, y)?))
}
fn set_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    Ok(Value::Bool(subset(vm, y, x)?))
}
fn set_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let bigger = table(vm, x).map(|t| t.len()) > table(vm, y).map(|t| t.len());
    Ok(Value::Bool(bigger && subset(vm, y, x)?))
}

/// Both operands exact `set`/`frozenset` objects (no subclass can
/// override what their operators do).
fn exact_sets(vm: &Vm, a: Value, b: Value) -> bool {
    let exact = |v: Value| match v {
        Value::Obj(r) => {
            let c = vm.heap.get(r).class;
            c == vm.t.set || c == vm.t.frozenset
        }
        _ => false,
    };
    exact(a) && exact(b)
}

/// `a < b`, `a == b`, ... of two exact sets/frozensets, for
/// `Vm::rich_compare`: the method the lookup would find, called without
/// the look-up and the native door's receiver checks (meteor_contest
/// compares frozensets in its inner loop). `None`: not two exact sets.
/// `ta`, `tb`: the operands' types, which the caller has (no further heap
/// access for the comparisons of other types that pass through here).
pub(crate) fn compare_exact_sets(vm: &mut Vm, a: Value, b: Value, ta: ObjRef, tb: ObjRef, op: CmpOp) -> Option<PyResult<Value>> {
    let is_set = |t: ObjRef| t == vm.t.set || t == vm.t.frozenset;
    if !(is_set(ta) && is_set(tb)) {
        return None;
    }
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        match compare_in_place(vm, x, y, op) {
            Ok(Some(r)) => return Some(Ok(Value::Bool(r))),
            Ok(None) => {}
            Err(e) => return Some(Err(e)),
        }
    }
    let f: fn(&mut Vm, Args<'_>) -> PyResult<Value> = match op {
        CmpOp::Eq => set_eq,
        CmpOp::Ne => set_ne,
        CmpOp::Le => set_le,
        CmpOp::Lt => set_lt,
        CmpOp::Ge => set_ge,
        CmpOp::Gt => set_gt,
    };
    Some(vm.through_door(|vm| f(vm, Args::new(&[a, b]))))
}

/// A comparison of two sets decided in place when every key comparison
/// it needs is native (`subset_native`): no Python code runs, so it needs
/// neither the native door nor the receiver checks. `None`: a comparison
/// needs Python code; nothing was done but the tick.
fn compare_in_place(vm: &mut Vm, x: ObjRef, y: ObjRef, op: CmpOp) -> PyResult<Option<bool>> {
    let (Some(lx), Some(ly)) = (table(vm, x).map(SetTable::len), table(vm, y).map(SetTable::len)) else { return Ok(None) };
    // (the smaller side, the larger, and whether the sizes already decide)
    let (small, big, decided) = match op {
        CmpOp::Eq => (x, y, lx != ly),
        CmpOp::Ne => (x, y, lx != ly),
        CmpOp::Le => (x, y, lx > ly),
        CmpOp::Lt => (x, y, lx >= ly),
        CmpOp::Ge => (y, x, ly > lx),
        CmpOp::Gt => (y, x, ly >= lx),
    };
    let within = if decided {
        false
    } else {
        match subset_native(vm, small, big)? {
            Some(b) => b,
            None => return Ok(None),
        }
    };
    Ok(Some(if op == CmpOp::Ne { !within } else { within }))
}

/// `a - b`, `a & b`, `a | b`, `a ^ b` of two exact sets/frozensets, for
/// `Vm::binary_op`, as `compare_exact_sets`.
pub(crate) fn binary_exact_sets(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> Option<PyResult<Value>> {
    if !matches!(op, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor) || !exact_sets(vm, a, b) {
        return None;
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return None };
    // Both are sets (checked): the operation itself, without the receiver
    // checks a call through `set.__sub__` makes.
    Some(vm.through_door(|vm| {
        let cls = result_class(vm, x);
        let r = match op {
            BinOp::Sub => difference(vm, x, &[b], cls)?,
            BinOp::And => intersect(vm, x, b, cls)?,
            BinOp::Xor => symdiff(vm, x, b, cls)?,
            _ => {
                let r = copy_of(vm, x, cls)?;
                union_into(vm, r, &[Value::Obj(y)])?;
                r
            }
        };
        Ok(Value::Obj(r))
    }))
}

fn copy_of(vm: &mut Vm, s: ObjRef, cls: ObjRef) -> PyResult<ObjRef> {
    // The copy is made before the new object is charged: check it first,
    // and charge the work of copying.
    let (n, slots) = table(vm, s).map_or((0, 0), |t| (t.len(), t.copy_slots()));
    vm.reserve(slots.saturating_mul(24))?;
    vm.tick(n as u64 / 16)?;
    let t = table(vm, s).map(SetTable::copied).unwrap_or_default();
    let frozen = vm.is_subtype(cls, vm.t.frozenset);
    vm.alloc(cls, if frozen { Payload::FrozenSet(Box::new(t)) } else { Payload::Set(Box::new(t)) })
}
fn union_into(vm: &mut Vm, r: ObjRef, others: &[Value]) -> PyResult<()> {
    for &o in others {
        set_update(vm, r, o)?;
    }
    Ok(())
}
/// Probe `within` for every key of `of` with the hash `of` stored for
/// it, when every comparison that takes is native (no Python `__eq__` can
/// run and change either set): the keys found (`found`), or those not
/// found, with their hashes and slots in `within`, in `of`'s table order.
/// `None`: a comparison needs Python code; nothing was changed.
fn match_native(vm: &Vm, of: ObjRef, within: ObjRef, found: bool) -> Option<Vec<(i64, Value, usize)>> {
    let (tx, ty) = (table(vm, of)?, table(vm, within)?);
    let mut out = Vec::new();
    for (h, k) in tx.iter() {
        match probe_native(vm, ty, k, h)? {
            Probe::Found(slot) if found => out.push((h, k, slot)),
            Probe::Vacant(slot) if !found => out.push((h, k, slot)),
            _ => {}
        }
    }
    Some(out)
}

/// The keys of a set or frozenset, charged as `set_items_of` charges them
/// (its size checked against the memory limit, the walk ticked), before
/// `match_native` copies them out.
fn charge_walk(vm: &mut Vm, of: ObjRef) -> PyResult<()> {
    let n = table(vm, of).map_or(0, |t| t.len());
    // (hash, key, slot) per key.
    vm.reserve(n.saturating_mul(32))?;
    vm.tick(n as u64 / 16)
}

/// An empty set of class `cls` (a frozenset when it is one).
fn empty_of(vm: &mut Vm, cls: ObjRef) -> PyResult<ObjRef> {
    let frozen = vm.is_subtype(cls, vm.t.frozenset);
    vm.alloc(cls, if frozen { Payload::FrozenSet(Box::default()) } else { Payload::Set(Box::default()) })
}

/// Add to the new set `r` every key of set `of` that set `within` holds
/// (`found`) or lacks, in `of`'s table order and with the hash `of`
/// stored for it (`__hash__` is not asked again), as CPython walks one
/// set looking in another. When a comparison runs Python code, `of` is
/// walked as it is at each step (an `__eq__` that empties it ends the
/// walk) and the key and `r` are rooted while it is compared.
/// `r` is new (empty, not yet seen by Python code).
fn add_matching(vm: &mut Vm, of: ObjRef, within: ObjRef, found: bool, r: ObjRef) -> PyResult<()> {
    charge_walk(vm, of)?;
    if let Some(keys) = match_native(vm, of, within, found) {
        // Distinct keys (one set's) into a new set: no comparison needed.
        // The largest table they can grow it to is checked first, and
        // what it grew by charged.
        vm.reserve(SetTable::bytes_for_adding(keys.len()))?;
        let grew = match table_mut(vm, r) {
            Some(t) => {
                let before = t.slots();
                for (h, k, _) in keys {
                    t.add_distinct(h, k);
                }
                t.slots().saturating_sub(before)
            }
            None => 0,
        };
        return vm.charge(grew * 24);
    }
    let mut i = 0;
    while let Some(entry) = table(vm, of).and_then(|t| (i < t.slots()).then(|| t.key_at(i))) {
        i += 1;
        let Some((h, k)) = entry else { continue };
        vm.tick(1)?;
        vm.with_roots(&[k, Value::Obj(r)], |vm, _| {
            let hit = matches!(probe(vm, within, k, h)?, Probe::Found(_));
            if hit == found {
                set_add_hashed(vm, r, k, h)?;
            }
            Ok(())
        })?;
    }
    Ok(())
}

fn intersect(vm: &mut Vm, s: ObjRef, other: Value, cls: ObjRef) -> PyResult<ObjRef> {
    if let Value::Obj(o) = other {
        if o == s {
            // `s & s` is a copy, laid out as copies are.
            return copy_of(vm, s, cls);
        }
        if table(vm, o).is_some() {
            // Walk the smaller, as CPython.
            let (small, big) = if table(vm, o).map(|t| t.len()) > table(vm, s).map(|t| t.len()) { (s, o) } else { (o, s) };
            let r = empty_of(vm, cls)?;
            add_matching(vm, small, big, true, r)?;
            return Ok(r);
        }
    }
    let other_set = match other {
        Value::Obj(o) if table(vm, o).is_some() => o,
        _ => {
            let items = vm.collect_iter(other)?;
            match new_set_from(vm, vm.t.set, &items)? {
                Value::Obj(o) => o,
                _ => return Err(vm.type_error("bad set")),
            }
        }
    };
    // Iterate the smaller, as CPython.
    let (small, big) = if table(vm, other_set).map(|t| t.len()) > table(vm, s).map(|t| t.len()) { (s, other_set) } else { (other_set, s) };
    let keys = set_items_of(vm, Value::Obj(small))?;
    let frozen = vm.is_subtype(cls, vm.t.frozenset);
    let r = vm.alloc(cls, if frozen { Payload::FrozenSet(Box::default()) } else { Payload::Set(Box::default()) })?;
    for k in keys {
        if set_contains(vm, big, k)? {
            set_add(vm, r, k)?;
        }
    }
    Ok(r)
}
/// `s - others[0] - others[1] ...` as a new set of class `cls`, built as
/// CPython builds it, which decides the result's layout and so its
/// iteration order: when the first other is a set or frozenset not much
/// smaller than `s`, the keys of `s` it lacks are added to a new set in
/// `s`'s order; otherwise `s` is copied and the other's keys discarded.
fn difference(vm: &mut Vm, s: ObjRef, others: &[Value], cls: ObjRef) -> PyResult<ObjRef> {
    let Some((&first, rest)) = others.split_first() else { return copy_of(vm, s, cls) };
    let r = match first {
        Value::Obj(o) if table(vm, o).is_some() && table(vm, s).map_or(0, |t| t.len()) >> 2 <= table(vm, o).map_or(0, |t| t.len()) => {
            kept_of(vm, s, o, cls)?
        }
        _ => {
            let r = copy_of(vm, s, cls)?;
            discard_all(vm, r, first)?;
            r
        }
    };
    for &o in rest {
        discard_all(vm, r, o)?;
    }
    Ok(r)
}

/// The keys of set `s` that set `o` does not hold, added to a new set of
/// class `cls` in `s`'s order with their stored hashes.
fn kept_of(vm: &mut Vm, s: ObjRef, o: ObjRef, cls: ObjRef) -> PyResult<ObjRef> {
    let r = empty_of(vm, cls)?;
    add_matching(vm, s, o, false, r)?;
    Ok(r)
}

/// Discard from `r` every key of iterable `o` (`r -= o`). A set's keys
/// are found in `r` with their stored hashes, in place when every
/// comparison is native.
fn discard_all(vm: &mut Vm, r: ObjRef, o: Value) -> PyResult<()> {
    if let Value::Obj(or) = o {
        if or == r {
            // `s -= s` empties it as `clear` does (a fresh table).
            if let Some(t) = table_mut(vm, r) {
                t.clear();
            }
            return Ok(());
        }
        if table(vm, or).is_some() {
            charge_walk(vm, or)?;
            if let Some(gone) = match_native(vm, or, r, true) {
                if let Some(t) = table_mut(vm, r) {
                    for (_, _, slot) in gone {
                        t.remove_at(slot);
                    }
                }
                return Ok(());
            }
            // A comparison runs Python code: `or` is walked as it is at
            // each step, each key found with its stored hash.
            let mut i = 0;
            while let Some(entry) = table(vm, or).and_then(|t| (i < t.slots()).then(|| t.key_at(i))) {
                i += 1;
                let Some((h, k)) = entry else { continue };
                vm.tick(1)?;
                vm.with_roots(&[k, Value::Obj(r)], |vm, _| {
                    if let Probe::Found(slot) = probe(vm, r, k, h)? {
                        if let Some(t) = table_mut(vm, r) {
                            t.remove_at(slot);
                        }
                    }
                    Ok(())
                })?;
            }
            return Ok(());
        }
    }
    let items = set_items_of(vm, o)?;
    for k in items {
        set_discard_v(vm, r, k)?;
    }
    Ok(())
}
/// `s ^ other` as a new set of class `cls`, built as CPython builds it: a
/// set of `other`'s keys with the keys of `s` toggled in it.
fn symdiff(vm: &mut Vm, s: ObjRef, other: Value, cls: ObjRef) -> PyResult<ObjRef> {
    let r = match other {
        Value::Obj(o) if table(vm, o).is_some() => copy_of(vm, o, cls)?,
        _ => {
            let items = set_items_of(vm, other)?;
            match new_set_from(vm, cls, &items)? {
                Value::Obj(o) => o,
                _ => return Err(vm.type_error("bad set")),
            }
        }
    };
    toggle_all(vm, r, s)?;
    Ok(r)
}

/// `r ^= o` in place: each key of set `o`, with its stored hash, is
/// removed from `r` when there and added when not, in `o`'s table order
/// (`o` is walked as it is at each step, its key and `r` rooted while a
/// comparison may run Python code). `r ^= r` empties `r`.
fn toggle_all(vm: &mut Vm, r: ObjRef, o: ObjRef) -> PyResult<()> {
    if o == r {
        if let Some(t) = table_mut(vm, r) {
            t.clear();
        }
        return Ok(());
    }
    charge_walk(vm, o)?;
    let mut i = 0;
    while let Some(entry) = table(vm, o).and_then(|t| (i < t.slots()).then(|| t.key_at(i))) {
        i += 1;
        let Some((h, k)) = entry else { continue };
        vm.tick(1)?;
        vm.with_roots(&[k, Value::Obj(r)], |vm, _| match probe(vm, r, k, h)? {
            Probe::Found(slot) => {
                if let Some(t) = table_mut(vm, r) {
                    t.remove_at(slot);
                }
                Ok(())
            }
            Probe::Vacant(_) => set_add_hashed(vm, r, k, h),
        })?;
    }
    Ok(())
}
fn set_or(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let cls = result_class(vm, x);
    let r = copy_of(vm, x, cls)?;
    union_into(vm, r, &[Value::Obj(y)])?;
    Ok(Value::Obj(r))
}
fn set_and(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let cls = result_class(vm, x);
    Ok(Value::Obj(intersect(vm, x, Value::Obj(y), cls)?))
}
fn set_sub(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let cls = result_class(vm, x);
    Ok(Value::Obj(difference(vm, x, &[Value::Obj(y)], cls)?))
}
fn set_rsub(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let cls = result_class(vm, y);
    Ok(Value::Obj(difference(vm, y, &[Value::Obj(x)], cls)?))
}
fn set_xor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let cls = result_class(vm, x);
    Ok(Value::Obj(symdiff(vm, x, Value::Obj(y), cls)?))
}
fn set_union(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let cls = result_class(vm, s);
    let r = copy_of(vm, s, cls)?;
    union_into(vm, r, &a.pos[1..])?;
    Ok(Value::Obj(r))
}
fn set_intersection(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let cls = result_class(vm, s);
    let mut r = copy_of(vm, s, cls)?;
    for &o in &a.pos[1..] {
        r = intersect(vm, r, o, cls)?;
    }
    Ok(Value::Obj(r))
}
fn set_difference(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let cls = result_class(vm, s);
    Ok(Value::Obj(difference(vm, s, &a.pos[1..], cls)?))
}
fn set_symdiff(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let cls = result_class(vm, s);
    Ok(Value::Obj(symdiff(vm, s, a.arg(1), cls)?))
}
fn other_set(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if table(vm, o).is_some() => Ok(o),
        _ => {
            let items = vm.collect_iter(v)?;
            match new_set_from(vm, vm.t.set, &items)? {
                Value::Obj(o) => Ok(o),
                _ => Err(vm.type_error("bad set")),
            }
        }
    }
}
fn set_issubset(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let o = other_set(vm, a.arg(1))?;
    Ok(Value::Bool(subset(vm, s, o)?))
}
fn set_issuperset(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let o = other_set(vm, a.arg(1))?;
    Ok(Value::Bool(subset(vm, o, s)?))
}
fn set_isdisjoint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let items = vm.collect_iter(a.arg(1))?;
    for k in items {
        if set_contains(vm, s, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn set_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    if vm.heap.get(s).class == vm.t.frozenset {
        return Ok(Value::Obj(s));
    }
    let cls = result_class(vm, s);
    Ok(Value::Obj(copy_of(vm, s, cls)?))
}
/// `set.__reduce__()`: `(type(s), (list(s),), s.__dict__ or None)`, how
/// pickle and `copy` rebuild a set or frozenset (and their subclasses).
fn set_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let items = vm.collect_iter(Value::Obj(s))?;
    let list = vm.new_list(items)?;
    let args = vm.new_tuple(vec![list])?;
    let state = match vm.heap.get(s).dict {
        Some(d) if vm.dict_ref(d).is_some_and(|dd| !dd.is_empty()) => Value::Obj(d),
        _ => Value::None,
    };
    let cls = Value::Obj(vm.heap.get(s).class);
    vm.new_tuple(vec![cls, args, state])
}
fn frozenset_hash_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    Ok(Value::Int(table(vm, s).map(frozenset_hash).unwrap_or(0)))
}
fn replace_table(vm: &mut Vm, s: ObjRef, from: ObjRef) {
    let t = table(vm, from).cloned().unwrap_or_default();
    if let Some(tt) = table_mut(vm, s) {
        *tt = t;
    }
}
fn set_ior(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    set_update(vm, x, Value::Obj(y))?;
    Ok(a.arg(0))
}
fn set_iand(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    let r = intersect(vm, x, Value::Obj(y), vm.t.set)?;
    replace_table(vm, x, r);
    Ok(a.arg(0))
}
fn set_isub(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    discard_all(vm, x, Value::Obj(y))?;
    Ok(a.arg(0))
}
fn set_ixor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((x, y)) = two(vm, &a)? else { return Ok(Value::NotImplemented) };
    toggle_all(vm, x, y)?;
    Ok(a.arg(0))
}
fn set_add_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    set_add(vm, s, a.arg(1))?;
    Ok(Value::None)
}
fn set_discard(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    set_discard_v(vm, s, a.arg(1))?;
    Ok(Value::None)
}
fn set_remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    if !set_discard_v(vm, s, a.arg(1))? {
        return Err(vm.key_error(a.arg(1)));
    }
    Ok(Value::None)
}
fn set_pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let mut finger = vm.set_finger;
    let r = table_mut(vm, s).and_then(|t| t.pop_from(&mut finger));
    vm.set_finger = finger;
    match r {
        Some(v) => Ok(v),
        None => {
            let m = vm.new_str("pop from an empty set")?;
            Err(vm.key_error(m))
        }
    }
}
fn set_clear(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    if let Some(t) = table_mut(vm, s) {
        t.clear();
    }
    Ok(Value::None)
}
fn set_update_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    for &o in &a.pos[1..] {
        set_update(vm, s, o)?;
    }
    Ok(Value::None)
}
fn set_intersection_update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let mut r = copy_of(vm, s, vm.t.set)?;
    for &o in &a.pos[1..] {
        r = intersect(vm, r, o, vm.t.set)?;
    }
    replace_table(vm, s, r);
    Ok(Value::None)
}
fn set_difference_update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    for &o in &a.pos[1..] {
        discard_all(vm, s, o)?;
    }
    Ok(Value::None)
}
fn set_symdiff_update(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let o = match a.arg(1) {
        Value::Obj(o) if table(vm, o).is_some() => o,
        other => {
            let items = set_items_of(vm, other)?;
            match new_set_from(vm, vm.t.set, &items)? {
                Value::Obj(o) => o,
                _ => return Err(vm.type_error("bad set")),
            }
        }
    };
    vm.with_roots(&[Value::Obj(o)], |vm, _| toggle_all(vm, s, o))?;
    Ok(Value::None)
}
