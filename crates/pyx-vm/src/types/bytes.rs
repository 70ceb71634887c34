//! `bytes` and `bytearray` (the common methods).

use crate::object::*;
use crate::types::{add_methods, add_native};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn arg(a: &Args<'_>, i: usize) -> Value {
    a.pos.get(i).copied().unwrap_or(Value::None)
}

/// The bytes of a bytes-like object.
pub fn bytes_like(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.payload(v) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.clone()),
        _ => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn data(vm: &Vm, v: Value) -> Vec<u8> {
    match vm.payload(v) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.clone(),
        _ => Vec::new(),
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

/// bytes(x) / bytearray(x) contents.
fn from_source(vm: &mut Vm, src: Option<Value>, enc: Option<Value>) -> PyResult<Vec<u8>> {
    let Some(src) = src else { return Ok(Vec::new()) };
    if let Some(s) = vm.str_of(src) {
        let s = s.to_string();
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(s.into_bytes());
    }
    match src {
        Value::Int(n) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.reserve(n as usize)?;
            return Ok(vec![0; n as usize]);
        }
        Value::Bool(b) => return Ok(vec![0; b as usize]),
        _ => {}
    }
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = vm.payload(src) {
        return Ok(data(vm, src));
    }
    let items = vm.collect_iter(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = vm.index_i64(it)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
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
                ("__len__", b_len),
                ("__getitem__", b_getitem),
                ("__contains__", b_contains),
                ("__iter__", b_iter),
                ("__add__", b_add),
                ("__mul__", b_mul),
                ("__rmul__", b_mul),
                ("__eq__", b_eq),
                ("__ne__", b_ne),
                ("__lt__", b_lt),
                ("__le__", b_le),
                ("__gt__", b_gt),
                ("__ge__", b_ge),
                ("__repr__", b_repr),
                ("decode", b_decode),
                ("hex", b_hex),
                ("join", b_join),
                ("startswith", b_startswith),
                ("endswith", b_endswith),
                ("find", b_find),
                ("count", b_count),
                ("upper", b_upper),
                ("lower", b_lower),
                ("strip", b_strip),
                ("split", b_split),
                ("replace", b_replace),
            ],
        );
    }
    add_methods(vm, vm.t.bytes, &[("__hash__", b_hash)]);
    add_native(vm, vm.t.bytes, "__new__", bytes_new, NativeKind::StaticMethod);
    add_native(vm, vm.t.bytes, "fromhex", b_fromhex, NativeKind::ClassMethod);
    let ba = vm.t.bytearray;
    add_native(vm, ba, "__new__", bytearray_new, NativeKind::StaticMethod);
    add_methods(vm, ba, &[("__init__", bytearray_init), ("__setitem__", ba_setitem), ("append", ba_append), ("extend", ba_extend), ("pop", ba_pop), ("__iadd__", ba_iadd)]);
    crate::types::set_type_attr_raw(vm, ba, vm.n.__hash__, Value::None);
}

fn bytes_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut src = a.get(1);
    let mut enc = a.get(2);
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("source") => src = Some(*v),
            Some("encoding") => enc = Some(*v),
            _ => {}
        }
    }
    if let Some(s) = src {
        if vm.str_of(s).is_none() && vm.payload(s).is_some() && !matches!(vm.payload(s), Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_))) {
            let st = vm.type_of(s);
            if let Some(m) = crate::types::lookup(vm, st, vm.n.__bytes__) {
                return vm.call_unbound(m, s, &[]);
            }
        }
    }
    let b = from_source(vm, src, enc)?;
    let cls = arg(&a, 0).as_obj().unwrap_or(vm.t.bytes);
    vm.alloc_val(cls, Payload::Bytes(b.into_boxed_slice()))
}
fn bytearray_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = arg(&a, 0).as_obj().unwrap_or(vm.t.bytearray);
    vm.alloc_val(cls, Payload::ByteArray(Vec::new()))
}
fn bytearray_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = from_source(vm, a.get(1), a.get(2))?;
    if let Some(r) = arg(&a, 0).as_obj() {
        if let Payload::ByteArray(v) = &mut vm.heap.get_mut(r).payload {
            *v = b;
        }
    }
    Ok(Value::None)
}
fn b_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(data(vm, arg(&a, 0)).len() as i64))
}
fn b_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let key = arg(&a, 1);
    if let Some(Payload::Slice(..)) = vm.payload(key) {
        let (s, e, st) = crate::types::list::slice_indices(vm, key, d.len())?;
        let n = crate::types::list::slice_len(s, e, st);
        let out: Vec<u8> = (0..n).map(|k| d[(s + k as i64 * st) as usize]).collect();
        return make(vm, arg(&a, 0), out);
    }
    let i = vm.index_i64(key)?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let w = if is_ba(vm, arg(&a, 0)) { "bytearray" } else { "index" };
        return Err(vm.index_error(if w == "index" { "index out of range".to_string() } else { "bytearray index out of range".into() }));
    }
    Ok(Value::Int(d[j as usize] as i64))
}
fn b_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let x = arg(&a, 1);
    if let Value::Int(i) = x {
        return Ok(Value::Bool(d.contains(&(i as u8)) && (0..256).contains(&i)));
    }
    let n = bytes_like(vm, x)?;
    Ok(Value::Bool(n.is_empty() || d.windows(n.len()).any(|w| w == n.as_slice())))
}
fn b_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    vm.alloc_val(vm.t.seq_iterator, Payload::Iter(Box::new(IterData::Seq { seq: arg(&a, 0), index: 0 })))
}
fn b_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !matches!(vm.payload(arg(&a, 1)), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        return Ok(Value::NotImplemented);
    }
    let mut d = data(vm, arg(&a, 0));
    d.extend(data(vm, arg(&a, 1)));
    make(vm, arg(&a, 0), d)
}
fn b_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(n) = crate::types::list::repeat_count(vm, arg(&a, 1))? else { return Ok(Value::NotImplemented) };
    let d = data(vm, arg(&a, 0));
    let n = n.max(0) as usize;
    vm.reserve(d.len().saturating_mul(n))?;
    make(vm, arg(&a, 0), d.repeat(n))
}
fn bcmp(vm: &mut Vm, a: &Args<'_>, op: crate::ops::CmpOp) -> PyResult<Value> {
    if !matches!(vm.payload(arg(a, 1)), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (data(vm, arg(a, 0)), data(vm, arg(a, 1)));
    Ok(Value::Bool(op.test(x.cmp(&y))))
}
fn b_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::ops::CmpOp::Eq)
}
fn b_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::ops::CmpOp::Ne)
}
fn b_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::ops::CmpOp::Lt)
}
fn b_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::ops::CmpOp::Le)
}
fn b_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::ops::CmpOp::Gt)
}
fn b_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    bcmp(vm, &a, crate::ops::CmpOp::Ge)
}
fn b_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    Ok(Value::Int(crate::hash::hash_bytes(vm.hash_seed, &d)))
}
fn b_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let r = pyx_text::repr::repr_bytes(&d);
    let s = if is_ba(vm, arg(&a, 0)) { format!("bytearray({})", r) } else { r };
    vm.new_string(s)
}
fn b_decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let enc = match a.get(1) {
        Some(v) => vm.str_of(v).unwrap_or("utf-8").to_lowercase(),
        None => "utf-8".into(),
    };
    match enc.as_str() {
        "ascii" => {
            if let Some(p) = d.iter().position(|&b| b >= 128) {
                return Err(vm.exc_msg(vm.t.unicode_decode_error, format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", d[p], p)));
            }
            vm.new_string(d.iter().map(|&b| b as char).collect())
        }
        "latin-1" | "latin1" | "iso-8859-1" => vm.new_string(d.iter().map(|&b| b as char).collect()),
        _ => match String::from_utf8(d) {
            Ok(s) => vm.new_string(s),
            Err(e) => {
                let p = e.utf8_error().valid_up_to();
                let bytes = e.as_bytes();
                let b = bytes[p];
                let why = match e.utf8_error().error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&b) || b >= 0xf5 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                Err(vm.exc_msg(vm.t.unicode_decode_error, format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b, p, why)))
            }
        },
    }
}
fn b_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    vm.new_string(d.iter().map(|b| format!("{:02x}", b)).collect())
}
fn b_fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s: String = vm.str_of(arg(&a, 1)).unwrap_or("").chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    for ch in cs.chunks(2) {
        let t: String = ch.iter().collect();
        match u8::from_str_radix(&t, 16) {
            Ok(b) if t.len() == 2 => out.push(b),
            _ => return Err(vm.value_error("non-hexadecimal number found in fromhex() arg")),
        }
    }
    vm.new_bytes(out)
}
fn b_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let sep = data(vm, arg(&a, 0));
    let items = vm.collect_iter(arg(&a, 1))?;
    let mut out = Vec::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let part = bytes_like(vm, it)?;
        // Charge as the result grows (memory cap).
        vm.reserve(out.len().saturating_add(part.len()))?;
        out.extend(part);
    }
    make(vm, arg(&a, 0), out)
}
fn b_startswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let p = bytes_like(vm, arg(&a, 1))?;
    Ok(Value::Bool(d.starts_with(&p)))
}
fn b_endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let p = bytes_like(vm, arg(&a, 1))?;
    Ok(Value::Bool(d.ends_with(&p)))
}
fn b_find(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let p = bytes_like(vm, arg(&a, 1))?;
    if p.is_empty() {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(d.windows(p.len()).position(|w| w == p.as_slice()).map(|i| i as i64).unwrap_or(-1)))
}
fn b_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let p = bytes_like(vm, arg(&a, 1))?;
    if p.is_empty() {
        return Ok(Value::Int(d.len() as i64 + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while i + p.len() <= d.len() {
        if d[i..i + p.len()] == p[..] {
            c += 1;
            i += p.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(c))
}
fn b_upper(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0)).to_ascii_uppercase();
    make(vm, arg(&a, 0), d)
}
fn b_lower(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0)).to_ascii_lowercase();
    make(vm, arg(&a, 0), d)
}
fn b_strip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let chars = match a.get(1) {
        Some(Value::None) | None => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => bytes_like(vm, v)?,
    };
    let s = d.iter().position(|b| !chars.contains(b)).unwrap_or(d.len());
    let e = d.iter().rposition(|b| !chars.contains(b)).map(|i| i + 1).unwrap_or(s);
    make(vm, arg(&a, 0), d[s..e.max(s)].to_vec())
}
fn b_split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let parts: Vec<Vec<u8>> = match a.get(1) {
        Some(Value::None) | None => d.split(|b| b.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
        Some(v) => {
            let sep = bytes_like(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= d.len() {
                if d[i..i + sep.len()] == sep[..] {
                    out.push(d[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(d[start..].to_vec());
            out
        }
    };
    let mut vals = Vec::new();
    for p in parts {
        vals.push(make(vm, arg(&a, 0), p)?);
    }
    vm.new_list(vals)
}
fn b_replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = data(vm, arg(&a, 0));
    let old = bytes_like(vm, arg(&a, 1))?;
    let new = bytes_like(vm, arg(&a, 2))?;
    if old.is_empty() {
        return make(vm, arg(&a, 0), d);
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        if i + old.len() <= d.len() && d[i..i + old.len()] == old[..] {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    make(vm, arg(&a, 0), out)
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
    let i = vm.index_i64(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}
fn ba_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let i = vm.index_i64(arg(&a, 1))?;
    let b = byte_val(vm, arg(&a, 2))?;
    let Some(v) = ba_vec(vm, arg(&a, 0)) else { return Ok(Value::None) };
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    v[j as usize] = b;
    Ok(Value::None)
}
fn ba_append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let b = byte_val(vm, arg(&a, 1))?;
    vm.charge(1)?;
    if let Some(v) = ba_vec(vm, arg(&a, 0)) {
        v.push(b);
    }
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let src = from_source(vm, Some(arg(&a, 1)), None)?;
    vm.charge(src.len())?;
    if let Some(v) = ba_vec(vm, arg(&a, 0)) {
        v.extend(src);
    }
    Ok(Value::None)
}
fn ba_iadd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    ba_extend(vm, a)?;
    Ok(arg(&a, 0))
}
fn ba_pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match ba_vec(vm, arg(&a, 0)).and_then(|v| v.pop()) {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error("pop from empty bytearray")),
    }
}
