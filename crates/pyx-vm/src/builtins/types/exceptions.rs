//! The exception hierarchy, exception objects, tracebacks, exception
//! groups (`except*`), and CPython-style rendering of uncaught exceptions.

use crate::interp::native::{own, slot};
use std::sync::Arc;

use crate::object::code::CodeObject;
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::typesys::{add_methods, add_native, make_builtin, TypeSpec};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// (name, parent name) in creation order.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

pub fn make_hierarchy(vm: &mut Vm) {
    let mut made: Vec<(&'static str, ObjRef)> = Vec::new();
    for &(name, parent) in HIERARCHY {
        let base = if parent.is_empty() { vm.t.object } else { made.iter().find(|(n, _)| *n == parent).map(|(_, r)| *r).unwrap_or(vm.t.object) };
        let t = make_builtin(vm, TypeSpec { name, base: Some(base), layout: Layout::Exception, has_dict: true, base_ok: true });
        made.push((name, t));
    }
    let get = |n: &str| made.iter().find(|(x, _)| *x == n).map(|(_, r)| *r).unwrap_or(ObjRef::unchecked(0));
    let t = &mut vm.t;
    t.base_exception = get("BaseException");
    t.exception = get("Exception");
    t.type_error = get("TypeError");
    t.value_error = get("ValueError");
    t.attribute_error = get("AttributeError");
    t.key_error = get("KeyError");
    t.index_error = get("IndexError");
    t.name_error = get("NameError");
    t.unbound_local_error = get("UnboundLocalError");
    t.zero_division_error = get("ZeroDivisionError");
    t.overflow_error = get("OverflowError");
    t.stop_iteration = get("StopIteration");
    t.stop_async_iteration = get("StopAsyncIteration");
    t.generator_exit = get("GeneratorExit");
    t.recursion_error = get("RecursionError");
    t.runtime_error = get("RuntimeError");
    t.not_implemented_error = get("NotImplementedError");
    t.assertion_error = get("AssertionError");
    t.lookup_error = get("LookupError");
    t.arithmetic_error = get("ArithmeticError");
    t.memory_error = get("MemoryError");
    t.syntax_error = get("SyntaxError");
    t.indentation_error = get("IndentationError");
    t.import_error = get("ImportError");
    t.module_not_found_error = get("ModuleNotFoundError");
    t.unicode_error = get("UnicodeError");
    t.unicode_decode_error = get("UnicodeDecodeError");
    t.unicode_encode_error = get("UnicodeEncodeError");
    t.keyboard_interrupt = get("KeyboardInterrupt");
    t.system_exit = get("SystemExit");
    t.base_exception_group = get("BaseExceptionGroup");
    t.exception_group = get("ExceptionGroup");
    t.os_error = get("OSError");
    t.eof_error = get("EOFError");
    t.exc_by_name = made;
    // ExceptionGroup also derives from Exception.
    let eg = vm.t.exception_group;
    let (beg, exc) = (vm.t.base_exception_group, vm.t.exception);
    vm.type_data_mut(eg).bases = vec![beg, exc];
    if let Ok(mro) = crate::interp::typesys::compute_mro(vm, eg, &[beg, exc]) {
        vm.type_data_mut(eg).mro = mro;
    }
}

pub fn install(vm: &mut Vm) {
    let be = vm.t.base_exception;
    add_native(vm, be, "__new__", own(), exc_new, NativeKind::StaticMethod);
    add_methods(vm, be, &[("__init__", own(), exc_init), ("__repr__", slot(""), exc_repr), ("__str__", slot(""), exc_str), ("with_traceback", own(), exc_with_traceback), ("add_note", own(), exc_add_note), ("__setattr__", slot("name, value"), exc_setattr), ("__reduce__", slot(""), exc_reduce), ("__setstate__", slot("state"), exc_setstate)]);
    add_methods(vm, vm.t.key_error, &[("__str__", slot(""), keyerror_str)]);
    add_methods(vm, vm.t.syntax_error, &[("__str__", slot(""), syntaxerror_str), ("__init__", own(), syntaxerror_init)]);
    let beg = vm.t.base_exception_group;
    add_native(vm, beg, "__new__", own(), eg_new, NativeKind::StaticMethod);
    add_methods(vm, beg, &[("__init__", own(), eg_init), ("__str__", slot(""), eg_str), ("split", own(), eg_split_m), ("subgroup", own(), eg_subgroup_m), ("derive", own(), eg_derive)]);
    add_native(vm, beg, "__class_getitem__", own(), crate::builtins::types::list::generic_alias, crate::object::NativeKind::ClassMethod);
    add_methods(vm, vm.t.stop_iteration, &[("__init__", own(), exc_init)]);
    let os = vm.t.os_error;
    add_native(vm, os, "__new__", own(), oserror_new, NativeKind::StaticMethod);
    add_methods(vm, os, &[("__init__", own(), oserror_init), ("__str__", slot(""), oserror_str)]);
    for t in [vm.t.unicode_decode_error, vm.t.unicode_encode_error] {
        add_methods(vm, t, &[("__init__", own(), unicode_error_init), ("__str__", slot(""), unicode_error_str)]);
    }
    if let Some(&(_, t)) = vm.t.exc_by_name.iter().find(|(n, _)| *n == "UnicodeTranslateError") {
        add_methods(vm, t, &[("__init__", own(), unicode_translate_error_init), ("__str__", slot(""), unicode_error_str)]);
    }
}

/// UnicodeTranslateError(object, start, end, reason): its attributes,
/// with `encoding` None.
fn unicode_translate_error_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exc_init(vm, a)?;
    let Some(e) = a.arg(0).as_obj() else { return Ok(Value::None) };
    if a.pos.len() == 5 {
        let k = vm.intern("encoding");
        vm.set_exc_attr(e, k, Value::None)?;
        for (name, &v) in UNICODE_ERROR_ATTRS[1..].iter().zip(&a.pos[1..]) {
            let k = vm.intern(name);
            vm.set_exc_attr(e, k, v)?;
        }
    }
    Ok(Value::None)
}

const UNICODE_ERROR_ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end,
/// reason) keep their arguments as attributes.
fn unicode_error_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exc_init(vm, a)?;
    let Some(e) = a.arg(0).as_obj() else { return Ok(Value::None) };
    if a.pos.len() == 6 {
        for (name, &v) in UNICODE_ERROR_ATTRS.iter().zip(&a.pos[1..]) {
            // A decode error keeps its object as bytes (a bytearray or
            // other buffer is copied), as CPython's does.
            let v = match vm.payload(v) {
                Some(Payload::ByteArray(b)) if *name == "object" => {
                    let b = b.clone();
                    vm.new_bytes(b.to_vec())?
                }
                _ => v,
            };
            let k = vm.intern(name);
            vm.set_exc_attr(e, k, v)?;
        }
    }
    Ok(Value::None)
}

/// The codec message built from the attributes (as CPython's
/// UnicodeDecodeError/UnicodeEncodeError __str__).
fn unicode_error_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    let mut vals = Vec::with_capacity(5);
    for name in UNICODE_ERROR_ATTRS {
        let k = vm.intern(name);
        match vm.getattr_opt(e, k)? {
            Some(v) => vals.push(v),
            None => return exc_str(vm, a),
        }
    }
    let (Value::Int(start), Value::Int(end)) = (vals[2], vals[3]) else { return exc_str(vm, a) };
    let reason = vm.str_string(vals[4])?;
    let decode = matches!(vm.payload(e).map(|_| vm.type_of(e)), Some(t) if vm.is_subtype(t, vm.t.unicode_decode_error));
    let encode = matches!(vm.payload(e).map(|_| vm.type_of(e)), Some(t) if vm.is_subtype(t, vm.t.unicode_encode_error));
    let single = end == start + 1;
    if !decode && !encode {
        // UnicodeTranslateError: no codec named.
        let c = vm.str_of(vals[1]).and_then(|s| s.chars().nth(start.max(0) as usize));
        let what = match c {
            Some(c) if single => format!("translate character '{}' in position {}", codepoint_escape(c), start),
            _ => format!("translate characters in position {}-{}", start, end - 1),
        };
        return vm.new_string(format!("can't {}: {}", what, reason));
    }
    let enc = vm.str_string(vals[0])?;
    let what = if decode {
        let b = match vm.payload(vals[1]) {
            Some(Payload::Bytes(b)) => b.get(start as usize).copied(),
            Some(Payload::ByteArray(b)) => b.get(start as usize).copied(),
            _ => None,
        };
        match b {
            Some(b) if single => format!("decode byte 0x{:02x} in position {}", b, start),
            _ => format!("decode bytes in position {}-{}", start, end - 1),
        }
    } else {
        let c = vm.str_of(vals[1]).and_then(|s| s.chars().nth(start.max(0) as usize));
        match c {
            Some(c) if single => format!("encode character '{}' in position {}", codepoint_escape(c), start),
            _ => format!("encode characters in position {}-{}", start, end - 1),
        }
    };
    vm.new_string(format!("'{}' codec can't {}: {}", enc, what, reason))
}

/// A character as CPython's Unicode errors name it: `\\x78`, `\\u20ac`
/// or `\\U0001f40d`.
fn codepoint_escape(c: char) -> String {
    match c as u32 {
        n if n <= 0xff => format!("\\x{:02x}", n),
        n if n <= 0xffff => format!("\\u{:04x}", n),
        n => format!("\\U{:08x}", n),
    }
}

/// The OSError subclass CPython's `OSError(errno, ...)` creates for an
/// errno (Linux numbering).
const ERRNO_CLASSES: &[(i64, &str)] = &[
    (1, "PermissionError"),
    (2, "FileNotFoundError"),
    (3, "ProcessLookupError"),
    (4, "InterruptedError"),
    (10, "ChildProcessError"),
    (11, "BlockingIOError"),
    (13, "PermissionError"),
    (17, "FileExistsError"),
    (20, "NotADirectoryError"),
    (21, "IsADirectoryError"),
    (32, "BrokenPipeError"),
    (103, "ConnectionAbortedError"),
    (104, "ConnectionResetError"),
    (108, "BrokenPipeError"),
    (110, "TimeoutError"),
    (111, "ConnectionRefusedError"),
    (114, "BlockingIOError"),
    (115, "BlockingIOError"),
];

/// OSError(errno, strerror, ...) called on OSError itself picks the
/// subclass for the errno.
fn oserror_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut cls = a.arg(0).as_obj().unwrap_or(vm.t.os_error);
    let nargs = a.pos.len().saturating_sub(1);
    if cls == vm.t.os_error && (2..=5).contains(&nargs) {
        if let Value::Int(errno) = a.pos[1] {
            if let Some((_, name)) = ERRNO_CLASSES.iter().find(|(n, _)| *n == errno) {
                let k = vm.intern(name);
                if let Some(Value::Obj(sub)) = vm.dict_get_str(vm.builtins, k) {
                    cls = sub;
                }
            }
        }
    }
    exc_new_instance(vm, cls, &a.pos[1..])
}

/// OSError's attributes: with 2 to 5 arguments they are errno, strerror,
/// filename, winerror, filename2, and `args` keeps only the first two.
fn oserror_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exc_init(vm, a)?;
    let Some(e) = a.arg(0).as_obj() else { return Ok(Value::None) };
    let given = &a.pos[1..];
    let parsed = (2..=5).contains(&given.len());
    for (i, name) in ["errno", "strerror", "filename", "winerror", "filename2"].iter().enumerate() {
        let v = match given.get(i) {
            Some(&v) if parsed && *name != "winerror" => v,
            _ => Value::None,
        };
        let k = vm.intern(name);
        vm.set_exc_attr(e, k, v)?;
    }
    if parsed && given.len() > 2 {
        let args = vm.new_tuple(given[..2].to_vec())?;
        if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
            ed.args = args;
        }
    }
    Ok(Value::None)
}

fn oserror_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        let k = vm.intern(n);
        Ok(vm.getattr_opt(e, k)?.unwrap_or(Value::None))
    };
    let (errno, strerror) = (get(vm, "errno")?, get(vm, "strerror")?);
    let (filename, filename2) = (get(vm, "filename")?, get(vm, "filename2")?);
    let head = |vm: &mut Vm| -> PyResult<String> { Ok(format!("[Errno {}] {}", vm.str_string(errno)?, vm.str_string(strerror)?)) };
    let s = if !filename.is_none() {
        let f = vm.repr_string(filename)?;
        if !filename2.is_none() {
            let f2 = vm.repr_string(filename2)?;
            format!("{}: {} -> {}", head(vm)?, f, f2)
        } else {
            format!("{}: {}", head(vm)?, f)
        }
    } else if exc_args(vm, e).len() == 2 {
        // errno and strerror were given (even as None): init keeps two args.
        head(vm)?
    } else {
        return exc_str(vm, a);
    };
    vm.new_string(s)
}

impl Vm {
    pub fn exc_is(&self, e: ObjRef, ty: ObjRef) -> bool {
        let c = self.heap.get(e).class;
        self.is_subtype(c, ty)
    }

    pub fn new_exception(&mut self, ty: ObjRef, args: Vec<Value>) -> PyResult<ObjRef> {
        let args = self.new_tuple(args)?;
        let ed = ExcData { args, traceback: Value::None, cause: Value::None, context: Value::None, suppress_context: false, group: None, hint: None };
        let e = self.alloc(ty, Payload::Exception(Box::new(ed)))?;
        Ok(e)
    }

    pub fn new_exception_msg(&mut self, ty: ObjRef, msg: &str) -> PyResult<ObjRef> {
        let m = self.new_str(msg)?;
        let e = self.new_exception(ty, vec![m])?;
        self.set_implicit_context(e);
        Ok(e)
    }

    /// The exception being handled: the current frame's, else (in a
    /// generator handling none) that of the code that resumed it, and so
    /// on down (CPython's topmost exception state).
    pub fn topmost_exc(&self) -> Value {
        if let Value::Obj(_) = self.cur_exc {
            return self.cur_exc;
        }
        for f in self.frames.iter().rev() {
            if f.gen.is_some() {
                if let Value::Obj(_) = f.outer_exc {
                    return f.outer_exc;
                }
            }
        }
        Value::None
    }

    /// `__context__` of a new exception raised while handling another.
    pub fn set_implicit_context(&mut self, e: ObjRef) {
        let cur = self.topmost_exc();
        if let Value::Obj(c) = cur {
            if c != e {
                if let Payload::Exception(ed) = &mut self.heap.get_mut(e).payload {
                    if ed.context.is_none() {
                        ed.context = cur;
                    }
                }
            }
        }
    }

    pub fn set_exc_attr(&mut self, e: ObjRef, name: ObjRef, v: Value) -> PyResult<()> {
        let d = match self.heap.get(e).dict {
            Some(d) => d,
            None => {
                let d = self.new_dict()?;
                self.heap.get_mut(e).dict = Some(d);
                d
            }
        };
        self.dict_set(d, Value::Obj(name), v)
    }

    /// The exception's type name and `str()` message.
    pub fn exc_summary(&mut self, e: ObjRef) -> (String, String) {
        let cls = self.heap.get(e).class;
        let td = self.type_data(cls);
        let module = self.str_of(td.module).unwrap_or("builtins").to_string();
        let qual = self.str_of(td.qualname).map(|s| s.to_string()).unwrap_or_else(|| td.name.to_string());
        let name = if module == "builtins" || module == "__main__" { qual } else { format!("{}.{}", module, qual) };
        let msg = match self.str_string(Value::Obj(e)) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        };
        (name, msg)
    }

    /// Render an exception with its chain, CPython-style. The text is host
    /// memory built from values of any size (a chain of exceptions may
    /// share one huge message): each piece is checked against the memory
    /// budget before it is added, and a text that would not fit ends with
    /// a note instead.
    pub fn format_exception(&mut self, e: ObjRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(e, &mut out, &mut seen, 0);
        self.end_cut_text(e, &mut out);
        out
    }

    /// After a text cut short, the exception itself still ends it: its
    /// type and the start of its message.
    fn end_cut_text(&mut self, e: ObjRef, out: &mut String) {
        if out.ends_with(TRUNCATED) {
            let (name, msg) = self.exc_summary(e);
            let mut cut = msg.len().min(1000);
            while !msg.is_char_boundary(cut) {
                cut -= 1;
            }
            let more = if cut < msg.len() { "..." } else { "" };
            out.push_str(&format!("{}: {}{}\n", name, &msg[..cut], more));
        }
    }

    /// Append `text` if it fits the memory budget; otherwise end `out`
    /// with the truncation note (once) and report false.
    fn push_budgeted(&mut self, out: &mut String, text: &str) -> bool {
        if out.ends_with(TRUNCATED) {
            return false;
        }
        // Besides the budget, a traceback's text stays within a sixteenth
        // of the memory limit (16 MB under 256M): a chain sharing one huge
        // message made 128 MB of text, whose building and writing alone
        // passed the time limit on a loaded machine.
        let cap = self.limits.max_memory.map_or(usize::MAX, |m| (m / 16).max(1 << 20));
        if out.len().saturating_add(text.len()) > cap || crate::builtins::types::str::grow_budgeted(self, out, text.len()).is_err() {
            out.push_str(TRUNCATED);
            return false;
        }
        out.push_str(text);
        true
    }

    fn format_chain(&mut self, e: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>, depth: usize) {
        seen.push(e);
        let (cause, context, suppress) = match &self.heap.get(e).payload {
            Payload::Exception(ed) => (ed.cause, ed.context, ed.suppress_context),
            _ => (Value::None, Value::None, false),
        };
        if depth < 50 {
            if let Value::Obj(c) = cause {
                if !seen.contains(&c) {
                    self.format_chain(c, out, seen, depth + 1);
                    self.push_budgeted(out, "\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Value::Obj(c), false) = (context, suppress) {
                if !seen.contains(&c) {
                    self.format_chain(c, out, seen, depth + 1);
                    self.push_budgeted(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
        }
        self.format_one(e, out);
    }

    /// `e` alone, as the last part of its chain: its traceback, type and
    /// message. CPython reports an exception raised where nobody can catch
    /// it (a `__del__`, a weakref callback) this way, without its chain.
    pub(crate) fn format_exception_alone(&mut self, e: ObjRef) -> String {
        let mut out = String::new();
        self.format_one(e, &mut out);
        self.end_cut_text(e, &mut out);
        out
    }

    fn format_one(&mut self, e: ObjRef, out: &mut String) {
        // Once the text is cut short nothing more is added: the pieces of
        // the rest of the chain are not even built (a hundred copies of an
        // 8 MB message were a second of the host's time).
        if out.ends_with(TRUNCATED) {
            return;
        }
        let tb = match &self.heap.get(e).payload {
            Payload::Exception(ed) => ed.traceback,
            _ => Value::None,
        };
        if !tb.is_none() {
            self.push_budgeted(out, "Traceback (most recent call last):\n");
            let mut cur = tb;
            let mut n = 0;
            while let Some(Payload::Traceback(t)) = self.payload(cur) {
                let code = t.code.clone();
                let line = t.line;
                let lasti = t.lasti;
                let next = t.next;
                n += 1;
                if n <= 200 {
                    let frame = format!("  File \"{}\", line {}, in {}\n", code.filename, line, code.name);
                    self.push_budgeted(out, &frame);
                    if let Some(src) = self.source_line(&code.filename, line) {
                        self.push_budgeted(out, &format!("    {}\n", src.trim_start_matches([' ', '\t', '\x0c'])));
                        let marks = code.span_for(lasti).and_then(|span| {
                            let (_, source) = self.file_sources.iter().find(|(f, _)| *f == *code.filename)?;
                            crate::interp::carets::caret_line(source, span)
                        });
                        if let Some(marks) = marks {
                            self.push_budgeted(out, &format!("{}\n", marks));
                        }
                    }
                }
                cur = next;
            }
        }
        let (name, mut msg) = self.exc_summary(e);
        if let Some(s) = self.suggestion_for(e) {
            msg.push_str(&format!(". Did you mean: '{}'?", s));
        }
        if self.exc_is(e, self.t.syntax_error) {
            let get = |vm: &mut Vm, n: &str| {
                let k = vm.intern(n);
                vm.getattr_opt(Value::Obj(e), k).ok().flatten()
            };
            if let (Some(f), Some(Value::Int(l))) = (get(self, "filename"), get(self, "lineno")) {
                let f = self.str_of(f).unwrap_or("?").to_string();
                self.push_budgeted(out, &format!("  File \"{}\", line {}\n", f, l));
                let int = |v: Option<Value>| match v {
                    Some(Value::Int(i)) => Some(i),
                    _ => None,
                };
                let text = get(self, "text").and_then(|t| self.str_of(t).map(|t| t.trim_end_matches(['\n', '\r']).to_string()));
                if let Some(text) = text {
                    let offset = int(get(self, "offset")).unwrap_or(0);
                    let end_lineno = int(get(self, "end_lineno")).unwrap_or(l);
                    // An end past the text marks to its end.
                    let past_end = text.chars().count() as i64 + 1;
                    let end_offset = int(get(self, "end_offset")).unwrap_or(-1).min(past_end);
                    let loc = pyx_parser::ErrorLocation {
                        lineno: l.clamp(0, u32::MAX as i64) as u32,
                        offset,
                        end_lineno: end_lineno.clamp(0, u32::MAX as i64) as u32,
                        end_offset,
                        text,
                    };
                    let exact = end_offset != -1 && !self.exc_is(e, self.t.indentation_error);
                    self.push_budgeted(out, &pyx_parser::render_error_text(&loc, exact));
                }
            }
            if let Some(m) = get(self, "msg") {
                if let Some(ms) = self.str_of(m) {
                    msg = ms.to_string();
                }
            }
        }
        if msg.is_empty() {
            self.push_budgeted(out, &format!("{}\n", name));
        } else if self.reserve(msg.len().saturating_mul(2)).is_ok() {
            self.push_budgeted(out, &format!("{}: {}\n", name, msg));
        } else {
            self.push_budgeted(out, &format!("{}: ", name));
            self.push_budgeted(out, &msg);
        }
    }

    /// The "Did you mean" name a printed traceback adds for `e`, if any.
    pub(crate) fn suggestion_for(&mut self, e: ObjRef) -> Option<String> {
        let hint = match &self.heap.get(e).payload {
            Payload::Exception(ed) => match ed.hint.as_deref()? {
                crate::object::SuggestionHint::Name(s) => return Some(s.to_string()),
                crate::object::SuggestionHint::Attribute { obj, name } => (*obj, *name),
            },
            _ => return None,
        };
        let (obj, name) = hint;
        let wrong = self.str_of(name)?.to_string();
        // dir(obj), as CPython calls it; a failure means no suggestion.
        let t = self.type_of(obj);
        let m = crate::interp::typesys::lookup(self, t, self.n.__dir__)?;
        let listing = self.call_unbound(m, obj, &[]).ok()?;
        let items = self.collect_iter(listing).ok()?;
        let sorted = crate::builtins::types::list::sort_values(self, items, Value::None, false).ok()?;
        self.tick(sorted.len() as u64).ok()?;
        let names: Vec<&str> = sorted.iter().filter_map(|v| self.str_of(*v)).collect();
        crate::interp::suggestions::closest(&wrong, &names).map(|s| s.to_string())
    }

    fn source_line(&self, file: &str, line: u32) -> Option<String> {
        let (_, src) = self.file_sources.iter().find(|(f, _)| f == file)?;
        src.lines().nth(line.checked_sub(1)? as usize).map(|s| s.to_string())
    }
}

/// The last line of a traceback text cut short at the memory budget.
pub const TRUNCATED: &str = "\n[traceback truncated: it would pass the memory limit]\n";

/// Prepend a traceback entry for a frame the exception passes through.
pub fn add_traceback(vm: &mut Vm, e: ObjRef, code: &Arc<CodeObject>, lasti: u32) -> PyResult<()> {
    let line = code.line_for(lasti);
    let prev = match &vm.heap.get(e).payload {
        Payload::Exception(ed) => ed.traceback,
        _ => return Ok(()),
    };
    if prev.is_none() {
        vm.set_implicit_context(e);
    }
    // Like CPython's removal of importlib frames: the import machinery
    // (`<frozen _importer>`) never shows in tracebacks.
    if code.filename.starts_with("<frozen ") {
        return Ok(());
    }
    let tb = vm.alloc(vm.t.traceback, Payload::Traceback(Box::new(TracebackData { next: prev, code: code.clone(), line, lasti })))?;
    if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
        ed.traceback = Value::Obj(tb);
    }
    Ok(())
}


pub fn exc_new_instance(vm: &mut Vm, cls: ObjRef, args: &[Value]) -> PyResult<Value> {
    let e = vm.new_exception(cls, args.to_vec())?;
    Ok(Value::Obj(e))
}

fn exc_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.exception);
    exc_new_instance(vm, cls, &a.pos[1..])
}
fn exc_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(e) = a.arg(0).as_obj() else { return Ok(Value::None) };
    let args = vm.new_tuple(a.pos[1..].to_vec())?;
    if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
        ed.args = args;
    }
    // Keyword arguments become attributes (e.g. StopIteration(value=...)).
    if vm.exc_is(e, vm.t.stop_iteration) {
        let v = a.pos.get(1).copied().unwrap_or(Value::None);
        vm.set_exc_attr(e, vm.n.value, v)?;
    }
    if vm.exc_is(e, vm.t.name_error) || vm.exc_is(e, vm.t.attribute_error) {
        // NameError(*args, name=None); AttributeError(*args, name=None, obj=None).
        let is_attr = vm.exc_is(e, vm.t.attribute_error);
        for (k, v) in a.kw {
            let key = vm.str_of(*k).unwrap_or("").to_string();
            match key.as_str() {
                "name" | "obj" if is_attr => vm.set_attribute_error_part(e, key == "name", *v),
                "name" => {
                    let kr = vm.intern("name");
                    vm.set_exc_attr(e, kr, *v)?;
                }
                _ => {
                    let tn = vm.type_name(a.arg(0));
                    return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", key, tn)));
                }
            }
        }
    } else if vm.exc_is(e, vm.t.import_error) {
        // ImportError(*args, name=None, path=None); `msg` is the sole
        // positional argument.
        let (kn, kp, km) = (vm.intern("name"), vm.intern("path"), vm.intern("msg"));
        let (mut name, mut path) = (Value::None, Value::None);
        for (k, v) in a.kw {
            match vm.intern_value(*k) {
                Some(r) if r == kn => name = *v,
                Some(r) if r == kp => path = *v,
                _ => {
                    let k = vm.str_of(*k).unwrap_or("?").to_string();
                    let tn = vm.type_name(a.arg(0));
                    return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", k, tn)));
                }
            }
        }
        let msg = if a.pos.len() == 2 { a.pos[1] } else { Value::None };
        vm.set_exc_attr(e, kn, name)?;
        vm.set_exc_attr(e, kp, path)?;
        vm.set_exc_attr(e, km, msg)?;
    } else if !a.kw.is_empty() {
        let tn = vm.type_name(a.arg(0));
        return Err(vm.type_error(format!("{}() takes no keyword arguments", tn)));
    }
    Ok(Value::None)
}
/// `BaseException.__reduce__`: `(type, args)`, plus the instance dict
/// when it has attributes, so pickle and copy rebuild the exception by
/// calling its class with `args` and then `__setstate__(dict)`.
fn exc_reduce(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    let cls = Value::Obj(vm.type_of(e));
    let args = match e.as_obj().map(|r| &vm.heap.get(r).payload) {
        Some(Payload::Exception(ed)) => ed.args,
        _ => Value::None,
    };
    let args = if args.is_null() || matches!(args, Value::None) { vm.new_tuple(vec![])? } else { args };
    let dict = e.as_obj().and_then(|r| vm.heap.get(r).dict);
    match dict {
        Some(d) if vm.dict_ref(d).is_some_and(|dd| !dd.is_empty()) => vm.new_tuple(vec![cls, args, Value::Obj(d)]),
        _ => vm.new_tuple(vec![cls, args]),
    }
}

/// `BaseException.__setstate__(state)`: each item of a dict state becomes
/// an attribute (through setattr, as CPython); None is accepted.
fn exc_setstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    let state = a.arg(1);
    if matches!(state, Value::None) {
        return Ok(Value::None);
    }
    let Some(d) = state.as_obj().filter(|&d| vm.dict_ref(d).is_some()) else {
        return Err(vm.type_error("state is not a dictionary".to_string()));
    };
    let items = vm.dict_ref(d).map(|dd| dd.items()).unwrap_or_default();
    for (k, v) in items {
        if let Some(name) = k.as_obj().filter(|_| vm.str_of(k).is_some()) {
            vm.setattr(e, name, v)?;
        }
    }
    Ok(Value::None)
}

fn exc_setattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(e) = a.arg(0).as_obj() else { return Ok(Value::None) };
    let name = vm.str_of(a.arg(1)).unwrap_or("").to_string();
    let v = a.arg(2);
    vm.check_exception_link(&name, v)?;
    if name == "args" && vm.tuple_items(v).is_none() {
        return crate::builtins::types::object::object_setattr(vm, a);
    }
    if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
        match name.as_str() {
            "__cause__" => {
                ed.cause = v;
                ed.suppress_context = true;
                return Ok(Value::None);
            }
            "__context__" => {
                ed.context = v;
                return Ok(Value::None);
            }
            "__traceback__" => {
                ed.traceback = v;
                return Ok(Value::None);
            }
            "__suppress_context__" => {
                ed.suppress_context = matches!(v, Value::Bool(true));
                return Ok(Value::None);
            }
            "args" => {
                let t = v;
                ed.args = t;
                return Ok(Value::None);
            }
            _ => {}
        }
    }
    crate::builtins::types::object::object_setattr(vm, a)
}
fn exc_args(vm: &Vm, e: Value) -> Vec<Value> {
    match vm.payload(e) {
        Some(Payload::Exception(ed)) => vm.tuple_items(ed.args).map(|t| t.to_vec()).unwrap_or_default(),
        _ => Vec::new(),
    }
}
fn exc_repr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    let name = vm.type_name(e);
    let args = exc_args(vm, e);
    let inner = if args.len() == 1 {
        vm.repr_string(args[0])?
    } else {
        let t = vm.new_tuple(args.clone())?;
        let s = vm.repr_string(t)?;
        if args.is_empty() { String::new() } else { s[1..s.len() - 1].to_string() }
    };
    vm.new_string(format!("{}({})", name, inner))
}
fn exc_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = exc_args(vm, a.arg(0));
    match args.len() {
        0 => vm.new_str(""),
        1 => vm.to_str(args[0]),
        _ => {
            let t = vm.new_tuple(args)?;
            vm.repr(t)
        }
    }
}
fn keyerror_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args = exc_args(vm, a.arg(0));
    if args.len() == 1 {
        return vm.repr(args[0]);
    }
    exc_str(vm, a)
}
fn exc_with_traceback(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if let Some(e) = a.arg(0).as_obj() {
        let tb = a.arg(1);
        if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
            ed.traceback = tb;
        }
    }
    Ok(a.arg(0))
}
fn exc_add_note(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    if vm.str_of(a.arg(1)).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(a.arg(1)))));
    }
    let notes = match vm.getattr_opt(e, vm.n.__notes__)? {
        Some(n) if matches!(vm.payload(n), Some(Payload::List(_))) => n,
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let l = vm.new_list(vec![])?;
            vm.setattr(e, vm.n.__notes__, l)?;
            l
        }
    };
    vm.list_append(notes, a.arg(1))?;
    Ok(Value::None)
}

// ----- exception groups ------------------------------------------------------

fn eg_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.arg(0).as_obj().unwrap_or(vm.t.base_exception_group);
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", a.pos.len().saturating_sub(1))));
    }
    let (msg, excs) = (a.arg(1), a.arg(2));
    if vm.str_of(msg).is_none() {
        return Err(vm.type_error(format!("argument 1 must be str, not {}", vm.type_name(msg))));
    }
    let items = match vm.collect_iter(excs) {
        Ok(i) if matches!(vm.payload(excs), Some(Payload::List(_) | Payload::Tuple(_))) => i,
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exc = true;
    for (i, it) in items.iter().enumerate() {
        match vm.payload(*it) {
            Some(Payload::Exception(_)) => {
                if !vm.isinstance_exact_or_sub(*it, vm.t.exception) {
                    all_exc = false;
                }
            }
            _ => {
                let r = vm.repr_string(*it)?;
                return Err(vm.value_error(format!("Item {} of second argument (exceptions) is not an exception", i).replace(&r, &r)));
            }
        }
    }
    let mut cls = cls;
    if cls == vm.t.base_exception_group && all_exc {
        cls = vm.t.exception_group;
    } else if cls == vm.t.exception_group && !all_exc {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    } else if !all_exc && vm.is_subtype(cls, vm.t.exception) {
        let name = vm.type_data(cls).name.to_string();
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", name)));
    }
    let t = vm.new_tuple(items)?;
    let e = vm.new_exception(cls, vec![msg, excs])?;
    if let Payload::Exception(ed) = &mut vm.heap.get_mut(e).payload {
        ed.group = Some((msg, t));
    }
    Ok(Value::Obj(e))
}
fn eg_init(_vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}
fn eg_parts(vm: &Vm, e: Value) -> Option<(Value, Vec<Value>)> {
    match vm.payload(e) {
        Some(Payload::Exception(ed)) => ed.group.map(|(m, t)| (m, vm.tuple_items(t).map(|x| x.to_vec()).unwrap_or_default())),
        _ => None,
    }
}
fn eg_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((m, items)) = eg_parts(vm, a.arg(0)) else { return vm.new_str("") };
    let ms = vm.str_of(m).unwrap_or("").to_string();
    let n = items.len();
    vm.new_string(format!("{} ({} sub-exception{})", ms, n, if n == 1 { "" } else { "s" }))
}
/// Build a group like `orig` holding `items` (keeps the message and class).
/// A part of group `orig` holding `items`, as `split` and `subgroup` make
/// it: through `orig.derive(items)` (a subclass may override it), with
/// the original's traceback, cause, context and a copy of its notes.
fn eg_derive_with(vm: &mut Vm, orig: Value, items: Vec<Value>) -> PyResult<Value> {
    if eg_parts(vm, orig).is_none() {
        return Ok(Value::None);
    }
    let l = vm.new_list(items)?;
    let derive = vm.getattr_str(orig, "derive")?;
    let r = vm.call(derive, &[l])?;
    if !matches!(vm.payload(r), Some(Payload::Exception(ed)) if ed.group.is_some()) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(Payload::Exception(src)), Value::Obj(dst)) = (vm.payload(orig), r) {
        let (tb, cause, ctx) = (src.traceback, src.cause, src.context);
        if let Payload::Exception(ed) = &mut vm.heap.get_mut(dst).payload {
            ed.traceback = tb;
            ed.cause = cause;
            ed.context = ctx;
        }
    }
    if let Some(notes) = vm.getattr_opt(orig, vm.n.__notes__)? {
        if vm.tuple_items(notes).is_some() || matches!(vm.payload(notes), Some(Payload::List(_))) {
            let copy = vm.collect_iter(notes)?;
            let copy = vm.new_list(copy)?;
            vm.setattr(r, vm.n.__notes__, copy)?;
        }
    }
    Ok(r)
}
/// Split `e` by predicate `matches`: (match, rest), each None if empty.
fn eg_split(vm: &mut Vm, e: Value, ty: Value) -> PyResult<(Value, Value)> {
    let is_pred = !vm.is_type(ty) && vm.tuple_items(ty).is_none();
    let m = if is_pred {
        let r = vm.call(ty, &[e])?;
        vm.truthy(r)?
    } else {
        vm.exc_matches(e, ty)?
    };
    if m {
        return Ok((e, Value::None));
    }
    let Some((_, items)) = eg_parts(vm, e) else { return Ok((Value::None, e)) };
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for it in items {
        let (a, b) = eg_split(vm, it, ty)?;
        if !a.is_none() {
            m.push(a);
        }
        if !b.is_none() {
            r.push(b);
        }
    }
    let mv = if m.is_empty() { Value::None } else { eg_derive_with(vm, e, m)? };
    let rv = if r.is_empty() { Value::None } else { eg_derive_with(vm, e, r)? };
    Ok((mv, rv))
}
fn eg_split_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (m, r) = eg_split(vm, a.arg(0), a.arg(1))?;
    vm.new_tuple(vec![m, r])
}
fn eg_subgroup_m(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (m, _) = eg_split(vm, a.arg(0), a.arg(1))?;
    Ok(m)
}
/// `BaseExceptionGroup.derive(excs)`: a plain group with this one's
/// message (no traceback, cause, context or notes).
fn eg_derive(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some((m, _)) = eg_parts(vm, a.arg(0)) else { return Ok(Value::None) };
    vm.call(Value::Obj(vm.t.base_exception_group), &[m, a.arg(1)])
}

/// `CheckEgMatch`: returns (rest, match).
pub fn eg_match(vm: &mut Vm, eg: Value, ty: Value) -> PyResult<(Value, Value)> {
    if eg.is_none() {
        return Ok((Value::None, Value::None));
    }
    let types: Vec<Value> = vm.tuple_items(ty).map(|t| t.to_vec()).unwrap_or_else(|| vec![ty]);
    for t in &types {
        if let Value::Obj(tr) = t {
            if matches!(vm.heap.get(*tr).payload, Payload::Type(_)) && vm.is_subtype(*tr, vm.t.base_exception_group) {
                return Err(vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
            }
        }
    }
    if eg_parts(vm, eg).is_none() {
        if vm.exc_matches(eg, ty)? {
            let m = vm.new_str("")?;
            let l = vm.new_list(vec![eg])?;
            let g = vm.call(Value::Obj(vm.t.base_exception_group), &[m, l])?;
            vm.cur_exc = g;
            return Ok((Value::None, g));
        }
        return Ok((eg, Value::None));
    }
    let (m, r) = eg_split(vm, eg, ty)?;
    if !m.is_none() {
        vm.cur_exc = m;
    }
    Ok((r, m))
}

/// `PrepReraiseStar`: what to re-raise after the `except*` clauses.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, raised: Value) -> PyResult<Value> {
    let items: Vec<Value> = vm.list_items(raised).cloned().unwrap_or_default();
    let items: Vec<Value> = items.into_iter().filter(|v| !v.is_none()).collect();
    if items.is_empty() {
        return Ok(Value::None);
    }
    // Re-raised (unhandled) parts keep the original group's shape; new
    // exceptions raised in handlers are added alongside.
    let mut reraised = Vec::new();
    let mut new = Vec::new();
    let orig_leaves = leaves(vm, orig);
    for it in items {
        let l = leaves(vm, it);
        if !l.is_empty() && l.iter().all(|x| orig_leaves.contains(x)) {
            reraised.push(it);
        } else {
            new.push(it);
        }
    }
    let keep: Vec<Value> = reraised.iter().flat_map(|r| leaves(vm, *r)).map(Value::Obj).collect();
    let rest = if keep.is_empty() { Value::None } else { project(vm, orig, &keep)? };
    if new.is_empty() {
        return Ok(rest);
    }
    let mut all = Vec::new();
    if !rest.is_none() {
        all.push(rest);
    }
    all.extend(new);
    if all.len() == 1 {
        return Ok(all[0]);
    }
    let m = vm.new_str("")?;
    let l = vm.new_list(all)?;
    vm.call(Value::Obj(vm.t.base_exception_group), &[m, l])
}
fn leaves(vm: &Vm, e: Value) -> Vec<ObjRef> {
    match eg_parts(vm, e) {
        Some((_, items)) => items.into_iter().flat_map(|i| leaves(vm, i)).collect(),
        None => e.as_obj().into_iter().collect(),
    }
}
fn project(vm: &mut Vm, e: Value, keep: &[Value]) -> PyResult<Value> {
    let Some((_, items)) = eg_parts(vm, e) else {
        return Ok(if keep.iter().any(|k| k.is(e)) { e } else { Value::None });
    };
    let mut out = Vec::new();
    for it in items {
        let p = project(vm, it, keep)?;
        if !p.is_none() {
            out.push(p);
        }
    }
    if out.is_empty() {
        return Ok(Value::None);
    }
    eg_derive_with(vm, e, out)
}

fn syntaxerror_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    exc_init(vm, Args::new(a.pos))?;
    let Some(e) = a.arg(0).as_obj() else { return Ok(Value::None) };
    if let Some(m) = a.get(1) {
        let k = vm.intern("msg");
        vm.set_exc_attr(e, k, m)?;
    }
    // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
    if let (3, Some(d)) = (a.pos.len(), a.get(2)) {
        let items = match vm.tuple_items(d) {
            Some(t) => t.to_vec(),
            None => vm.collect_iter(d)?,
        };
        if items.len() < 4 {
            return Err(vm.type_error(format!("function takes at least 4 arguments ({} given)", items.len())));
        }
        if items.len() > 6 {
            return Err(vm.type_error(format!("function takes at most 6 arguments ({} given)", items.len())));
        }
        if items.len() == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
        for (i, k) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().enumerate() {
            if let Some(v) = items.get(i) {
                let kr = vm.intern(k);
                vm.set_exc_attr(e, kr, *v)?;
            }
        }
    }
    Ok(Value::None)
}

fn syntaxerror_str(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let e = a.arg(0);
    let get = |vm: &mut Vm, n: &str| -> PyResult<Option<Value>> {
        let k = vm.intern(n);
        vm.getattr_opt(e, k)
    };
    let msg = match get(vm, "msg")? {
        Some(m) if !m.is_none() => vm.str_string(m)?,
        _ => return exc_str(vm, a),
    };
    let file = get(vm, "filename")?.and_then(|f| vm.str_of(f).map(|s| s.to_string()));
    let line = match get(vm, "lineno")? {
        Some(Value::Int(l)) => Some(l),
        _ => None,
    };
    let s = match (file, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
        (Some(f), None) => format!("{} ({})", msg, f),
        (None, Some(l)) => format!("{} (line {})", msg, l),
        (None, None) => msg,
    };
    vm.new_string(s)
}
