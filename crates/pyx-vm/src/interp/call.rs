//! Calling: Python functions (argument binding into a new frame), native
//! functions, bound methods, types (instance creation), and objects with
//! `__call__`.

use std::sync::Arc;

use crate::object::code::{CodeFlags, CodeObject};
use crate::interp::frame::{Frame, FrameKind, GenData, GenKind};
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Vm};

impl Vm {
    #[inline]
    pub fn call(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    pub fn call_kw(&mut self, f: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let Value::Obj(r) = f else {
            return Err(self.type_error(format!("'{}' object is not callable", self.type_name(f))));
        };
        match &self.heap.get(r).payload {
            Payload::Function(_) => self.call_function(r, args, kw),
            Payload::Native(_) => self.call_native(r, args, kw),
            Payload::Method(func, slf) => {
                let (func, slf) = (*func, *slf);
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(slf);
                v.extend_from_slice(args);
                self.call_kw(func, &v, kw)
            }
            Payload::Type(_) => self.type_call(r, args, kw),
            _ => {
                let class = self.heap.get(r).class;
                match crate::interp::typesys::lookup(self, class, self.n.__call__) {
                    Some(m) => {
                        let mut v = Vec::with_capacity(args.len() + 1);
                        v.push(f);
                        v.extend_from_slice(args);
                        self.enter_native()?;
                        let res = self.call_unbound_kw(m, &v, kw);
                        self.leave_native();
                        res
                    }
                    None => Err(self.type_error(format!(
                        "'{}' object is not callable",
                        self.type_name(f)
                    ))),
                }
            }
        }
    }

    /// Call an attribute found on a type (a function, native method,
    /// staticmethod, classmethod or other descriptor) on instance `slf`.
    pub fn call_unbound(&mut self, m: Value, slf: Value, args: &[Value]) -> PyResult<Value> {
        if args.len() < 4 {
            let mut buf = [Value::Null; 4];
            buf[0] = slf;
            buf[1..=args.len()].copy_from_slice(args);
            return self.call_unbound_kw(m, &buf[..=args.len()], &[]);
        }
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(slf);
        v.extend_from_slice(args);
        self.call_unbound_kw(m, &v, &[])
    }

    /// As `call_unbound` with `self` already first in `args`.
    pub fn call_unbound_kw(&mut self, m: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        match self.payload(m) {
            Some(Payload::Function(_)) => self.call_kw(m, args, kw),
            Some(Payload::Native(n)) if n.bound.is_null() && n.kind == NativeKind::Method => {
                let Value::Obj(r) = m else { return Ok(Value::None) };
                self.call_native(r, args, kw)
            }
            Some(Payload::StaticMethod(f)) => {
                let f = *f;
                self.call_kw(f, &args[1..], kw)
            }
            Some(Payload::ClassMethod(f)) => {
                let f = *f;
                let Some(&slf) = args.first() else { return Err(self.type_error("descriptor needs an argument")) };
                let mut v = args.to_vec();
                v[0] = Value::Obj(self.type_of(slf));
                self.call_kw(f, &v, kw)
            }
            _ => {
                let Some(&slf) = args.first() else { return Err(self.type_error("descriptor needs an argument")) };
                let t = self.type_of(slf);
                self.nested(|vm| {
                    let bound = vm.descr_get(m, slf, t)?;
                    vm.call_kw(bound, &args[1..], kw)
                })
            }
        }
    }

    // ----- Python functions ---------------------------------------------

    /// Call a Python function from native code (re-entrant).
    pub fn call_function(&mut self, func: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        // A call is a step, also from native code: a native loop that keeps
        // calling back into Python meets the step and time limits.
        self.tick(1)?;
        let ret_sp = self.stack.len();
        let frame = self.bind_frame(func, args, kw, ret_sp)?;
        let flags = self.code_caches[frame.ci as usize].code.flags;
        if flags.0 & (CodeFlags::GENERATOR.0 | CodeFlags::COROUTINE.0 | CodeFlags::ASYNC_GENERATOR.0) != 0 {
            return self.make_generator(frame);
        }
        self.enter_native()?;
        if self.frames.len() as u32 >= self.limits.max_recursion {
            self.stack.truncate(ret_sp);
            self.leave_native();
            return Err(self.recursion_error());
        }
        let mut frame = frame;
        frame.entry = true;
        self.frames.push(frame);
        let r = self.run();
        self.leave_native();
        match r {
            Ok(crate::interp::eval::Exit::Return(v)) => Ok(v),
            Ok(crate::interp::eval::Exit::Yield(_) | crate::interp::eval::Exit::Switch) => Err(self.runtime_error("unexpected yield")),
            Err(e) => Err(e),
        }
    }

    /// Wrap a freshly bound frame into a generator/coroutine object.
    pub fn make_generator(&mut self, frame: Frame) -> PyResult<Value> {
        let flags = self.code_caches[frame.ci as usize].code.flags;
        let kind = if flags.contains(CodeFlags::ASYNC_GENERATOR) {
            GenKind::AsyncGenerator
        } else if flags.contains(CodeFlags::COROUTINE) {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        // The frame's window becomes the generator's own value stack (its
        // locals at 0), with room for its operands.
        let mut saved = self.spare_stacks.pop().unwrap_or_default();
        if saved.capacity() == 0 {
            let code = &self.code_caches[frame.ci as usize].code;
            saved.reserve(self.stack.len() - frame.base + (code.max_stack_depth as usize).min(64) + 1);
        }
        saved.extend_from_slice(&self.stack[frame.base..]);
        let mut frame = frame;
        self.stack.truncate(frame.ret_sp.min(frame.base));
        frame.sp0 -= frame.base;
        frame.base = 0;
        frame.ret_sp = 0;
        let (name, qualname, iterable_coroutine) = match frame.func.map(|f| &self.heap.get(f).payload) {
            Some(Payload::Function(fd)) => (fd.name, fd.qualname, fd.iterable_coroutine && kind == GenKind::Generator),
            _ => (Value::None, Value::None, false),
        };
        let class = match kind {
            GenKind::Generator => self.t.generator,
            GenKind::Coroutine => self.t.coroutine,
            GenKind::AsyncGenerator => self.t.async_generator,
        };
        let gd = GenData {
            kind,
            frame: Some(frame),
            saved,
            delegates: Vec::new(),
            delegate_stacks: Vec::new(),
            delegate_exc: Value::None,
            parked_listed: false,
            chain_head: None,
            started: false,
            running: false,
            running_async: false,
            name,
            qualname,
            yield_from: Value::Null,
            exc_state: Value::None,
            iterable_coroutine,
            hooks_inited: false,
            finalizer: Value::None,
        };
        let g = self.alloc(class, Payload::Generator(Box::new(gd)))?;
        if let Payload::Generator(gd) = &mut self.heap.get_mut(g).payload {
            if let Some(f) = gd.frame.as_mut() {
                f.gen = Some(g);
            }
        }
        Ok(Value::Obj(g))
    }

    /// Bind arguments into a new frame whose locals start at the current
    /// top of the VM stack. The caller pushes it (or wraps it).
    pub fn bind_frame(&mut self, func: ObjRef, args: &[Value], kw: &[(Value, Value)], ret_sp: usize) -> PyResult<Frame> {
        let Payload::Function(fd) = &self.heap.get(func).payload else {
            return Err(self.type_error("not a function"));
        };
        let code = fd.code.clone();
        let (globals, builtins, defaults, kwdefaults, closure) = (fd.globals, fd.builtins, fd.defaults, fd.kwdefaults, fd.closure);
        let ci = fd.ci;
        let nlocals = code.varnames.len();
        let base = self.stack.len();
        let simple = kw.is_empty()
            && args.len() == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags.0 & (CodeFlags::VARARGS.0 | CodeFlags::VARKEYWORDS.0) == 0;
        if simple {
            self.stack.extend_from_slice(args);
            self.stack.resize(base + nlocals, Value::Null);
        } else {
            let locals = self.bind_args(func, &code, args, kw, defaults, kwdefaults)?;
            self.stack.extend_from_slice(&locals);
        }
        self.push_cells(&code, closure)?;
        let sp0 = self.stack.len();
        Ok(Frame {
            ci,
            pc: 0,
            lasti: 0,
            base,
            sp0,
            ret_sp,
            globals,
            builtins,
            locals_map: Value::Null,
            func: Some(func),
            gen: None,
            kind: FrameKind::Normal,
            entry: false,
            for_target: crate::interp::frame::NO_TARGET,
            outer_exc: Value::Null,
        })
    }

    pub fn push_cells(&mut self, code: &CodeObject, closure: Option<ObjRef>) -> PyResult<()> {
        for _ in 0..code.cellvars.len() {
            let c = self.alloc(self.t.cell, Payload::Cell(Value::Null))?;
            self.stack.push(Value::Obj(c));
        }
        let n = code.freevars.len();
        if n != 0 {
            // The closure's cells, read in place (no copy of the tuple).
            let cells: &[Value] = match closure.map(|c| &self.heap.get(c).payload) {
                Some(Payload::Tuple(t)) => t,
                _ => &[],
            };
            let have = cells.len().min(n);
            self.stack.extend_from_slice(&cells[..have]);
            self.stack.resize(self.stack.len() + (n - have), Value::Null);
        }
        Ok(())
    }

    fn func_qualname(&self, func: ObjRef) -> String {
        match &self.heap.get(func).payload {
            Payload::Function(fd) => self.str_of(fd.qualname).unwrap_or("?").to_string(),
            _ => "?".into(),
        }
    }

    pub fn bind_args(
        &mut self,
        func: ObjRef,
        code: &Arc<CodeObject>,
        args: &[Value],
        kw: &[(Value, Value)],
        defaults: Option<ObjRef>,
        kwdefaults: Option<ObjRef>,
    ) -> PyResult<Vec<Value>> {
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let total = argcount + kwonly;
        let has_varargs = code.flags.contains(CodeFlags::VARARGS);
        let has_varkw = code.flags.contains(CodeFlags::VARKEYWORDS);
        let mut locals = vec![Value::Null; code.varnames.len()];
        let n = args.len();
        for i in 0..n.min(argcount) {
            locals[i] = args[i];
        }
        if has_varargs {
            let rest = if n > argcount { args[argcount..].to_vec() } else { Vec::new() };
            locals[total] = self.new_tuple(rest)?;
        }
        let kwdict = if has_varkw {
            let d = self.new_dict()?;
            locals[total + has_varargs as usize] = Value::Obj(d);
            Some(d)
        } else {
            None
        };
        let defaults_v: Vec<Value> = match defaults.map(|d| &self.heap.get(d).payload) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if n > argcount && !has_varargs {
            let qn = self.func_qualname(func);
            let kwgiven = kw
                .iter()
                .filter(|(k, _)| {
                    let ks = self.str_of(*k).unwrap_or("");
                    code.varnames[argcount..total].iter().any(|v| &**v == ks)
                })
                .count();
            let takes = if defaults_v.is_empty() {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            } else {
                format!("from {} to {} positional arguments", argcount - defaults_v.len(), argcount)
            };
            let given = if kwgiven > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    n,
                    if n == 1 { "" } else { "s" },
                    kwgiven,
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", n, if n == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!("{}() takes {} but {}", qn, takes, given)));
        }
        let mut posonly_kw: Vec<String> = Vec::new();
        for &(k, v) in kw {
            let ks = self.str_of(k).unwrap_or("").to_string();
            let idx = code.varnames[posonly..total].iter().position(|n| **n == *ks).map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if !locals[i].is_null() {
                        let qn = self.func_qualname(func);
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qn, ks
                        )));
                    }
                    locals[i] = v;
                }
                None => {
                    if let Some(d) = kwdict {
                        self.dict_set(d, k, v)?;
                    } else if code.varnames[..posonly].iter().any(|n| **n == *ks) {
                        posonly_kw.push(ks);
                    } else {
                        let qn = self.func_qualname(func);
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qn, ks
                        )));
                    }
                }
            }
        }
        if !posonly_kw.is_empty() {
            let qn = self.func_qualname(func);
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qn,
                posonly_kw.join(", ")
            )));
        }
        // Defaults for missing positionals.
        let first_default = argcount.saturating_sub(defaults_v.len());
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = defaults_v[i - first_default];
                } else {
                    missing.push(format!("'{}'", code.varnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            let qn = self.func_qualname(func);
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qn,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        for i in argcount..total {
            if locals[i].is_null() {
                let name = code.varnames[i].to_string();
                let d = match kwdefaults {
                    Some(kd) => {
                        let key = self.intern(&name);
                        self.dict_get_str(kd, key)
                    }
                    None => None,
                };
                match d {
                    Some(v) => locals[i] = v,
                    None => missing.push(format!("'{}'", name)),
                }
            }
        }
        if !missing.is_empty() {
            let qn = self.func_qualname(func);
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qn,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(locals)
    }

    // ----- types ----------------------------------------------------------

    pub fn type_call(&mut self, t: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if t == self.t.type_ && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Obj(self.type_of(args[0])));
        }
        if t == self.t.str && args.len() == 1 && kw.is_empty() {
            // What str.__new__(str, x) does (str's metaclass is `type` and
            // its __init__ is object's).
            return self.to_str(args[0]);
        }
        // `int(x)`, `float(x)`, `range(n)` of plain numbers, as their
        // `__new__` would make them (go, chaos: a native call through the
        // argument binder cost some 600 instructions a call).
        if kw.is_empty() {
            if let [x] = *args {
                if t == self.t.int {
                    match x {
                        Value::Int(_) => return Ok(x),
                        Value::Bool(b) => return Ok(Value::Int(b as i64)),
                        // Below 2**63 in magnitude: the truncation fits.
                        Value::Float(f) if f.abs() < 9.0e18 => return Ok(Value::Int(f.trunc() as i64)),
                        _ => {}
                    }
                } else if t == self.t.float {
                    match x {
                        Value::Float(_) => return Ok(x),
                        // Rounded to nearest, ties to even, as int.__float__.
                        Value::Int(i) => return Ok(Value::Float(i as f64)),
                        Value::Bool(b) => return Ok(Value::Float(if b { 1.0 } else { 0.0 })),
                        _ => {}
                    }
                }
                if let Some(r) = self.construct_collection(t, x) {
                    return r;
                }
            }
            if t == self.t.range {
                if let Some(r) = crate::builtins::types::range::range_of_ints(self, args) {
                    return r;
                }
            }
        }
        let meta = self.heap.get(t).class;
        if meta != self.t.type_ {
            // A metaclass may override __call__.
            if let Some(m) = crate::interp::typesys::lookup(self, meta, self.n.__call__) {
                if !self.is_native_fn(m, crate::builtins::types::object::type_call_native) {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Value::Obj(t));
                    v.extend_from_slice(args);
                    return self.call_unbound_kw(m, &v, kw);
                }
            }
        }
        self.type_call_default(t, args, kw)
    }

    pub fn type_call_default(&mut self, t: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let new = crate::interp::typesys::lookup(self, t, self.n.__new__);
        // [cls, args...] for `__new__`, then [obj, args...] for `__init__`:
        // on the Rust stack for a few arguments (a heap vector was a
        // fifth of a `range(n)` call's cost).
        let mut small = [Value::Null; 9];
        let mut big = Vec::new();
        let v: &mut [Value] = if args.len() < small.len() {
            small[1..=args.len()].copy_from_slice(args);
            &mut small[..=args.len()]
        } else {
            big.reserve_exact(args.len() + 1);
            big.push(Value::Null);
            big.extend_from_slice(args);
            &mut big[..]
        };
        v[0] = Value::Obj(t);
        let obj = match new {
            Some(n) if self.is_native_fn(n, crate::builtins::types::object::object_new) => {
                crate::builtins::types::object::object_new_checked(self, t, args, kw)?
            }
            Some(n) => {
                let f = match self.payload(n) {
                    Some(Payload::StaticMethod(f)) => *f,
                    _ => n,
                };
                self.call_kw(f, v, kw)?
            }
            None => crate::builtins::types::object::object_new_checked(self, t, args, kw)?,
        };
        // __init__ runs only if __new__ returned an instance of t.
        let ot = self.type_of(obj);
        if !self.is_subtype(ot, t) {
            return Ok(obj);
        }
        if let Some(init) = crate::interp::typesys::lookup(self, ot, self.n.__init__) {
            if self.is_native_fn(init, crate::builtins::types::object::object_init) {
                return Ok(obj);
            }
            v[0] = obj;
            let r = self.call_unbound_kw(init, v, kw)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(r)
                )));
            }
        }
        Ok(obj)
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists names.
pub fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}
