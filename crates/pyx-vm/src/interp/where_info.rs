//! `_pyx_where`: the little that `traceback` and `warnings` need to say
//! *where* something happened, without handing out frames.
//!
//! CPython's pure-Python `traceback` reads `tb.tb_frame.f_code` and
//! `warnings` reads `sys._getframe(n)`; pyx has no frame objects (they
//! would expose globals and locals of other code). This module answers
//! only with display data: a file's display name (never a host path), a
//! code object's name and qualified name, a line number, the source line
//! when the interpreter holds that file's text, and the `__name__` of the
//! module a frame runs in.

use crate::interp::native::{one, pos, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// `_pyx_where`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_where",
    functions: &[
        ("tb_entry", one("tb"), tb_entry),
        ("caller", pos("depth=0"), caller),
        ("caller_outside", pos("depth, filename"), caller_outside),
        ("source_line", pos("filename, lineno"), source_line),
        ("tb_position", one("tb"), tb_position),
        ("caret_anchors", one("segment"), caret_anchors),
        ("suggestion", one("exc"), suggestion),
    ],
    ..NativeModule::EMPTY
};

/// The source line `line` (1-based) of the file shown as `file`, as the
/// interpreter holds it (untrimmed), or `None`.
fn line_text(vm: &Vm, file: &str, line: u32) -> Option<String> {
    let (_, src) = vm.file_sources.iter().find(|(f, _)| f == file)?;
    src.lines().nth(line.checked_sub(1)? as usize).map(|s| s.to_string())
}

fn opt_str(vm: &mut Vm, s: Option<String>) -> PyResult<Value> {
    match s {
        Some(s) => vm.new_str(&s),
        None => Ok(Value::None),
    }
}

/// `tb_entry(tb) -> (filename, name, qualname, lineno, line or None)`.
fn tb_entry(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let tb = a.pos.first().copied().unwrap_or(Value::None);
    let (code, line) = match vm.payload(tb) {
        Some(Payload::Traceback(t)) => (t.code.clone(), t.line),
        _ => return Err(vm.type_error(format!("tb_entry() argument must be traceback, not {}", vm.type_name(tb)))),
    };
    let text = line_text(vm, &code.filename, line);
    let items = vec![
        vm.new_str(&code.filename)?,
        vm.new_str(&code.name)?,
        vm.new_str(&code.qualname)?,
        Value::Int(line as i64),
        opt_str(vm, text)?,
    ];
    vm.new_tuple(items)
}

/// `caller(depth) -> (filename, lineno, module name, code name) or None`: the frame
/// `depth` levels above the Python function that called `caller` (0: that
/// function itself); `None` when the stack is not that deep.
fn caller(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let depth = match a.pos.first().copied() {
        Some(Value::Int(i)) if i >= 0 => i as usize,
        Some(Value::Int(_)) | None => 0,
        Some(v) => return Err(vm.type_error(format!("caller() argument must be int, not {}", vm.type_name(v)))),
    };
    if depth >= vm.frames.len() {
        return Ok(Value::None);
    }
    frame_info(vm, depth, None)
}

/// `caller_outside(depth, filename) -> (filename, lineno, module name,
/// code name, depth) or None`: the first frame from `depth` levels up (as
/// `caller`) whose code is neither from `filename` nor from a
/// `<frozen ...>` file, and how many levels up it is; what logging's
/// `findCaller` looks for, in one call instead of one a frame.
fn caller_outside(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let depth = match a.pos.first().copied() {
        Some(Value::Int(i)) if i >= 0 => i as usize,
        Some(Value::Int(_)) | None => 0,
        Some(v) => return Err(vm.type_error(format!("caller_outside() argument 1 must be int, not {}", vm.type_name(v)))),
    };
    let skip = a.pos.get(1).copied().unwrap_or(Value::None);
    let skip = match skip {
        Value::None => None,
        v => match vm.str_of(v) {
            Some(s) => Some(s.to_string()),
            None => return Err(vm.type_error(format!("caller_outside() argument 2 must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let n = vm.frames.len();
    let mut at = depth;
    while at < n {
        let f = &vm.frames[n - 1 - at];
        let file = &vm.code_caches[f.ci as usize].code.filename;
        if !(skip.as_deref() == Some(&**file) || file.starts_with("<frozen ")) {
            return frame_info(vm, at, Some(at));
        }
        at += 1;
    }
    Ok(Value::None)
}

/// The display data of the frame `depth` levels above the Python function
/// that called the native (`depth` < the number of frames), with `depth`
/// itself appended when `with_depth` says so.
fn frame_info(vm: &mut Vm, depth: usize, with_depth: Option<usize>) -> PyResult<Value> {
    let n = vm.frames.len();
    let f = &vm.frames[n - 1 - depth];
    let code = vm.code_caches[f.ci as usize].code.clone();
    let line = code.line_for(f.lasti);
    let globals = f.globals;
    let key = vm.intern("__name__");
    // Only a string comes out: a module may bind `__name__` to any
    // object, and this must not hand another module's objects out.
    let module = match vm.dict_get(globals, Value::Obj(key))? {
        Some(v) if vm.str_of(v).is_some() => {
            let name = vm.str_of(v).map(|s| s.to_string()).unwrap_or_default();
            vm.new_str(&name)?
        }
        _ => Value::None,
    };
    let mut items = vec![vm.new_str(&code.filename)?, Value::Int(line as i64), module, vm.new_str(&code.name)?];
    if let Some(d) = with_depth {
        items.push(Value::Int(d as i64));
    }
    vm.new_tuple(items)
}

/// `source_line(filename, lineno) -> str or None`.
fn source_line(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let file = a.pos.first().copied().unwrap_or(Value::None);
    let Some(file) = vm.str_of(file).map(|s| s.to_string()) else { return Ok(Value::None) };
    let line = match a.pos.get(1).copied() {
        Some(Value::Int(i)) if i > 0 && i <= u32::MAX as i64 => i as u32,
        _ => return Ok(Value::None),
    };
    let text = line_text(vm, &file, line);
    opt_str(vm, text)
}

/// `tb_position(tb) -> (lineno, end_lineno, colno, end_colno) or None`: where
/// the expression that was running when the exception passed through the
/// traceback entry starts and ends, as CPython's `co_positions` gives it
/// (columns are UTF-8 byte offsets within their lines); `None` when the
/// interpreter does not hold the file's text.
fn tb_position(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let tb = a.pos.first().copied().unwrap_or(Value::None);
    let (code, lasti) = match vm.payload(tb) {
        Some(Payload::Traceback(t)) => (t.code.clone(), t.lasti),
        _ => return Err(vm.type_error(format!("tb_position() argument must be traceback, not {}", vm.type_name(tb)))),
    };
    let Some(span) = code.span_for(lasti) else { return Ok(Value::None) };
    let Some((_, src)) = vm.file_sources.iter().find(|(f, _)| f.as_str() == &*code.filename) else { return Ok(Value::None) };
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end || end > src.len() {
        return Ok(Value::None);
    }
    // (1-based line, byte column) of a byte offset.
    let place = |at: usize| {
        let before = &src.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = at - before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        (line as i64, col as i64)
    };
    let (line, col) = place(start);
    let (end_line, end_col) = place(end);
    vm.new_tuple(vec![Value::Int(line), Value::Int(end_line), Value::Int(col), Value::Int(end_col)])
}

/// `caret_anchors(segment) -> (left, right) or None`: the character range
/// of the operator of a binary operation or the brackets of a subscript
/// when `segment` is one such expression, as the interpreter's own
/// traceback printer finds it.
fn caret_anchors(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let seg = a.pos.first().copied().unwrap_or(Value::None);
    let Some(text) = vm.str_of(seg).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!("caret_anchors() argument must be str, not {}", vm.type_name(seg))));
    };
    match crate::interp::carets::anchor_chars(&text) {
        Some((l, r)) => vm.new_tuple(vec![Value::Int(l as i64), Value::Int(r as i64)]),
        None => Ok(Value::None),
    }
}

/// `suggestion(exc) -> str or None`: the "Did you mean" name the
/// interpreter's traceback printer would show for `exc` (a NameError's
/// closest name found when it was raised, or an AttributeError's closest
/// name in `dir(obj)`).
fn suggestion(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.pos.first().copied().unwrap_or(Value::None);
    let Some(r) = e.as_obj().filter(|_| matches!(vm.payload(e), Some(Payload::Exception(_)))) else {
        return Ok(Value::None);
    };
    let s = vm.suggestion_for(r);
    opt_str(vm, s)
}
