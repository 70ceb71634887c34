//! `bytes` and `bytearray` (the common methods).

use crate::interp::native::{kw, noargs, one, own, parse, pos, slot};
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};


/// The bytes of a bytes-like object.
pub fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.payload(v) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.clone()),
        Some(Payload::Str(_)) | None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        _ => match crate::builtins::types::memoryview::buffer_bytes(vm, v)? {
            Some(b) => Ok(b),
            None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        },
    }
}

/// A copy of the bytes of `v` (empty for other types). The copy is host
/// memory the heap does not hold: it is checked against the budget first,
/// and its work charged.
fn data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if crate::builtins::types::memoryview::is_view(vm, v) {
        return Ok(crate::builtins::types::memoryview::buffer_bytes(vm, v)?.unwrap_or_default());
    }
    let n = match vm.payload(v) {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.len(),
        _ => 0,
    };
    vm.reserve(n)?;
    vm.tick_bytes(n)?;
    Ok(match vm.payload(v) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.clone(),
        _ => Vec::new(),
    })
}

/// The length of a bytes-like `v`, without copying it.
fn data_len(vm: &Vm, v: Value) -> usize {
    match vm.payload(v) {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.len(),
        Some(Payload::MemoryView(m)) if !m.released => m.nbytes(),
        _ => 0,
    }
}

fn is_ba(vm: &Vm, v: Value) -> bool {
    matches!(vm.payload(v), Some(Payload::ByteArray(_)))
}

fn make(vm: &mut Vm, like: Value, b: Vec<u8>) -> PyResult<Value> {
    if is_ba(vm, like) {
        vm.alloc_val(vm.t.bytearray, Payload::ByteArray(b))
    } else {
        vm.new_bytes(b)
    }
}

/// What is being built from a source object: the names and messages of
/// bytes(x), bytearray(x) and bytearray.extend(x) differ slightly.
#[derive(Clone, Copy, PartialEq)]
enum Build {
    Bytes,
    ByteArray,
    Extend,
    /// `PyBytes_FromObject` (int.from_bytes): no str, no int count.
    Object,
}

/// The bytes of a bytes-like object or an iterable of ints, as
/// int.from_bytes takes them.
pub fn bytes_from_object(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    from_source(vm, Some(v), None, None, Build::Object)
}

/// bytes(x) / bytearray(x) / bytearray.extend(x) contents.
fn from_source(vm: &mut Vm, src: Option<Value>, enc: Option<Value>, errors: Option<Value>, build: Build) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        return match (enc, errors) {
            (Some(_), _) => Err(vm.type_error("encoding without a string argument")),
            (None, Some(_)) => Err(vm.type_error("errors without a string argument")),
            (None, None) => Ok(Vec::new()),
        };
    };
    if vm.str_of(src).is_some() && build == Build::Object {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    if vm.str_of(src).is_some() && build != Build::Extend {
        let Some(enc) = enc else { return Err(vm.type_error("string argument without an encoding")) };
        let mut args = vec![enc];
        args.extend(errors);
        let b = vm.call_method_str(src, "encode", &args)?;
        return Ok(data(vm, b)?);
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) = vm.payload(src) {
        return Ok(data(vm, src)?);
    }
    if vm.str_of(src).is_none() {
        if let Some(b) = crate::builtins::types::memoryview::buffer_bytes(vm, src)? {
            return Ok(b);
        }
    }
    let kind = if matches!(build, Build::Bytes | Build::Object) { "bytes" } else { "bytearray" };
    // Anything with `__index__` is a count (its TypeError falls through to
    // iteration), as CPython's PyIndex_Check (diff fuzzer: a class whose
    // `__index__` recursed was iterated instead).
    let has_index = vm.to_bigint(src).is_some() || {
        let t = vm.type_of(src);
        crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_some()
    };
    let count = if matches!(build, Build::Bytes | Build::ByteArray) && has_index {
        match vm.index_value(src) {
            Ok(v) => Some(v),
            Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) => None,
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    if let Some(count) = count {
        let n = match count {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            _ => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.reserve(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let t = vm.type_of(src);
    if t == vm.t.list || t == vm.t.tuple {
        // An exact list or tuple of small ints all in range (`bytes(out)`
        // of a decoder's output list): read in place, no iterator. Any
        // other item takes the loop below, which reports it.
        let n = match vm.payload(src) {
            Some(Payload::List(l)) => l.len(),
            Some(Payload::Tuple(l)) => l.len(),
            _ => 0,
        };
        vm.reserve(n)?;
        vm.tick_bytes(n)?;
        let items: &[Value] = match vm.payload(src) {
            Some(Payload::List(l)) => l,
            Some(Payload::Tuple(l)) => l,
            _ => &[],
        };
        if items.iter().all(|v| matches!(v, Value::Int(0..=255))) {
            return Ok(items.iter().map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 }).collect());
        }
    }
    let it = match vm.iter(src) {
        Ok(it) => it,
        Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) => {
            let msg = if build == Build::Extend {
                format!("can't extend bytearray with {}", vm.type_name(src))
            } else {
                format!("cannot convert '{}' object to {}", vm.type_name(src), kind)
            };
            return Err(vm.type_error(msg));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(it)? {
        let i = match vm.index_value(item)? {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => -1,
        };
        if !(0..256).contains(&i) {
            let what = if matches!(build, Build::Bytes | Build::Object) { "bytes" } else { "byte" };
            return Err(vm.value_error(format!("{} must be in range(0, 256)", what)));
        }
        vm.charge(1)?;
        out.push(i as u8);
    }
    Ok(out)
}

pub fn install(vm: &mut Vm) {
    for t in [vm.t.bytes, vm.t.bytearray] {
        add_methods(
            vm,
            t,
            &[
                ("__len__", slot(""), b_len),
                ("__getitem__", slot("key"), b_getitem),
                ("__contains__", slot("key"), b_contains),
                ("__iter__", slot(""), b_iter),
                ("__add__", slot("value"), b_add),
                ("__mul__", slot("value"), b_mul),
                ("__rmul__", slot("value"), b_mul),
                ("__eq__", slot("value"), b_eq),
                ("__ne__", slot("value"), b_ne),
                ("__lt__", slot("value"), b_lt),
                ("__le__", slot("value"), b_le),
                ("__gt__", slot("value"), b_gt),
                ("__ge__", slot("value"), b_ge),
                ("__repr__", slot(""), b_repr),
                ("decode", kw("encoding='utf-8', errors='strict'"), b_decode),
                ("hex", kw("sep=<unrepresentable>, bytes_per_sep=1"), b_hex),
                ("join", one("iterable_of_bytes"), b_join),
            ],
        );
    }
    add_methods(vm, vm.t.bytes, &[("__hash__", slot(""), b_hash)]);
    for t in [vm.t.bytes, vm.t.bytearray] {
        add_methods(
            vm,
            t,
            &[
                ("center", pos("width, fillchar=b' '"), via_str_center),
                ("ljust", pos("width, fillchar=b' '"), via_str_ljust),
                ("rjust", pos("width, fillchar=b' '"), via_str_rjust),
                ("zfill", one("width"), via_str_zfill),
                ("lstrip", pos("bytes=None"), via_str_lstrip),
                ("rstrip", pos("bytes=None"), via_str_rstrip),
                ("strip", pos("bytes=None"), via_str_strip),
                ("split", kw("sep=None, maxsplit=-1"), via_str_split),
                ("rsplit", kw("sep=None, maxsplit=-1"), via_str_rsplit),
                ("splitlines", kw("keepends=False"), b_splitlines),
                ("partition", one("sep"), via_str_partition),
                ("rpartition", one("sep"), via_str_rpartition),
                ("startswith", parse("prefix, start=<unrepresentable>, end=<unrepresentable>"), via_str_startswith),
                ("endswith", parse("suffix, start=<unrepresentable>, end=<unrepresentable>"), via_str_endswith),
                ("find", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), via_str_find),
                ("rfind", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), via_str_rfind),
                ("index", parse("sub, start=None, end=None"), b_index),
                ("rindex", parse("sub, start=None, end=None"), b_rindex),
                ("count", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), via_str_count),
                ("replace", pos("old, new, count=-1"), via_str_replace),
                ("expandtabs", kw("tabsize=8"), via_str_expandtabs),
                ("removeprefix", one("prefix"), via_str_removeprefix),
                ("removesuffix", one("suffix"), via_str_removesuffix),
                ("upper", noargs(), b_upper),
                ("lower", noargs(), b_lower),
                ("swapcase", noargs(), b_swapcase),
                ("capitalize", noargs(), b_capitalize),
                ("title", noargs(), b_title),
                ("isalpha", noargs(), b_isalpha),
                ("isdigit", noargs(), b_isdigit),
                ("isalnum", noargs(), b_isalnum),
                ("isspace", noargs(), b_isspace),
                ("islower", noargs(), b_islower),
                ("isupper", noargs(), b_isupper),
                ("istitle", noargs(), b_istitle),
                ("isascii", noargs(), b_isascii),
                ("__mod__", slot("value"), b_mod),
                ("__rmod__", slot("value"), b_rmod),
            ],
        );
    }
    add_methods(vm, vm.t.bytes, &[("__bytes__", noargs(), b_bytes)]);
    add_methods(
        vm,
        vm.t.bytearray,
        &[
            ("insert", pos("index, item"), via_list_insert),
            ("remove", one("value"), via_list_remove),
            ("reverse", noargs(), via_list_reverse),
            ("clear", noargs(), via_list_clear),
            ("__delitem__", slot("key"), via_list_delitem),
            ("__setitem__", slot("key, value"), ba_setitem),
            ("__imul__", slot("value"), via_list_imul),
            ("pop", pos("index=-1"), via_list_pop),
            ("copy", noargs(), ba_copy),
        ],
    );
    add_native(vm, vm.t.bytes, "__new__", own(), bytes_new, NativeKind::StaticMethod);
    for t in [vm.t.bytes, vm.t.bytearray] {
        add_native(vm, t, "fromhex", one("string"), b_fromhex, NativeKind::ClassMethod);
        add_native(vm, t, "maketrans", pos("frm, to"), b_maketrans, NativeKind::StaticMethod);
        add_methods(vm, t, &[("translate", kw("table, /, delete=b''"), b_translate)]);
    }
    let ba = vm.t.bytearray;
    add_native(vm, ba, "__new__", own(), bytearray_new, NativeKind::StaticMethod);
    add_methods(vm, ba, &[("__init__", own(), bytearray_init), ("append", one("item"), ba_append), ("extend", one("iterable_of_ints"), ba_extend), ("__iadd__", slot("value"), ba_iadd), ("__reduce_ex__", pos("protocol=0"), ba_reduce_ex), ("__reduce__", noargs(), ba_reduce_ex)]);
    crate::interp::typesys::set_type_attr_raw(vm, ba, vm.n.__hash__, Value::None);
}

/// The (source, encoding, errors) arguments of bytes() and bytearray().
fn ctor_args(vm: &mut Vm, a: &Args<'_>, fname: &str) -> PyResult<[Option<Value>; 3]> {
    let mut out = [a.get(1), a.get(2), a.get(3)];
    for (k, v) in a.kw {
        let slot = match vm.str_of(*k) {
            Some("source") => 0,
            Some("encoding") => 1,
            Some("errors") => 2,
            other => {
                let other = other.unwrap_or("").to_string();
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", other, fname)));
            }
        };
        out[slot] = Some(*v);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [src, enc, errors] = ctor_args(vm, &a, "bytes")?;
    if let Some(s) = src {
        if vm.str_of(s).is_none() && vm.payload(s).is_some() && !matches!(vm.payload(s), Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_))) {
            let st = vm.type_of(s);
            if let Some(m) = crate::interp::typesys::lookup(vm, st, vm.n.__bytes__) {
                return vm.call_unbound(m, s, &[]);
            }
        }
    }
    let b = from_source(vm, src, enc, errors, Build::Bytes)?;
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.bytes);
    if cls == vm.t.bytes {
        // Empty and one-byte results are the shared objects.
        return vm.new_bytes(b);
    }
    vm.alloc_val(cls, Payload::Bytes(b.into_boxed_slice()))
}
/// `bytearray.__reduce_ex__(proto)`: `(type, args, state)` as CPython's:
/// below protocol 3 the contents go as a latin-1 str (`(s, 'latin-1')`),
/// from 3 on as bytes (no argument when empty); the state is the instance
/// dict / slots, as object's.
fn ba_reduce_ex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let proto = match a.get(1) {
        Some(p) => vm.index_i64(p)?,
        None => 0,
    };
    let d = data(vm, me)?;
    vm.reserve(d.len().saturating_mul(2))?;
    let args = if proto < 3 {
        let s = vm.new_string(latin1(&d))?;
        let enc = vm.new_str("latin-1")?;
        vm.new_tuple(vec![s, enc])?
    } else if d.is_empty() {
        vm.new_tuple(Vec::new())?
    } else {
        let b = vm.new_bytes(d)?;
        vm.new_tuple(vec![b])?
    };
    let cls = vm.type_of(me);
    let state = crate::builtins::types::object::reduce_state(vm, me, cls)?;
    vm.new_tuple(vec![Value::Obj(cls), args, state])
}
fn bytearray_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.bytearray);
    vm.alloc_val(cls, Payload::ByteArray(Vec::new()))
}
fn bytearray_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let [src, enc, errors] = ctor_args(vm, &a, "bytearray")?;
    crate::builtins::types::memoryview::check_resizable(vm, a.arg(0))?;
    let b = from_source(vm, src, enc, errors, Build::ByteArray)?;
    // Re-initialising swaps in a new buffer: charge what it adds.
    let old = ba_vec(vm, a.arg(0)).map_or(0, |v| v.capacity());
    vm.charge(b.capacity().saturating_sub(old))?;
    if let Some(r) = a.arg(0).as_obj() {
        if let Payload::ByteArray(v) = &mut vm.heap.get_mut(r).payload {
            *v = b;
        }
    }
    Ok(Value::None)
}
fn b_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(data_len(vm, a.arg(0)) as i64))
}
/// An index into bytes or a bytearray: an int or an object with
/// `__index__` (one past the machine size is an IndexError), else CPython's
/// "byte indices must be integers or slices, not T".
fn byte_subscript(vm: &mut Vm, obj: Value, key: Value) -> PyResult<i64> {
    let kt = vm.type_of(key);
    if !matches!(key, Value::Int(_) | Value::Bool(_)) && crate::interp::typesys::lookup(vm, kt, vm.n.__index__).is_none() {
        let what = if is_ba(vm, obj) { "bytearray" } else { "byte" };
        return Err(vm.type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(key))));
    }
    vm.subscript_i64(key)
}
fn b_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let key = a.arg(1);
    if let Some(Payload::Slice(..)) = vm.payload(key) {
        return slice(vm, a.arg(0), key);
    }
    let i = byte_subscript(vm, a.arg(0), key)?;
    // One byte is read in place: no copy of the buffer per index.
    let n = data_len(vm, a.arg(0)) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let w = if is_ba(vm, a.arg(0)) { "bytearray" } else { "index" };
        return Err(vm.index_error(if w == "index" { "index out of range".to_string() } else { "bytearray index out of range".into() }));
    }
    let b = match vm.payload(a.arg(0)) {
        Some(Payload::Bytes(b)) => b.get(j as usize).copied(),
        Some(Payload::ByteArray(b)) => b.get(j as usize).copied(),
        _ => None,
    };
    Ok(Value::Int(b.unwrap_or(0) as i64))
}
/// `b[key]` of a bytes or bytearray `seq` by a slice object `key`: a new
/// object of `seq`'s kind (bytes of length 0 or 1 are the shared ones).
pub fn slice(vm: &mut Vm, seq: Value, key: Value) -> PyResult<Value> {
    let Some(Payload::Slice(sl)) = vm.payload(key) else { return Err(vm.type_error("expected slice")) };
    let [a, b, c] = **sl;
    slice_parts(vm, seq, a, b, c)
}

/// `slice` from the parts of a slice that was never built (the eval
/// loop's `b[a:b]`).
pub fn slice_parts(vm: &mut Vm, seq: Value, a: Value, b: Value, c: Value) -> PyResult<Value> {
    // Only the selected bytes are copied (not the whole buffer: a loop
    // of small slices of a big object stays linear).
    let len = data_len(vm, seq);
    let (s, e, st) = crate::builtins::types::list::slice_parts_indices(vm, a, b, c, len)?;
    let n = crate::builtins::types::list::slice_len(s, e, st);
    vm.reserve(n)?;
    vm.tick_bytes(n)?;
    let pick = |d: &[u8]| -> Vec<u8> {
        if st == 1 {
            // A contiguous run (`b[i:j]`): one copy. `__index__` may have
            // resized a bytearray meanwhile: what is there.
            let lo = (s.max(0) as usize).min(d.len());
            d[lo..(lo + n).min(d.len())].to_vec()
        } else {
            (0..n).filter_map(|k| d.get((s + k as i64 * st) as usize).copied()).collect()
        }
    };
    let out: Vec<u8> = match vm.payload(seq) {
        Some(Payload::Bytes(d)) => pick(d),
        Some(Payload::ByteArray(d)) => pick(d),
        _ => Vec::new(),
    };
    make(vm, seq, out)
}
fn b_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    let x = a.arg(1);
    if vm.to_bigint(x).is_some() {
        let b = byte_val(vm, x)?;
        return Ok(Value::Bool(d.contains(&b)));
    }
    let n = bytes_like(vm, x)?;
    Ok(Value::Bool(n.is_empty() || d.windows(n.len()).any(|w| w == n.as_slice())))
}
fn b_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    vm.alloc_val(vm.t.seq_iterator, Payload::Iter(Box::new(IterData::Seq { seq: a.arg(0), index: 0 })))
}
fn b_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if crate::builtins::types::memoryview::is_view(vm, a.arg(1)) {
        let tail = crate::builtins::types::memoryview::buffer_bytes(vm, a.arg(1))?.unwrap_or_default();
        let total = bytes_len(vm, a.arg(0)).saturating_add(tail.len());
        vm.reserve(total.saturating_add(64))?;
        let mut d = Vec::with_capacity(total);
        d.extend_from_slice(bytes_slice(vm, a.arg(0)));
        d.extend_from_slice(&tail);
        return make(vm, a.arg(0), d);
    }
    if !matches!(vm.payload(a.arg(1)), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        // A sequence's concatenation (CPython's sq_concat) raises; the
        // operator tries the other operand's __radd__ before it.
        let (b, me) = (vm.type_name(a.arg(1)), vm.type_name(a.arg(0)));
        return Err(vm.type_error(format!("can't concat {} to {}", b, me)));
    }
    // Charge the result before building it (memory cap), and build it at
    // its final size: no copies of the operands, no regrowth.
    let total = bytes_len(vm, a.arg(0)).saturating_add(bytes_len(vm, a.arg(1)));
    vm.reserve(total.saturating_add(64))?;
    let mut d = Vec::with_capacity(total);
    d.extend_from_slice(bytes_slice(vm, a.arg(0)));
    d.extend_from_slice(bytes_slice(vm, a.arg(1)));
    make(vm, a.arg(0), d)
}

fn bytes_slice(vm: &Vm, v: Value) -> &[u8] {
    match vm.payload(v) {
        Some(Payload::Bytes(b)) => b,
        Some(Payload::ByteArray(b)) => b,
        _ => &[],
    }
}

fn bytes_len(vm: &Vm, v: Value) -> usize {
    bytes_slice(vm, v).len()
}
fn b_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = crate::builtins::types::list::repeat_count(vm, a.arg(1))? else { return Ok(Value::NotImplemented) };
    let n = n.max(0) as usize;
    let total = (bytes_len(vm, a.arg(0)) as u128) * (n as u128);
    if total > isize::MAX as u128 {
        // No memory could hold it: CPython's catchable MemoryError.
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    vm.reserve(total as usize)?;
    vm.tick(total as u64 / 64)?;
    let d = bytes_slice(vm, a.arg(0)).repeat(n);
    make(vm, a.arg(0), d)
}
fn bcmp(vm: &mut Vm, a: &Args<'_>, op: crate::interp::ops::CmpOp) -> PyResult<Value> {
    if !matches!(vm.payload(a.arg(1)), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (data(vm, a.arg(0))?, data(vm, a.arg(1))?);
    Ok(Value::Bool(op.test(x.cmp(&y))))
}
fn b_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::interp::ops::CmpOp::Eq)
}
fn b_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::interp::ops::CmpOp::Ne)
}
fn b_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::interp::ops::CmpOp::Lt)
}
fn b_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::interp::ops::CmpOp::Le)
}
fn b_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::interp::ops::CmpOp::Gt)
}
fn b_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::interp::ops::CmpOp::Ge)
}
fn b_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    Ok(Value::Int(crate::object::hash::hash_bytes(vm.hash_seed, &d)))
}
fn b_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    let r = pyx_text::repr::repr_bytes(&d);
    // A bytearray shows its class's name (a subclass's too, as CPython).
    let s = if is_ba(vm, a.arg(0)) { format!("{}({})", vm.type_name(a.arg(0)), r) } else { r };
    vm.new_string(s)
}
fn b_decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    let (enc, errors) = crate::builtins::types::codecs::method_codec_args(vm, &a, "decode")?;
    if !crate::builtins::types::codecs::is_native(&enc) {
        return crate::builtins::types::codecs::via_registry(vm, "_text_decode", a.arg(0), &enc, &errors);
    }
    let s = crate::builtins::types::codecs::decode(vm, &d, &enc, &errors)?;
    vm.new_string(s)
}
/// `bytes.hex(*pos)` with `pos[0]` a bytes object (memoryview.hex).
pub fn hex_of(vm: &mut Vm, pos: &[Value]) -> PyResult<Value> {
    b_hex(vm, Args::new(pos))
}
fn b_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    // Argument Clinic converts bytes_per_sep (a C int) before the method
    // checks sep (diff fuzzer).
    let per = match a.get(2) {
        Some(v) => i64::from(vm.c_int(v)?),
        None => 1,
    };
    let sep = match a.get(1) {
        None => None,
        // sep: one ASCII character, as str or bytes (checked even when unused).
        Some(sep) => {
            let sep = match vm.str_of(sep) {
                Some(s) => s.to_string(),
                None => match vm.payload(sep) {
                    Some(Payload::Bytes(_) | Payload::ByteArray(_)) => latin1(&data(vm, sep)?),
                    _ => return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(sep)))),
                },
            };
            if sep.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sep.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sep.as_bytes()[0] as char)
        }
    };
    let n = if sep.is_some() { per } else { 1 };
    let sep = if n == 0 { None } else { sep };
    let k = n.unsigned_abs().max(1) as usize;
    let len = data_len(vm, me);
    // The result is built at its final size, checked against the budget
    // (with the copy of the bytes) before anything is allocated.
    let seps = if sep.is_some() && len > 0 { (len - 1) / k } else { 0 };
    let total = len.saturating_mul(2).saturating_add(seps);
    vm.reserve(total.saturating_add(len))?;
    vm.tick_bytes(total)?;
    let d = data(vm, me)?;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(total);
    for (i, b) in d.iter().enumerate() {
        if let Some(c) = sep {
            // Groups of k bytes, counted from the right when n > 0.
            let boundary = if n > 0 { (len - i) % k == 0 } else { i % k == 0 };
            if i > 0 && boundary {
                out.push(c);
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    vm.new_string(out)
}
/// bytes.fromhex / bytearray.fromhex: pairs of hex digits, ASCII
/// whitespace allowed between pairs (not inside one).
fn b_fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    let src = a.arg(1);
    let Some(text) = vm.str_of(src) else {
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", vm.type_name(src))));
    };
    let cs: Vec<char> = text.chars().collect();
    let digit = |i: usize| cs.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(cs.len() / 2);
    let mut i = 0;
    while i < cs.len() {
        if matches!(cs[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let Some(hi) = digit(i) else { return Err(bad_hex(vm, i)) };
        let Some(lo) = digit(i + 1) else { return Err(bad_hex(vm, i + 1)) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls_ref = cls.as_obj();
    if cls_ref == Some(vm.t.bytearray) {
        return vm.alloc_val(vm.t.bytearray, Payload::ByteArray(out));
    }
    let b = vm.new_bytes(out)?;
    match cls_ref {
        Some(c) if c != vm.t.bytes => vm.call(cls, &[b]),
        _ => Ok(b),
    }
}
fn bad_hex(vm: &mut Vm, pos: usize) -> crate::interp::vm::Unwind {
    vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", pos))
}

/// bytes.maketrans(from, to): the 256-byte table mapping each byte of
/// `from` to the byte of `to` at the same index.
fn b_maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let from = bytes_like(vm, a.arg(0))?;
    let to = bytes_like(vm, a.arg(1))?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    vm.new_bytes(table)
}

/// bytes.translate(table, /, delete=b''): drops the bytes in `delete`,
/// then maps the rest through `table` (None: identity).
fn b_translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let delete = a.get(2);
    let table = match a.get(1) {
        None => return Err(vm.type_error("translate() takes at least 1 argument (0 given)")),
        Some(Value::None) => None,
        Some(t) => {
            let t = bytes_like(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(v) => bytes_like(vm, v)?,
        None => Vec::new(),
    };
    let d = data(vm, me)?;
    vm.reserve(d.len())?;
    let mut drop = [false; 256];
    for &b in &delete {
        drop[b as usize] = true;
    }
    let out: Vec<u8> = d
        .iter()
        .filter(|&&b| !drop[b as usize])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    make(vm, me, out)
}
fn b_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let sep = data(vm, a.arg(0))?;
    let items = vm.collect_iter(a.arg(1))?;
    // The result is measured first and built at its final size: no
    // doubling buffer beyond the budget.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for &it in &items {
        let n = match vm.payload(it) {
            Some(Payload::Array(a)) => a.bytes.len(),
            _ => data_len(vm, it),
        };
        total = total.saturating_add(n);
    }
    vm.reserve(total)?;
    vm.tick_bytes(total)?;
    let mut out = Vec::with_capacity(total);
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        // One look at each item's payload (a join of many one-byte items
        // is mostly this loop).
        match vm.payload(it) {
            Some(Payload::Bytes(p)) => out.extend_from_slice(p),
            Some(Payload::ByteArray(p)) => out.extend_from_slice(p),
            // An array's buffer: its items' bytes.
            Some(Payload::Array(a)) => out.extend_from_slice(&a.bytes),
            Some(Payload::MemoryView(_)) => {
                let p = crate::builtins::types::memoryview::buffer_bytes(vm, it)?.unwrap_or_default();
                out.extend_from_slice(&p);
            }
            _ => return Err(vm.type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, vm.type_name(it)))),
        }
    }
    make(vm, a.arg(0), out)
}
fn b_upper(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?.to_ascii_uppercase();
    make(vm, a.arg(0), d)
}
fn b_lower(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?.to_ascii_lowercase();
    make(vm, a.arg(0), d)
}
fn ba_vec(vm: &mut Vm, v: Value) -> Option<&mut Vec<u8>> {
    match v {
        Value::Obj(r) => match &mut vm.heap.get_mut(r).payload {
            Payload::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}
fn byte_val(vm: &mut Vm, v: Value) -> PyResult<u8> {
    // Any int out of range, however big, is a ValueError (not IndexError).
    let i = match vm.index_value(v)? {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => -1,
    };
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}
/// CPython's `PyNumber_Check`: an int, a float, a complex, or a type with
/// `__index__`, `__int__` or `__float__`.
fn is_number(vm: &mut Vm, v: Value) -> bool {
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) {
        return true;
    }
    if matches!(vm.payload(v), Some(Payload::Int(_) | Payload::Complex(..))) {
        return true;
    }
    let t = vm.type_of(v);
    [vm.n.__index__, vm.n.__int__, vm.n.__float__].into_iter().any(|n| crate::interp::typesys::lookup(vm, t, n).is_some())
}
/// bytearray[i] = byte is done here; slice assignment goes through the
/// list emulation.
fn ba_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::Slice(..)) = vm.payload(a.arg(1)) {
        // CPython unpacks the slice (its bounds' `__index__`, a zero step)
        // before it looks at the value; a value other than a bytearray is
        // refused if it is a number or a str, else copied into a new
        // bytearray and the assignment starts again (unpacking again).
        let (me, key, value) = (a.arg(0), a.arg(1), a.arg(2));
        let n = data_len(vm, me);
        crate::builtins::types::list::slice_indices(vm, key, n)?;
        let is_bytearray = matches!(vm.payload(value), Some(Payload::ByteArray(_)));
        if is_bytearray && !value.is(me) {
            return via_list(vm, &a, "__setitem__");
        }
        if vm.str_of(value).is_some() || is_number(vm, value) {
            return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        }
        let copy = from_source(vm, Some(value), None, None, Build::ByteArray)?;
        let copy = vm.alloc_val(vm.t.bytearray, Payload::ByteArray(copy))?;
        let pos = [me, key, copy];
        return via_list(vm, &Args::with_kw(&pos, &[]), "__setitem__");
    }
    let i = byte_subscript(vm, a.arg(0), a.arg(1))?;
    let b = byte_val(vm, a.arg(2))?;
    let Some(v) = ba_vec(vm, a.arg(0)) else { return Ok(Value::None) };
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    v[j as usize] = b;
    Ok(Value::None)
}
fn ba_append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = byte_val(vm, a.arg(1))?;
    crate::builtins::types::memoryview::check_resizable(vm, a.arg(0))?;
    vm.charge(1)?;
    if let Some(v) = ba_vec(vm, a.arg(0)) {
        v.push(b);
    }
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let src = from_source(vm, Some(a.arg(1)), None, None, Build::Extend)?;
    if !src.is_empty() {
        crate::builtins::types::memoryview::check_resizable(vm, a.arg(0))?;
    }
    // Check the growth before allocating it, grow to the exact size, and
    // charge what the buffer really grew by.
    let (len, cap) = ba_vec(vm, a.arg(0)).map_or((0, 0), |v| (v.len(), v.capacity()));
    let want = len.saturating_add(src.len());
    let new_cap = if want > cap { want.max(cap.saturating_mul(2)) } else { cap };
    if new_cap > cap {
        // While the buffer moves, the old one (already charged), the new
        // one and the source copy all exist.
        vm.reserve(new_cap.saturating_add(src.len()))?;
    }
    vm.tick_bytes(src.len())?;
    if let Some(v) = ba_vec(vm, a.arg(0)) {
        v.reserve_exact(new_cap - len);
        v.extend(src);
    }
    let new_cap = ba_vec(vm, a.arg(0)).map_or(0, |v| v.capacity());
    vm.charge(new_cap.saturating_sub(cap))?;
    Ok(Value::None)
}
fn ba_iadd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // `+=` takes bytes-like objects only (extend() takes any iterable of
    // ints): a str, list, int... of the built-in types is refused as
    // CPython's "can't concat"; Python-level buffers (array) still extend.
    let other = a.arg(1);
    let plain = matches!(vm.payload(other), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
    // Any other object must be a buffer (diff fuzzer: an instance of a
    // plain class was "can't extend bytearray with N").
    if !plain && crate::builtins::types::memoryview::buffer_bytes(vm, other)?.is_none() {
        return Err(vm.type_error(format!("can't concat {} to {}", vm.type_name(other), vm.type_name(a.arg(0)))));
    }
    ba_extend(vm, a)?;
    Ok(a.arg(0))
}

// ----- methods shared with str, through a latin-1 view ---------------------

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn to_str_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.payload(v) {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
            let d = data(vm, v)?;
            vm.new_string(latin1(&d))
        }
        Some(Payload::Tuple(t)) => {
            let items = t.to_vec();
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(to_str_arg(vm, i)?);
            }
            vm.new_tuple(out)
        }
        Some(Payload::Str(_)) => Err(vm.type_error(format!("a bytes-like object is required, not 'str'"))),
        _ => Ok(v),
    }
}

fn from_str_result(vm: &mut Vm, like: Value, v: Value) -> PyResult<Value> {
    if let Some(s) = vm.str_of(v) {
        let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        return make(vm, like, b);
    }
    if let Some(items) = vm.list_items(v).cloned() {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            out.push(from_str_result(vm, like, i)?);
        }
        return vm.new_list(out);
    }
    if let Some(items) = vm.tuple_items(v).map(|t| t.to_vec()) {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            out.push(from_str_result(vm, like, i)?);
        }
        return vm.new_tuple(out);
    }
    Ok(v)
}

/// How a bytes method treats one argument before the call is forwarded to
/// the `str` method of the same name on the latin-1 view (each byte is the
/// char of the same code). Checking here gives bytes' own error messages.
#[derive(Clone, Copy)]
enum Role {
    /// A bytes-like object (`sep`, `old`, `prefix`...).
    Bytes,
    /// A bytes-like object or None (`sep` of split, `chars` of strip).
    BytesOrNone,
    /// The needle of find/count/index: bytes-like or an int byte value.
    Needle,
    /// The fill byte of center/ljust/rjust: a bytes object of length 1.
    Fill,
    /// startswith/endswith: bytes-like or a tuple of them.
    Affix,
    /// Anything else (counts, widths, indices): forwarded unchanged.
    Other,
}

/// The roles of a forwarded method's positional arguments (after self).
fn roles(name: &str) -> &'static [Role] {
    use Role::*;
    match name {
        "center" | "ljust" | "rjust" => &[Other, Fill],
        "lstrip" | "rstrip" | "strip" => &[BytesOrNone],
        "split" | "rsplit" => &[BytesOrNone, Other],
        "partition" | "rpartition" | "removeprefix" | "removesuffix" => &[Bytes],
        "startswith" | "endswith" => &[Affix, Other, Other],
        "find" | "rfind" | "count" => &[Needle, Other, Other],
        "replace" => &[Bytes, Bytes, Other],
        _ => &[],
    }
}

/// The whitespace bytes.isspace/strip/split use (str's set is larger).
const ASCII_WS: &str = " \t\n\r\x0b\x0c";

fn convert_arg(vm: &mut Vm, name: &str, role: Role, v: Value) -> PyResult<Value> {
    let is_bytes = matches!(vm.payload(v), Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)));
    match role {
        Role::Other => Ok(v),
        _ if is_bytes => to_str_arg(vm, v),
        Role::BytesOrNone if matches!(v, Value::None) => {
            if name.ends_with("strip") {
                vm.new_string(ASCII_WS.to_string())
            } else {
                Ok(v)
            }
        }
        Role::Needle if vm.to_bigint(v).is_some() => {
            let b = byte_val(vm, v)?;
            vm.new_string((b as char).to_string())
        }
        Role::Needle => Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v)))),
        Role::Fill => Err(vm.type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, vm.type_name(v)))),
        Role::Affix => match vm.tuple_items(v).map(|t| t.to_vec()) {
            Some(items) => {
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    let b = bytes_like(vm, it)?;
                    out.push(vm.new_string(latin1(&b))?);
                }
                vm.new_tuple(out)
            }
            None => Err(vm.type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", name, vm.type_name(v)))),
        },
        Role::Bytes | Role::BytesOrNone => bytes_like(vm, v).map(|_| Value::None),
    }
}

/// split()/rsplit() without a separator: runs of ASCII whitespace (str's
/// whitespace also has \x1c-\x1f, \x85 and \xa0, which bytes keep).
fn split_whitespace(vm: &mut Vm, me: Value, maxsplit: i64, from_right: bool) -> PyResult<Value> {
    let d = data(vm, me)?;
    let is_ws = |b: &u8| ASCII_WS.as_bytes().contains(b);
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest: &[u8] = &d;
    loop {
        // Drop the whitespace before the next field (not trim_ascii: it
        // keeps \x0b).
        rest = if from_right {
            &rest[..rest.iter().rposition(|b| !is_ws(b)).map_or(0, |i| i + 1)]
        } else {
            &rest[rest.iter().position(|b| !is_ws(b)).unwrap_or(rest.len())..]
        };
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
            parts.push(rest);
            break;
        }
        let cut = if from_right { rest.iter().rposition(is_ws) } else { rest.iter().position(is_ws) };
        match cut {
            None => {
                parts.push(rest);
                break;
            }
            Some(i) if from_right => {
                parts.push(&rest[i + 1..]);
                rest = &rest[..i];
            }
            Some(i) => {
                parts.push(&rest[..i]);
                rest = &rest[i..];
            }
        }
    }
    if from_right {
        parts.reverse();
    }
    let parts: Vec<Vec<u8>> = parts.into_iter().map(<[u8]>::to_vec).collect();
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        out.push(make(vm, me, p)?);
    }
    vm.new_list(out)
}

/// find/rfind with a bytes-like needle and int (or absent/None) bounds,
/// searched in place: the general path below converts the whole object to
/// a str first, which made a loop of `b.find(x, pos)` quadratic. None for
/// the other argument kinds (the general path handles them).
fn find_in_place(vm: &mut Vm, a: &Args<'_>, rev: bool) -> PyResult<Option<Value>> {
    if !a.kw.is_empty() || a.pos.len() < 2 || a.pos.len() > 4 {
        return Ok(None);
    }
    let me = a.arg(0);
    let needle = match vm.payload(a.arg(1)) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.clone(),
        _ => return Ok(None),
    };
    let len = data_len(vm, me) as i64;
    let mut bounds = [0i64, len];
    for (k, slot) in bounds.iter_mut().enumerate() {
        match a.get(2 + k) {
            None | Some(Value::None) => {}
            Some(Value::Int(i)) => *slot = if i < 0 { (i + len).max(0) } else if k == 1 { i.min(len) } else { i },
            Some(_) => return Ok(None),
        }
    }
    let [start, end] = bounds;
    let n = needle.len() as i64;
    if start > len || end - start < n {
        return Ok(Some(Value::Int(-1)));
    }
    vm.tick_bytes((end - start) as usize)?;
    let hay: &[u8] = match vm.payload(me) {
        Some(Payload::Bytes(b)) => &b[start as usize..end as usize],
        Some(Payload::ByteArray(b)) => &b[start as usize..end as usize],
        _ => return Ok(None),
    };
    let found = if needle.is_empty() {
        Some(if rev { hay.len() } else { 0 })
    } else if needle.len() == 1 {
        // One byte: memchr's word-at-a-time scan, as CPython's.
        if rev {
            memchr::memrchr(needle[0], hay)
        } else {
            memchr::memchr(needle[0], hay)
        }
    } else if rev {
        memchr::memmem::rfind(hay, &needle)
    } else {
        memchr::memmem::find(hay, &needle)
    };
    Ok(Some(Value::Int(found.map_or(-1, |i| start + i as i64))))
}

fn via_str(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let me = a.arg(0);
    if name == "find" || name == "rfind" {
        if let Some(r) = find_in_place(vm, a, name == "rfind")? {
            return Ok(r);
        }
    }
    if name == "split" || name == "rsplit" {
        // Declared `sep=None, maxsplit=-1`: Argument Clinic converts
        // maxsplit (a Py_ssize_t) before the method looks at sep.
        let m = match a.get(2) {
            Some(v) => vm.index_i64(v)?,
            None => -1,
        };
        let sep = a.arg(1);
        if sep.is_none() {
            return split_whitespace(vm, me, m, name == "rsplit");
        }
        let s = to_str_arg(vm, me)?;
        let sep = convert_arg(vm, name, Role::BytesOrNone, sep)?;
        let n = vm.intern(name);
        let f = vm.getattr(s, n)?;
        let r = vm.call(f, &[sep, Value::Int(m)])?;
        return from_str_result(vm, me, r);
    }
    let s = to_str_arg(vm, me)?;
    let roles = roles(name);
    let mut args = Vec::with_capacity(a.pos.len());
    for (i, &v) in a.pos.iter().enumerate().skip(1) {
        if i == 1 && matches!(name, "center" | "ljust" | "rjust") {
            // The width (a Py_ssize_t) is converted before the fill byte
            // is checked (diff fuzzer).
            args.push(Value::Int(vm.index_i64(v)?));
            continue;
        }
        let role = roles.get(i - 1).copied().unwrap_or(Role::Other);
        if let Role::Fill = role {
            if data_len(vm, v) != 1 || !matches!(vm.payload(v), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
                return Err(vm.type_error(format!("{}() argument 2 must be a byte string of length 1, not {}", name, vm.type_name(v))));
            }
        }
        args.push(convert_arg(vm, name, role, v)?);
    }
    let mut kw = Vec::new();
    for &(k, v) in a.kw {
        let role = match vm.str_of(k) {
            Some("sep") => Role::BytesOrNone,
            _ => Role::Other,
        };
        kw.push((k, convert_arg(vm, name, role, v)?));
    }
    if args.is_empty() && name.ends_with("strip") {
        args.push(vm.new_string(ASCII_WS.to_string())?);
    }
    let n = vm.intern(name);
    let f = vm.getattr(s, n)?;
    let r = vm.call_kw(f, &args, &kw)?;
    from_str_result(vm, me, r)
}

macro_rules! via_str_methods {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> { via_str(vm, &a, $name) })*
    };
}
via_str_methods!(
    via_str_center => "center", via_str_ljust => "ljust", via_str_rjust => "rjust",
    via_str_zfill => "zfill", via_str_lstrip => "lstrip", via_str_rstrip => "rstrip",
    via_str_strip => "strip", via_str_split => "split", via_str_rsplit => "rsplit",
    via_str_partition => "partition",
    via_str_rpartition => "rpartition", via_str_startswith => "startswith",
    via_str_endswith => "endswith", via_str_find => "find", via_str_rfind => "rfind",
    via_str_count => "count",
    via_str_replace => "replace", via_str_expandtabs => "expandtabs",
    via_str_removeprefix => "removeprefix", via_str_removesuffix => "removesuffix",
);

/// index/rindex: find/rfind, raising bytes' own "subsection not found".
fn index_via_find(vm: &mut Vm, a: &Args<'_>, find: &str) -> PyResult<Value> {
    match via_str(vm, a, find)? {
        Value::Int(-1) => Err(vm.value_error("subsection not found")),
        r => Ok(r),
    }
}
fn b_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    index_via_find(vm, &a, "find")
}
fn b_rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    index_via_find(vm, &a, "rfind")
}

/// bytes.splitlines: only \n, \r and \r\n end lines (str also splits on
/// \x0b, \x0c, \x1c-\x1e and \x85).
fn b_splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let d = data(vm, me)?;
    let keep = match a.get(1) {
        Some(v) => vm.c_int(v)? != 0,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        parts.push(d[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < d.len() {
        parts.push(d[start..].to_vec());
    }
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        out.push(make(vm, me, p)?);
    }
    vm.new_list(out)
}

/// `x.__rmod__(v)`: `v % x` when `v` is of x's own kind (bytes for
/// bytes, bytearray for bytearray), else NotImplemented, as CPython's.
fn b_rmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, v) = (a.arg(0), a.arg(1));
    let same = match vm.payload(me) {
        Some(Payload::ByteArray(_)) => matches!(vm.payload(v), Some(Payload::ByteArray(_))),
        _ => matches!(vm.payload(v), Some(Payload::Bytes(_))),
    };
    if !same {
        return Ok(Value::NotImplemented);
    }
    let fmt = latin1(&data(vm, v)?);
    let s = crate::builtins::percent::percent_format(vm, &fmt, me, true)?;
    make(vm, v, s.chars().map(|c| c as u32 as u8).collect())
}
/// `bytes.__bytes__()`: the value as an exact bytes object.
fn b_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    if vm.type_of(me) == vm.t.bytes {
        return Ok(me);
    }
    let d = data(vm, me)?;
    vm.reserve(d.len())?;
    vm.new_bytes(d)
}
fn b_mod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let fmt = latin1(&data(vm, me)?);
    let s = crate::builtins::percent::percent_format(vm, &fmt, a.arg(1), true)?;
    make(vm, me, s.chars().map(|c| c as u32 as u8).collect())
}

fn map_bytes(vm: &mut Vm, a: &Args<'_>, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    let r = f(&d);
    make(vm, a.arg(0), r)
}
fn b_swapcase(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &a, |d| d.iter().map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn b_capitalize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &a, |d| d.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn b_title(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &a, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn pred(vm: &mut Vm, a: &Args<'_>, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    Ok(Value::Bool(f(&d)))
}
fn b_isalpha(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic()))
}
fn b_isdigit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_digit()))
}
fn b_isalnum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric()))
}
fn b_isspace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| !d.is_empty() && d.iter().all(|c| b" \t\n\r\x0b\x0c".contains(c)))
}
fn b_islower(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase()))
}
fn b_isupper(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase()))
}
fn b_isascii(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| d.is_ascii())
}
fn b_istitle(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    pred(vm, &a, |d| {
        let mut prev_cased = false;
        let mut any = false;
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

// ----- bytearray mutation through a list of ints -----------------------------

fn via_list(vm: &mut Vm, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let me = a.arg(0);
    let d = data(vm, me)?;
    let l = vm.new_list(d.iter().map(|&b| Value::Int(b as i64)).collect())?;
    let mut args = Vec::new();
    for (i, &v) in a.pos[1..].iter().enumerate() {
        let conv = match vm.payload(v) {
            Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                let vd = data(vm, v)?;
                vm.new_list(vd.iter().map(|&b| Value::Int(b as i64)).collect())?
            }
            _ => {
                if name == "__setitem__" && i == 1 && !matches!(vm.payload(a.pos[1]), Some(Payload::Slice(..))) {
                    let b = byte_val(vm, v)?;
                    Value::Int(b as i64)
                } else if (name == "insert" && i == 1) || name == "remove" {
                    let b = byte_val(vm, v)?;
                    Value::Int(b as i64)
                } else if name == "__setitem__" && i == 1 && matches!(v, Value::Int(_)) {
                    return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                } else {
                    v
                }
            }
        };
        args.push(conv);
    }
    let n = vm.intern(name);
    let r = match vm.call_method(l, n, &args) {
        Ok(r) => r,
        Err(crate::interp::vm::Unwind::Exception(e)) => {
            let (tn, msg) = vm.exc_summary(e);
            let msg = if name == "remove" { "value not found in bytearray".to_string() } else { msg.replace("list", "bytearray").replace("sequence of size", "bytes of size") };
            let ty = vm.heap.get(e).class;
            let _ = tn;
            return Err(vm.exc_msg(ty, msg));
        }
        Err(e) => return Err(e),
    };
    let items = vm.list_items(l).cloned().unwrap_or_default();
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(byte_val(vm, it)?);
    }
    if out.len() != d.len() {
        crate::builtins::types::memoryview::check_resizable(vm, me)?;
    }
    if let Some(v) = ba_vec(vm, me) {
        *v = out;
    }
    if name == "__imul__" {
        return Ok(me);
    }
    Ok(r)
}
macro_rules! via_list_methods {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> { via_list(vm, &a, $name) })*
    };
}
via_list_methods!(
    via_list_insert => "insert", via_list_remove => "remove", via_list_reverse => "reverse",
    via_list_clear => "clear", via_list_delitem => "__delitem__",
    via_list_imul => "__imul__", via_list_pop => "pop",
);
fn ba_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, a.arg(0))?;
    vm.alloc_val(vm.t.bytearray, Payload::ByteArray(d))
}
