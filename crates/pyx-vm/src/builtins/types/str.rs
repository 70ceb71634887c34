//! `str`: methods (the algorithms live in `pyx-text`), indexing and
//! slicing, `%`-formatting and `str.format`.

use crate::interp::native::{kw, noargs, one, own, parse, pos, slot};
use pyx_text::str_methods as sm;

use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

pub fn repr_str(s: &str) -> String {
    pyx_text::repr::repr_str(s)
}

pub fn ascii_escape(s: &str) -> String {
    pyx_text::repr::ascii_escape(s)
}


fn s_of(vm: &Vm, v: Value) -> String {
    vm.str_of(v).unwrap_or("").to_string()
}

/// The receiver as text, with CPython's descriptor error otherwise.
fn this(vm: &mut Vm, a: &Args<'_>, meth: &str) -> PyResult<String> {
    match vm.str_of(a.arg(0)).map(str::len) {
        Some(n) => {
            // The copy is transient host memory, and every method scans
            // its receiver at least once: check the one, charge the other.
            vm.reserve(n)?;
            vm.tick_bytes(n)?;
            Ok(vm.str_of(a.arg(0)).unwrap_or("").to_string())
        }
        None => Err(vm.type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            meth,
            vm.type_name(a.arg(0))
        ))),
    }
}

/// A str argument; otherwise TypeError `{msg} {type name}` (msg is e.g.
/// "must be str, not" or "replace() argument 1 must be str, not").
fn str_arg(vm: &mut Vm, v: Value, msg: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{} {}", msg, vm.type_name(v)))),
    }
}

fn opt_idx(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.clamped_i64(v)?)),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.str;
    add_methods(
        vm,
        t,
        &[
            ("__add__", slot("value"), str_add),
            ("__mul__", slot("value"), str_mul),
            ("__rmul__", slot("value"), str_mul),
            ("__mod__", slot("value"), str_mod),
            ("__getitem__", slot("key"), str_getitem),
            ("__len__", slot(""), str_len),
            ("__contains__", slot("key"), str_contains),
            ("__iter__", slot(""), str_iter),
            ("__eq__", slot("value"), str_eq),
            ("__ne__", slot("value"), str_ne),
            ("__lt__", slot("value"), str_lt),
            ("__le__", slot("value"), str_le),
            ("__gt__", slot("value"), str_gt),
            ("__ge__", slot("value"), str_ge),
            ("__hash__", slot(""), str_hash),
            ("__repr__", slot(""), str_repr),
            ("__str__", slot(""), str_str),
            ("__format__", one("format_spec"), str_format_spec),
            ("__getnewargs__", own(), str_getnewargs),
            ("join", one("iterable"), str_join),
            ("split", kw("sep=None, maxsplit=-1"), str_split),
            ("rsplit", kw("sep=None, maxsplit=-1"), str_rsplit),
            ("splitlines", kw("keepends=False"), str_splitlines),
            ("strip", pos("chars=None"), str_strip),
            ("lstrip", pos("chars=None"), str_lstrip),
            ("rstrip", pos("chars=None"), str_rstrip),
            ("startswith", parse("prefix, start=<unrepresentable>, end=<unrepresentable>"), str_startswith),
            ("endswith", parse("suffix, start=<unrepresentable>, end=<unrepresentable>"), str_endswith),
            ("find", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), str_find),
            ("rfind", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), str_rfind),
            ("index", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), str_index),
            ("rindex", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), str_rindex),
            ("count", parse("sub, start=<unrepresentable>, end=<unrepresentable>"), str_count),
            ("replace", pos("old, new, count=-1"), str_replace),
            ("upper", noargs(), str_upper),
            ("lower", noargs(), str_lower),
            ("casefold", noargs(), str_casefold),
            ("swapcase", noargs(), str_swapcase),
            ("capitalize", noargs(), str_capitalize),
            ("title", noargs(), str_title),
            ("isalpha", noargs(), str_isalpha),
            ("isdecimal", noargs(), str_isdecimal),
            ("isdigit", noargs(), str_isdigit),
            ("isnumeric", noargs(), str_isnumeric),
            ("isalnum", noargs(), str_isalnum),
            ("isspace", noargs(), str_isspace),
            ("isprintable", noargs(), str_isprintable),
            ("isascii", noargs(), str_isascii),
            ("isidentifier", noargs(), str_isidentifier),
            ("islower", noargs(), str_islower),
            ("isupper", noargs(), str_isupper),
            ("istitle", noargs(), str_istitle),
            ("center", pos("width, fillchar=' '"), str_center),
            ("ljust", pos("width, fillchar=' '"), str_ljust),
            ("rjust", pos("width, fillchar=' '"), str_rjust),
            ("zfill", one("width"), str_zfill),
            ("expandtabs", kw("tabsize=8"), str_expandtabs),
            ("partition", one("sep"), str_partition),
            ("rpartition", one("sep"), str_rpartition),
            ("format", own(), str_format),
            ("format_map", one("object"), str_format_map),
            ("encode", kw("encoding='utf-8', errors='strict'"), str_encode),
            ("removeprefix", one("prefix"), str_removeprefix),
            ("removesuffix", one("suffix"), str_removesuffix),
            ("translate", one("table"), str_translate),
        ],
    );
    add_native(vm, t, "__new__", own(), str_new, NativeKind::StaticMethod);
    add_native(vm, t, "maketrans", pos("x, y=<unrepresentable>, z=<unrepresentable>"), str_maketrans, NativeKind::StaticMethod);
}

fn str_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0);
    let given = a.pos.len().saturating_sub(1) + a.kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({} given)", given)));
    }
    let mut obj = a.get(1);
    let mut encoding = a.get(2);
    let mut errors = a.get(3);
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("object") => obj = Some(*v),
            Some("encoding") => encoding = Some(*v),
            Some("errors") => errors = Some(*v),
            _ => return Err(vm.type_error("str() got an unexpected keyword argument")),
        }
    }
    let v = match obj {
        None => Value::Obj(vm.n.empty),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let b = match vm.payload(o) {
                    Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => crate::builtins::types::bytes::bytes_like(vm, o)?,
                    Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
                    _ => return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(o)))),
                };
                let (enc, errors) = crate::builtins::types::codecs::codec_args(vm, encoding, errors, "str")?;
                if !crate::builtins::types::codecs::is_native(&enc) {
                    let b = vm.new_bytes(b)?;
                    crate::builtins::types::codecs::via_registry(vm, "_text_decode", b, &enc, &errors)?
                } else {
                    let s = crate::builtins::types::codecs::decode(vm, &b, &enc, &errors)?;
                    vm.new_string(s)?
                }
            } else {
                vm.to_str(o)?
            }
        }
    };
    if cls.as_obj() == Some(vm.t.str) {
        return Ok(v);
    }
    let s = s_of(vm, v);
    let Value::Obj(c) = cls else { return Ok(v) };
    vm.alloc_val(c, Payload::Str(PyStr::new(s.into())))
}

fn str_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    let (Some(lp), Some(lq)) = (vm.str_of(x).map(|s| s.len()), vm.str_of(y).map(|s| s.len())) else {
        // A sequence's concatenation (CPython's sq_concat) raises; the
        // operator tries the other operand's __radd__ before it.
        return Err(vm.type_error(format!("can only concatenate str (not \"{}\") to str", vm.type_name(y))));
    };
    vm.reserve(lp.saturating_add(lq))?;
    let (Some(p), Some(q)) = (vm.str_of(x), vm.str_of(y)) else { return Ok(Value::NotImplemented) };
    let mut s = String::with_capacity(p.len() + q.len());
    s.push_str(p);
    s.push_str(q);
    vm.new_string(s)
}

fn str_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    let n = match y {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => {
            if let Some(Payload::Int(_)) = vm.payload(y) {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            let yt = vm.type_of(y);
            if crate::interp::typesys::lookup(vm, yt, vm.n.__index__).is_none() {
                return Ok(Value::NotImplemented);
            }
            vm.index_i64(y)?
        }
    };
    let len = vm.str_of(x).map_or(0, str::len);
    if n <= 0 || len == 0 {
        return Ok(Value::Obj(vm.n.empty));
    }
    let total = (len as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    vm.reserve(total as usize)?;
    vm.tick(total as u64 / 64)?;
    // Repeat straight from the operand (no copy of it first).
    let r = vm.str_of(x).unwrap_or("").repeat(n as usize);
    vm.new_string(r)
}

fn str_mod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    str_percent(vm, a.arg(0), a.arg(1))
}

/// `fmt % args` for a str `fmt`: `str.__mod__`, and what `binary_op` calls
/// straight for an exact str on the left when the right operand cannot
/// take precedence with its `__rmod__` (`percent_takes_precedence`).
pub(crate) fn str_percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    // `%s` over exact strs and ints, or `%(key)s` over an exact dict's
    // exact str keys: scanned and laid out once each, charged as a scan,
    // and the result checked against the budget before it is built.
    let mapped = match simple_percent_len(vm, fmt, args) {
        Some(len) => Some((None, len)),
        None => mapping_percent_values(vm, fmt, args).map(|(values, len)| (Some(values), len)),
    };
    if let Some((values, len)) = mapped {
        vm.tick_bytes(len)?;
        vm.reserve(len)?;
        let mut out = String::with_capacity(len);
        let values = match &values {
            Some(values) => values.as_slice(),
            None => percent_items(vm, &args),
        };
        lay_out_percent(vm, fmt, values, &mut out);
        return vm.new_string(out);
    }
    let s = s_of(vm, fmt);
    let r = crate::builtins::percent::percent_format(vm, &s, args, false)?;
    vm.new_string(r)
}

/// Whether `args`, on the right of `str % args` with an exact str on the
/// left, is of a str subclass, whose `__rmod__` Python would try first;
/// anything else leaves the formatting to `str.__mod__`.
pub(crate) fn percent_takes_precedence(vm: &Vm, args: Value) -> bool {
    match args {
        Value::Obj(r) => {
            let class = vm.heap.get(r).class;
            class != vm.t.str && vm.is_subtype(class, vm.t.str)
        }
        _ => false,
    }
}

/// The values of `fmt % mapping`, in directive order, and the result's
/// length, when `mapping` is an exact dict and every directive of `fmt` is
/// a bare `%(key)s` (a key without parentheses) or `%%`, each key found
/// as an exact str key whose value is an exact str or an int (the usual
/// logging format over a record's `__dict__`). The lookups run no Python
/// code: a key whose hash is shared by an entry that is not that exact str
/// is left, like anything else (a missing key included), to the general
/// formatter, which then does what CPython does.
fn mapping_percent_values(vm: &Vm, fmt: Value, args: Value) -> Option<(Vec<Value>, usize)> {
    let Value::Obj(d) = args else { return None };
    if vm.heap.get(d).class != vm.t.dict {
        return None;
    }
    let dict = vm.dict_ref(d)?;
    let f = vm.str_of(fmt)?;
    let b = f.as_bytes();
    let mut values = Vec::new();
    let mut len = 0usize;
    let mut i = 0usize;
    while i < b.len() {
        if b[i] != b'%' {
            len += 1;
            i += 1;
            continue;
        }
        match b.get(i + 1) {
            Some(b'%') => {
                len += 1;
                i += 2;
            }
            Some(b'(') => {
                let start = i + 2;
                let close = start + f.get(start..)?.find([')', '('])?;
                if b[close] != b')' || b.get(close + 1) != Some(&b's') {
                    return None;
                }
                let key = &f[start..close];
                let h = crate::object::hash::hash_bytes(vm.hash_seed, key.as_bytes());
                let p = dict.find(h, |k| vm.exact_str(k) == Some(key))?;
                let v = dict.entry_at(p)?.value;
                len = len.checked_add(simple_arg_len(vm, v)?)?;
                values.push(v);
                i = close + 2;
            }
            _ => return None,
        }
    }
    (!values.is_empty()).then_some((values, len))
}

/// The arguments of `fmt % args` as a slice: a tuple's items, or the one
/// value.
fn percent_items<'v>(vm: &'v Vm, args: &'v Value) -> &'v [Value] {
    match vm.tuple_items(*args) {
        Some(items) => items,
        None => std::slice::from_ref(args),
    }
}

/// The text of one `%s` argument that needs no Python code: an exact str
/// (itself) or an int (its digits, written by `push_simple_arg`).
fn simple_arg_len(vm: &Vm, v: Value) -> Option<usize> {
    match v {
        Value::Int(i) => Some(if i < 0 { 1 } else { 0 } + decimal_digits(i.unsigned_abs())),
        _ => vm.exact_str(v).map(str::len),
    }
}

fn decimal_digits(mut n: u64) -> usize {
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d
}

/// The length of `fmt % args` when every directive of `fmt` is a bare
/// `%s` or `%%` and the arguments are exactly as many exact strs and ints
/// (the usual `"%s: %s" % (k, v)`); `None` sends anything else, errors
/// included, to the general formatter. Such an argument is never a
/// mapping, so the general formatter would lay out the same text.
fn simple_percent_len(vm: &Vm, fmt: Value, args: Value) -> Option<usize> {
    let f = vm.str_of(fmt)?.as_bytes();
    let items = percent_items(vm, &args);
    let mut len = 0usize;
    let mut next = 0usize;
    let mut i = 0usize;
    while i < f.len() {
        if f[i] != b'%' {
            len += 1;
            i += 1;
            continue;
        }
        match f.get(i + 1) {
            Some(b'%') => len += 1,
            Some(b's') => {
                len = len.checked_add(simple_arg_len(vm, *items.get(next)?)?)?;
                next += 1;
            }
            _ => return None,
        }
        i += 2;
    }
    (next == items.len()).then_some(len)
}

/// Lay out `fmt % args` from the values `simple_percent_len` or
/// `mapping_percent_values` accepted, in directive order: each `%s` or
/// `%(key)s` takes the next one, `%%` is a `%`.
fn lay_out_percent(vm: &Vm, fmt: Value, values: &[Value], out: &mut String) {
    let f = vm.str_of(fmt).unwrap_or("");
    let mut values = values.iter();
    let mut rest = f;
    while let Some(p) = rest.find('%') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        if let Some(tail) = after.strip_prefix('%') {
            out.push('%');
            rest = tail;
            continue;
        }
        if let Some(&v) = values.next() {
            push_simple_arg(vm, v, out);
        }
        // Past the directive's `s` (a `%(key)s` key holds no `)`).
        let end = if after.starts_with('(') { after.find(')').map_or(after.len(), |c| c + 2) } else { 1 };
        rest = &after[end.min(after.len())..];
    }
    out.push_str(rest);
}

/// Write one `%s` argument `simple_arg_len` accepted.
fn push_simple_arg(vm: &Vm, v: Value, out: &mut String) {
    use std::fmt::Write as _;
    match v {
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        _ => out.push_str(vm.exact_str(v).unwrap_or("")),
    }
}

fn str_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.pystr(a.arg(0)).map(|s| s.chars).unwrap_or(0) as i64))
}

fn str_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if vm.str_of(a.arg(1)).is_none() {
        return Err(vm.type_error(format!("'in <string>' requires string as left operand, not {}", vm.type_name(a.arg(1)))));
    }
    // Searched in place (no copy of the receiver); the scan is charged.
    vm.tick_bytes(vm.str_of(a.arg(0)).map_or(0, str::len))?;
    let found = match (vm.str_of(a.arg(0)), vm.str_of(a.arg(1))) {
        (Some(s), Some(n)) => s.contains(n),
        _ => false,
    };
    Ok(Value::Bool(found))
}

fn str_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(r) = a.arg(0).as_obj() else { return Err(vm.type_error("bad str")) };
    vm.alloc_val(vm.t.str_iterator, Payload::Iter(Box::new(IterData::Str { s: r, byte: 0 })))
}

fn cmp(vm: &mut Vm, a: &Args<'_>, op: crate::interp::ops::CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (vm.str_of(a.arg(0)), vm.str_of(a.arg(1))) else { return Ok(Value::NotImplemented) };
    Ok(Value::Bool(op.test(x.cmp(y))))
}
fn str_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp(vm, &a, crate::interp::ops::CmpOp::Eq)
}
fn str_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp(vm, &a, crate::interp::ops::CmpOp::Ne)
}
fn str_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp(vm, &a, crate::interp::ops::CmpOp::Lt)
}
fn str_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp(vm, &a, crate::interp::ops::CmpOp::Le)
}
fn str_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp(vm, &a, crate::interp::ops::CmpOp::Gt)
}
fn str_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    cmp(vm, &a, crate::interp::ops::CmpOp::Ge)
}
fn str_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.arg(0) {
        Value::Obj(r) => Ok(Value::Int(vm.str_hash_cached(r))),
        _ => Ok(Value::Int(0)),
    }
}
fn str_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = pyx_text::repr::repr_len(vm.str_of(a.arg(0)).unwrap_or(""));
    vm.reserve(n)?;
    vm.tick_bytes(n)?;
    let s = repr_str(vm.str_of(a.arg(0)).unwrap_or(""));
    vm.new_string(s)
}
fn str_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    if vm.type_of(v) == vm.t.str {
        return Ok(v);
    }
    let s = s_of(vm, v);
    vm.new_string(s)
}
fn str_format_spec(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let spec = crate::builtins::types::int::format_spec_arg(vm, a.arg(1))?;
    // An empty spec gives str(self): a subclass's own __str__ shows.
    if spec.is_empty() && vm.type_of(a.arg(0)) != vm.t.str {
        return vm.to_str(a.arg(0));
    }
    let s = s_of(vm, a.arg(0));
    vm.reserve_format_spec(&spec)?;
    let r = pyx_text::format_spec::format_str(&s, &spec, "str").map_err(|e| vm.text_err(e))?;
    vm.new_string(r)
}
fn str_getnewargs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = s_of(vm, a.arg(0));
    let v = vm.new_string(s)?;
    vm.new_tuple(vec![v])
}

/// `s[i]` and `s[a:b:c]`.
fn str_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (sv, key) = (a.arg(0), a.arg(1));
    if let Some(Payload::Slice(..)) = vm.payload(key) {
        let (n, ascii) = match vm.pystr(sv) {
            Some(p) => (p.chars, p.is_ascii()),
            None => (0, true),
        };
        let (start, stop, step) = crate::builtins::types::list::slice_indices(vm, key, n)?;
        let s = vm.str_of(sv).unwrap_or("");
        let out: String = if step == 1 {
            if start >= stop {
                String::new()
            } else if ascii {
                s[start as usize..stop as usize].to_string()
            } else {
                s.chars().skip(start as usize).take((stop - start) as usize).collect()
            }
        } else {
            let chars: Vec<char> = s.chars().collect();
            crate::builtins::types::list::slice_positions(start, stop, step).map(|i| chars[i]).collect()
        };
        return vm.new_string(out);
    }
    let kt = vm.type_of(key);
    if !matches!(key, Value::Int(_) | Value::Bool(_)) && crate::interp::typesys::lookup(vm, kt, vm.n.__index__).is_none() {
        return Err(vm.type_error(format!("string indices must be integers, not '{}'", vm.type_name(key))));
    }
    let i = vm.subscript_i64(key)?;
    let p = vm.pystr(sv).map(|p| p.chars).unwrap_or(0) as i64;
    let j = if i < 0 { i + p } else { i };
    if j < 0 || j >= p {
        return Err(vm.index_error("string index out of range"));
    }
    let c = vm.pystr(sv).map(|p| p.char_at(j as usize)).unwrap_or(' ');
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    if s.len() == 1 {
        return Ok(Value::Obj(vm.intern(s)));
    }
    vm.new_str(s)
}

fn str_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // A list or tuple is joined where its items are (refused before
    // anything is copied when the result is too big); anything else is
    // collected first.
    let seq = a.arg(1);
    if borrowed(vm, seq).is_some() {
        return join_values(vm, a.arg(0), Some(seq), &[]);
    }
    let items = match vm.collect_sized(seq) {
        Ok(i) => i,
        Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) && vm.iter(a.arg(1)).is_err() => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    join_values(vm, a.arg(0), None, &items)
}

/// The items of an exact-or-sub list or tuple, where they are.
fn borrowed(vm: &Vm, seq: Value) -> Option<&[Value]> {
    vm.list_items(seq).map(|v| v.as_slice()).or_else(|| vm.tuple_items(seq))
}

/// str `sep` between the strs of list/tuple `seq` (read in place) or, when
/// `None`, of `owned`: the result measured, reserved and charged by its
/// bytes before it is built.
fn join_values(vm: &mut Vm, sep: Value, seq: Option<Value>, owned: &[Value]) -> PyResult<Value> {
    let total = {
        let list = match seq { Some(s) => borrowed(vm, s).unwrap_or(&[]), None => owned };
        let sep_len = vm.str_of(sep).map_or(0, str::len);
        list.iter().fold(sep_len.saturating_mul(list.len().saturating_sub(1)), |acc, it| acc.saturating_add(vm.str_of(*it).map_or(0, str::len)))
    };
    vm.reserve(total)?;
    vm.tick_bytes(total)?;
    let mut out = String::with_capacity(total);
    let bad = {
        let list = match seq { Some(s) => borrowed(vm, s).unwrap_or(&[]), None => owned };
        let sep = vm.str_of(sep).unwrap_or("");
        let mut bad = None;
        for (i, it) in list.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            match vm.str_of(*it) {
                Some(s) => out.push_str(s),
                None => {
                    bad = Some((i, *it));
                    break;
                }
            }
        }
        bad
    };
    if let Some((i, it)) = bad {
        let msg = format!("sequence item {}: expected str instance, {} found", i, vm.type_name(it));
        return Err(vm.type_error(msg));
    }
    vm.new_string(out)
}

/// Host bytes one piece of a split costs beyond its text: its slot in the
/// list of pieces and in the result, and its object.
const PIECE_BYTES: usize = 16 + 16 + 64 + 16;

/// Check that splitting `s` into at most `pieces` pieces fits the budget,
/// before the pieces are even listed.
fn split_room(vm: &mut Vm, s: &str, pieces: usize) -> PyResult<()> {
    vm.reserve(pieces.saturating_mul(PIECE_BYTES).saturating_add(s.len()))?;
    vm.tick(pieces as u64)
}

/// An upper bound on the pieces `split(sep, maxsplit)` makes of `s`.
fn split_bound(s: &str, sep: Option<&str>, maxsplit: i64) -> usize {
    let n = match sep {
        Some(sep) if !sep.is_empty() => s.matches(sep).count(),
        Some(_) => 0,
        None => s.chars().filter(|&c| pyx_text::unicode_db::is_space(c)).count(),
    };
    let n = n.saturating_add(1);
    if maxsplit >= 0 {
        n.min((maxsplit as usize).saturating_add(1))
    } else {
        n
    }
}

fn list_of_strs(vm: &mut Vm, parts: Vec<&str>) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(parts.len());
    for (i, p) in parts.into_iter().enumerate() {
        // Charged up front (split_room); the time limit is still checked.
        if i % 4096 == 4095 {
            vm.poll()?;
        }
        vals.push(vm.new_str(p)?);
    }
    vm.new_list(vals)
}

fn sep_max(vm: &mut Vm, a: &Args<'_>) -> PyResult<(Option<String>, i64)> {
    let (sep, maxs) = (a.get(1), a.get(2));
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, "must be str or None, not")?),
    };
    let m = match maxs {
        None => -1,
        Some(v) => vm.index_i64(v)?,
    };
    Ok((sep, m))
}

fn str_split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "split")?;
    let (sep, m) = sep_max(vm, &a)?;
    split_room(vm, &s, split_bound(&s, sep.as_deref(), m))?;
    let parts = sm::split(&s, sep.as_deref(), m).map_err(|e| vm.text_err(e))?;
    list_of_strs(vm, parts)
}
fn str_rsplit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "rsplit")?;
    let (sep, m) = sep_max(vm, &a)?;
    split_room(vm, &s, split_bound(&s, sep.as_deref(), m))?;
    let parts = sm::rsplit(&s, sep.as_deref(), m).map_err(|e| vm.text_err(e))?;
    list_of_strs(vm, parts)
}
fn str_splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "splitlines")?;
    let keep = match a.get(1) {
        Some(v) => vm.c_int(v)? != 0,
        None => false,
    };
    let lines = s.chars().filter(|&c| pyx_text::unicode_db::is_linebreak(c)).count();
    split_room(vm, &s, lines.saturating_add(1))?;
    let parts = sm::splitlines(&s, keep);
    list_of_strs(vm, parts)
}

fn strip_chars(vm: &mut Vm, a: &Args<'_>) -> PyResult<Option<String>> {
    match a.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error("strip arg must be None or str")),
        },
    }
}
fn str_strip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "strip")?;
    let c = strip_chars(vm, &a)?;
    let r = sm::strip(&s, c.as_deref()).to_string();
    vm.new_string(r)
}
fn str_lstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "lstrip")?;
    let c = strip_chars(vm, &a)?;
    let r = sm::lstrip(&s, c.as_deref()).to_string();
    vm.new_string(r)
}
fn str_rstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "rstrip")?;
    let c = strip_chars(vm, &a)?;
    let r = sm::rstrip(&s, c.as_deref()).to_string();
    vm.new_string(r)
}

fn affixes(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<String>> {
    if let Some(s) = vm.str_of(v) {
        return Ok(vec![s.to_string()]);
    }
    if let Some(items) = vm.tuple_items(v).map(|t| t.to_vec()) {
        let mut out = Vec::new();
        for it in items {
            match vm.str_of(it) {
                Some(s) => out.push(s.to_string()),
                None => return Err(vm.type_error(format!("tuple for {} must only contain str, not {}", what, vm.type_name(it)))),
            }
        }
        return Ok(out);
    }
    Err(vm.type_error(format!("{} first arg must be str or a tuple of str, not {}", what, vm.type_name(v))))
}
fn str_startswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "startswith")?;
    positions_room(vm, &s)?;
    let p = affixes(vm, a.arg(1), "startswith")?;
    let (st, en) = (opt_idx(vm, a.get(2))?, opt_idx(vm, a.get(3))?);
    let refs: Vec<&str> = p.iter().map(|x| x.as_str()).collect();
    Ok(Value::Bool(sm::startswith(&s, &refs, st, en)))
}
fn str_endswith(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "endswith")?;
    positions_room(vm, &s)?;
    let p = affixes(vm, a.arg(1), "endswith")?;
    let (st, en) = (opt_idx(vm, a.get(2))?, opt_idx(vm, a.get(3))?);
    let refs: Vec<&str> = p.iter().map(|x| x.as_str()).collect();
    Ok(Value::Bool(sm::endswith(&s, &refs, st, en)))
}

macro_rules! search_method {
    ($name:ident, $f:path, $label:expr) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = this(vm, &a, $label)?;
            positions_room(vm, &s)?;
            let sub = str_arg(vm, a.arg(1), "must be str, not")?;
            let (st, en) = (opt_idx(vm, a.get(2))?, opt_idx(vm, a.get(3))?);
            Ok(Value::Int($f(&s, &sub, st, en)))
        }
    };
}
search_method!(str_find, sm::find, "find");
search_method!(str_rfind, sm::rfind, "rfind");
search_method!(str_count, sm::count, "count");

/// Searches in non-ASCII text map code points to byte offsets through a
/// table of one word per character: check it fits first.
fn positions_room(vm: &mut Vm, s: &str) -> PyResult<()> {
    if s.is_ascii() {
        return Ok(());
    }
    vm.reserve(s.len().saturating_mul(8))
}

fn str_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "index")?;
    positions_room(vm, &s)?;
    let sub = str_arg(vm, a.arg(1), "must be str, not")?;
    let (st, en) = (opt_idx(vm, a.get(2))?, opt_idx(vm, a.get(3))?);
    sm::index(&s, &sub, st, en).map(Value::Int).map_err(|e| vm.text_err(e))
}
fn str_rindex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "rindex")?;
    positions_room(vm, &s)?;
    let sub = str_arg(vm, a.arg(1), "must be str, not")?;
    let (st, en) = (opt_idx(vm, a.get(2))?, opt_idx(vm, a.get(3))?);
    sm::rindex(&s, &sub, st, en).map(Value::Int).map_err(|e| vm.text_err(e))
}
fn str_replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "replace")?;
    let old = str_arg(vm, a.arg(1), "replace() argument 1 must be str, not")?;
    let new = str_arg(vm, a.arg(2), "replace() argument 2 must be str, not")?;
    let count = match a.get(3) {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    // Charge the result (and the copy of the receiver) before building it.
    if !old.is_empty() {
        let n = s.matches(old.as_str()).count();
        if new.len() > old.len() {
            vm.reserve(s.len().saturating_mul(2).saturating_add(n.saturating_mul(new.len() - old.len())))?;
        }
    } else {
        vm.reserve(s.len().saturating_mul(new.len() + 2))?;
    }
    let r = sm::replace(&s, &old, &new, count);
    vm.new_string(r)
}

macro_rules! simple_str {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = this(vm, &a, stringify!($name))?;
            // Case mapping can lengthen non-ASCII text (up to 3x in UTF-8).
            vm.reserve(if s.is_ascii() { s.len() } else { s.len().saturating_mul(3) })?;
            let r = $f(&s);
            vm.new_string(r)
        }
    };
}
simple_str!(str_upper, sm::upper);
simple_str!(str_lower, sm::lower);
simple_str!(str_casefold, sm::casefold);
simple_str!(str_swapcase, sm::swapcase);
simple_str!(str_capitalize, sm::capitalize);
simple_str!(str_title, sm::title);

macro_rules! pred_str {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = this(vm, &a, stringify!($name))?;
            Ok(Value::Bool($f(&s)))
        }
    };
}
pred_str!(str_isalpha, sm::isalpha);
pred_str!(str_isdecimal, sm::isdecimal);
pred_str!(str_isdigit, sm::isdigit);
pred_str!(str_isnumeric, sm::isnumeric);
pred_str!(str_isalnum, sm::isalnum);
pred_str!(str_isspace, sm::isspace);
pred_str!(str_isprintable, sm::isprintable);
pred_str!(str_isascii, sm::isascii);
pred_str!(str_isidentifier, sm::isidentifier);
pred_str!(str_islower, sm::islower);
pred_str!(str_isupper, sm::isupper);
pred_str!(str_istitle, sm::istitle);

fn fill_char(vm: &mut Vm, v: Option<Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let s = str_arg(vm, v, "The fill character must be a unicode character, not")?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    }
}
macro_rules! pad_str {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
            let s = this(vm, &a, stringify!($name))?;
            let w = vm.index_i64(a.arg(1))?;
            let c = fill_char(vm, a.get(2))?;
            // The result (fill may be multi-byte) and the receiver's copy.
            vm.reserve((w.max(0) as usize).saturating_mul(c.len_utf8()).saturating_add(s.len()))?;
            let r = $f(&s, w, c);
            vm.new_string(r)
        }
    };
}
pad_str!(str_center, sm::center);
pad_str!(str_ljust, sm::ljust);
pad_str!(str_rjust, sm::rjust);
fn str_zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "zfill")?;
    let w = vm.index_i64(a.arg(1))?;
    vm.reserve(w.max(0) as usize)?;
    let r = sm::zfill(&s, w);
    vm.new_string(r)
}
fn str_expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "expandtabs")?;
    let ts = a.get(1);
    // A C int, as CPython's: 2**40 is an OverflowError, not a huge width.
    let w = match ts {
        Some(v) => i64::from(vm.c_int(v)?),
        None => 8,
    };
    let n = sm::expandtabs_len(&s, w);
    vm.reserve(n)?;
    vm.tick_bytes(n)?;
    let r = sm::expandtabs(&s, w);
    vm.new_string(r)
}
fn str_partition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "partition")?;
    let sep = str_arg(vm, a.arg(1), "must be str, not")?;
    let (x, y, z) = sm::partition(&s, &sep).map_err(|e| vm.text_err(e))?;
    let (x, y, z) = (x.to_string(), y.to_string(), z.to_string());
    let v = vec![vm.new_string(x)?, vm.new_string(y)?, vm.new_string(z)?];
    vm.new_tuple(v)
}
fn str_rpartition(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "rpartition")?;
    let sep = str_arg(vm, a.arg(1), "must be str, not")?;
    let (x, y, z) = sm::rpartition(&s, &sep).map_err(|e| vm.text_err(e))?;
    let (x, y, z) = (x.to_string(), y.to_string(), z.to_string());
    let v = vec![vm.new_string(x)?, vm.new_string(y)?, vm.new_string(z)?];
    vm.new_tuple(v)
}
fn str_encode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "encode")?;
    let (enc, errors) = crate::builtins::types::codecs::method_codec_args(vm, &a, "encode")?;
    if !crate::builtins::types::codecs::is_native(&enc) {
        return crate::builtins::types::codecs::via_registry(vm, "_text_encode", a.arg(0), &enc, &errors);
    }
    let b = crate::builtins::types::codecs::encode(vm, &s, &enc, &errors)?;
    vm.new_bytes(b)
}
fn str_removeprefix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "removeprefix")?;
    let p = str_arg(vm, a.arg(1), "removeprefix() argument must be str, not")?;
    let r = s.strip_prefix(p.as_str()).unwrap_or(&s).to_string();
    vm.new_string(r)
}
fn str_removesuffix(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "removesuffix")?;
    let p = str_arg(vm, a.arg(1), "removesuffix() argument must be str, not")?;
    let r = s.strip_suffix(p.as_str()).unwrap_or(&s).to_string();
    vm.new_string(r)
}

fn str_maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let d = vm.new_dict()?;
    match a.pos.len() {
        1 => {
            let src = a.arg(0);
            let Some(items) = src.as_obj().and_then(|r| vm.dict_ref(r)).map(|d| d.items()) else {
                return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
            };
            for (k, v) in items {
                let key = match vm.str_of(k) {
                    Some(s) if s.chars().count() == 1 => Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)),
                    Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    None => k,
                };
                vm.dict_set(d, key, v)?;
            }
        }
        2 | 3 => {
            if vm.str_of(a.arg(0)).is_none() {
                return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"));
            }
            for k in 1..a.pos.len() {
                if vm.str_of(a.arg(k)).is_none() {
                    return Err(vm.type_error(format!("maketrans() argument {} must be str, not {}", k + 1, vm.type_name(a.arg(k)))));
                }
            }
            let x: Vec<char> = s_of(vm, a.arg(0)).chars().collect();
            let y: Vec<char> = s_of(vm, a.arg(1)).chars().collect();
            if x.len() != y.len() {
                return Err(vm.value_error("the first two maketrans arguments must have equal length"));
            }
            for (c, r) in x.iter().zip(y.iter()) {
                vm.dict_set(d, Value::Int(*c as i64), Value::Int(*r as i64))?;
            }
            if let Some(z) = a.get(2) {
                for c in s_of(vm, z).chars() {
                    vm.dict_set(d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes 1 to 3 arguments")),
    }
    Ok(Value::Obj(d))
}

fn str_translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "translate")?;
    let table = a.arg(1);
    let mut out = String::new();
    grow_budgeted(vm, &mut out, s.len())?;
    // An exact dict is looked up directly: a missing key is no KeyError
    // made and dropped per character (a million of them were 300 MB of
    // garbage), and each character's answer is remembered (CPython caches
    // too; only a key's own `__eq__` could notice the fewer look-ups).
    let exact_dict = match table {
        Value::Obj(t) if vm.heap.get(t).class == vm.t.dict => Some(t),
        _ => None,
    };
    let mut seen: hashbrown::HashMap<char, Value> = hashbrown::HashMap::new();
    for c in s.chars() {
        vm.tick(1)?;
        // Room for a replacement of any length, checked before it grows.
        let room = |vm: &mut Vm, out: &mut String, extra: usize| grow_budgeted(vm, out, extra);
        let found = match exact_dict {
            Some(d) => match seen.get(&c) {
                Some(v) => Ok(*v),
                None => {
                    let v = vm.dict_get(d, Value::Int(c as i64))?.unwrap_or(Value::Null);
                    seen.insert(c, v);
                    Ok(v)
                }
            },
            None => vm.getitem(table, Value::Int(c as i64)),
        };
        match found {
            Ok(Value::Null) => {
                room(vm, &mut out, 4)?;
                out.push(c)
            }
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => {
                    room(vm, &mut out, 4)?;
                    out.push(ch)
                }
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match vm.str_of(v).map(str::len) {
                Some(n) => {
                    room(vm, &mut out, n)?;
                    out.push_str(vm.str_of(v).unwrap_or(""));
                }
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
            Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.lookup_error) => {
                room(vm, &mut out, 4)?;
                out.push(c)
            }
            Err(e) => return Err(e),
        }
    }
    vm.new_string(out)
}

// ----- str.format --------------------------------------------------------

fn str_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "format")?;
    let r = format_with(vm, &s, &a.pos[1..], a.kw, None)?;
    vm.new_string(r)
}
fn str_format_map(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &a, "format_map")?;
    let r = format_with(vm, &s, &[], &[], Some(a.arg(1)))?;
    vm.new_string(r)
}

/// Make room for `extra` more bytes in a result being built, checking
/// first that the growth (old and new buffer, while it is copied) fits the
/// memory budget: the host never allocates beyond it.
pub(crate) fn grow_budgeted(vm: &mut Vm, out: &mut String, extra: usize) -> PyResult<()> {
    let need = out.len().saturating_add(extra);
    if need > out.capacity() {
        let cap = need.max(out.capacity().saturating_mul(2));
        vm.reserve(cap.saturating_add(out.capacity()))?;
        out.reserve_exact(cap - out.len());
    }
    Ok(())
}

pub fn format_with(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[(Value, Value)], mapping: Option<Value>) -> PyResult<String> {
    format_depth(vm, fmt, args, kw, mapping, &mut 0, 2)
}

fn format_depth(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[(Value, Value)],
    mapping: Option<Value>,
    auto: &mut i64,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec;
            // in the field name, braces inside [...] are the key's).
            let mut level = 1;
            let mut j = i + 1;
            let (mut in_spec, mut in_bracket) = (false, false);
            while j < chars.len() {
                match chars[j] {
                    '[' if !in_spec => in_bracket = true,
                    ']' if !in_spec => in_bracket = false,
                    _ if in_bracket => {}
                    ':' if !in_spec => in_spec = true,
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                if i + 1 == chars.len() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            // Split field name, conversion, spec.
            let (name_conv, spec) = match find_top_colon(&field) {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(k) => (name_conv[..k].to_string(), Some(name_conv[k + 1..].to_string())),
                None => (name_conv, None),
            };
            let mut v = resolve_field(vm, &name, args, kw, mapping, auto)?;
            if let Some(cv) = conv {
                v = match cv.as_str() {
                    "r" => vm.repr(v)?,
                    "s" => vm.to_str(v)?,
                    "a" => {
                        let s = vm.repr_string(v)?;
                        vm.new_string(ascii_escape(&s))?
                    }
                    "" => return Err(vm.value_error("end of string while looking for conversion specifier")),
                    c if c.chars().count() == 1 => return Err(vm.value_error(format!("Unknown conversion specifier {}", c))),
                    _ => return Err(vm.value_error("expected ':' after conversion specifier")),
                };
            }
            let spec = if spec.contains('{') {
                if depth == 0 {
                    return Err(vm.value_error("Max string recursion exceeded"));
                }
                format_depth(vm, &spec, args, kw, mapping, auto, depth - 1)?
            } else {
                spec
            };
            let spec_v = vm.new_string(spec)?;
            let r = vm.format(v, spec_v)?;
            let piece_len = vm.str_of(r).map_or(0, str::len);
            grow_budgeted(vm, &mut out, piece_len)?;
            out.push_str(vm.str_of(r).unwrap_or(""));
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn find_top_colon(field: &str) -> Option<usize> {
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' if !in_bracket => return Some(i),
            '!' if !in_bracket => {
                // conversion comes before the colon; keep scanning
            }
            _ => {}
        }
    }
    None
}

fn resolve_field(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Value, Value)], mapping: Option<Value>, auto: &mut i64) -> PyResult<Value> {
    // First part: up to '.' or '['.
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let numeric = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit());
    if mapping.is_some() && (first.is_empty() || numeric) {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    if numeric && first.parse::<i64>().is_err() {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    let mut v = if first.is_empty() {
        if *auto < 0 {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let i = *auto as usize;
        *auto += 1;
        match args.get(i) {
            Some(v) => *v,
            None => return Err(vm.index_error(format!("Replacement index {} out of range for positional args tuple", i))),
        }
    } else if let Ok(i) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = -1;
        match args.get(i) {
            Some(v) => *v,
            None => return Err(vm.index_error(format!("Replacement index {} out of range for positional args tuple", i))),
        }
    } else {
        let key = vm.new_str(first)?;
        if let Some(m) = mapping {
            vm.getitem(m, key)?
        } else {
            match kw.iter().find(|(k, _)| vm.str_of(*k) == Some(first)) {
                Some((_, v)) => *v,
                None => return Err(vm.key_error(key)),
            }
        }
    };
    // Attribute and index accessors, through normal attribute rules.
    let rest: Vec<char> = name[end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == '.' {
            let mut j = i + 1;
            while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                j += 1;
            }
            let attr: String = rest[i + 1..j].iter().collect();
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let n = vm.intern(&attr);
            v = vm.getattr(v, n)?;
            i = j;
        } else if rest[i] == '[' {
            let mut j = i + 1;
            while j < rest.len() && rest[j] != ']' {
                j += 1;
            }
            let key: String = rest[i + 1..j].iter().collect();
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_string(key)?,
            };
            v = vm.getitem(v, k)?;
            i = j + 1;
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

pub fn str_obj(vm: &Vm, r: ObjRef) -> &str {
    match &vm.heap.get(r).payload {
        Payload::Str(s) => &s.s,
        _ => "",
    }
}

/// How CPython shows a character in codec error messages.
pub fn char_escape(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{:02x}", u)
    } else if u < 0x10000 {
        format!("\\u{:04x}", u)
    } else {
        format!("\\U{:08x}", u)
    }
}
