//! `memoryview`: a view of the bytes of a `bytes`, `bytearray` or
//! `array.array` (the buffer protocol pyx has), with a native
//! single-character struct format, a shape and strides.
//!
//! A view never copies its exporter: it keeps the exporting object and reads
//! or writes its bytes in place, so a view of a bytearray sees (and makes)
//! changes. While a view of a bytearray or an array is alive and not
//! released, it cannot change size (`has_live_views`, asked by every
//! method that would resize it): the views' offsets stay valid.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::heap::ObjRef;
use crate::interp::native::{kw, noargs, one, own, slot};
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

/// What a view shows of its exporter's bytes.
#[derive(Clone)]
pub struct MemView {
    /// The object holding the bytes (`bytes`, `bytearray` or an
    /// `array.array`), never another view.
    pub base: Value,
    /// What `.obj` shows: the base, or the object whose `__buffer__` gave it.
    pub obj: Value,
    /// Byte offset of the first item in the exporter.
    pub offset: usize,
    /// The struct format of one item (one native character, maybe after '@').
    pub format: Box<str>,
    pub itemsize: usize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    pub readonly: bool,
    pub released: bool,
    /// The hash, once computed (it survives `release()`).
    pub hash: Option<i64>,
}

impl MemView {
    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }
    pub fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize
    }
    /// The format character (without a leading '@').
    fn code(&self) -> u8 {
        *self.format.as_bytes().last().unwrap_or(&b'B')
    }
    fn c_contiguous(&self) -> bool {
        let mut want = self.itemsize as isize;
        for d in (0..self.shape.len()).rev() {
            if self.shape[d] == 0 {
                return true;
            }
            if self.shape[d] != 1 && self.strides[d] != want {
                return false;
            }
            want *= self.shape[d] as isize;
        }
        true
    }
    fn f_contiguous(&self) -> bool {
        let mut want = self.itemsize as isize;
        for d in 0..self.shape.len() {
            if self.shape[d] == 0 {
                return true;
            }
            if self.shape[d] != 1 && self.strides[d] != want {
                return false;
            }
            want *= self.shape[d] as isize;
        }
        true
    }
    /// Byte offsets (in the exporter) of every item, in C order.
    fn item_offsets(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.nitems());
        fn walk(v: &MemView, dim: usize, at: isize, out: &mut Vec<usize>) {
            if dim == v.shape.len() {
                out.push(at as usize);
                return;
            }
            for i in 0..v.shape[dim] {
                walk(v, dim + 1, at + i as isize * v.strides[dim], out);
            }
        }
        walk(self, 0, self.offset as isize, &mut out);
        out
    }
}

/// The item size of a native format, if pyx's views support it.
fn format_size(f: &str) -> Option<usize> {
    let c = match f.as_bytes() {
        [c] | [b'@', c] => *c,
        _ => return None,
    };
    Some(match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        // array('u')'s items (wchar_t): exported, never unpacked.
        b'w' => 4,
        _ => return None,
    })
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.memoryview;
    add_methods(
        vm,
        t,
        &[
            ("__len__", slot(""), mv_len),
            ("__getitem__", slot("key"), mv_getitem),
            ("__setitem__", slot("key, value"), mv_setitem),
            ("__delitem__", slot("key"), mv_delitem),
            ("__iter__", slot(""), mv_iter),
            ("__repr__", slot(""), mv_repr),
            ("__eq__", slot("value"), mv_eq),
            ("__ne__", slot("value"), mv_ne),
            ("__hash__", slot(""), mv_hash),
            ("__enter__", noargs(), mv_enter),
            ("__exit__", own(), mv_exit),
            ("release", noargs(), mv_release),
            ("tobytes", kw("order='C'"), mv_tobytes),
            ("tolist", noargs(), mv_tolist),
            ("toreadonly", noargs(), mv_toreadonly),
            ("hex", kw("sep=<unrepresentable>, bytes_per_sep=1"), mv_hex),
            ("cast", kw("format, shape=<unrepresentable>"), mv_cast),
            ("__reduce_ex__", one("protocol"), mv_reduce),
            ("__reduce__", noargs(), mv_reduce),
        ],
    );
    add_native(vm, t, "__new__", own(), mv_new, NativeKind::StaticMethod);
    let getters: &[crate::interp::native::NativeDef] = &[
        ("obj", one("self"), get_obj),
        ("nbytes", one("self"), get_nbytes),
        ("readonly", one("self"), get_readonly),
        ("itemsize", one("self"), get_itemsize),
        ("format", one("self"), get_format),
        ("ndim", one("self"), get_ndim),
        ("shape", one("self"), get_shape),
        ("strides", one("self"), get_strides),
        ("suboffsets", one("self"), get_suboffsets),
        ("c_contiguous", one("self"), get_c_contiguous),
        ("f_contiguous", one("self"), get_f_contiguous),
        ("contiguous", one("self"), get_contiguous),
    ];
    for &(name, decl, f) in getters {
        let Ok(func) = crate::interp::typesys::new_function(vm, name, decl, f) else { panic!("pyx-vm: start-up allocation failed") };
        let pd = PropertyData { fget: Value::Obj(func), fset: Value::None, fdel: Value::None, doc: Value::None, name: Value::None };
        let Ok(p) = vm.alloc(vm.t.property, Payload::Property(Box::new(pd))) else { panic!("pyx-vm: start-up allocation failed") };
        let key = vm.intern_static(name);
        crate::interp::typesys::set_type_attr_raw(vm, t, key, Value::Obj(p));
    }
}

// ----- access ---------------------------------------------------------------

fn view(vm: &Vm, v: Value) -> Option<&MemView> {
    match vm.payload(v) {
        Some(Payload::MemoryView(m)) => Some(m),
        _ => None,
    }
}

fn released(vm: &mut Vm) -> Unwind {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The view `v` (a copy of its description), refusing a released one.
fn live(vm: &mut Vm, v: Value) -> PyResult<MemView> {
    match view(vm, v) {
        Some(m) if !m.released => Ok(m.clone()),
        Some(_) => Err(released(vm)),
        None => Err(vm.type_error(format!("descriptor requires a 'memoryview' object but received a '{}'", vm.type_name(v)))),
    }
}

/// The exporter's bytes.
fn base_bytes(vm: &Vm, base: Value) -> &[u8] {
    match vm.payload(base) {
        Some(Payload::Bytes(b)) => b,
        Some(Payload::ByteArray(b)) => b,
        Some(Payload::Array(a)) => &a.bytes,
        _ => &[],
    }
}

/// The bytes of `m`'s items in C order (a copy, charged first).
fn gather(vm: &mut Vm, m: &MemView) -> PyResult<Vec<u8>> {
    let n = m.nbytes();
    vm.reserve(n)?;
    vm.tick_bytes(n)?;
    let src = base_bytes(vm, m.base);
    if m.c_contiguous() {
        return Ok(src.get(m.offset..m.offset + n).map(|s| s.to_vec()).unwrap_or_default());
    }
    let mut out = Vec::with_capacity(n);
    for at in m.item_offsets() {
        out.extend_from_slice(src.get(at..at + m.itemsize).unwrap_or(&[]));
    }
    Ok(out)
}

/// The bytes of a bytes-like object: bytes, bytearray or a memoryview
/// (released views are refused). None for other objects.
pub fn buffer_bytes(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<u8>>> {
    match vm.payload(v) {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let n = base_bytes(vm, v).len();
            vm.reserve(n)?;
            vm.tick_bytes(n)?;
            Ok(Some(base_bytes(vm, v).to_vec()))
        }
        _ => match export_view(vm, v)? {
            Some(m) => gather(vm, &m).map(Some),
            None => Ok(None),
        },
    }
}

/// Whether `v` is a memoryview.
pub fn is_view(vm: &Vm, v: Value) -> bool {
    view(vm, v).is_some()
}

/// Refuse to resize bytearray `ba` while a live view of it exists.
pub fn check_resizable(vm: &mut Vm, ba: Value) -> PyResult<()> {
    let Value::Obj(target) = ba else { return Ok(()) };
    if has_live_views(vm, target) {
        let t = buffer_error(vm);
        return Err(vm.exc_msg(t, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

/// Whether a live view of `target` (a bytearray or an array) exists: what
/// forbids resizing it. The views may be garbage not yet collected
/// (CPython frees them at once): when one is recorded, collect, then look
/// again (a collection: the caller holds no unrooted object of its own).
pub fn has_live_views(vm: &mut Vm, target: ObjRef) -> bool {
    if !exported(vm, target) {
        return false;
    }
    vm.collect_full();
    exported(vm, target)
}

/// Whether a live view of `target` exists (forgetting records of
/// dead or released views).
fn exported(vm: &mut Vm, target: ObjRef) -> bool {
    if vm.mv_exports.is_empty() {
        return false;
    }
    let heap = &vm.heap;
    let alive = |view_slot: u32, of: u32| -> bool {
        let Some(r) = heap.handle_at(view_slot as usize) else { return false };
        match &heap.get(r).payload {
            Payload::MemoryView(m) => !m.released && matches!(m.base, Value::Obj(b) if b.id() == of),
            _ => false,
        }
    };
    let mut exports = std::mem::take(&mut vm.mv_exports);
    exports.retain(|&(of, v)| alive(v, of));
    let blocked = exports.iter().any(|&(of, _)| of == target.id());
    vm.mv_exports = exports;
    blocked
}

fn buffer_error(vm: &Vm) -> ObjRef {
    vm.t.exc_by_name.iter().find(|(n, _)| *n == "BufferError").map(|(_, r)| *r).unwrap_or(vm.t.exception)
}

/// A new view object from a description; views of a bytearray or an
/// array are recorded as its exports.
fn make(vm: &mut Vm, m: MemView) -> PyResult<Value> {
    let base = m.base;
    let r = vm.alloc(vm.t.memoryview, Payload::MemoryView(Box::new(m)))?;
    if let (Value::Obj(b), Some(Payload::ByteArray(_) | Payload::Array(_))) = (base, vm.payload(base)) {
        if vm.mv_exports.len() >= 64 && vm.mv_exports.len().is_power_of_two() {
            // Drop records of views that died or were released.
            let heap = &vm.heap;
            vm.mv_exports.retain(|&(_, v)| {
                heap.handle_at(v as usize).is_some_and(|h| matches!(&heap.get(h).payload, Payload::MemoryView(m) if !m.released))
            });
        }
        vm.mv_exports.push((b.id(), r.id()));
    }
    Ok(Value::Obj(r))
}

/// What `obj` exports, if it is bytes-like: bytes, bytearray, an array, a
/// live view, or an object whose class defines `__buffer__` (PEP 688),
/// which must return a memoryview.
pub fn export_view(vm: &mut Vm, obj: Value) -> PyResult<Option<MemView>> {
    Ok(Some(match vm.payload(obj) {
        Some(Payload::Bytes(b)) => MemView::flat(obj, b.len(), true),
        Some(Payload::ByteArray(b)) => MemView::flat(obj, b.len(), false),
        Some(Payload::Array(a)) => {
            // Its items as they are, in their own format ('u' shows as
            // 'w', as CPython's wchar_t items do).
            let format = if a.code == b'u' { "w".into() } else { (a.code as char).to_string().into_boxed_str() };
            let size = a.itemsize();
            MemView { base: obj, obj, offset: 0, format, itemsize: size, shape: vec![a.len()], strides: vec![size as isize], readonly: false, released: false, hash: None }
        }
        Some(Payload::MemoryView(_)) => {
            let mut m = live(vm, obj)?;
            m.hash = None;
            m
        }
        Some(Payload::Str(_)) | None => return Ok(None),
        _ => {
            let t = vm.type_of(obj);
            let key = vm.intern_static("__buffer__");
            let Some(f) = crate::interp::typesys::lookup(vm, t, key) else { return Ok(None) };
            let r = vm.call_unbound(f, obj, &[Value::Int(0)])?;
            let mut m = match view(vm, r) {
                Some(_) => live(vm, r)?,
                None => return Err(vm.type_error(format!("__buffer__ returned non-memoryview object (type {})", vm.type_name(r)))),
            };
            // The returned view was made for this export only.
            if let Value::Obj(rr) = r {
                if let Payload::MemoryView(x) = &mut vm.heap.get_mut(rr).payload {
                    x.released = true;
                }
            }
            m.obj = obj;
            m.hash = None;
            m
        }
    }))
}

/// A view of all of `obj` (`memoryview(obj)`).
pub fn view_of(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    match export_view(vm, obj)? {
        Some(m) => make(vm, m),
        None => Err(vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(obj)))),
    }
}

impl MemView {
    fn flat(base: Value, len: usize, readonly: bool) -> MemView {
        MemView { base, obj: base, offset: 0, format: "B".into(), itemsize: 1, shape: vec![len], strides: vec![1], readonly, released: false, hash: None }
    }
}

// ----- items ----------------------------------------------------------------

fn unpack(vm: &mut Vm, code: u8, b: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_ne_bytes(w);
    let signed = |bits: u32| -> i64 { ((u << (64 - bits)) as i64) >> (64 - bits) };
    Ok(match code {
        b'c' => return vm.new_bytes(b.to_vec()),
        b'?' => Value::Bool(b[0] != 0),
        b'b' => Value::Int(signed(8)),
        b'h' => Value::Int(signed(16)),
        b'i' => Value::Int(signed(32)),
        b'l' | b'q' | b'n' => Value::Int(u as i64),
        b'B' | b'H' | b'I' => Value::Int(u as i64),
        b'L' | b'Q' | b'N' | b'P' => return vm.new_int(BigInt::from(u)),
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(w)),
        _ => return Err(unsupported(vm, code)),
    })
}

fn unsupported(vm: &mut Vm, code: u8) -> Unwind {
    let t = vm.t.not_implemented_error;
    vm.exc_msg(t, format!("memoryview: format {} not supported", code as char))
}

/// `v` as the bytes of one item of format `code`.
fn pack(vm: &mut Vm, code: u8, v: Value) -> PyResult<Vec<u8>> {
    let bad_type = |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{}'", code as char));
    let bad_value = |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{}'", code as char));
    match code {
        b'c' => {
            return match vm.payload(v) {
                Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
                Some(Payload::Bytes(_)) => Err(bad_value(vm)),
                _ => Err(bad_type(vm)),
            };
        }
        b'?' => return Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let f = match v {
                Value::Float(f) => f,
                Value::Int(i) => i as f64,
                Value::Bool(b) => b as i64 as f64,
                _ if vm.str_of(v).is_some() || matches!(vm.payload(v), Some(Payload::Bytes(_) | Payload::ByteArray(_))) => {
                    return Err(bad_type(vm));
                }
                _ => match crate::builtins::types::float::float_from_value(vm, v) {
                    Ok(f) => f,
                    Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) => return Err(bad_type(vm)),
                    Err(e) => return Err(e),
                },
            };
            return Ok(if code == b'f' { (f as f32).to_ne_bytes().to_vec() } else { f.to_ne_bytes().to_vec() });
        }
        _ => {}
    }
    if matches!(v, Value::Float(_)) {
        return Err(bad_type(vm));
    }
    let i = match vm.index_value(v) {
        Ok(i) => i,
        Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) => return Err(bad_type(vm)),
        Err(e) => return Err(e),
    };
    let Some(i) = vm.to_bigint(i) else { return Err(bad_type(vm)) };
    let (size, signed) = match code {
        b'b' => (1, true),
        b'B' => (1, false),
        b'h' => (2, true),
        b'H' => (2, false),
        b'i' => (4, true),
        b'I' => (4, false),
        b'l' | b'q' | b'n' => (8, true),
        b'L' | b'Q' | b'N' | b'P' => (8, false),
        _ => return Err(unsupported(vm, code)),
    };
    let bits = size * 8;
    let ok = if signed {
        i.to_i64().is_some_and(|x| bits == 64 || (x >= -(1i64 << (bits - 1)) && x < (1i64 << (bits - 1))))
    } else {
        i.to_u64().is_some_and(|x| bits == 64 || x < (1u64 << bits))
    };
    if !ok {
        return Err(bad_value(vm));
    }
    let raw: u64 = if signed { i.to_i64().unwrap_or(0) as u64 } else { i.to_u64().unwrap_or(0) };
    Ok(raw.to_ne_bytes()[..size].to_vec())
}

/// The item at byte offset `at` of `m`'s exporter.
fn item_at(vm: &mut Vm, m: &MemView, at: usize) -> PyResult<Value> {
    let src = base_bytes(vm, m.base);
    let Some(b) = src.get(at..at + m.itemsize) else { return Err(vm.index_error("index out of bounds")) };
    let b = b.to_vec();
    unpack(vm, m.code(), &b)
}

// ----- methods ---------------------------------------------------------------

fn mv_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut obj = a.pos.get(1).copied();
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!("memoryview() takes at most 1 argument ({} given)", a.pos.len() - 1 + a.kw.len())));
    }
    for (k, v) in a.kw {
        match vm.str_of(*k) {
            Some("object") if obj.is_none() => obj = Some(*v),
            Some("object") => return Err(vm.type_error("argument for memoryview() given by name ('object') and position (1)")),
            Some(name) => {
                let name = name.to_string();
                return Err(vm.type_error(format!("memoryview() got an unexpected keyword argument '{}'", name)));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let Some(obj) = obj else { return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)")) };
    view_of(vm, obj)
}

fn mv_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    Ok(Value::Int(if m.shape.is_empty() { 1 } else { m.shape[0] as i64 }))
}

/// An index into dimension `dim` of `m` (negative from the end).
fn dim_index(vm: &mut Vm, m: &MemView, dim: usize, key: Value) -> PyResult<isize> {
    let i = match vm.index_value(key) {
        Ok(Value::Int(i)) => i,
        Ok(Value::Bool(b)) => b as i64,
        Ok(_) => return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1))),
        Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.type_error) => {
            return Err(vm.type_error("memoryview: invalid slice key"));
        }
        Err(e) => return Err(e),
    };
    let n = m.shape[dim] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(j as isize * m.strides[dim])
}

fn is_index(vm: &mut Vm, v: Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || (!matches!(v, Value::Float(_)) && {
        let t = vm.type_of(v);
        crate::interp::typesys::lookup(vm, t, vm.n.__index__).is_some()
    })
}

/// What a subscript selects.
enum Sel {
    /// One item, at this byte offset.
    Item(usize),
    /// A sub-view.
    View(MemView),
}

fn select(vm: &mut Vm, me: Value, key: Value) -> PyResult<Sel> {
    let m = live(vm, me)?;
    if m.shape.is_empty() {
        // A 0-dim view: only `m[()]` and `m[...]`.
        if matches!(vm.payload(key), Some(Payload::Tuple(t)) if t.is_empty()) {
            return Ok(Sel::Item(m.offset));
        }
        if matches!(key, Value::Ellipsis) {
            return Ok(Sel::View(m));
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, key) {
        if m.shape.len() > 1 {
            let t = vm.t.not_implemented_error;
            return Err(vm.exc_msg(t, "multi-dimensional sub-views are not implemented"));
        }
        let off = dim_index(vm, &m, 0, key)?;
        // The index's __index__ may have released the view.
        let m = live(vm, me)?;
        return Ok(Sel::Item((m.offset as isize + off) as usize));
    }
    if matches!(vm.payload(key), Some(Payload::Slice(..))) {
        let (start, _stop, step) = crate::builtins::types::list::slice_indices(vm, key, m.shape[0])?;
        let n = slice_len(vm, key, m.shape[0])?;
        let mut m = live(vm, me)?;
        m.offset = (m.offset as isize + start as isize * m.strides[0]) as usize;
        m.shape[0] = n;
        m.strides[0] *= step as isize;
        m.hash = None;
        return Ok(Sel::View(m));
    }
    if matches!(key, Value::Ellipsis) {
        let mut m = m;
        m.hash = None;
        return Ok(Sel::View(m));
    }
    if let Some(Payload::Tuple(items)) = vm.payload(key) {
        let items = items.to_vec();
        let mut all_index = true;
        let mut all_slice = true;
        for &k in &items {
            let ix = is_index(vm, k);
            let sl = matches!(vm.payload(k), Some(Payload::Slice(..)));
            all_index &= ix;
            all_slice &= sl;
        }
        if all_index {
            if items.len() < m.shape.len() {
                let t = vm.t.not_implemented_error;
                return Err(vm.exc_msg(t, "sub-views are not implemented"));
            }
            if items.len() > m.shape.len() {
                return Err(vm.type_error(format!("cannot index {}-dimension view with {}-element tuple", m.shape.len(), items.len())));
            }
            let mut at = m.offset as isize;
            for (d, &k) in items.iter().enumerate() {
                at += dim_index(vm, &m, d, k)?;
            }
            live(vm, me)?;
            return Ok(Sel::Item(at as usize));
        }
        if all_slice && !items.is_empty() {
            let t = vm.t.not_implemented_error;
            return Err(vm.exc_msg(t, "multi-dimensional slicing is not implemented"));
        }
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// The number of items slice `key` selects from `len`.
fn slice_len(vm: &mut Vm, key: Value, len: usize) -> PyResult<usize> {
    let (start, stop, step) = crate::builtins::types::list::slice_indices(vm, key, len)?;
    Ok(if step > 0 {
        if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    })
}

/// Where `m[i]` is, for the common case read in place: a live
/// one-dimensional view of items of at most 8 bytes, an int index in
/// range. Anything else (and every error) takes the general path.
fn fast_item(vm: &Vm, me: Value, key: Value) -> Option<(Value, usize, u8, usize)> {
    let Value::Int(i) = key else { return None };
    let m = view(vm, me)?;
    if m.released || m.shape.len() != 1 || m.itemsize > 8 {
        return None;
    }
    let n = m.shape[0] as i64;
    let i = if i < 0 { i.checked_add(n)? } else { i };
    if !(0..n).contains(&i) {
        return None;
    }
    let at = (m.offset as isize).checked_add((i as isize).checked_mul(m.strides[0])?)?;
    Some((m.base, usize::try_from(at).ok()?, m.code(), m.itemsize))
}

fn mv_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    if let Some((base, at, code, size)) = fast_item(vm, me, a.arg(1)) {
        let mut item = [0u8; 8];
        if let Some(src) = base_bytes(vm, base).get(at..at + size) {
            item[..size].copy_from_slice(src);
            return unpack(vm, code, &item[..size]);
        }
    }
    match select(vm, me, a.arg(1))? {
        Sel::Item(at) => {
            let m = live(vm, me)?;
            item_at(vm, &m, at)
        }
        Sel::View(m) => make(vm, m),
    }
}

fn mv_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, key, value) = (a.arg(0), a.arg(1), a.arg(2));
    if let Some((base, at, code, _)) = fast_item(vm, me, key) {
        if !view(vm, me).is_some_and(|m| m.readonly) {
            let bytes = pack(vm, code, value)?;
            // The value's conversion may have released the view.
            if view(vm, me).is_some_and(|m| m.released) {
                return Err(released(vm));
            }
            write(vm, base, at, &bytes);
            return Ok(Value::None);
        }
    }
    let m = live(vm, me)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if let Some(Payload::Tuple(items)) = vm.payload(key) {
        let items = items.to_vec();
        if !items.is_empty() && items.iter().all(|&k| matches!(vm.payload(k), Some(Payload::Slice(..)))) {
            let t = vm.t.not_implemented_error;
            return Err(vm.exc_msg(t, "memoryview slice assignments are currently restricted to ndim = 1"));
        }
    }
    match select(vm, me, key)? {
        Sel::Item(at) => {
            let bytes = pack(vm, m.code(), value)?;
            let m = live(vm, me)?;
            write(vm, m.base, at, &bytes);
            Ok(Value::None)
        }
        Sel::View(dst) => {
            if dst.shape.len() != 1 {
                let t = vm.t.not_implemented_error;
                return Err(vm.exc_msg(t, "memoryview slice assignments are currently restricted to ndim = 1"));
            }
            let Some(src) = export_view(vm, value)? else {
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(value))));
            };
            if src.code() != dst.code() || src.itemsize != dst.itemsize || src.shape != dst.shape {
                return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            // Copy out first: source and destination may overlap.
            let data = gather(vm, &src)?;
            live(vm, me)?;
            for (k, at) in dst.item_offsets().into_iter().enumerate() {
                let piece = data[k * dst.itemsize..(k + 1) * dst.itemsize].to_vec();
                write(vm, dst.base, at, &piece);
            }
            Ok(Value::None)
        }
    }
}

fn write(vm: &mut Vm, base: Value, at: usize, bytes: &[u8]) {
    if let Value::Obj(r) = base {
        let b = match &mut vm.heap.get_mut(r).payload {
            Payload::ByteArray(b) => b,
            Payload::Array(a) => &mut a.bytes,
            _ => return,
        };
        if let Some(dst) = b.get_mut(at..at + bytes.len()) {
            dst.copy_from_slice(bytes);
        }
    }
}

fn mv_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_tolist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    if format_size(&m.format).is_none() {
        return Err(unsupported(vm, m.code()));
    }
    vm.reserve(m.nitems().saturating_mul(16))?;
    vm.tick_bytes(m.nbytes())?;
    let mut flat = Vec::with_capacity(m.nitems());
    for at in m.item_offsets() {
        flat.push(item_at(vm, &m, at)?);
    }
    if m.shape.is_empty() {
        return Ok(flat.pop().unwrap_or(Value::None));
    }
    nest(vm, &flat, &m.shape)
}

/// Nested lists of `flat` in the given shape (C order).
fn nest(vm: &mut Vm, flat: &[Value], shape: &[usize]) -> PyResult<Value> {
    if shape.len() == 1 {
        return vm.new_list(flat.to_vec());
    }
    let inner: usize = shape[1..].iter().product();
    let mut out = Vec::with_capacity(shape[0]);
    for i in 0..shape[0] {
        out.push(nest(vm, &flat[i * inner..(i + 1) * inner], &shape[1..])?);
    }
    vm.new_list(out)
}

fn mv_tobytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    if let Some(order) = a.get(1) {
        if !order.is_none() {
            match vm.str_of(order) {
                Some("C" | "F" | "A") => {}
                _ => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            }
        }
    }
    let d = gather(vm, &m)?;
    vm.new_bytes(d)
}

fn mv_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    let d = gather(vm, &m)?;
    let b = vm.new_bytes(d)?;
    let mut pos = vec![b];
    pos.extend(a.get(1));
    if a.get(1).is_some() {
        pos.extend(a.get(2));
    }
    crate::builtins::types::bytes::hex_of(vm, &pos)
}

fn mv_toreadonly(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut m = live(vm, a.arg(0))?;
    m.readonly = true;
    m.hash = None;
    make(vm, m)
}

fn mv_release(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Value::Obj(r) = a.arg(0) {
        if let Payload::MemoryView(m) = &mut vm.heap.get_mut(r).payload {
            m.released = true;
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    live(vm, a.arg(0))?;
    Ok(a.arg(0))
}

fn mv_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    mv_release(vm, a)
}

fn mv_cast(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    let fmt = a.arg(1);
    let Some(f) = vm.str_of(fmt) else {
        return Err(vm.type_error(format!("memoryview.cast(): argument 'format' must be str, not {}", vm.type_name(fmt))));
    };
    let f = f.to_string();
    let Some(size) = format_size(&f) else {
        return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    if !m.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape_arg = a.get(2);
    let shape: Option<Vec<usize>> = match shape_arg {
        None => None,
        Some(s) => {
            let items = match vm.payload(s) {
                Some(Payload::List(v)) => v.clone(),
                Some(Payload::Tuple(v)) => v.to_vec(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            if items.len() > 64 {
                return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let n = match it {
                    Value::Int(n) => n,
                    _ => return Err(vm.type_error("memoryview.cast(): elements of shape must be integers")),
                };
                if n <= 0 {
                    return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
                }
                out.push(n as usize);
            }
            Some(out)
        }
    };
    let src_byte = matches!(m.code(), b'B' | b'b' | b'c');
    let dst_byte = matches!(f.as_bytes().last(), Some(b'B' | b'b' | b'c'));
    if !src_byte && !dst_byte {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if shape.as_ref().is_some_and(|s| !s.is_empty()) || shape.is_none() {
        if m.shape.len() != 1 && shape.is_some() {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    let nbytes = m.nbytes();
    let new_shape = match shape {
        None => {
            if nbytes % size != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / size]
        }
        Some(s) => {
            let mut total: usize = size;
            for &d in &s {
                total = match total.checked_mul(d) {
                    Some(t) => t,
                    None => return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX")),
                };
            }
            if total != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            s
        }
    };
    let mut strides = vec![0isize; new_shape.len()];
    let mut acc = size as isize;
    for d in (0..new_shape.len()).rev() {
        strides[d] = acc;
        acc *= new_shape[d] as isize;
    }
    let nm = MemView {
        base: m.base,
        obj: m.obj,
        offset: m.offset,
        format: f.into(),
        itemsize: size,
        shape: new_shape,
        strides,
        readonly: m.readonly,
        released: false,
        hash: None,
    };
    make(vm, nm)
}

fn mv_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    if m.shape.is_empty() {
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if m.shape.len() > 1 {
        let t = vm.t.not_implemented_error;
        return Err(vm.exc_msg(t, "multi-dimensional sub-views are not implemented"));
    }
    let l = mv_tolist(vm, Args::new(&[a.arg(0)]))?;
    vm.iter(l)
}

fn mv_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let Some(m) = view(vm, me) else { return Err(vm.type_error("expected a memoryview")) };
    let word = if m.released { "released memory" } else { "memory" };
    let addr = match me {
        Value::Obj(r) => r.id() as usize,
        _ => 0,
    };
    vm.new_string(format!("<{} at {:#x}>", word, 0x7f00_0000_0000usize + addr * 64))
}

/// `v`'s items as a flat list of values and its shape, if it exports a
/// buffer; None otherwise.
fn items_and_shape(vm: &mut Vm, v: Value) -> PyResult<Option<(Vec<Value>, Vec<usize>)>> {
    let Some(m) = export_view(vm, v)? else { return Ok(None) };
    vm.reserve(m.nitems().saturating_mul(16))?;
    vm.tick_bytes(m.nbytes())?;
    if format_size(&m.format).is_none() {
        return Err(unsupported(vm, m.code()));
    }
    let mut out = Vec::with_capacity(m.nitems());
    for at in m.item_offsets() {
        out.push(item_at(vm, &m, at)?);
    }
    Ok(Some((out, m.shape.clone())))
}

fn mv_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    if x.is(y) {
        return Ok(Value::Bool(true));
    }
    let x_released = view(vm, x).is_some_and(|m| m.released);
    let y_released = view(vm, y).is_some_and(|m| m.released);
    if x_released || y_released {
        return Ok(Value::Bool(false));
    }
    let Some((xs, xshape)) = items_and_shape(vm, x)? else { return Ok(Value::NotImplemented) };
    let Some((ys, yshape)) = items_and_shape(vm, y)? else { return Ok(Value::NotImplemented) };
    if xshape != yshape {
        return Ok(Value::Bool(false));
    }
    for (p, q) in xs.into_iter().zip(ys) {
        if !vm.eq(p, q)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn mv_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match mv_eq(vm, a)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn mv_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    if let Some(h) = view(vm, me).and_then(|m| m.hash) {
        return Ok(Value::Int(h));
    }
    let m = live(vm, me)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.code(), b'B' | b'b' | b'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let d = gather(vm, &m)?;
    let h = crate::object::hash::hash_bytes(vm.hash_seed, &d);
    if let Value::Obj(r) = me {
        if let Payload::MemoryView(m) = &mut vm.heap.get_mut(r).payload {
            m.hash = Some(h);
        }
    }
    Ok(Value::Int(h))
}

fn mv_reduce(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle 'memoryview' object"))
}

// ----- attributes ------------------------------------------------------------

fn get_obj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(live(vm, a.arg(0))?.obj)
}
fn get_nbytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(live(vm, a.arg(0))?.nbytes() as i64))
}
fn get_readonly(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(live(vm, a.arg(0))?.readonly))
}
fn get_itemsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(live(vm, a.arg(0))?.itemsize as i64))
}
fn get_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    vm.new_string(m.format.to_string())
}
fn get_ndim(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(live(vm, a.arg(0))?.shape.len() as i64))
}
fn get_shape(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    vm.new_tuple(m.shape.iter().map(|&n| Value::Int(n as i64)).collect())
}
fn get_strides(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    vm.new_tuple(m.strides.iter().map(|&n| Value::Int(n as i64)).collect())
}
fn get_suboffsets(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    live(vm, a.arg(0))?;
    vm.new_tuple(Vec::new())
}
fn get_c_contiguous(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(live(vm, a.arg(0))?.c_contiguous()))
}
fn get_f_contiguous(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(live(vm, a.arg(0))?.f_contiguous()))
}
fn get_contiguous(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let m = live(vm, a.arg(0))?;
    Ok(Value::Bool(m.c_contiguous() || m.f_contiguous()))
}
