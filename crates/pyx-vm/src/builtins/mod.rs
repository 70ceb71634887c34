//! The built-ins layer: what Python code finds ready-made — the built-in
//! types' methods (`types`), string formatting (`format`, `percent`), the
//! native modules (`math`, `json`, `sre`, `zlib`, ...) and, in this file,
//! the built-in functions and the `builtins` namespace. It uses the
//! interpreter and object layers below it.
//!
//! Only pure computation lives here: `open`, `input`, `__import__` of host
//! modules, `exit`, `help`, `breakpoint` are added by the host, if at all.

pub mod ast_module;
pub mod bisect_module;
pub mod docs;
pub mod format;
pub mod gc_module;
pub mod hashes;
pub mod heapq_module;
pub mod json;
pub mod math;
pub mod percent;
pub mod sre;
pub mod sysmod;
pub mod types;
pub mod types_module;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use crate::interp::native::{args_kw, kw, noargs, one, own, own_signed, pos, NativeDef};
use std::sync::Arc;

use num_traits::Zero;

use crate::object::code::CodeObject;
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::ops::{BinOp, CmpOp};
use crate::builtins::types::int::Num;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};


fn kwarg(vm: &Vm, a: &Args<'_>, name: &str) -> Option<Value> {
    a.kw.iter().find(|(k, _)| vm.str_of(*k) == Some(name)).map(|(_, v)| *v)
}

fn nargs(vm: &mut Vm, a: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 1 {
                format!("{}() takes exactly one argument ({} given)", name, n)
            } else {
                format!("{} expected {} arguments, got {}", name, min, n)
            }
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Most sources kept for traceback lines, and their total size.
const MAX_FILE_SOURCES: usize = 1024;
const MAX_FILE_SOURCE_BYTES: usize = 16 << 20;

pub fn install(vm: &mut Vm) {
    let b = match vm.new_dict() {
        Ok(d) => d,
        Err(_) => panic!("pyx-vm: start-up allocation failed"),
    };
    vm.builtins = b;
    vm.modules = match vm.new_dict() {
        Ok(d) => d,
        Err(_) => panic!("pyx-vm: start-up allocation failed"),
    };
    if populate(vm, b).is_err() {
        panic!("pyx-vm: start-up allocation failed");
    }
    let mv = vm.t.memoryview;
    let k = vm.intern("memoryview");
    let _ = vm.dict_set(b, Value::Obj(k), Value::Obj(mv));
}

/// A new built-ins dict with every native built-in (for the importer's
/// private namespace: the host may have removed some from the
/// interpreter's own built-ins).
pub fn fresh_builtins(vm: &mut Vm) -> PyResult<ObjRef> {
    let b = vm.new_dict()?;
    populate(vm, b)?;
    Ok(b)
}

/// Fill `b` with the native functions, types, exceptions and constants.
fn populate(vm: &mut Vm, b: ObjRef) -> PyResult<()> {
    let funcs: &[NativeDef] = &[
        ("abs", one("x"), b_abs),
        ("all", one("iterable"), b_all),
        ("any", one("iterable"), b_any),
        ("ascii", one("obj"), b_ascii),
        ("bin", one("number"), b_bin),
        ("callable", one("obj"), b_callable),
        ("chr", one("i"), b_chr),
        ("delattr", pos("obj, name"), b_delattr),
        ("dir", pos("object=<unrepresentable>"), b_dir),
        ("divmod", pos("x, y"), b_divmod),
        ("eval", pos("source, globals=None, locals=None"), b_eval),
        ("exec", kw("source, globals=None, locals=None, /, *, closure=None"), b_exec),
        ("compile", kw("source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1"), b_compile),
        ("format", pos("value, format_spec=''"), b_format),
        ("getattr", pos("object, name, default=<unrepresentable>"), b_getattr),
        ("globals", noargs(), b_globals),
        ("hasattr", pos("obj, name"), b_hasattr),
        ("hash", one("obj"), b_hash),
        ("hex", one("number"), b_hex),
        ("id", one("obj"), b_id),
        ("isinstance", pos("obj, class_or_tuple"), b_isinstance),
        ("issubclass", pos("cls, class_or_tuple"), b_issubclass),
        ("iter", pos("iterable, arg2=<unrepresentable>"), b_iter),
        ("aiter", one("async_iterable"), b_aiter),
        ("anext", pos("aiterator, default=<unrepresentable>"), b_anext),
        ("len", one("obj"), b_len),
        ("locals", noargs(), b_locals),
        ("max", args_kw("iterable, /, *args, key=None, default=<unrepresentable>"), b_max),
        ("min", args_kw("iterable, /, *args, key=None, default=<unrepresentable>"), b_min),
        ("next", pos("iterator, default=<unrepresentable>"), b_next),
        ("oct", one("number"), b_oct),
        ("ord", one("c"), b_ord),
        ("pow", kw("base, exp, mod=None"), b_pow),
        ("print", kw("*args, sep=' ', end='\\n', file=None, flush=False"), b_print),
        ("repr", one("obj"), b_repr),
        ("round", kw("number, ndigits=None"), b_round),
        ("setattr", pos("obj, name, value"), b_setattr),
        ("sorted", own_signed("iterable, /, *, key=None, reverse=False"), b_sorted),
        ("sum", kw("iterable, /, start=0"), b_sum),
        ("vars", pos("object=<unrepresentable>"), b_vars),
        ("__build_class__", own(), crate::builtins::types::object::build_class),
        ("__import__", own(), b_import),
    ];
    crate::interp::native::add_functions(vm, "builtins", None, b, funcs)?;
    let t = &vm.t;
    let types: Vec<(&str, ObjRef)> = vec![
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    let excs = vm.t.exc_by_name.clone();
    for (name, r) in types.into_iter().chain(excs) {
        let k = vm.intern(name);
        vm.dict_set(b, Value::Obj(k), Value::Obj(r))?;
    }
    let ose = vm.t.os_error;
    for name in ["EnvironmentError", "IOError"] {
        let k = vm.intern(name);
        vm.dict_set(b, Value::Obj(k), Value::Obj(ose))?;
    }
    for (name, v) in [("None", Value::None), ("True", Value::Bool(true)), ("False", Value::Bool(false)), ("Ellipsis", Value::Ellipsis), ("NotImplemented", Value::NotImplemented), ("__debug__", Value::Bool(true))] {
        let k = vm.intern(name);
        vm.dict_set(b, Value::Obj(k), v)?;
    }
    let k = vm.intern("__name__");
    let v = Value::Obj(vm.intern("builtins"));
    vm.dict_set(b, Value::Obj(k), v)
}

fn b_abs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "abs", 1, 1)?;
    let x = a.arg(0);
    match x {
        // Exact int/float (immediates are never subclass instances).
        Value::Int(i) if i != i64::MIN && a.kw.is_empty() => return Ok(Value::Int(i.abs())),
        Value::Float(f) if a.kw.is_empty() => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    let t = vm.type_of(x);
    match crate::interp::typesys::lookup(vm, t, vm.n.__abs__) {
        Some(m) => vm.call_unbound(m, x, &[]),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
    }
}
fn b_all(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "all", 1, 1)?;
    let it = vm.iter(a.arg(0))?;
    vm.with_roots(&[it], |vm, scope| {
        // A generator runs on past the items whose truth is plainly true.
        while let Some(v) = next_past(vm, scope, it, true)? {
            vm.tick(1)?;
            if !vm.truthy(v)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    })
}

/// The next item of `it` for `any`/`all`: a plain generator runs in
/// collecting mode, dropping (and charging a step for) the items whose
/// truth is plainly `skip`, which those natives would pass over; it stops
/// at any other item, which the caller then examines as usual.
fn next_past(vm: &mut Vm, scope: crate::interp::roots::RootScope, it: Value, skip: bool) -> PyResult<Option<Value>> {
    scope.next_gathering(vm, it, &mut crate::interp::vm::Gather::SkipWhile(skip))
}
fn b_any(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "any", 1, 1)?;
    let it = vm.iter(a.arg(0))?;
    vm.with_roots(&[it], |vm, scope| {
        while let Some(v) = next_past(vm, scope, it, false)? {
            vm.tick(1)?;
            if vm.truthy(v)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    })
}
fn b_ascii(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // An all-ASCII repr is returned as it is (a str subclass stays one).
    let r = vm.repr(a.arg(0))?;
    if vm.str_of(r).is_some_and(|s| s.is_ascii()) {
        return Ok(r);
    }
    let len = vm.str_of(r).map_or(0, str::len);
    vm.reserve(len)?;
    let s = vm.str_of(r).unwrap_or("").to_string();
    let n = pyx_text::repr::ascii_escape_len(&s);
    vm.reserve(n.saturating_add(len))?;
    // Escaped a megabyte at a time, each charged before it is done, so
    // the time limit and an interrupt stop a huge one on time (the attack
    // table: 4.8 s under a 3 s cap on a loaded machine).
    let mut out = String::with_capacity(n);
    let mut start = 0;
    while start < s.len() {
        let mut end = (start + (1 << 20)).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        vm.tick_bytes((end - start).saturating_mul(4))?;
        out.push_str(&crate::builtins::types::str::ascii_escape(&s[start..end]));
        start = end;
    }
    vm.new_string(out)
}
fn radix(vm: &mut Vm, v: Value, base: u32, prefix: &str) -> PyResult<Value> {
    let i = vm.index_value(v)?;
    let b = vm.to_bigint(i).unwrap_or_default();
    let neg = b < num_bigint::BigInt::zero();
    let digits = b.magnitude().to_str_radix(base);
    vm.new_string(format!("{}{}{}", if neg { "-" } else { "" }, prefix, digits))
}
fn b_bin(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    radix(vm, a.arg(0), 2, "0b")
}
fn b_hex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    radix(vm, a.arg(0), 16, "0x")
}
fn b_oct(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    radix(vm, a.arg(0), 8, "0o")
}
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    match vm.payload(v) {
        Some(Payload::Function(_) | Payload::Native(_) | Payload::Method(..) | Payload::Type(_)) => true,
        _ => crate::interp::typesys::lookup(vm, vm.type_of(v), vm.n.__call__).is_some(),
    }
}
fn b_callable(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "callable", 1, 1)?;
    Ok(Value::Bool(is_callable(vm, a.arg(0))))
}
fn b_chr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "chr", 1, 1)?;
    let x = a.arg(0);
    if matches!(x, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    // A C int: 2**63-1 is an OverflowError, as in CPython (diff fuzzer).
    let i = i64::from(vm.c_int(x)?);
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => vm.new_string(c.to_string()),
        None => {
            if (0xd800..0xe000).contains(&i) {
                // Lone surrogates cannot be represented in UTF-8.
                return Err(vm.value_error("chr() arg is a surrogate, which pyx cannot represent"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}
fn attr_name(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match vm.intern_value(v) {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}
fn b_delattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "delattr", 2, 2)?;
    let n = attr_name(vm, a.arg(1))?;
    vm.delattr(a.arg(0), n)?;
    Ok(Value::None)
}
fn b_setattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "setattr", 3, 3)?;
    let n = attr_name(vm, a.arg(1))?;
    vm.setattr(a.arg(0), n, a.arg(2))?;
    Ok(Value::None)
}
fn b_getattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "getattr", 2, 3)?;
    let n = attr_name(vm, a.arg(1))?;
    match a.get(2) {
        Some(d) => Ok(vm.getattr_opt(a.arg(0), n)?.unwrap_or(d)),
        None => vm.getattr(a.arg(0), n),
    }
}
fn b_hasattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "hasattr", 2, 2)?;
    let n = attr_name(vm, a.arg(1))?;
    Ok(Value::Bool(vm.getattr_opt(a.arg(0), n)?.is_some()))
}
fn b_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.get(0) {
        Some(o) => {
            let t = vm.type_of(o);
            let r = match crate::interp::typesys::lookup(vm, t, vm.n.__dir__) {
                Some(m) => vm.call_unbound(m, o, &[])?,
                None => vm.new_list(vec![])?,
            };
            let items = vm.collect_iter(r)?;
            let sorted = crate::builtins::types::list::sort_values(vm, items, Value::None, false)?;
            vm.new_list(sorted)
        }
        None => {
            let g = b_locals(vm, a)?;
            let keys = vm.collect_iter(g)?;
            let sorted = crate::builtins::types::list::sort_values(vm, keys, Value::None, false)?;
            vm.new_list(sorted)
        }
    }
}
fn b_divmod(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "divmod", 2, 2)?;
    let (x, y) = (a.arg(0), a.arg(1));
    let r = crate::builtins::types::int::divmod(vm, x, y)?;
    if !matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    let (tx, ty) = (vm.type_of(x), vm.type_of(y));
    if let Some(m) = crate::interp::typesys::lookup(vm, tx, vm.n.__divmod__) {
        let r = vm.call_unbound(m, x, &[y])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(m) = crate::interp::typesys::lookup(vm, ty, vm.n.__rdivmod__) {
        let r = vm.call_unbound(m, y, &[x])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(x), vm.type_name(y))))
}

// ----- eval / exec / compile -----------------------------------------------

/// Compile source text (`exec` or `eval` mode) into a code object.
/// Compile source that ships with pyx (the prelude, the frozen stdlib)
/// outside any interpreter, for code shared by all of them. `None` when it
/// does not compile; an interpreter that needs it then compiles it with
/// [`compile_source`] to raise the `SyntaxError`.
pub fn compile_shared(src: &str, filename: &str) -> Option<Arc<CodeObject>> {
    let module = pyx_parser::parse_module(src).ok()?;
    pyx_compiler::compile_module(&module, src, filename).ok()
}

/// Fuel for parsing, and again for compiling, one byte of source: the two
/// take about 0.15 us a byte together (measured on a generated 4 MB
/// module), about what three steps of the evaluation loop take.
const COMPILE_STEPS_PER_BYTE: u64 = 1;

/// Host memory the parser and compiler may hold per byte of source while
/// they run (the tree, the symbol tables, the code): dense generated code
/// peaks at about 80 (a 4.2 MB module of one-line statements: 340 MB
/// RSS). It is outside the heap, so it is checked against what the budget
/// has left before parsing starts.
const COMPILE_BYTES_PER_SOURCE_BYTE: usize = 64;
const COMPILE_UNCHECKED_SOURCE: usize = 1 << 16;

pub fn compile_source(vm: &mut Vm, src: &str, filename: &str, mode: &str) -> PyResult<Arc<CodeObject>> {
    // The parser and compiler are natives too: their work is charged, and
    // the interrupt flag polled, before each of the two passes (both are
    // linear in the source).
    let fuel = (src.len() as u64).saturating_mul(COMPILE_STEPS_PER_BYTE).max(1);
    vm.tick(fuel)?;
    // Small sources (a few MB of host memory at most) are not checked, so
    // that an interpreter whose heap is full can still run `1 + 1`.
    if src.len() > COMPILE_UNCHECKED_SOURCE {
        vm.reserve(src.len().saturating_mul(COMPILE_BYTES_PER_SOURCE_BYTE))?;
    }
    let code = match mode {
        "eval" => {
            let e = match pyx_parser::parse_expression(src.trim_start_matches([' ', '\t'])) {
                Ok(e) => e,
                Err(e) => {
                    let loc = e.location(src);
                    let text = (!e.text_hidden(src, &loc)).then_some(loc.text.as_str());
                    return Err(syntax_error_at(vm, &e.message, e.type_name(), filename, &loc, text));
                }
            };
            vm.tick(fuel)?;
            pyx_compiler::compile_expression(&e, src, filename)
        }
        _ => {
            let m = match pyx_parser::parse_module(src) {
                Ok(m) => m,
                Err(e) => {
                    let loc = e.location(src);
                    let text = (!e.text_hidden(src, &loc)).then_some(loc.text.as_str());
                    return Err(syntax_error_at(vm, &e.message, e.type_name(), filename, &loc, text));
                }
            };
            vm.tick(fuel)?;
            if mode == "single" {
                pyx_compiler::compile_interactive(&m, src, filename)
            } else {
                pyx_compiler::compile_module(&m, src, filename)
            }
        }
    };
    match code {
        Ok(c) => {
            // `<stdin>` is many REPL inputs under one name: like CPython,
            // its tracebacks show no source lines.
            // The latest source under a name wins (a host's `eval` runs many
            // sources as `<eval>`). The store is host memory outside the
            // heap budget, so it is bounded: beyond the bound, tracebacks
            // show no source lines.
            if filename != "<string>" && filename != "<stdin>" {
                vm.file_sources.retain(|(f, _)| f != filename);
                let held: usize = vm.file_sources.iter().map(|(f, s)| f.len() + s.len()).sum();
                if vm.file_sources.len() < MAX_FILE_SOURCES && held + src.len() <= MAX_FILE_SOURCE_BYTES {
                    vm.file_sources.push((filename.to_string(), Arc::from(src)));
                }
            }
            Ok(c)
        }
        Err(e) => {
            let ty = match e.kind {
                pyx_compiler::CompileErrorKind::RecursionError => "RecursionError",
                _ => "SyntaxError",
            };
            let loc = pyx_parser::SyntaxError::new(pyx_parser::SyntaxErrorKind::SyntaxError, "", e.span).location(src);
            let loc = pyx_parser::ErrorLocation { lineno: e.line, offset: e.column as i64, ..loc };
            Err(syntax_error_at(vm, &e.message, ty, filename, &loc, Some(&loc.text)))
        }
    }
}

/// The SyntaxError (IndentationError, TabError) of a source that does not
/// parse, as `compile` raises it.
pub(crate) fn parse_error(vm: &mut Vm, e: &pyx_parser::SyntaxError, src: &str, filename: &str) -> Unwind {
    let loc = e.location(src);
    let text = (!e.text_hidden(src, &loc)).then_some(loc.text.as_str());
    syntax_error_at(vm, &e.message, e.type_name(), filename, &loc, text)
}

/// A `SyntaxError` (or `IndentationError`, `TabError`) with CPython's
/// attributes: `filename`, `lineno`, `offset`, `text` (`None` when
/// `text` is), `end_lineno`, `end_offset`.
fn syntax_error_at(vm: &mut Vm, msg: &str, ty: &str, filename: &str, loc: &pyx_parser::ErrorLocation, text: Option<&str>) -> Unwind {
    let e = syntax_error(vm, msg, ty);
    let Unwind::Exception(r) = e else { return e };
    if ty == "RecursionError" {
        return e;
    }
    let res = (|| -> PyResult<()> {
        let m = vm.new_str(msg)?;
        let f = vm.new_str(filename)?;
        let t = match text {
            Some(text) => vm.new_string(format!("{}\n", text))?,
            None => Value::None,
        };
        let (line, offset) = (Value::Int(loc.lineno as i64), Value::Int(loc.offset));
        let (end_line, end_offset) = (Value::Int(loc.end_lineno as i64), Value::Int(loc.end_offset));
        let details = vm.new_tuple(vec![f, line, offset, t, end_line, end_offset])?;
        let args = vm.new_tuple(vec![m, details])?;
        if let Payload::Exception(ed) = &mut vm.heap.get_mut(r).payload {
            ed.args = args;
        }
        let attrs = [("msg", m), ("filename", f), ("lineno", line), ("offset", offset), ("text", t), ("end_lineno", end_line), ("end_offset", end_offset)];
        for (k, v) in attrs {
            let kr = vm.intern(k);
            vm.set_exc_attr(r, kr, v)?;
        }
        Ok(())
    })();
    match res {
        Ok(()) => e,
        Err(u) => u,
    }
}

fn syntax_error(vm: &mut Vm, msg: &str, ty: &str) -> Unwind {
    let t = match ty {
        "IndentationError" => vm.t.indentation_error,
        "RecursionError" => vm.t.recursion_error,
        "TabError" => vm.t.exc_by_name.iter().find(|(n, _)| *n == "TabError").map(|(_, r)| *r).unwrap_or(vm.t.syntax_error),
        _ => vm.t.syntax_error,
    };
    vm.exc_msg(t, msg.to_string())
}

fn current_globals(vm: &Vm) -> Option<ObjRef> {
    vm.frames.last().map(|f| f.globals)
}

fn exec_like(vm: &mut Vm, a: &Args<'_>, mode: &str) -> PyResult<Value> {
    let src = a.arg(0);
    let globals = match a.get(1) {
        Some(Value::None) | None => current_globals(vm).ok_or(()).or_else(|_| Err(vm.runtime_error("no current frame")))?,
        Some(Value::Obj(g)) if matches!(vm.heap.get(g).payload, Payload::Dict(_)) => g,
        // eval words it by whether the object is a mapping at all
        // (CPython's PyMapping_Check: its type has `__getitem__`).
        Some(v) if mode == "eval" => {
            let mapping = crate::interp::typesys::lookup(vm, vm.type_of(v), vm.n.__getitem__).is_some();
            return Err(vm.type_error(if mapping { "globals must be a real dict; try eval(expr, {}, mapping)" } else { "globals must be a dict" }));
        }
        Some(v) => return Err(vm.type_error(format!("exec() globals must be a dict, not {}", vm.type_name(v)))),
    };
    let locals = match a.get(2) {
        Some(Value::None) | None => {
            if !a.arg(1).is_none() {
                Value::Obj(globals)
            } else {
                match vm.frames.last().map(|f| f.locals_map) {
                    Some(m) if !m.is_null() => m,
                    Some(_) => b_locals(vm, Args::new(&[]))?,
                    None => Value::Obj(globals),
                }
            }
        }
        Some(v) => v,
    };
    if vm.dict_get_str(globals, vm.n.__builtins__).is_none() {
        // The calling code's built-ins, as CPython's exec/eval.
        let b = vm.frames.last().map_or(vm.builtins, |f| f.builtins);
        vm.dict_set(globals, Value::Obj(vm.n.__builtins__), Value::Obj(b))?;
    }
    let code = match vm.payload(src) {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let s = s.s.to_string();
            compile_source(vm, &s, "<string>", mode)?
        }
        Some(Payload::Bytes(b)) => {
            let s = String::from_utf8_lossy(b).into_owned();
            compile_source(vm, &s, "<string>", mode)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                if mode == "eval" { "eval" } else { "exec" }
            )))
        }
    };
    vm.enter_native()?;
    let r = vm.run_code(&code, globals, locals);
    vm.leave_native();
    r
}
fn b_eval(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exec_like(vm, &a, "eval")
}
fn b_exec(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exec_like(vm, &a, "exec")?;
    Ok(Value::None)
}
/// CPython's `ast.PyCF_ONLY_AST`.
const PYCF_ONLY_AST: i64 = 0x400;

fn import_ast(vm: &mut Vm) -> PyResult<Value> {
    let name = vm.intern("ast");
    let globals = match current_globals(vm) {
        Some(g) => g,
        None => vm.new_dict()?,
    };
    vm.import_name(name, Value::None, Value::Int(0), globals)
}

/// Is `v` an instance of `ast.AST` (only possible once `ast` is loaded)?
fn is_ast_node(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let key = vm.intern("ast");
    let Some(m) = vm.dict_get_str(vm.modules, key) else { return Ok(false) };
    let Ok(base) = vm.getattr_str(m, "AST") else { return Ok(false) };
    vm.isinstance(v, base)
}

fn b_compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let src = a.arg(0);
    let filename = vm.str_of(a.arg(1)).map(|s| s.to_string()).unwrap_or_else(|| "<string>".into());
    let mode = vm.str_of(a.arg(2)).map(|s| s.to_string()).unwrap_or_default();
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    let flags = match a.get(3) {
        Some(Value::Int(f)) => f,
        Some(Value::Bool(b)) => b as i64,
        _ => 0,
    };
    let is_text = matches!(vm.payload(src), Some(Payload::Str(_)) | Some(Payload::Bytes(_)));
    if is_text && flags & PYCF_ONLY_AST != 0 {
        // `compile(src, name, mode, ast.PyCF_ONLY_AST)` is `ast.parse`.
        let ast = import_ast(vm)?;
        let parse = vm.getattr_str(ast, "parse")?;
        let (f, m) = (vm.new_str(&filename)?, vm.new_str(&mode)?);
        return vm.call(parse, &[src, f, m]);
    }
    let text = match vm.payload(src) {
        Some(Payload::Str(s)) => s.s.to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            // No code object is ever made from a tree (pyx compiles source
            // text only): an `ast` node is refused by name.
            if is_ast_node(vm, src)? {
                if flags & PYCF_ONLY_AST != 0 {
                    return Ok(src);
                }
                return Err(vm.type_error("compile() of an AST object is not supported by pyx: pass source text"));
            }
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
    };
    let code = compile_source(vm, &text, &filename, &mode)?;
    vm.alloc_val(vm.t.code, Payload::Code(code))
}
fn b_format(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "format", 1, 2)?;
    let spec = a.get(1).unwrap_or(Value::Obj(vm.n.empty));
    if vm.str_of(spec).is_none() {
        return Err(a.wrong_type(vm, 1, "str"));
    }
    vm.format(a.arg(0), spec)
}
fn b_globals(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    match current_globals(vm) {
        Some(g) => Ok(Value::Obj(g)),
        None => Ok(Value::None),
    }
}
fn b_locals(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else { return Ok(Value::None) };
    if !f.locals_map.is_null() {
        return Ok(f.locals_map);
    }
    // A snapshot of the fast locals.
    let code = vm.code_caches[f.ci as usize].code.clone();
    let base = f.base;
    let d = vm.new_dict()?;
    for (i, name) in code.varnames.iter().enumerate() {
        let v = vm.stack[base + i];
        if !v.is_null() {
            let k = vm.intern(name);
            vm.dict_set(d, Value::Obj(k), v)?;
        }
    }
    let nl = code.varnames.len();
    for i in 0..code.cellvars.len() + code.freevars.len() {
        if let Some(Value::Obj(c)) = vm.stack.get(base + nl + i).copied() {
            if let Payload::Cell(v) = &vm.heap.get(c).payload {
                let v = *v;
                if !v.is_null() {
                    let name = code.deref_name(i as u32).unwrap_or("").to_string();
                    let k = vm.intern(&name);
                    vm.dict_set(d, Value::Obj(k), v)?;
                }
            }
        }
    }
    Ok(Value::Obj(d))
}
fn b_vars(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    match a.get(0) {
        None => b_locals(vm, a),
        Some(o) => match vm.getattr_opt(o, vm.n.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}
fn b_hash(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(a.arg(0))?))
}
fn b_id(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    Ok(Value::Int(match v {
        Value::Obj(_) => vm.identity_hash(v),
        Value::Int(i) => 0x10_0000_0000 + i.wrapping_mul(32),
        Value::Float(f) => 0x20_0000_0000 + (f.to_bits() >> 12) as i64,
        Value::Bool(b) => 0x30_0000_0000 + b as i64 * 32,
        Value::None => 0x30_0000_1000,
        _ => 0x30_0000_2000,
    }))
}

impl Vm {
    /// `isinstance(obj, cls)`, as CPython's `PyObject_IsInstance`: a
    /// tuple (or nested tuples) is any of its items; a class whose type
    /// has `__instancecheck__` decides itself; any other object with a
    /// `__bases__` tuple is a class by the abstract protocol.
    pub fn isinstance(&mut self, obj: Value, cls: Value) -> PyResult<bool> {
        if let Value::Obj(c) = cls {
            if matches!(self.heap.get(c).payload, Payload::Type(_)) {
                if self.type_of(obj) == c {
                    return Ok(true);
                }
                let meta = self.heap.get(c).class;
                if meta == self.t.type_ {
                    return self.real_isinstance(obj, cls);
                }
                if let Some(m) = crate::interp::typesys::lookup(self, meta, self.n.__instancecheck__) {
                    let r = self.call_unbound(m, cls, &[obj])?;
                    return self.truthy(r);
                }
                return self.real_isinstance(obj, cls);
            }
        }
        if let Some(items) = self.tuple_items(cls) {
            let items = items.to_vec();
            self.enter_native()?;
            for c in items {
                match self.isinstance(obj, c) {
                    Ok(false) => {}
                    r => {
                        self.leave_native();
                        return r;
                    }
                }
            }
            self.leave_native();
            return Ok(false);
        }
        let ct = self.type_of(cls);
        if let Some(m) = crate::interp::typesys::lookup(self, ct, self.n.__instancecheck__) {
            let r = self.call_unbound(m, cls, &[obj])?;
            return self.truthy(r);
        }
        self.real_isinstance(obj, cls)
    }

    /// `type.__instancecheck__`: `obj`'s type, or the class its
    /// `__class__` claims, derives from `cls`; for a `cls` that is no type,
    /// the abstract protocol (`__class__` and `__bases__`).
    pub(crate) fn real_isinstance(&mut self, obj: Value, cls: Value) -> PyResult<bool> {
        let ot = self.type_of(obj);
        if let Value::Obj(c) = cls {
            if matches!(self.heap.get(c).payload, Payload::Type(_)) {
                if ot == c || self.is_subtype(ot, c) {
                    return Ok(true);
                }
                return Ok(match self.declared_class(obj)? {
                    Some(Value::Obj(ic)) if ic != ot && matches!(self.heap.get(ic).payload, Payload::Type(_)) => self.is_subtype(ic, c),
                    _ => false,
                });
            }
        }
        self.check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")?;
        match self.declared_class(obj)? {
            Some(ic) => self.abstract_issubclass(ic, cls),
            None => Ok(false),
        }
    }

    /// `obj.__class__`, or None when that is an AttributeError. Looked up
    /// only when the type can answer other than itself (a `__class__`
    /// attribute in its MRO, or its own `__getattribute__`).
    fn declared_class(&mut self, obj: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        if !self.type_data(t).flags.custom_getattribute && crate::interp::typesys::lookup(self, t, self.n.__class__).is_none() {
            return Ok(Some(Value::Obj(t)));
        }
        self.getattr_opt(obj, self.n.__class__)
    }

    /// `cls.__bases__` when it is a tuple; None when it is missing (an
    /// AttributeError) or no tuple. Other errors propagate.
    fn abstract_bases(&mut self, cls: Value) -> PyResult<Option<Vec<Value>>> {
        match self.getattr_opt(cls, self.n.__bases__)? {
            Some(b) => Ok(self.tuple_items(b).map(|t| t.to_vec())),
            None => Ok(None),
        }
    }

    fn check_class(&mut self, cls: Value, msg: &str) -> PyResult<()> {
        match self.abstract_bases(cls)? {
            Some(_) => Ok(()),
            None => Err(self.type_error(msg)),
        }
    }

    /// Is `cls` among `derived` and its `__bases__`, transitively (the
    /// abstract protocol: no MRO, only `__bases__` tuples).
    fn abstract_issubclass(&mut self, derived: Value, cls: Value) -> PyResult<bool> {
        let mut derived = derived;
        let bases = loop {
            if derived.is(cls) {
                return Ok(true);
            }
            let Some(bases) = self.abstract_bases(derived)? else { return Ok(false) };
            match bases.len() {
                0 => return Ok(false),
                // Single inheritance is followed without recursing.
                1 => {
                    self.tick(1)?;
                    derived = bases[0];
                }
                _ => break bases,
            }
        };
        self.enter_native()?;
        for b in bases {
            match self.abstract_issubclass(b, cls) {
                Ok(false) => {}
                r => {
                    self.leave_native();
                    return r;
                }
            }
        }
        self.leave_native();
        Ok(false)
    }

    /// `issubclass(sub, cls)`, as CPython's `PyObject_IsSubclass`.
    pub fn issubclass(&mut self, sub: Value, cls: Value) -> PyResult<bool> {
        if let Value::Obj(c) = cls {
            if matches!(self.heap.get(c).payload, Payload::Type(_)) && self.heap.get(c).class == self.t.type_ {
                if sub.is(cls) {
                    return Ok(true);
                }
                return self.real_issubclass(sub, cls);
            }
        }
        if let Some(items) = self.tuple_items(cls) {
            let items = items.to_vec();
            self.enter_native()?;
            for c in items {
                match self.issubclass(sub, c) {
                    Ok(false) => {}
                    r => {
                        self.leave_native();
                        return r;
                    }
                }
            }
            self.leave_native();
            return Ok(false);
        }
        let ct = self.type_of(cls);
        if let Some(m) = crate::interp::typesys::lookup(self, ct, self.n.__subclasscheck__) {
            let r = self.call_unbound(m, cls, &[sub])?;
            return self.truthy(r);
        }
        self.real_issubclass(sub, cls)
    }

    /// `type.__subclasscheck__`: the MRO for two types, else the abstract
    /// protocol, both arguments having to be classes by it.
    pub(crate) fn real_issubclass(&mut self, sub: Value, cls: Value) -> PyResult<bool> {
        if let (Value::Obj(s), Value::Obj(c)) = (sub, cls) {
            if matches!(self.heap.get(s).payload, Payload::Type(_)) && matches!(self.heap.get(c).payload, Payload::Type(_)) {
                return Ok(self.is_subtype(s, c));
            }
        }
        self.check_class(sub, "issubclass() arg 1 must be a class")?;
        self.check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")?;
        self.abstract_issubclass(sub, cls)
    }
}

fn b_isinstance(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "isinstance", 2, 2)?;
    Ok(Value::Bool(vm.isinstance(a.arg(0), a.arg(1))?))
}
fn b_issubclass(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "issubclass", 2, 2)?;
    Ok(Value::Bool(vm.issubclass(a.arg(0), a.arg(1))?))
}
fn b_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "iter", 1, 2)?;
    match a.get(1) {
        Some(sentinel) => {
            if !is_callable(vm, a.arg(0)) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            vm.alloc_val(vm.t.callable_iterator, Payload::Iter(Box::new(IterData::Callable { func: a.arg(0), sentinel })))
        }
        None => vm.iter(a.arg(0)),
    }
}
fn b_aiter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let o = a.arg(0);
    let t = vm.type_of(o);
    match crate::interp::typesys::lookup(vm, t, vm.n.__aiter__) {
        Some(m) => vm.call_unbound(m, o, &[]),
        None => Err(vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(o)))),
    }
}
fn b_anext(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "anext", 1, 2)?;
    let o = a.arg(0);
    let t = vm.type_of(o);
    let aw = match crate::interp::typesys::lookup(vm, t, vm.n.__anext__) {
        Some(m) => vm.call_unbound(m, o, &[])?,
        None => return Err(vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(o)))),
    };
    match a.get(1) {
        Some(default) => crate::builtins::types::function::anext_default(vm, aw, default),
        None => Ok(aw),
    }
}
pub(crate) fn b_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "len", 1, 1)?;
    Ok(Value::Int(vm.len(a.arg(0))? as i64))
}

fn min_max(vm: &mut Vm, a: &Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    // The door has bound `key` and `default` (args 1 and 2); more
    // positional arguments than the first are `a.varargs()`.
    let key = a.arg(1);
    let default = a.get(2);
    let rest = a.varargs();
    if rest.is_empty() && key.is_none() {
        if let Some(v) = min_max_of_ints(vm, a.arg(0), op)? {
            return Ok(v);
        }
    }
    let it = if rest.is_empty() {
        vm.iter(a.arg(0))?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)));
        }
        let mut all = Vec::with_capacity(rest.len() + 1);
        all.push(a.arg(0));
        all.extend_from_slice(rest);
        let t = vm.new_tuple(all)?;
        vm.with_roots(&[t], |vm, _| vm.iter(t))?
    };
    // Streamed as CPython does: the iterator, the best item and its key
    // are rooted (slots 0, 1, 2), so the key calls and a generator's
    // frames can collect the garbage of the ones before.
    vm.with_roots(&[it, Value::None, Value::None], |vm, scope| {
        let Some(first) = scope.next(vm, it)? else {
            return match default {
                Some(d) => Ok(d),
                None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
            };
        };
        scope.set(vm, 1, first);
        let first_key = if key.is_none() { first } else { scope.call(vm, key, &[first])? };
        scope.set(vm, 2, first_key);
        scope.push(vm, Value::None);
        while let Some(x) = scope.next(vm, it)? {
            vm.tick(1)?;
            // Slot 3 holds the candidate while its key is computed.
            scope.set(vm, 3, x);
            let k = if key.is_none() { x } else { scope.call(vm, key, &[x])? };
            if vm.compare_bool(k, scope.get(vm, 2), op)? {
                scope.set(vm, 1, x);
                scope.set(vm, 2, k);
            }
        }
        Ok(scope.get(vm, 1))
    })
}
/// `min(c)` / `max(c)` without a key, of an exact list, tuple, set or
/// frozenset holding only ints (pyperformance's meteor_contest takes the
/// min of a frozenset per move): read in place, as no Python code can run
/// and change it, instead of through an iterator object an item at a
/// time. The step per item is charged as the streamed path charges it,
/// a chunk at a time before the chunk is read. `None` (an empty
/// container, another type, an item not an int): the general path.
fn min_max_of_ints(vm: &mut Vm, c: Value, op: CmpOp) -> PyResult<Option<Value>> {
    const CHUNK: usize = 4096;
    let Value::Obj(r) = c else { return Ok(None) };
    let class = vm.heap.get(r).class;
    let t = &vm.t;
    if class != t.list && class != t.tuple && class != t.set && class != t.frozenset {
        return Ok(None);
    }
    // Positions to read: list/tuple items, or set table slots.
    let slots = match &vm.heap.get(r).payload {
        Payload::List(l) => l.len(),
        Payload::Tuple(l) => l.len(),
        Payload::Set(s) | Payload::FrozenSet(s) if !s.is_empty() => s.slots(),
        _ => 0,
    };
    if slots == 0 {
        return Ok(None);
    }
    let mut best: Option<i64> = None;
    let mut start = 0;
    while start < slots {
        let end = (start + CHUNK).min(slots);
        vm.tick((end - start) as u64)?;
        // One borrow of the container per chunk; `Err` when an item is not
        // an int.
        let mut scan = |items: &mut dyn Iterator<Item = Value>| -> Result<(), ()> {
            for item in items {
                let Value::Int(x) = item else { return Err(()) };
                let better = match (best, op) {
                    (None, _) => true,
                    (Some(b), CmpOp::Lt) => x < b,
                    (Some(b), _) => x > b,
                };
                if better {
                    best = Some(x);
                }
            }
            Ok(())
        };
        let scanned = match &vm.heap.get(r).payload {
            Payload::List(l) => scan(&mut l.get(start..end.min(l.len())).unwrap_or(&[]).iter().copied()),
            Payload::Tuple(l) => scan(&mut l.get(start..end.min(l.len())).unwrap_or(&[]).iter().copied()),
            Payload::Set(t) | Payload::FrozenSet(t) => scan(&mut (start..end).filter_map(|i| t.key_at(i).map(|(_, k)| k))),
            _ => Err(()),
        };
        if scanned.is_err() {
            return Ok(None);
        }
        start = end;
    }
    Ok(best.map(Value::Int))
}
fn b_max(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    min_max(vm, &a, "max", CmpOp::Gt)
}
fn b_min(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    min_max(vm, &a, "min", CmpOp::Lt)
}
pub(crate) fn b_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "next", 1, 2)?;
    let it = a.arg(0);
    let t = vm.type_of(it);
    if !matches!(vm.payload(it), Some(Payload::Iter(_) | Payload::Generator(_))) && crate::interp::typesys::lookup(vm, t, vm.n.__next__).is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Some(Payload::Generator(_)) = vm.payload(it) {
        let g = it.as_obj().unwrap_or(ObjRef::unchecked(0));
        return match crate::builtins::types::function::gen_resume(vm, g, Value::None, None)? {
            crate::builtins::types::function::SendResult::Yielded(v) => Ok(v),
            crate::builtins::types::function::SendResult::Returned(v) => match a.get(1) {
                Some(d) => Ok(d),
                None => Err(crate::builtins::types::function::stop_iteration(vm, v)),
            },
        };
    }
    if !matches!(vm.payload(it), Some(Payload::Iter(_))) {
        // A class's own `__next__`: its StopIteration (and the value it
        // carries) reaches the caller as raised, as in CPython.
        if let Some(m) = crate::interp::typesys::lookup(vm, t, vm.n.__next__) {
            return match vm.call_unbound(m, it, &[]) {
                Err(crate::interp::vm::Unwind::Exception(e)) if vm.exc_is(e, vm.t.stop_iteration) => match a.get(1) {
                    Some(d) => Ok(d),
                    None => Err(crate::interp::vm::Unwind::Exception(e)),
                },
                r => r,
            };
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d),
            None => Err(vm.exc_msg(vm.t.stop_iteration, "").clear_args(vm)),
        },
    }
}
fn b_ord(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "ord", 1, 1)?;
    let x = a.arg(0);
    if let Some(s) = vm.str_of(x) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => {
                let n = s.chars().count();
                Err(vm.type_error(format!("ord() expected a character, but string of length {} found", n)))
            }
        };
    }
    let bytes = match vm.payload(x) {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.clone()),
        _ => None,
    };
    if let Some(b) = bytes {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())));
    }
    Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(x))))
}
pub fn pow3(vm: &mut Vm, x: Value, y: Value, m: Value) -> PyResult<Value> {
    let xt = vm.type_of(x);
    if !vm.type_data(xt).builtin {
        if let Some(p) = crate::interp::typesys::lookup(vm, xt, vm.n.__pow__) {
            return vm.call_unbound(p, x, &[y, m]);
        }
    }
    match (vm.num(x), vm.num(y), vm.num(m)) {
        (Some(a), Some(b), Some(c)) if a.is_int() && b.is_int() && c.is_int() => {
            let (a, b, c) = (a.to_big().unwrap_or_default(), b.to_big().unwrap_or_default(), c.to_big().unwrap_or_default());
            vm.int_pow_mod(a, b, c)
        }
        _ => Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
    }
}
fn b_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (base, exp, m) = (a.arg(0), a.arg(1), a.arg(2));
    if !m.is_none() {
        return pow3(vm, base, exp, m);
    }
    vm.binary_op(base, exp, BinOp::Pow)
}
fn b_print(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // Bound by the door: sep, end, file, flush (args 0..4), then the
    // values. As CPython's: sep and end are checked first, then each value
    // is made a str and written on its own (a value whose __str__ raises
    // leaves what came before it written), sep between, end last.
    let piece = |vm: &mut Vm, v: Option<Value>, what: &str, default: &str| -> PyResult<Value> {
        match v {
            None | Some(Value::None) => Ok(Value::Obj(vm.intern(default))),
            Some(v) if vm.str_of(v).is_some() => Ok(v),
            Some(v) => Err(vm.type_error(format!("{} must be None or a string, not {}", what, vm.type_name(v)))),
        }
    };
    let sep = piece(vm, a.get(0), "sep", " ")?;
    let end = piece(vm, a.get(1), "end", "\n")?;
    let Some(to) = stream_target(vm, a.arg(2), false) else {
        // sys.stdout is None: the output is dropped.
        return Ok(Value::None);
    };
    for (i, v) in a.varargs().iter().enumerate() {
        if i > 0 {
            print_piece(vm, to, sep)?;
        }
        print_piece(vm, to, *v)?;
    }
    print_piece(vm, to, end)?;
    if vm.truthy(a.arg(3))? {
        match to {
            PrintTo::Stream(true) => vm.stderr.flush(),
            PrintTo::Stream(false) => vm.stdout.flush(),
            PrintTo::Object(f) => {
                let f = vm.getattr_str(f, "flush")?;
                vm.call(f, &[])?;
            }
        }
    }
    Ok(Value::None)
}

/// Where `print` writes: the interpreter's own stdout or stderr (`true`),
/// written in place, or an object's `write` method.
#[derive(Clone, Copy)]
enum PrintTo {
    Stream(bool),
    Object(Value),
}

/// Where text for `file` goes (`print`'s argument): when `file` is None,
/// `sys.stdout` (`err`: `sys.stderr`) as Python code last set it — None
/// when that is None (nothing is written), the interpreter's stream when
/// there is no `sys` or no such name in it; the interpreter's stream
/// itself for the original `sys.__stdout__`/`sys.__stderr__`.
fn stream_target(vm: &mut Vm, file: Value, err: bool) -> Option<PrintTo> {
    let file = if file.is_none() {
        let set = crate::interp::host::named(vm, "sys").and_then(|m| vm.heap.get(m).dict).and_then(|d| {
            let k = vm.intern(if err { "stderr" } else { "stdout" });
            vm.dict_get_str(d, k)
        });
        match set {
            Some(Value::None) => return None,
            Some(v) => v,
            None => return Some(PrintTo::Stream(err)),
        }
    } else {
        file
    };
    for err in [false, true] {
        let original = crate::interp::host::named(vm, if err { "sys.__stderr__" } else { "sys.__stdout__" });
        if original.is_some_and(|o| file.is(Value::Obj(o))) {
            return Some(PrintTo::Stream(err));
        }
    }
    Some(PrintTo::Object(file))
}

/// Write `str(s)` where `print` writes (`s` a value, sep or end: a str
/// subclass is written as a plain str, as CPython's print does).
fn print_piece(vm: &mut Vm, to: PrintTo, s: Value) -> PyResult<()> {
    if let (PrintTo::Stream(err), false) = (to, matches!(s, Value::Obj(_))) {
        // An int, float, bool or None: its text, with no str object made.
        let text = vm.str_string(s)?;
        return if err { vm.write_stderr(&text) } else { vm.write_stdout(&text) };
    }
    let s = vm.to_str(s)?;
    match (to, s) {
        (PrintTo::Stream(err), Value::Obj(r)) => vm.write_stream_str(r, err).map(|_| ()),
        (PrintTo::Object(f), _) => {
            let w = vm.getattr_str(f, "write")?;
            vm.call(w, &[s]).map(|_| ())
        }
        _ => Ok(()),
    }
}

impl Vm {
    /// Write `s` where `print` writes: to `sys.stdout` (`sys.stderr` when
    /// `err`) as Python code last set it — a `StringIO`, any object with a
    /// `write` method, `None` (output dropped) — or straight to the
    /// interpreter's sink while it is the original stream (or there is no
    /// `sys`).
    pub fn write_sys_stream(&mut self, s: &str, err: bool) -> PyResult<()> {
        match stream_target(self, Value::None, err) {
            None => Ok(()),
            Some(PrintTo::Stream(true)) => self.write_stderr(s),
            Some(PrintTo::Stream(false)) => self.write_stdout(s),
            Some(PrintTo::Object(f)) => {
                let w = self.getattr_str(f, "write")?;
                let sv = self.new_str(s)?;
                self.call(w, &[sv]).map(|_| ())
            }
        }
    }
}
fn b_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    nargs(vm, &a, "repr", 1, 1)?;
    vm.repr(a.arg(0))
}
fn b_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.arg(0);
    // `round(x, None)` is `round(x)`.
    let nd = a.get(1).filter(|v| !v.is_none());
    let t = vm.type_of(x);
    match crate::interp::typesys::lookup(vm, t, vm.n.__round__) {
        Some(m) => match nd {
            Some(n) => vm.call_unbound(m, x, &[n]),
            None => vm.call_unbound(m, x, &[]),
        },
        None => Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(x)))),
    }
}
fn b_sorted(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // CPython checks sorted's positional count itself, makes the list,
    // then parses the keywords as list.sort does.
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let items = vm.collect_sized(a.arg(0))?;
    for (k, _) in a.kw {
        let k = vm.str_of(*k).unwrap_or("").to_string();
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
        }
    }
    let key = kwarg(vm, &a, "key").unwrap_or(Value::None);
    let reverse = match kwarg(vm, &a, "reverse") {
        Some(r) => vm.c_int(r)? != 0,
        None => false,
    };
    let sorted = crate::builtins::types::list::sort_values(vm, items, key, reverse)?;
    vm.new_list(sorted)
}
impl Vm {
    pub fn call_method_kw_str(&mut self, obj: Value, name: &str, kw: &[(Value, Value)]) -> PyResult<Value> {
        let n = self.intern(name);
        let f = self.getattr(obj, n)?;
        self.call_kw(f, &[], kw)
    }
}
fn b_sum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut acc = a.arg(1);
    if vm.str_of(acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(vm.payload(acc), Some(Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let src = a.arg(0);
    // Fast path: a range of small ints in closed form.
    if let (Some(Payload::Range(r)), Value::Int(start)) = (vm.payload(src), acc) {
        let r = *r;
        let n = r.len() as i128;
        let total = start as i128 + n * r.start as i128 + (r.step as i128) * n * (n - 1) / 2;
        return vm.new_int(num_bigint::BigInt::from(total));
    }
    let it = vm.iter(src)?;
    // The iterator and the running total are rooted (slots 0 and 1), so
    // each call back into Python can collect the garbage of the ones before.
    vm.with_roots(&[it, acc], |vm, scope| {
        let mut fsum: Option<f64> = None;
        loop {
            // While the total is a small int, a generator adds up its small
            // int items itself (without overflow), and suspends at any other.
            let next = match (acc, fsum) {
                (Value::Int(total), None) => {
                    let mut sink = crate::interp::vm::Gather::SumInt(total);
                    let r = scope.next_gathering(vm, it, &mut sink);
                    if let crate::interp::vm::Gather::SumInt(n) = sink {
                        if n != total {
                            acc = Value::Int(n);
                            scope.set(vm, 1, acc);
                        }
                    }
                    r?
                }
                _ => scope.next(vm, it)?,
            };
            let Some(v) = next else { break };
            vm.tick(1)?;
            if let (Value::Float(x), Some(s)) = (v, fsum) {
                fsum = Some(s + x);
                continue;
            }
            if let Some(s) = fsum.take() {
                acc = Value::Float(s);
            }
            acc = vm.binary_op(acc, v, BinOp::Add)?;
            if let Value::Float(f) = acc {
                fsum = Some(f);
            }
            scope.set(vm, 1, acc);
        }
        if let Some(s) = fsum {
            acc = Value::Float(s);
        }
        Ok(acc)
    })
}

// ----- imports -----------------------------------------------------------------

fn b_import(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = a.arg(0);
    let Some(nr) = vm.intern_value(name) else { return Err(vm.type_error("__import__() argument 1 must be str")) };
    if vm.ensure_importer()? {
        // The first `__import__` call started the importer, which replaced
        // this function in the built-ins: hand over to it.
        if let Some(f) = vm.importer.as_ref().map(|s| s.import_fn) {
            return vm.call_kw(f, a.pos, a.kw);
        }
    }
    let g = match a.get(1) {
        Some(Value::Obj(g)) if matches!(vm.payload(Value::Obj(g)), Some(Payload::Dict(_))) => g,
        _ => current_globals(vm).unwrap_or(vm.builtins),
    };
    vm.import_name(nr, a.get(3).unwrap_or(Value::None), a.get(4).unwrap_or(Value::Int(0)), g)
}

impl Vm {
    /// `import name`: through the importer when the host set one up
    /// (`importer.rs`); otherwise only modules registered in the
    /// interpreter's module table (by the host) and the native ones. There
    /// is no filesystem access here.
    pub fn import_name(&mut self, name: ObjRef, fromlist: Value, level: Value, globals: ObjRef) -> PyResult<Value> {
        if let Some(m) = self.import_via_importer(name, fromlist, level, globals)? {
            return Ok(m);
        }
        let mut n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        let level = match level {
            Value::Int(l) => l,
            _ => 0,
        };
        if level > 0 {
            // Resolve against the importing module's package.
            let pkg = self.intern("__package__");
            let mut base = match self.dict_get_str(globals, pkg) {
                Some(v) if self.str_of(v).is_some_and(|s| !s.is_empty()) => self.str_of(v).unwrap_or("").to_string(),
                _ => String::new(),
            };
            if base.is_empty() {
                return Err(self.exc_msg(self.t.import_error, "attempted relative import with no known parent package"));
            }
            for _ in 1..level {
                match base.rfind('.') {
                    Some(i) => base.truncate(i),
                    None => return Err(self.exc_msg(self.t.import_error, "attempted relative import beyond top-level package")),
                }
            }
            n = if n.is_empty() { base } else { format!("{}.{}", base, n) };
        }
        let top = n.split('.').next().unwrap_or("").to_string();
        let m = self.get_module(&n)?;
        let with_from = !fromlist.is_none() && self.truthy(fromlist).unwrap_or(false);
        if with_from || top == n || level > 0 {
            if with_from {
                // `from pkg import sub`: load submodules named in fromlist.
                if let Ok(items) = self.collect_iter(fromlist) {
                    for it in items {
                        if let Some(sub) = self.str_of(it).map(|s| s.to_string()) {
                            let sr = self.intern(&sub);
                            if sub != "*" && self.getattr_opt(m, sr)?.is_none() {
                                match self.get_module(&format!("{}.{}", n, sub)) {
                                    Ok(_) => {}
                                    Err(Unwind::Exception(e)) if self.exc_is(e, self.t.module_not_found_error) => {}
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                    }
                }
            }
            return Ok(m);
        }
        self.get_module(&top)
    }

    fn get_module(&mut self, name: &str) -> PyResult<Value> {
        let key = self.new_str(name)?;
        let mods = self.modules;
        if let Some(m) = self.dict_get(mods, key)? {
            return Ok(m);
        }
        // Parent packages first.
        let parent = name.rfind('.').map(|i| name[..i].to_string());
        let parent_mod = match &parent {
            Some(p) => Some(self.get_module(p)?),
            None => None,
        };
        if let Some(m) = self.dict_get(mods, key)? {
            return Ok(m);
        }
        if let Some(m) = self.native_module_without_importer(name)? {
            self.dict_set(mods, key, m)?;
            if let (Some(pm), Some(short)) = (parent_mod, name.rsplit('.').next()) {
                let sk = self.intern(short);
                let _ = self.setattr(pm, sk, m);
            }
            return Ok(m);
        }
        let e = self.exc_msg(self.t.module_not_found_error, format!("No module named '{}'", name));
        if let Unwind::Exception(r) = e {
            let k = self.intern("name");
            let nv = self.new_str(name)?;
            self.set_exc_attr(r, k, nv)?;
        }
        Err(e)
    }

    pub fn import_from(&mut self, m: Value, name: ObjRef) -> PyResult<Value> {
        match self.getattr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                if let Some(v) = self.importer_import_from(m, name)? {
                    return Ok(v);
                }
                let mn = match self.payload(m) {
                    Some(Payload::Module(md)) => self.str_of(md.name).unwrap_or("?").to_string(),
                    _ => "?".into(),
                };
                let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
                let full = format!("{}.{}", mn, n);
                if let Ok(sub) = self.get_module(&full) {
                    return Ok(sub);
                }
                Err(self.exc_msg(self.t.import_error, format!("cannot import name '{}' from '{}' (unknown location)", n, mn)))
            }
        }
    }

    pub fn import_star(&mut self, m: Value, target: Value) -> PyResult<()> {
        if self.importer_import_star(m, target)? {
            return Ok(());
        }
        let Some(d) = m.as_obj().and_then(|r| self.heap.get(r).dict) else { return Ok(()) };
        let all = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get_str(d, all) {
            Some(a) => self.collect_iter(a)?,
            None => self.dict_ref(d).map(|dd| dd.keys()).unwrap_or_default().into_iter().filter(|k| !self.str_of(*k).unwrap_or("_").starts_with('_')).collect(),
        };
        for n in names {
            let Some(nr) = self.intern_value(n) else { continue };
            let v = self.getattr(m, nr)?;
            self.setitem(target, Value::Obj(nr), v)?;
        }
        Ok(())
    }
}

#[allow(dead_code)]
fn num_of(vm: &Vm, v: Value) -> Option<Num> {
    vm.num(v)
}

