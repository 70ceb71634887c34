//! `array.array` and its iterator, and the `array` module that offers them.
//!
//! An array keeps machine values of one typecode as their native bytes
//! (`object::array::ArrayData`): a memoryview of it reads and writes them
//! in place, and while one is alive the array cannot change size
//! (BufferError). Values are checked on the way in as CPython 3.11's array
//! checks them — the same chain of C conversions, each with its message —
//! and 'f' items are rounded to single precision. The evaluation loop reads
//! and stores the plain cases itself (`ops.rs`: `a[i]`, `a[i] = x`,
//! `len(a)`); everything else comes here.
//!
//! Memory: a buffer grows as CPython's does (its over-allocation, so
//! `__sizeof__` agrees), and every growth is charged before it is made.
//! `buffer_info` is absent on purpose: it would show a host address.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::interp::native::{kw, noargs, one, own, pos, slot, Const, NativeModule};
use crate::interp::ops::CmpOp;
use crate::interp::typesys::{add_methods, add_native, lookup};
use crate::interp::vm::{Args, PyResult, Unwind, Vm};
use crate::object::array::{item_size, ArrayData, Item, TYPECODES};
use crate::object::heap::ObjRef;
use crate::object::value::Value;
use crate::object::*;

// ----- the module ------------------------------------------------------------

/// `array`.
pub static MODULE: NativeModule = NativeModule {
    name: "array",
    doc: Some(
        "Arrays of numeric values (and of characters, typecode 'u') that are \
         stored compactly as machine values of one type, given by a one-letter \
         typecode.",
    ),
    functions: &[("_array_reconstructor", pos("arraytype, typecode, mformat_code, items"), reconstructor)],
    constants: &[("typecodes", Const::Str(TYPECODES))],
    init: Some(module_init),
};

fn module_init(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let Some(d) = vm.heap.get(m).dict else { return Ok(()) };
    let t = Value::Obj(vm.t.array);
    for name in ["array", "ArrayType"] {
        let k = vm.intern(name);
        vm.dict_set(d, Value::Obj(k), t)?;
    }
    // As CPython's module does: arrays are mutable sequences for
    // `collections.abc`. Without an importer (a bare interpreter) there is
    // no `collections.abc` to tell.
    vm.with_roots(&[Value::Obj(m)], |vm, _| {
        let name = vm.intern("collections.abc");
        let what = vm.new_str("MutableSequence")?;
        let fromlist = vm.new_tuple(vec![what])?;
        let abc = match vm.import_name(name, fromlist, Value::Int(0), d) {
            Ok(abc) => abc,
            Err(Unwind::Exception(e)) if vm.exc_is(e, vm.t.import_error) => return Ok(()),
            Err(e) => return Err(e),
        };
        let ms = vm.intern("MutableSequence");
        let ms = vm.getattr(abc, ms)?;
        vm.call_method_str(ms, "register", &[t])?;
        Ok(())
    })
}

/// The methods of `array.array` and of its iterator (start-up).
pub fn install(vm: &mut Vm) {
    let t = vm.t.array;
    add_methods(
        vm,
        t,
        &[
            ("__len__", slot(""), arr_len),
            ("__iter__", slot(""), arr_iter),
            ("__contains__", slot("key"), arr_contains),
            ("__getitem__", slot("key"), arr_getitem),
            ("__setitem__", slot("key, value"), arr_setitem),
            ("__delitem__", slot("key"), arr_delitem),
            ("__add__", slot("value"), arr_add),
            ("__mul__", slot("value"), arr_mul),
            ("__rmul__", slot("value"), arr_rmul),
            ("__iadd__", slot("value"), arr_iadd),
            ("__imul__", slot("value"), arr_imul),
            ("__eq__", slot("value"), arr_eq),
            ("__ne__", slot("value"), arr_ne),
            ("__lt__", slot("value"), arr_lt),
            ("__le__", slot("value"), arr_le),
            ("__gt__", slot("value"), arr_gt),
            ("__ge__", slot("value"), arr_ge),
            ("__repr__", slot(""), arr_repr),
            ("__copy__", noargs(), arr_copy),
            ("__deepcopy__", one("unused"), arr_copy),
            ("__reduce_ex__", kw("value, /"), arr_reduce_ex),
            ("__sizeof__", noargs(), arr_sizeof),
            ("append", one("v"), arr_append),
            ("extend", kw("bb, /"), arr_extend),
            ("insert", pos("i, v"), arr_insert),
            ("pop", pos("i=-1"), arr_pop),
            ("remove", one("v"), arr_remove),
            ("index", pos("v, start=0, stop=sys.maxsize"), arr_index),
            ("count", one("v"), arr_count),
            ("reverse", noargs(), arr_reverse),
            ("byteswap", noargs(), arr_byteswap),
            ("tolist", noargs(), arr_tolist),
            ("fromlist", one("list"), arr_fromlist),
            ("tobytes", noargs(), arr_tobytes),
            ("frombytes", one("buffer"), arr_frombytes),
            ("tounicode", noargs(), arr_tounicode),
            ("fromunicode", one("ustr"), arr_fromunicode),
            ("fromfile", kw("f, n, /"), arr_fromfile),
            ("tofile", kw("f, /"), arr_tofile),
        ],
    );
    add_native(vm, t, "__new__", own(), arr_new, NativeKind::StaticMethod);
    crate::interp::typesys::set_type_attr_raw(vm, t, vm.n.__hash__, Value::None);
    for (name, f) in [("typecode", get_typecode as crate::interp::vm::NativeFn), ("itemsize", get_itemsize)] {
        let Ok(func) = crate::interp::typesys::new_function(vm, name, one("self"), f) else { panic!("pyx-vm: start-up allocation failed") };
        let pd = PropertyData { fget: Value::Obj(func), fset: Value::None, fdel: Value::None, doc: Value::None, name: Value::None };
        let Ok(p) = vm.alloc(vm.t.property, Payload::Property(Box::new(pd))) else { panic!("pyx-vm: start-up allocation failed") };
        let key = vm.intern_static(name);
        crate::interp::typesys::set_type_attr_raw(vm, t, key, Value::Obj(p));
    }
    let doc = "array(typecode [, initializer]) -> array\n\n\
               A new array of the machine values the typecode names, filled from \
               the initializer: a list, a bytes-like object, a str (typecode 'u') \
               or any iterable of values.";
    let Ok(doc) = vm.new_str(doc) else { panic!("pyx-vm: start-up allocation failed") };
    crate::interp::typesys::set_type_attr_raw(vm, t, vm.n.__doc__, doc);
    // As CPython's types with a dotted name: `__module__` in the namespace.
    let module = Value::Obj(vm.intern("array"));
    for (ty, qual) in [(vm.t.array, "array"), (vm.t.array_iterator, "arrayiterator")] {
        let Ok(q) = vm.new_str(qual) else { panic!("pyx-vm: start-up allocation failed") };
        let td = vm.type_data_mut(ty);
        td.module = module;
        td.qualname = q;
        crate::interp::typesys::set_type_attr_raw(vm, ty, vm.n.__module__, module);
    }
}

// ----- access ----------------------------------------------------------------

fn data(vm: &Vm, v: Value) -> Option<&ArrayData> {
    match vm.payload(v) {
        Some(Payload::Array(a)) => Some(a),
        _ => None,
    }
}

fn data_mut(vm: &mut Vm, v: Value) -> Option<&mut ArrayData> {
    match v {
        Value::Obj(r) => match &mut vm.heap.get_mut(r).payload {
            Payload::Array(a) => Some(a),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver's typecode and length (the door checked it is an array;
/// a changed `__class__` could still leave another layout).
fn shape(vm: &mut Vm, v: Value) -> PyResult<(u8, usize)> {
    match data(vm, v) {
        Some(a) => Ok((a.code, a.len())),
        None => Err(vm.type_error(format!("descriptor requires a 'array.array' object but received a '{}'", vm.type_name(v)))),
    }
}

fn is_array(vm: &Vm, v: Value) -> bool {
    data(vm, v).is_some()
}

fn code_of(vm: &Vm, v: Value) -> u8 {
    data(vm, v).map_or(0, |a| a.code)
}

fn len_of(vm: &Vm, v: Value) -> usize {
    data(vm, v).map_or(0, ArrayData::len)
}

/// A copy of the bytes of items `lo..hi` (clamped to what is there now).
fn bytes_of(vm: &Vm, v: Value, lo: usize, hi: usize) -> Vec<u8> {
    match data(vm, v) {
        Some(a) => {
            let s = a.itemsize();
            let hi = hi.min(a.len());
            a.bytes.get(lo.min(hi) * s..hi * s).map(<[u8]>::to_vec).unwrap_or_default()
        }
        None => Vec::new(),
    }
}

/// Item `i` as a Python value. A 'u' item that is no code point pyx can
/// hold is a ValueError, as `chr` words it.
pub fn item_value(vm: &mut Vm, item: Item) -> PyResult<Value> {
    match item {
        Item::Int(x) => Ok(Value::Int(x)),
        Item::UInt(x) => match i64::try_from(x) {
            Ok(i) => Ok(Value::Int(i)),
            Err(_) => vm.new_int(BigInt::from(x)),
        },
        Item::Float(f) => Ok(Value::Float(f)),
        Item::Char(c) => match char::from_u32(c) {
            Some(ch) => vm.new_string(ch.to_string()),
            None => Err(bad_char(vm, c, false)),
        },
    }
}

/// A stored code point that is not a character pyx can hold: `chr`'s
/// message for one item, CPython's text-building one for `tounicode`.
fn bad_char(vm: &mut Vm, c: u32, text: bool) -> Unwind {
    if (0xd800..0xe000).contains(&c) {
        // Lone surrogates cannot be represented in UTF-8.
        return vm.value_error("chr() arg is a surrogate, which pyx cannot represent");
    }
    if text {
        vm.value_error(format!("character U+{:x} is not in range [U+0000; U+10ffff]", c))
    } else {
        vm.value_error("chr() arg not in range(0x110000)")
    }
}

/// The item at `i` (in range) of array `v`.
fn get(vm: &mut Vm, v: Value, i: usize) -> PyResult<Value> {
    let item = match data(vm, v) {
        Some(a) if i < a.len() => a.item(i),
        _ => return Err(vm.index_error("array index out of range")),
    };
    item_value(vm, item)
}

fn buffer_error(vm: &mut Vm) -> Unwind {
    let t = vm.t.exc_by_name.iter().find(|(n, _)| *n == "BufferError").map(|(_, r)| *r).unwrap_or(vm.t.exception);
    vm.exc_msg(t, "cannot resize an array that is exporting buffers")
}

// ----- conversions -------------------------------------------------------------

/// One step of CPython's int conversion chain: the range a C conversion
/// accepts and its two messages (OverflowError).
struct Limit {
    lo: i128,
    hi: i128,
    below: &'static str,
    above: &'static str,
}

const fn limit(lo: i128, hi: i128, below: &'static str, above: &'static str) -> Limit {
    Limit { lo, hi, below, above }
}

const LONG: Limit = limit(i64::MIN as i128, i64::MAX as i128, "Python int too large to convert to C long", "Python int too large to convert to C long");
const SHORT: Limit = limit(i16::MIN as i128, i16::MAX as i128, "signed short integer is less than minimum", "signed short integer is greater than maximum");
const INT: Limit = limit(i32::MIN as i128, i32::MAX as i128, "signed integer is less than minimum", "signed integer is greater than maximum");
const ULONG: Limit = limit(0, u64::MAX as i128, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
const CHAR: Limit = limit(-128, 127, "signed char is less than minimum", "signed char is greater than maximum");
const UCHAR: Limit = limit(0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum");
const USHORT: Limit = limit(0, u16::MAX as i128, "unsigned short is less than minimum", "unsigned short is greater than maximum");
const UINT: Limit = limit(0, u32::MAX as i128, "", "unsigned int is greater than maximum");
const LLONG: Limit = limit(i64::MIN as i128, i64::MAX as i128, "int too big to convert", "int too big to convert");
const ULLONG: Limit = limit(0, u64::MAX as i128, "can't convert negative int to unsigned", "int too big to convert");

/// How CPython 3.11's array stores an int of each typecode: the C
/// conversion it parses the item with first (a C long for most; the small
/// types then go through a short or an int), then the typecode's own range.
fn chain(code: u8) -> &'static [Limit] {
    match code {
        b'b' => &[LONG, SHORT, CHAR],
        b'B' => &[LONG, UCHAR],
        b'h' => &[LONG, SHORT],
        b'H' => &[LONG, INT, USHORT],
        b'i' => &[LONG, INT],
        b'I' => &[ULONG, UINT],
        b'l' => &[LONG],
        b'L' => &[ULONG],
        b'q' => &[LLONG],
        _ => &[ULLONG],
    }
}

/// An int item's value (through `__index__`); one beyond i128 is clamped,
/// which every chain refuses as it would the value itself.
fn int_of(vm: &mut Vm, v: Value) -> PyResult<i128> {
    let iv = match v {
        Value::Int(i) => return Ok(i as i128),
        Value::Bool(b) => return Ok(b as i128),
        _ => vm.index_value(v)?,
    };
    Ok(match iv {
        Value::Int(i) => i as i128,
        Value::Bool(b) => b as i128,
        _ => match vm.payload(iv) {
            Some(Payload::Int(b)) => b.to_i128().unwrap_or(if b.is_negative() { i128::MIN } else { i128::MAX }),
            _ => 0,
        },
    })
}

/// `v` as a C double, as CPython's `PyFloat_AsDouble` takes it: a float
/// (of any class) as it is, else `__float__`, else `__index__`.
fn real_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    match vm.payload(v) {
        Some(Payload::Float(f)) => return Ok(*f),
        Some(Payload::Int(b)) => {
            let b = b.clone();
            return big_to_f64(vm, &b);
        }
        Some(Payload::Complex(..)) => return Err(vm.type_error("must be real number, not complex")),
        _ => {}
    }
    let t = vm.type_of(v);
    if let Some(m) = lookup(vm, t, vm.n.__float__) {
        let r = vm.call_unbound(m, v, &[])?;
        return match r {
            Value::Float(f) => Ok(f),
            _ => match vm.payload(r) {
                Some(Payload::Float(f)) => Ok(*f),
                _ => Err(vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(r)))),
            },
        };
    }
    if lookup(vm, t, vm.n.__index__).is_some() {
        return match vm.index_value(v)? {
            Value::Int(i) => Ok(i as f64),
            Value::Bool(b) => Ok(b as i64 as f64),
            big => {
                let b = vm.to_bigint(big).unwrap_or_default();
                big_to_f64(vm, &b)
            }
        };
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match pyx_text::int_text::int_to_f64(b) {
        Some(f) => Ok(f),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `v` as the native bytes of one item of typecode `code` (the first
/// `item_size(code)` of the result), checked as CPython's array checks it.
fn convert(vm: &mut Vm, code: u8, v: Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        b'f' => out[..4].copy_from_slice(&(real_of(vm, v)? as f32).to_ne_bytes()),
        b'd' => out.copy_from_slice(&real_of(vm, v)?.to_ne_bytes()),
        b'u' => {
            let c = match vm.payload(v) {
                Some(Payload::Str(s)) if s.chars == 1 => s.s.chars().next().map_or(0, u32::from),
                _ => return Err(vm.type_error("array item must be unicode character")),
            };
            out[..4].copy_from_slice(&c.to_ne_bytes());
        }
        _ => {
            let i = int_of(vm, v)?;
            for l in chain(code) {
                if i < l.lo {
                    return Err(vm.overflow_error(l.below));
                }
                if i > l.hi {
                    return Err(vm.overflow_error(l.above));
                }
            }
            // In range: the low bytes are the value (two's complement).
            out.copy_from_slice(&(i as i64).to_ne_bytes());
            if cfg!(target_endian = "big") {
                let n = item_size(code);
                out.copy_within(8 - n.., 0);
            }
        }
    }
    Ok(out)
}

// ----- storage -----------------------------------------------------------------

/// The capacity (in items) CPython's `array_resize` gives an array of
/// `len` items that must hold `n`: None when the present one serves.
fn planned_capacity(len: usize, cap: usize, n: usize) -> Option<usize> {
    if cap >= n && len < n.saturating_add(16) {
        return None;
    }
    if n == 0 {
        return Some(0);
    }
    Some((n >> 4).saturating_add(if len < 8 { 3 } else { 7 }).saturating_add(n))
}

/// Resize `buf` (items of `size` bytes) to `n` items with the capacity
/// CPython's array would have (new items are zero), after checking the
/// memory it needs: charged to the heap when `charge` (a live array's
/// buffer), only checked otherwise (one not yet in the heap).
fn resize_buf(vm: &mut Vm, buf: &mut Vec<u8>, size: usize, n: usize, charge: bool) -> PyResult<()> {
    let (len, cap) = (buf.len() / size, buf.capacity() / size);
    let Some(nbytes) = n.checked_mul(size).filter(|&b| b <= isize::MAX as usize) else {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    };
    match planned_capacity(len, cap, n) {
        None => buf.resize(nbytes, 0),
        Some(new_cap) => {
            let new_bytes = new_cap.saturating_mul(size);
            let old_bytes = buf.capacity();
            if new_bytes > old_bytes {
                // The old buffer and the new one exist together meanwhile.
                vm.reserve(new_bytes)?;
                if charge {
                    vm.charge(new_bytes - old_bytes)?;
                }
                buf.reserve_exact(new_bytes - buf.len());
                buf.resize(nbytes, 0);
            } else {
                buf.truncate(nbytes);
                buf.shrink_to(new_bytes);
                if charge {
                    vm.heap.uncharge(old_bytes.saturating_sub(buf.capacity()));
                }
            }
        }
    }
    Ok(())
}

/// Resize array `v` to `n` items (new ones zero): refused while a view of
/// it is alive and the length would change.
fn resize(vm: &mut Vm, v: Value, n: usize) -> PyResult<()> {
    let Value::Obj(r) = v else { return Ok(()) };
    let (code, len) = shape(vm, v)?;
    if n != len && crate::builtins::types::memoryview::has_live_views(vm, r) {
        return Err(buffer_error(vm));
    }
    vm.tick_bytes(n.saturating_sub(len).saturating_mul(item_size(code)))?;
    // The buffer is taken out while it changes (charging may fail).
    let mut buf = match data_mut(vm, v) {
        Some(a) => std::mem::take(&mut a.bytes),
        None => return Ok(()),
    };
    let res = resize_buf(vm, &mut buf, item_size(code), n, true);
    if let Some(a) = data_mut(vm, v) {
        a.bytes = buf;
    }
    res
}

/// Replace items `lo..hi` of array `v` by the bytes `src` (whole items of
/// its typecode), moving the tail; the length changes by the difference.
/// `src` is counted against the memory limit while the array grows (it
/// is often a copy: of the array itself for `a.extend(a)`).
fn splice(vm: &mut Vm, v: Value, lo: usize, hi: usize, src: &[u8]) -> PyResult<()> {
    let (code, len) = shape(vm, v)?;
    let size = item_size(code);
    let (lo, hi) = (lo.min(len), hi.clamp(lo.min(len), len));
    let added = src.len() / size;
    let new_len = len - (hi - lo) + added;
    // Refused before anything moves. (Asked first: it may collect, which
    // would forget the charge for `src` below.)
    if new_len != len {
        if let Value::Obj(r) = v {
            if crate::builtins::types::memoryview::has_live_views(vm, r) {
                return Err(buffer_error(vm));
            }
        }
    }
    vm.charge(src.len())?;
    let grown = if new_len > len { resize(vm, v, new_len) } else { Ok(()) };
    vm.heap.uncharge(src.len());
    grown?;
    vm.tick_bytes(len.saturating_sub(hi).saturating_mul(size))?;
    if let Some(a) = data_mut(vm, v) {
        let b = &mut a.bytes;
        // The tail moves to its new place, then the new items go in.
        b.copy_within(hi * size..len * size, (lo + added) * size);
        b[lo * size..(lo + added) * size].copy_from_slice(src);
    }
    if new_len < len {
        resize(vm, v, new_len)?;
    }
    Ok(())
}

/// Append one item's bytes `raw` to array `v` (CPython's `ins1` at the
/// end, after the conversion): in the spare capacity when there is some,
/// else through `resize`.
fn push(vm: &mut Vm, v: Value, raw: &[u8]) -> PyResult<()> {
    let Value::Obj(r) = v else { return Ok(()) };
    if crate::builtins::types::memoryview::has_live_views(vm, r) {
        return Err(buffer_error(vm));
    }
    let Some(d) = data_mut(vm, v) else { return Ok(()) };
    if d.bytes.len() + raw.len() <= d.bytes.capacity() {
        d.bytes.extend_from_slice(raw);
        return Ok(());
    }
    let n = d.len();
    resize(vm, v, n + 1)?;
    if let Some(d) = data_mut(vm, v) {
        let at = d.bytes.len() - raw.len();
        d.bytes[at..].copy_from_slice(raw);
    }
    Ok(())
}

/// A new array of class `cls` holding `bytes` (items of `code`), which
/// the caller checked against the memory limit before building.
fn new_array(vm: &mut Vm, cls: ObjRef, code: u8, bytes: Vec<u8>) -> PyResult<Value> {
    vm.alloc_val(cls, Payload::Array(ArrayData::new(code, bytes)))
}

/// A new exact array of `code` with a copy of items `lo..hi` of `v`.
fn copy_of(vm: &mut Vm, v: Value, lo: usize, hi: usize) -> PyResult<Value> {
    let code = code_of(vm, v);
    let n = hi.saturating_sub(lo).saturating_mul(item_size(code));
    vm.reserve(n)?;
    vm.tick_bytes(n)?;
    let b = bytes_of(vm, v, lo, hi);
    new_array(vm, vm.t.array, code, b)
}

// ----- construction --------------------------------------------------------------

fn arr_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.array);
    if !a.kw.is_empty() {
        // Keywords go to a subclass's own `__init__`; without one (or for
        // array itself) CPython refuses them here.
        let own_init = cls != vm.t.array && lookup(vm, cls, vm.n.__init__).is_some_and(|i| !lookup(vm, vm.t.array, vm.n.__init__).is_some_and(|j| i.is(j)));
        if !own_init {
            return Err(vm.type_error("array.array() takes no keyword arguments"));
        }
    }
    let args = &a.pos[1..];
    if args.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({} given)", args.len())));
    }
    let tc = match vm.payload(args[0]) {
        Some(Payload::Str(s)) if s.chars == 1 => s.s.chars().next().unwrap_or('\0'),
        _ => return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {}", vm.type_name(args[0])))),
    };
    make_array(vm, cls, tc, args.get(1).copied())
}

/// CPython's `array_new` from its parsed arguments: the initializer's
/// checks in its order (a str or a 'u' array for a numeric typecode, an
/// iterator made of anything that is not a list, tuple, bytes-like or
/// array of the same kind) before the typecode's own.
fn make_array(vm: &mut Vm, cls: ObjRef, tc: char, init: Option<Value>) -> PyResult<Value> {
    if let Some(init) = init {
        if tc != 'u' {
            if vm.str_of(init).is_some() || matches!(vm.payload(init), Some(Payload::Str(_))) {
                return Err(vm.type_error(format!("cannot use a str to initialize an array with typecode '{}'", tc)));
            }
            if code_of(vm, init) == b'u' {
                return Err(vm.type_error(format!("cannot use a unicode array to initialize an array with typecode '{}'", tc)));
            }
        }
    }
    let direct = |vm: &Vm, init: Value| {
        matches!(vm.payload(init), Some(Payload::List(_) | Payload::Tuple(_) | Payload::ByteArray(_) | Payload::Bytes(_)))
            || (tc == 'u' && matches!(vm.payload(init), Some(Payload::Str(_))))
            || data(vm, init).is_some_and(|d| u32::from(d.code) == u32::from(tc))
    };
    let iterator = match init {
        Some(i) if !direct(vm, i) => Some(vm.iter(i)?),
        _ => None,
    };
    let code = match u8::try_from(u32::from(tc)) {
        Ok(c) if TYPECODES.as_bytes().contains(&c) => c,
        _ => return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    };
    // The array is made first and filled in place, as CPython's: what it
    // holds is charged as it grows, whatever the conversions run.
    let me = new_array(vm, cls, code, Vec::new())?;
    let size = item_size(code);
    vm.with_roots(&[me, iterator.unwrap_or(Value::None)], |vm, scope| {
        match (init, iterator) {
            (_, Some(it)) => {
                // Items one at a time, through the conversions (which may
                // run Python code).
                while let Some(x) = scope.next(vm, it)? {
                    let raw = convert(vm, code, x)?;
                    push(vm, me, &raw[..size])?;
                }
            }
            (Some(init), None) => match vm.payload(init) {
                Some(Payload::List(_) | Payload::Tuple(_)) => {
                    let n = match vm.payload(init) {
                        Some(Payload::List(l)) => l.len(),
                        Some(Payload::Tuple(l)) => l.len(),
                        _ => 0,
                    };
                    // Its final size at once, exactly (CPython's
                    // `newarrayobject`), then each item converted into
                    // its place.
                    let Some(total) = n.checked_mul(size).filter(|&t| t <= isize::MAX as usize) else {
                        return Err(vm.exc_msg(vm.t.memory_error, ""));
                    };
                    vm.charge(total)?;
                    vm.tick_bytes(total)?;
                    if let Some(d) = data_mut(vm, me) {
                        d.bytes = vec![0; total];
                    }
                    for i in 0..n {
                        // Read again each time: a conversion may change the list.
                        let x = match vm.payload(init) {
                            Some(Payload::List(l)) => l.get(i).copied(),
                            Some(Payload::Tuple(l)) => l.get(i).copied(),
                            _ => None,
                        };
                        let Some(x) = x else { return Err(vm.index_error("list index out of range")) };
                        let raw = convert(vm, code, x)?;
                        if let Some(d) = data_mut(vm, me) {
                            d.bytes[i * size..(i + 1) * size].copy_from_slice(&raw[..size]);
                        }
                    }
                }
                Some(Payload::Str(_)) => {
                    let b = unicode_bytes(vm, init)?;
                    splice(vm, me, 0, 0, &b)?;
                }
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    let b = crate::builtins::types::memoryview::buffer_bytes(vm, init)?.unwrap_or_default();
                    append_bytes(vm, me, &b)?;
                }
                _ => extend_from(vm, me, init)?,
            },
            (None, None) => {}
        }
        Ok(me)
    })
}

/// The 'u' items of str `s` (its code points, 4 bytes each), charged first.
fn unicode_bytes(vm: &mut Vm, s: Value) -> PyResult<Vec<u8>> {
    let n = match vm.payload(s) {
        Some(Payload::Str(p)) => p.chars,
        _ => 0,
    };
    vm.reserve(n.saturating_mul(4))?;
    vm.tick_bytes(n.saturating_mul(4))?;
    let text = vm.str_of(s).unwrap_or("");
    let mut out = Vec::with_capacity(n * 4);
    for c in text.chars() {
        out.extend_from_slice(&u32::from(c).to_ne_bytes());
    }
    Ok(out)
}

// ----- the sequence protocol -------------------------------------------------------

fn arr_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (_, n) = shape(vm, a.arg(0))?;
    Ok(Value::Int(n as i64))
}

fn arr_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    shape(vm, a.arg(0))?;
    vm.alloc_val(vm.t.array_iterator, Payload::Iter(Box::new(IterData::Seq { seq: a.arg(0), index: 0 })))
}

/// Whether `key` is an index (an int, or has `__index__`; a float is not).
fn is_index(vm: &Vm, key: Value) -> bool {
    match key {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Float(_) => false,
        _ => {
            let t = vm.type_of(key);
            lookup(vm, t, vm.n.__index__).is_some()
        }
    }
}

fn is_slice(vm: &Vm, key: Value) -> bool {
    matches!(vm.payload(key), Some(Payload::Slice(..)))
}

/// An item index: negative from the end; None when outside `0..len`.
fn item_index(vm: &mut Vm, key: Value, len: usize) -> PyResult<Option<usize>> {
    let i = vm.subscript_i64(key)?;
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    Ok((0..n).contains(&j).then_some(j as usize))
}

fn arr_getitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, key) = (a.arg(0), a.arg(1));
    let (_, len) = shape(vm, me)?;
    if is_index(vm, key) {
        return match item_index(vm, key, len)? {
            Some(i) => get(vm, me, i),
            None => Err(vm.index_error("array index out of range")),
        };
    }
    if is_slice(vm, key) {
        let (start, stop, step) = crate::builtins::types::list::slice_indices(vm, key, len)?;
        if step == 1 {
            return copy_of(vm, me, start as usize, stop.max(start) as usize);
        }
        let count = crate::builtins::types::list::slice_len(start, stop, step);
        let code = code_of(vm, me);
        let size = item_size(code);
        vm.reserve(count.saturating_mul(size))?;
        vm.tick_bytes(count.saturating_mul(size))?;
        let mut out = Vec::with_capacity(count * size);
        if let Some(d) = data(vm, me) {
            for p in crate::builtins::types::list::slice_positions(start, stop, step) {
                out.extend_from_slice(&d.bytes[p * size..(p + 1) * size]);
            }
        }
        return new_array(vm, vm.t.array, code, out);
    }
    Err(vm.type_error("array indices must be integers"))
}

fn arr_setitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    assign(vm, a.arg(0), a.arg(1), Some(a.arg(2)))?;
    Ok(Value::None)
}

fn arr_delitem(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    assign(vm, a.arg(0), a.arg(1), None)?;
    Ok(Value::None)
}

/// `me[key] = value`, or `del me[key]` (value None): CPython's
/// `array_ass_subscr`, its checks in its order.
fn assign(vm: &mut Vm, me: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    let (code, len) = shape(vm, me)?;
    let size = item_size(code);
    let (start, stop, step, count) = if is_index(vm, key) {
        let Some(i) = item_index(vm, key, len)? else {
            return Err(vm.index_error("array assignment index out of range"));
        };
        match value {
            Some(v) => {
                let raw = convert(vm, code, v)?;
                // The conversion may have run Python code that resized it.
                return match data_mut(vm, me) {
                    Some(d) if i < d.len() => {
                        d.bytes[i * size..(i + 1) * size].copy_from_slice(&raw[..size]);
                        Ok(())
                    }
                    _ => Err(vm.index_error("array assignment index out of range")),
                };
            }
            None => (i as i64, i as i64 + 1, 1, 1),
        }
    } else if is_slice(vm, key) {
        let (s, e, st) = crate::builtins::types::list::slice_indices(vm, key, len)?;
        (s, e, st, crate::builtins::types::list::slice_len(s, e, st))
    } else {
        return Err(vm.type_error("array indices must be integers"));
    };
    // The slice's bounds may have run `__index__`: the length now.
    let len = len_of(vm, me);
    let src: Vec<u8> = match value {
        None => Vec::new(),
        Some(v) if is_array(vm, v) => {
            if code_of(vm, v) != code {
                return Err(vm.type_error("bad argument type for built-in operation"));
            }
            // A copy first: `a[i:j] = a` reads what it writes.
            let n = len_of(vm, v).saturating_mul(size);
            vm.reserve(n)?;
            bytes_of(vm, v, 0, usize::MAX)
        }
        Some(v) => return Err(vm.type_error(format!("can only assign array (not \"{}\") to array slice", vm.type_name(v)))),
    };
    let needed = src.len() / size;
    let stop = if (step > 0 && stop < start) || (step < 0 && stop > start) { start } else { stop };
    if needed == 0 || count != needed {
        if let Value::Obj(r) = me {
            if crate::builtins::types::memoryview::has_live_views(vm, r) {
                return Err(buffer_error(vm));
            }
        }
    }
    if step == 1 {
        return splice(vm, me, start as usize, stop as usize, &src);
    }
    if needed == 0 {
        // Delete an extended slice: keep the items it does not select.
        let mut keep = vec![true; len];
        for p in crate::builtins::types::list::slice_positions(start, stop, step) {
            if let Some(k) = keep.get_mut(p) {
                *k = false;
            }
        }
        vm.tick_bytes(len.saturating_mul(size))?;
        let mut n = 0;
        if let Some(d) = data_mut(vm, me) {
            for (i, k) in keep.iter().enumerate() {
                if *k {
                    d.bytes.copy_within(i * size..(i + 1) * size, n * size);
                    n += 1;
                }
            }
        }
        return resize(vm, me, n);
    }
    if needed != count {
        return Err(vm.value_error(format!("attempt to assign array of size {} to extended slice of size {}", needed, count)));
    }
    vm.tick_bytes(src.len())?;
    if let Some(d) = data_mut(vm, me) {
        for (k, p) in crate::builtins::types::list::slice_positions(start, stop, step).enumerate() {
            if let Some(dst) = d.bytes.get_mut(p * size..(p + 1) * size) {
                dst.copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        }
    }
    Ok(())
}

/// Loop over the items of `me` from `start` while `i < stop` (and the
/// array still has them), comparing each with `v` by `==` (which may run
/// Python code that changes the array): `f` decides, per match, whether
/// to stop. The index of the match that stopped it.
fn scan(vm: &mut Vm, me: Value, v: Value, start: usize, stop: usize, mut f: impl FnMut(usize) -> bool) -> PyResult<Option<usize>> {
    vm.with_roots(&[Value::Null], |vm, scope| {
        let mut i = start;
        while i < stop && i < len_of(vm, me) {
            let x = get(vm, me, i)?;
            scope.set(vm, 0, x);
            vm.tick(1)?;
            if vm.eq(x, v)? && f(i) {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    })
}

fn arr_contains(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    shape(vm, a.arg(0))?;
    Ok(Value::Bool(scan(vm, a.arg(0), a.arg(1), 0, usize::MAX, |_| true)?.is_some()))
}

fn arr_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    shape(vm, a.arg(0))?;
    let mut n = 0i64;
    scan(vm, a.arg(0), a.arg(1), 0, usize::MAX, |_| {
        n += 1;
        false
    })?;
    Ok(Value::Int(n))
}

/// A start/stop argument of `index`: an int or `__index__` (a huge one
/// clamped), with CPython's message for anything else.
fn slice_bound(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if !is_index(vm, v) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    vm.clamped_i64(v)
}

fn arr_index(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    shape(vm, me)?;
    let mut start = slice_bound(vm, a.arg(2))?;
    let mut stop = slice_bound(vm, a.arg(3))?;
    let n = len_of(vm, me) as i64;
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop += n;
    }
    match scan(vm, me, a.arg(1), start as usize, stop.max(0) as usize, |_| true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn arr_remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    shape(vm, me)?;
    match scan(vm, me, a.arg(1), 0, usize::MAX, |_| true)? {
        Some(i) => {
            splice(vm, me, i, i + 1, &[])?;
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

// ----- operators -------------------------------------------------------------------------

fn arr_add(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    let (code, lx) = shape(vm, x)?;
    if !is_array(vm, y) {
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", vm.type_name(y))));
    }
    if code_of(vm, y) != code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let size = item_size(code);
    let total = lx.saturating_add(len_of(vm, y)).saturating_mul(size);
    if total > isize::MAX as usize {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    vm.reserve(total)?;
    vm.tick_bytes(total)?;
    let mut b = Vec::with_capacity(total);
    if let Some(d) = data(vm, x) {
        b.extend_from_slice(&d.bytes);
    }
    if let Some(d) = data(vm, y) {
        b.extend_from_slice(&d.bytes);
    }
    new_array(vm, vm.t.array, code, b)
}

fn arr_iadd(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    shape(vm, x)?;
    if !is_array(vm, y) {
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", vm.type_name(y))));
    }
    extend_from(vm, x, y)?;
    Ok(x)
}

/// The bytes of `n` repeats of `unit`, charged first: a total no memory
/// could hold is a MemoryError, as CPython's.
fn repeated(vm: &mut Vm, unit: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = (unit.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    vm.reserve(total as usize)?;
    vm.tick_bytes(total as usize)?;
    Ok(unit.repeat(n))
}

/// The count of a repetition `me * n`: a non-int is CPython's
/// `sq_repeat` error (the operator tries the other operand's `__rmul__`
/// before this one: `ops.rs`, `is_sequence_concat`).
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<i64> {
    match crate::builtins::types::list::repeat_count(vm, n)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n)))),
    }
}

fn arr_mul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, _) = shape(vm, me)?;
    let n = repeat_count(vm, a.arg(1))?;
    let unit = bytes_of(vm, me, 0, usize::MAX);
    let b = repeated(vm, &unit, n.max(0) as usize)?;
    new_array(vm, vm.t.array, code, b)
}

/// `n * me`: a non-int gives way (the operator's error then names this
/// array, as CPython's `'x' * a` does).
fn arr_rmul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, _) = shape(vm, me)?;
    let Some(n) = crate::builtins::types::list::repeat_count(vm, a.arg(1))? else { return Ok(Value::NotImplemented) };
    let unit = bytes_of(vm, me, 0, usize::MAX);
    let b = repeated(vm, &unit, n.max(0) as usize)?;
    new_array(vm, vm.t.array, code, b)
}

fn arr_imul(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, len) = shape(vm, me)?;
    let n = repeat_count(vm, a.arg(1))?;
    if len == 0 {
        return Ok(me);
    }
    let n = n.max(0) as usize;
    let unit = bytes_of(vm, me, 0, len);
    // Checked (and refused while exported) before anything is built.
    let total = (unit.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    resize(vm, me, len.saturating_mul(n))?;
    vm.tick_bytes(total as usize)?;
    if let Some(d) = data_mut(vm, me) {
        for k in 1..n {
            d.bytes[k * unit.len()..(k + 1) * unit.len()].copy_from_slice(&unit);
        }
    }
    let _ = code;
    Ok(me)
}

/// The comparison of two arrays, as CPython's: lengths first for `==` and
/// `!=`, then item by item with `==` (no identity shortcut: NaNs differ),
/// then the first differing pair (or the lengths) with the operator.
/// Items are ints, floats and one-character strs: comparing them runs no
/// Python code.
fn compare(vm: &mut Vm, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    if !is_array(vm, x) || !is_array(vm, y) {
        return Ok(Value::NotImplemented);
    }
    let (cx, lx, cy, ly) = (code_of(vm, x), len_of(vm, x), code_of(vm, y), len_of(vm, y));
    if lx != ly && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let n = lx.min(ly);
    vm.tick_bytes(n.saturating_mul(item_size(cx)))?;
    if cx == cy {
        // One typecode: the items compare natively.
        let (dx, dy) = match (data(vm, x), data(vm, y)) {
            (Some(dx), Some(dy)) => (dx, dy),
            _ => return Ok(Value::NotImplemented),
        };
        let differ = if !matches!(cx, b'f' | b'd') && matches!(op, CmpOp::Eq | CmpOp::Ne) {
            (dx.bytes != dy.bytes).then_some(0)
        } else {
            (0..n).find(|&i| dx.item(i) != dy.item(i))
        };
        return Ok(Value::Bool(match differ {
            None => op.test(lx.cmp(&ly)),
            Some(_) if op == CmpOp::Eq => false,
            Some(_) if op == CmpOp::Ne => true,
            Some(i) => match (dx.item(i), dy.item(i)) {
                (Item::Float(p), Item::Float(q)) => p.partial_cmp(&q).is_some_and(|o| op.test(o)),
                (Item::Int(p), Item::Int(q)) => op.test(p.cmp(&q)),
                (Item::UInt(p), Item::UInt(q)) => op.test(p.cmp(&q)),
                (Item::Char(p), Item::Char(q)) => op.test(p.cmp(&q)),
                _ => false,
            },
        }));
    }
    for i in 0..n {
        let p = get(vm, x, i)?;
        let q = get(vm, y, i)?;
        if !vm.eq(p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => vm.rich_compare(p, q, op),
            };
        }
    }
    Ok(Value::Bool(op.test(lx.cmp(&ly))))
}

fn arr_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compare(vm, &a, CmpOp::Eq)
}
fn arr_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compare(vm, &a, CmpOp::Ne)
}
fn arr_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compare(vm, &a, CmpOp::Lt)
}
fn arr_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compare(vm, &a, CmpOp::Le)
}
fn arr_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compare(vm, &a, CmpOp::Gt)
}
fn arr_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compare(vm, &a, CmpOp::Ge)
}

// ----- methods ------------------------------------------------------------------------------

/// Append one converted item (CPython's `ins1`): converted first, then
/// the resize (which an export refuses), then stored.
fn insert_at(vm: &mut Vm, me: Value, at: usize, v: Value) -> PyResult<()> {
    let (code, _) = shape(vm, me)?;
    let raw = convert(vm, code, v)?;
    let len = len_of(vm, me);
    if at >= len {
        return push(vm, me, &raw[..item_size(code)]);
    }
    splice(vm, me, at, at, &raw[..item_size(code)])
}

fn arr_append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    insert_at(vm, a.arg(0), usize::MAX, a.arg(1))?;
    Ok(Value::None)
}

fn arr_insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    shape(vm, me)?;
    let i = vm.index_i64(a.arg(1))?;
    let n = len_of(vm, me) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    insert_at(vm, me, at as usize, a.arg(2))?;
    Ok(Value::None)
}

/// `me.extend(src)` for an array `src` (CPython's `array_do_extend`).
fn extend_from(vm: &mut Vm, me: Value, src: Value) -> PyResult<()> {
    if code_of(vm, src) != code_of(vm, me) {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let n = len_of(vm, src).saturating_mul(item_size(code_of(vm, me)));
    if n > isize::MAX as usize / 2 {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    vm.reserve(n)?;
    // Copied first: `a.extend(a)` reads what it grows.
    let b = bytes_of(vm, src, 0, usize::MAX);
    let len = len_of(vm, me);
    splice(vm, me, len, len, &b)
}

fn arr_extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, src) = (a.arg(0), a.arg(1));
    let (code, _) = shape(vm, me)?;
    if is_array(vm, src) {
        extend_from(vm, me, src)?;
        return Ok(Value::None);
    }
    // Item by item, as CPython's: what came before an error stays.
    let it = vm.iter(src)?;
    let size = item_size(code);
    vm.with_roots(&[it], |vm, scope| {
        while let Some(x) = scope.next(vm, it)? {
            let raw = convert(vm, code, x)?;
            push(vm, me, &raw[..size])?;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

fn arr_fromlist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, list) = (a.arg(0), a.arg(1));
    let (code, _) = shape(vm, me)?;
    let n = match vm.payload(list) {
        Some(Payload::List(l)) => l.len(),
        _ => return Err(vm.type_error("arg must be list")),
    };
    if n == 0 {
        return Ok(Value::None);
    }
    let size = item_size(code);
    let old = len_of(vm, me);
    // Room first (refused while exported), then the items; all or nothing.
    resize(vm, me, old.saturating_add(n))?;
    for i in 0..n {
        let x = match vm.payload(list) {
            Some(Payload::List(l)) if l.len() == n => l[i],
            _ => {
                resize(vm, me, old)?;
                return Err(vm.runtime_error("list changed size during iteration"));
            }
        };
        let raw = match convert(vm, code, x) {
            Ok(r) => r,
            Err(e) => {
                resize(vm, me, old)?;
                return Err(e);
            }
        };
        match data_mut(vm, me) {
            Some(d) if d.len() == old + n => d.bytes[(old + i) * size..(old + i + 1) * size].copy_from_slice(&raw[..size]),
            // A conversion's Python code resized it (an export would
            // have stopped that): as CPython, the slots are the array's.
            _ => {}
        }
        let still = matches!(vm.payload(list), Some(Payload::List(l)) if l.len() == n);
        if !still {
            resize(vm, me, old)?;
            return Err(vm.runtime_error("list changed size during iteration"));
        }
    }
    Ok(Value::None)
}

fn arr_pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (_, n) = shape(vm, me)?;
    let i = vm.index_i64(a.arg(1))?;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let n = len_of(vm, me) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = get(vm, me, j as usize)?;
    vm.with_roots(&[v], |vm, _| splice(vm, me, j as usize, j as usize + 1, &[]))?;
    Ok(v)
}

fn arr_reverse(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, len) = shape(vm, me)?;
    let size = item_size(code);
    vm.tick_bytes(len.saturating_mul(size))?;
    if let Some(d) = data_mut(vm, me) {
        let b = &mut d.bytes;
        b.reverse();
        for item in b.chunks_exact_mut(size) {
            item.reverse();
        }
    }
    Ok(Value::None)
}

fn arr_byteswap(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, len) = shape(vm, me)?;
    let size = item_size(code);
    vm.tick_bytes(len.saturating_mul(size))?;
    if let Some(d) = data_mut(vm, me) {
        for item in d.bytes.chunks_exact_mut(size) {
            item.reverse();
        }
    }
    Ok(Value::None)
}

fn arr_tolist(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (_, n) = shape(vm, me)?;
    vm.reserve(n.saturating_mul(16))?;
    vm.tick(n as u64 / 16)?;
    // No Python code runs (and allocation never collects) while the
    // items are gathered.
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(get(vm, me, i)?);
    }
    vm.new_list(out)
}

fn arr_tobytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, n) = shape(vm, me)?;
    let total = n.saturating_mul(item_size(code));
    vm.reserve(total)?;
    vm.tick_bytes(total)?;
    let b = bytes_of(vm, me, 0, usize::MAX);
    vm.new_bytes(b)
}

/// Append the raw bytes `b` (CPython's `frombytes` after the buffer is
/// taken): whole items only.
fn append_bytes(vm: &mut Vm, me: Value, b: &[u8]) -> PyResult<()> {
    let size = item_size(code_of(vm, me));
    if b.len() % size != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    if b.is_empty() {
        return Ok(());
    }
    let len = len_of(vm, me);
    splice(vm, me, len, len, b)
}

fn arr_frombytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, src) = (a.arg(0), a.arg(1));
    shape(vm, me)?;
    let Some(view) = crate::builtins::types::memoryview::export_view(vm, src)? else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(src))));
    };
    if view.itemsize != 1 {
        return Err(vm.type_error("a bytes-like object is required"));
    }
    // Reading one's own buffer is an export: growing is then refused.
    if src.is(me) && view.nbytes() > 0 {
        return Err(buffer_error(vm));
    }
    let b = crate::builtins::types::memoryview::buffer_bytes(vm, src)?.unwrap_or_default();
    append_bytes(vm, me, &b)?;
    Ok(Value::None)
}

fn arr_tounicode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, n) = shape(vm, me)?;
    if code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    vm.reserve(n.saturating_mul(4))?;
    vm.tick(n as u64 / 16)?;
    let mut s = String::with_capacity(n);
    for i in 0..n {
        let c = match data(vm, me).map(|d| d.item(i)) {
            Some(Item::Char(c)) => c,
            _ => 0,
        };
        match char::from_u32(c) {
            Some(ch) => s.push(ch),
            None => return Err(bad_char(vm, c, true)),
        }
    }
    vm.new_string(s)
}

fn arr_fromunicode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, s) = (a.arg(0), a.arg(1));
    let (code, _) = shape(vm, me)?;
    if !matches!(vm.payload(s), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", vm.type_name(s))));
    }
    if code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let b = unicode_bytes(vm, s)?;
    append_bytes(vm, me, &b)?;
    Ok(Value::None)
}

fn arr_fromfile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, f) = (a.arg(0), a.arg(1));
    let (code, _) = shape(vm, me)?;
    let n = vm.index_i64(a.arg(2))?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = item_size(code) as i64;
    if n > i64::MAX / size {
        return Err(vm.exc_msg(vm.t.memory_error, ""));
    }
    let nbytes = n * size;
    let b = vm.call_method_str(f, "read", &[Value::Int(nbytes)])?;
    let got = match vm.payload(b) {
        Some(Payload::Bytes(d)) => d.to_vec(),
        _ => return Err(vm.type_error("read() didn't return bytes")),
    };
    append_bytes(vm, me, &got)?;
    if got.len() as i64 != nbytes {
        let t = vm.t.eof_error;
        return Err(vm.exc_msg(t, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn arr_tofile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, f) = (a.arg(0), a.arg(1));
    let (code, n) = shape(vm, me)?;
    const BLOCK: usize = 64 * 1024;
    let nbytes = n * item_size(code);
    let blocks = nbytes.div_ceil(BLOCK);
    for k in 0..blocks {
        // The writer may have changed the array: what is there now.
        let now = len_of(vm, me) * item_size(code);
        let (lo, hi) = ((k * BLOCK).min(now), ((k + 1) * BLOCK).min(nbytes).min(now));
        let piece = data(vm, me).map(|d| d.bytes[lo..hi.max(lo)].to_vec()).unwrap_or_default();
        vm.reserve(piece.len())?;
        vm.tick_bytes(piece.len())?;
        let b = vm.new_bytes(piece)?;
        vm.call_method_str(f, "write", &[b])?;
    }
    Ok(Value::None)
}

fn arr_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (code, n) = shape(vm, me)?;
    let full = vm.type_name(me);
    let name = full.rsplit('.').next().unwrap_or("array").to_string();
    if n == 0 {
        return vm.new_string(format!("{}('{}')", name, code as char));
    }
    if code == b'u' {
        let s = arr_tounicode(vm, a)?;
        let len = vm.str_of(s).map_or(0, str::len);
        vm.tick_bytes(len)?;
        let r = crate::builtins::types::str::repr_str(vm.str_of(s).unwrap_or(""));
        return vm.new_string(format!("{}('u', {})", name, r));
    }
    // Written here, not through a list's repr: an int is at most 20
    // characters, a float's shortest repr 24, and ", " between.
    vm.reserve(n.saturating_mul(26))?;
    vm.tick(n as u64 / 4)?;
    let mut out = format!("{}('{}', [", name, code as char);
    if let Some(d) = data(vm, me) {
        for i in 0..n {
            if i > 0 {
                out.push_str(", ");
            }
            match d.item(i) {
                Item::Int(x) => out.push_str(&x.to_string()),
                Item::UInt(x) => out.push_str(&x.to_string()),
                Item::Float(f) => out.push_str(&crate::builtins::format::float_repr(f)),
                Item::Char(_) => {}
            }
        }
    }
    out.push_str("])");
    vm.new_string(out)
}

fn arr_copy(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    let (_, n) = shape(vm, me)?;
    copy_of(vm, me, 0, n)
}

fn arr_sizeof(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let me = a.arg(0);
    shape(vm, me)?;
    let cap = data(vm, me).map_or(0, |d| d.bytes.capacity());
    Ok(Value::Int(64 + cap as i64))
}

/// The machine format code of each typecode on pyx's platform
/// (little-endian, 64-bit longs, 4-byte wchar_t): what pickles written
/// with protocol 3 and later record.
fn machine_code(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    }
}

fn arr_reduce_ex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (me, p) = (a.arg(0), a.arg(1));
    let (code, _) = shape(vm, me)?;
    let proto = match p {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => match vm.payload(p) {
            Some(Payload::Int(b)) => {
                if b.to_i64().is_none() {
                    return Err(vm.overflow_error("Python int too large to convert to C long"));
                }
                b.to_i64().unwrap_or(0)
            }
            _ => return Err(vm.type_error("__reduce_ex__ argument should be an integer")),
        },
    };
    let reconstructor = if proto < 3 { Value::None } else { module_attr(vm, "_array_reconstructor")? };
    vm.with_roots(&[reconstructor], |vm, scope| {
        // Its `__dict__` (a class with `__slots__` and no dict has none,
        // though pyx keeps a subclass's slot values in one).
        let cls = vm.type_of(me);
        let dict = match vm.type_data(cls).has_dict {
            true => vm.getattr_opt(me, vm.n.__dict__)?.unwrap_or(Value::None),
            false => Value::None,
        };
        scope.push(vm, dict);
        let cls = Value::Obj(cls);
        let tc = vm.new_string((code as char).to_string())?;
        scope.push(vm, tc);
        if proto < 3 {
            let items = arr_tolist(vm, Args::new(&[me]))?;
            scope.push(vm, items);
            let args = vm.new_tuple(vec![tc, items])?;
            scope.push(vm, args);
            return vm.new_tuple(vec![cls, args, dict]);
        }
        let raw = arr_tobytes(vm, Args::new(&[me]))?;
        scope.push(vm, raw);
        let args = vm.new_tuple(vec![cls, tc, Value::Int(machine_code(code)), raw])?;
        scope.push(vm, args);
        vm.new_tuple(vec![reconstructor, args, dict])
    })
}

/// An attribute of the `array` module (imported if it is not yet).
fn module_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern("array");
    let m = match vm.dict_get(vm.modules, Value::Obj(key))? {
        Some(m) => m,
        None => {
            let g = vm.builtins;
            vm.import_name(key, Value::None, Value::Int(0), g)?
        }
    };
    let k = vm.intern(name);
    vm.getattr(m, k)
}

fn get_typecode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (code, _) = shape(vm, a.arg(0))?;
    vm.new_string((code as char).to_string())
}

fn get_itemsize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (code, _) = shape(vm, a.arg(0))?;
    Ok(Value::Int(item_size(code) as i64))
}

// ----- pickles ---------------------------------------------------------------------------------

/// A machine format of pickled arrays (CPython's numbering, 0..=21): the
/// size of its unit, whether signed, big-endian.
fn machine_format(m: i64) -> Option<(usize, bool, bool)> {
    Some(match m {
        0 => (1, false, false),
        1 => (1, true, false),
        2..=13 => {
            let k = m - 2;
            let size = 2usize << (k / 4);
            (size, k % 4 >= 2, k % 2 == 1)
        }
        14 | 15 => (4, false, m == 15),
        16 | 17 => (8, false, m == 17),
        // UTF-16 and UTF-32: CPython's table gives them 4 and 8 bytes.
        18 | 19 => (4, false, m == 19),
        20 | 21 => (8, false, m == 21),
        _ => return None,
    })
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: an
/// array rebuilt from its machine-independent pickle, decoding `items`
/// from the machine format it was written in.
fn reconstructor(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (cls, tcv, mv, items) = (a.arg(0), a.arg(1), a.arg(2), a.arg(3));
    let tc = match vm.payload(tcv) {
        Some(Payload::Str(s)) if s.chars == 1 => s.s.chars().next().unwrap_or('\0'),
        _ => return Err(vm.type_error(format!("_array_reconstructor() argument 2 must be a unicode character, not {}", vm.type_name(tcv)))),
    };
    let m = i64::from(vm.c_int(mv)?);
    let Some(c) = cls.as_obj().filter(|&c| vm.is_type(Value::Obj(c))) else {
        return Err(vm.type_error(format!("first argument must be a type object, not {}", vm.type_name(cls))));
    };
    if !vm.is_subtype(c, vm.t.array) {
        let n = vm.type_name_of_type(c).to_string();
        return Err(vm.type_error(format!("{} is not a subtype of array.array", n)));
    }
    let code = match u8::try_from(u32::from(tc)) {
        Ok(c) if TYPECODES.as_bytes().contains(&c) => c,
        _ => return Err(vm.value_error("second argument must be a valid type code")),
    };
    let Some((unit, signed, big)) = machine_format(m) else {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    };
    let raw = match vm.payload(items) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error(format!("fourth argument should be bytes, not {}", vm.type_name(items)))),
    };
    if m == machine_code(code) {
        return make_array(vm, c, tc, Some(items));
    }
    if raw.len() % unit != 0 {
        return Err(vm.value_error("string length not a multiple of item size"));
    }
    vm.reserve(raw.len().saturating_mul(16))?;
    vm.tick_bytes(raw.len())?;
    let (code, converted) = match m {
        14..=17 => {
            let vals = raw
                .chunks_exact(unit)
                .map(|ch| {
                    let mut w = [0u8; 8];
                    w[..unit].copy_from_slice(ch);
                    if big {
                        w[..unit].reverse();
                    }
                    let f = if unit == 4 { f32::from_le_bytes([w[0], w[1], w[2], w[3]]) as f64 } else { f64::from_le_bytes(w) };
                    Value::Float(f)
                })
                .collect();
            (code, vm.new_list(vals)?)
        }
        18..=21 => {
            let enc = match m {
                18 => "utf-16-le",
                19 => "utf-16-be",
                20 => "utf-32-le",
                _ => "utf-32-be",
            };
            let e = vm.new_str(enc)?;
            (code, vm.call_method_str(items, "decode", &[e])?)
        }
        _ => {
            // An int format: the array gets the typecode whose items have
            // that size and signedness (the last such, as CPython picks).
            let code = TYPECODES
                .bytes()
                .filter(|&t| !matches!(t, b'u' | b'f' | b'd') && item_size(t) == unit && matches!(t, b'b' | b'h' | b'i' | b'l' | b'q') == signed)
                .last()
                .unwrap_or(code);
            let mut vals = Vec::with_capacity(raw.len() / unit);
            for ch in raw.chunks_exact(unit) {
                let mut w = [0u8; 8];
                w[..unit].copy_from_slice(ch);
                if big {
                    w[..unit].reverse();
                }
                let u = u64::from_le_bytes(w);
                let x = if signed {
                    let shift = 64 - 8 * unit as u32;
                    Value::Int(((u << shift) as i64) >> shift)
                } else {
                    match i64::try_from(u) {
                        Ok(i) => Value::Int(i),
                        Err(_) => vm.new_int(BigInt::from(u))?,
                    }
                };
                vals.push(x);
            }
            (code, vm.new_list(vals)?)
        }
    };
    vm.with_roots(&[converted], |vm, _| make_array(vm, c, code as char, Some(converted)))
}
