//! The `interpreter` module: Python code creates child interpreters with a
//! subset of its own authority (DESIGN §2.6).
//!
//! ```python
//! import interpreter
//! child = interpreter.new(builtins=['print', 'len'], caps={'data': data},
//!                         modules=['math'], max_steps=10_000, max_memory=1 << 20)
//! child.run("x = 1 + 1")
//! child.eval("x * 21")          # 42
//! child.call('f', 1, 2)
//! child.set('y', [1, 2])
//! ```
//!
//! * **Narrowing only.** A built-in is granted only when the creator has
//!   it, as the genuine built-in (a value Python code put under that name
//!   is refused) or as a capability (host object), which is then shared.
//!   `caps` values must be capabilities the creator holds. A module is
//!   granted only when the creator could import it. Limits can only be
//!   equal to or tighter than what the creator has left; the child's
//!   memory is reserved from the creator's budget for the child's life.
//! * **Copies only.** Arguments, results and `set` values cross as plain
//!   data (None, bool, int, float, str, bytes, list, tuple, dict, set,
//!   frozenset);
//!   exceptions come back as a fresh `interpreter.ChildError` carrying
//!   `type_name`, `message` and `traceback` text.
//! * **Limits.** A child that hits one of its limits raises
//!   `interpreter.LimitExceeded` (a `ChildError`, `.limit` names which) in
//!   the creator; the creator's own limits stay uncatchable: the child's
//!   steps and output are charged to the creator, and when the creator is
//!   interrupted (deadline) the child stops and the creator terminates.
//! * **Output.** The child's stdout/stderr are written to the creator's
//!   `sys.stdout`/`sys.stderr` when each `run`/`eval`/`call` returns.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use pyx_vm::host::{self, host_ref, new_host_function, new_host_object, register_module, set_builtin, HostObject};
use pyx_vm::Termination;
use pyx_vm::Payload;
use pyx_vm::{Args, PyResult, Unwind, Vm};
use pyx_vm::{ObjRef, Value};

use super::data::{from_data, to_data, Data};
use super::{Error, Interpreter, Limit, Output};

const CHILD_ERROR: &str = "interpreter.ChildError";
const LIMIT_EXCEEDED: &str = "interpreter.LimitExceeded";
/// Memory of a child when `max_memory` is not given: this much, or half
/// of what the creator has left if that is less.
pub const DEFAULT_CHILD_MEMORY: usize = 32 << 20;
/// Output of a child per run when `max_output` is not given (it is
/// buffered until the run returns).
pub const DEFAULT_CHILD_OUTPUT: usize = 8 << 20;
/// Native re-entry levels a nested interpreter costs its creator.
const NEST_MARGIN: u32 = 16;
/// Fewest native re-entry levels a child is given (else `RecursionError`).
const MIN_NATIVE_DEPTH: u32 = 16;
/// Steps charged to the creator for making a child.
const NEW_COST: u64 = 1000;

/// Install `interpreter` in `vm`'s `sys.modules`.
pub(crate) fn install(vm: &mut Vm) -> PyResult<()> {
    let exc = vm.types().exception;
    let child_error = make_class(vm, "ChildError", exc)?;
    host::register_named(vm, CHILD_ERROR, child_error);
    let limit_exceeded = make_class(vm, "LimitExceeded", child_error)?;
    host::register_named(vm, LIMIT_EXCEEDED, limit_exceeded);
    let newf = new_host_function(vm, "new", new_child)?;
    register_module(
        vm,
        "interpreter",
        vec![
            ("new".to_string(), newf),
            ("ChildError".to_string(), Value::Obj(child_error)),
            ("LimitExceeded".to_string(), Value::Obj(limit_exceeded)),
        ],
    )?;
    Ok(())
}

fn make_class(vm: &mut Vm, name: &str, base: ObjRef) -> PyResult<ObjRef> {
    let n = vm.new_str(name)?;
    let bases = vm.new_tuple(vec![Value::Obj(base)])?;
    let ns = vm.new_dict()?;
    let mk = vm.intern("__module__");
    let mv = vm.intern("interpreter");
    vm.dict_set(ns, Value::Obj(mk), Value::Obj(mv))?;
    let ty = Value::Obj(vm.types().type_);
    match vm.call(ty, &[n, bases, Value::Obj(ns)])? {
        Value::Obj(r) => Ok(r),
        _ => Err(vm.runtime_error("could not make an exception class")),
    }
}

fn kw(vm: &Vm, a: &Args<'_>, name: &str) -> Value {
    a.kw.iter().find(|(k, _)| vm.str_of(*k) == Some(name)).map(|(_, v)| *v).unwrap_or(Value::None)
}

fn opt_int(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<u64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) if i >= 0 => Ok(Some(i as u64)),
        Value::Bool(_) => Err(vm.type_error(format!("new(): {what} must be an int"))),
        Value::Int(_) => Err(vm.value_error(format!("new(): {what} must not be negative"))),
        _ => Err(vm.type_error(format!("new(): {what} must be an int, not '{}'", vm.type_name(v)))),
    }
}

fn str_list(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<Vec<String>>> {
    if v.is_none() {
        return Ok(None);
    }
    let items = vm.collect_iter(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match vm.str_of(it) {
            Some(s) => out.push(s.to_string()),
            None => return Err(vm.type_error(format!("new(): {what} must be a list of str, not containing '{}'", vm.type_name(it)))),
        }
    }
    Ok(Some(out))
}

/// A narrower limit: the child's wish, which may not exceed what the
/// creator has (`None`: unlimited).
fn narrow<T: Ord + Copy + std::fmt::Display>(vm: &mut Vm, wish: Option<T>, have: Option<T>, what: &str) -> PyResult<Option<T>> {
    match (wish, have) {
        (Some(w), Some(h)) if w > h => Err(vm.value_error(format!("new(): {what}={w} exceeds the creator's remaining {h}"))),
        (Some(w), _) => Ok(Some(w)),
        (None, h) => Ok(h),
    }
}

fn native_depth_left(vm: &mut Vm) -> PyResult<u32> {
    let d = vm.native_depth_left().saturating_sub(NEST_MARGIN);
    if d < MIN_NATIVE_DEPTH {
        return Err(vm.recursion_error());
    }
    Ok(d)
}

/// `interpreter.new(*, builtins=None, modules=None, caps=None, max_memory=None,
/// max_steps=None, max_time=None, max_recursion=None, max_output=None,
/// max_int_bits=None)`.
fn new_child(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if !a.pos.is_empty() {
        return Err(vm.type_error("new() takes only keyword arguments"));
    }
    const KNOWN: &[&str] =
        &["builtins", "modules", "caps", "max_memory", "max_steps", "max_time", "max_recursion", "max_output", "max_int_bits"];
    for (k, _) in a.kw {
        let name = vm.str_of(*k).unwrap_or("").to_string();
        if !KNOWN.contains(&name.as_str()) {
            return Err(vm.type_error(format!("new() got an unexpected keyword argument '{name}'")));
        }
    }
    vm.tick(NEW_COST)?;
    let builtins = str_list(vm, kw(vm, &a, "builtins"), "builtins")?;
    let modules = str_list(vm, kw(vm, &a, "modules"), "modules")?;
    let caps_v = kw(vm, &a, "caps");

    // Limits: equal or tighter than what the creator has left.
    let mem_have = vm.memory_left();
    let mem_wish = opt_int(vm, kw(vm, &a, "max_memory"), "max_memory")?.map(|m| m.min(usize::MAX as u64) as usize);
    // Leave the creator room to go on.
    let mem_have_grant = mem_have.map(|m| m.saturating_sub(m / 16));
    let max_memory = match narrow(vm, mem_wish, mem_have_grant, "max_memory")? {
        Some(m) if mem_wish.is_some() => m,
        Some(m) => m.min(mem_have.map(|h| h / 2).unwrap_or(usize::MAX)).min(DEFAULT_CHILD_MEMORY),
        None => DEFAULT_CHILD_MEMORY,
    };
    let steps_wish = opt_int(vm, kw(vm, &a, "max_steps"), "max_steps")?;
    let max_steps = narrow(vm, steps_wish, vm.steps_left(), "max_steps")?;
    let out_wish = opt_int(vm, kw(vm, &a, "max_output"), "max_output")?.map(|m| m.min(usize::MAX as u64) as usize);
    let max_output = narrow(vm, out_wish, vm.output_left(), "max_output")?.map(|o| o.min(out_wish.unwrap_or(DEFAULT_CHILD_OUTPUT)));
    let max_output = max_output.unwrap_or(DEFAULT_CHILD_OUTPUT);
    let rec_wish = opt_int(vm, kw(vm, &a, "max_recursion"), "max_recursion")?.map(|r| r.min(u32::MAX as u64) as u32);
    let max_recursion = narrow(vm, rec_wish, Some(vm.limits().max_recursion), "max_recursion")?.unwrap_or(vm.limits().max_recursion);
    let bits_wish = opt_int(vm, kw(vm, &a, "max_int_bits"), "max_int_bits")?;
    let max_int_bits = narrow(vm, bits_wish, Some(vm.limits().max_int_bits), "max_int_bits")?.unwrap_or(vm.limits().max_int_bits);
    let max_time = match kw(vm, &a, "max_time") {
        Value::None => None,
        Value::Int(i) if i >= 0 => Some(Duration::from_secs(i as u64)),
        Value::Float(f) if f >= 0.0 && f.is_finite() && f < 1e9 => Some(Duration::from_secs_f64(f)),
        v => return Err(vm.value_error(format!("new(): max_time must be a non-negative number of seconds, not '{}'", vm.type_name(v)))),
    };
    let native_depth = native_depth_left(vm)?;

    // Modules: only what the creator could import itself.
    let modules = match modules {
        Some(m) => m,
        None if sys_present(vm) => vec!["sys".to_string()],
        None => Vec::new(),
    };
    let mut want_sys = false;
    let mut want_interp = false;
    let mut loadable = Vec::new();
    let mut copied: Vec<(String, Vec<(String, ModValue)>)> = Vec::new();
    for m in &modules {
        if m.is_empty() || m.contains('.') {
            return Err(vm.value_error(format!("new(): cannot grant module '{m}': give top-level names")));
        }
        match m.as_str() {
            "sys" if sys_present(vm) => want_sys = true,
            "interpreter" if host::named(vm, CHILD_ERROR).is_some() && module_present(vm, "interpreter") => want_interp = true,
            _ => {
                if let Some(attrs) = host_module_attrs(vm, m)? {
                    copied.push((m.clone(), attrs));
                } else if vm.module_available(m) {
                    loadable.push(m.clone());
                } else {
                    return Err(vm.exc_msg(
                        vm.types().module_not_found_error,
                        format!("new(): cannot grant module '{m}': the creator cannot import it"),
                    ));
                }
            }
        }
    }

    // Capabilities: host objects the creator holds.
    let mut caps: Vec<(String, Arc<dyn HostObject>)> = Vec::new();
    if !caps_v.is_none() {
        let pairs = match vm.payload(caps_v) {
            Some(Payload::Dict(d)) => d.items(),
            _ => return Err(vm.type_error(format!("new(): caps must be a dict, not '{}'", vm.type_name(caps_v)))),
        };
        for (k, v) in pairs {
            let Some(name) = vm.str_of(k).map(str::to_string) else {
                return Err(vm.type_error("new(): caps keys must be str"));
            };
            match host_ref(vm, v) {
                Some(h) => caps.push((name, h)),
                None => {
                    return Err(vm.type_error(format!(
                        "new(): caps['{name}'] must be a capability (a host object), not '{}'",
                        vm.type_name(v)
                    )))
                }
            }
        }
    }

    // Build the child.
    let outer = vm.interrupt_flags();
    let mut b = Interpreter::builder()
        .max_memory(max_memory)
        .max_recursion(max_recursion)
        .max_int_bits(max_int_bits)
        .max_native_depth(native_depth)
        .max_output(max_output)
        .stdout(Output::Capture)
        .stderr(Output::Capture)
        // No clock of its own unless asked: the creator's deadline and
        // interrupt stop the child too.
        .no_time_limit()
        .hash_seed(vm.hash_seed());
    if let Some(s) = max_steps {
        b = b.max_steps(s);
    }
    if let Some(t) = max_time {
        b = b.max_time(t);
    }
    if !want_sys {
        b = b.no_sys();
    }
    b.limits.outer_interrupts = outer;
    b.interpreter_module = want_interp;
    let mut child = match b.build() {
        Ok(c) => c,
        Err(Error::Limit(l)) => return Err(limit_exceeded(vm, l)),
        Err(e) => return Err(vm.runtime_error(format!("new(): {e}"))),
    };
    let r = configure(vm, &mut child, builtins.as_deref(), &caps, &copied, loadable);
    if let Err(e) = r {
        return Err(match e {
            Grant::Parent(u) => u,
            Grant::Child(Unwind::Terminate(t)) => limit_exceeded(vm, termination_limit(t)),
            Grant::Child(Unwind::Exception(_)) => vm.runtime_error("new(): could not set up the child interpreter"),
        });
    }
    child.vm.unpin_all();
    let handle = Child {
        state: Mutex::new(child),
        reserved: max_memory,
        max_steps,
        max_output,
        native_depth,
    };
    // The handle carries the child's reserved memory as its size: the
    // creator's budget pays for it until the handle is collected.
    new_host_object(vm, Arc::new(handle))
}

enum Grant {
    Parent(Unwind),
    Child(Unwind),
}

fn sys_present(vm: &mut Vm) -> bool {
    module_present(vm, "sys")
}

fn module_present(vm: &mut Vm, name: &str) -> bool {
    let Ok(k) = vm.new_str(name) else { return false };
    let mods = vm.modules_dict();
    matches!(vm.dict_get(mods, k), Ok(Some(_)))
}

/// A value of a host module, as the child gets it.
enum ModValue {
    Cap(Arc<dyn HostObject>),
    Data(Data),
}

/// The shareable attributes of `name` when the creator has it in
/// `sys.modules` as a host module (no `__file__`: not loaded from source).
fn host_module_attrs(vm: &mut Vm, name: &str) -> PyResult<Option<Vec<(String, ModValue)>>> {
    let k = vm.new_str(name)?;
    let mods = vm.modules_dict();
    let Some(Value::Obj(m)) = vm.dict_get(mods, k)? else { return Ok(None) };
    if !matches!(vm.payload(Value::Obj(m)), Some(Payload::Module(_))) {
        return Ok(None);
    }
    let Some(d) = vm.attr_dict(m) else { return Ok(None) };
    let items = match vm.payload(Value::Obj(d)) {
        Some(Payload::Dict(dd)) => dd.items(),
        _ => return Ok(None),
    };
    let file = vm.names().__file__;
    if items.iter().any(|(k, _)| k.is(Value::Obj(file)) || vm.str_of(*k) == Some("__file__")) {
        return Ok(None);
    }
    let mut out = Vec::new();
    for (k, v) in items {
        let Some(key) = vm.str_of(k).map(str::to_string) else { continue };
        if key.starts_with("__") {
            continue;
        }
        if let Some(h) = host_ref(vm, v) {
            out.push((key, ModValue::Cap(h)));
        } else if let Ok(d) = to_data(vm, v) {
            out.push((key, ModValue::Data(d)));
        }
    }
    Ok(Some(out))
}

fn builtin_names(vm: &mut Vm) -> Vec<(String, Value)> {
    let b = vm.builtins_dict();
    let items = match vm.payload(Value::Obj(b)) {
        Some(Payload::Dict(d)) => d.items(),
        _ => Vec::new(),
    };
    items.into_iter().filter_map(|(k, v)| vm.str_of(k).map(|s| (s.to_string(), v))).collect()
}

fn lookup_builtin(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let k = Value::Obj(vm.intern(name));
    let b = vm.builtins_dict();
    vm.dict_get(b, k)
}

/// Give the child its built-ins, capabilities and modules.
fn configure(
    vm: &mut Vm,
    child: &mut Interpreter,
    builtins: Option<&[String]>,
    caps: &[(String, Arc<dyn HostObject>)],
    copied: &[(String, Vec<(String, ModValue)>)],
    loadable: Vec<String>,
) -> Result<(), Grant> {
    let cvm = &mut *child.vm;
    let fresh = builtin_names(cvm);
    let explicit = builtins.is_some();
    let mut wanted: Vec<String> = match builtins {
        Some(l) => l.to_vec(),
        None => fresh.iter().map(|(n, _)| n.clone()).collect(),
    };
    // Always there (pure, and needed by ordinary code): `__name__`,
    // `__build_class__` and the built-in exception classes.
    let base_exc = cvm.types().base_exception;
    let always: Vec<String> = fresh
        .iter()
        .filter(|(n, v)| n == "__name__" || n == "__build_class__" || matches!(v, Value::Obj(r) if cvm.is_type(*v) && cvm.is_subtype(*r, base_exc)))
        .map(|(n, _)| n.clone())
        .collect();
    for a in &always {
        if !wanted.contains(a) {
            wanted.push(a.clone());
        }
    }
    let mut keep: Vec<String> = Vec::new();
    for name in &wanted {
        let implicit = !explicit || always.contains(name);
        let parent_v = lookup_builtin(vm, name).map_err(Grant::Parent)?;
        let Some(p) = parent_v else {
            if implicit {
                continue;
            }
            return Err(Grant::Parent(vm.value_error(format!("new(): cannot grant built-in '{name}': the creator does not have it"))));
        };
        if let Some(h) = host_ref(vm, p) {
            if !explicit {
                // Capabilities are passed only when named.
                continue;
            }
            let v = new_host_object(cvm, h).map_err(Grant::Child)?;
            set_builtin(cvm, name, Some(v)).map_err(Grant::Child)?;
            keep.push(name.clone());
            continue;
        }
        let c = fresh.iter().find(|(n, _)| n == name).map(|(_, v)| *v);
        // The creator's `__import__` is its importer's once it has imported
        // something: the child gets its own (narrowed) import system.
        let own_importer = name == "__import__" && vm.is_own_import(p);
        match c {
            Some(_) if own_importer => keep.push(name.clone()),
            Some(c) if host::is_pristine_builtin(vm, p, cvm, c) => keep.push(name.clone()),
            _ if implicit => {}
            _ => {
                return Err(Grant::Parent(vm.value_error(format!(
                    "new(): cannot grant built-in '{name}': the creator's '{name}' is not a built-in or a capability"
                ))))
            }
        }
    }
    for (name, _) in &fresh {
        if !keep.contains(name) {
            set_builtin(cvm, name, None).map_err(Grant::Child)?;
        }
    }
    for (name, h) in caps {
        let v = new_host_object(cvm, h.clone()).map_err(Grant::Child)?;
        set_builtin(cvm, name, Some(v)).map_err(Grant::Child)?;
    }
    for (name, attrs) in copied {
        cvm.with_roots(&[], |cvm, held| {
            let mut vals = Vec::with_capacity(attrs.len());
            for (k, mv) in attrs {
                let v = match mv {
                    ModValue::Cap(h) => new_host_object(cvm, h.clone()),
                    ModValue::Data(d) => from_data(cvm, d),
                }?;
                held.push(cvm, v);
                vals.push((k.clone(), v));
            }
            register_module(cvm, name, vals)
        })
        .map_err(Grant::Child)?;
    }
    cvm.set_import_setup(vm.child_import_setup(&loadable));
    Ok(())
}

fn termination_limit(t: Termination) -> Limit {
    match t {
        Termination::Memory => Limit::Memory,
        Termination::Steps => Limit::Steps,
        Termination::Output => Limit::Output,
        Termination::IntSize => Limit::IntSize,
        Termination::Interrupted => Limit::Interrupted,
    }
}

fn limit_name(l: Limit) -> &'static str {
    match l {
        Limit::Memory => "memory",
        Limit::Steps => "steps",
        Limit::Time => "time",
        Limit::Output => "output",
        Limit::IntSize => "intsize",
        Limit::Interrupted => "interrupted",
    }
}

fn make_error(vm: &mut Vm, key: &str, type_name: &str, message: &str, traceback: &str, limit: Option<Limit>) -> Unwind {
    let Some(cls) = host::named(vm, key) else {
        return vm.runtime_error(format!("{type_name}: {message}"));
    };
    let text = if message.is_empty() { type_name.to_string() } else { format!("{type_name}: {message}") };
    let r = (|| -> PyResult<ObjRef> {
        let e = vm.new_exception_msg(cls, &text)?;
        let fields: [(&str, &str); 3] = [("type_name", type_name), ("message", message), ("traceback", traceback)];
        for (k, v) in fields {
            let kr = vm.intern(k);
            let sv = vm.new_str(v)?;
            vm.set_exc_attr(e, kr, sv)?;
        }
        let kr = vm.intern("limit");
        let lv = match limit {
            Some(l) => Value::Obj(vm.intern(limit_name(l))),
            None => Value::None,
        };
        vm.set_exc_attr(e, kr, lv)?;
        Ok(e)
    })();
    match r {
        Ok(e) => Unwind::Exception(e),
        Err(u) => u,
    }
}

fn limit_exceeded(vm: &mut Vm, l: Limit) -> Unwind {
    make_error(vm, LIMIT_EXCEEDED, "LimitExceeded", &format!("child interpreter: {l}"), "", Some(l))
}

fn creator_interrupted(vm: &Vm) -> bool {
    vm.interrupted()
}

/// A child interpreter as its creator sees it.
struct Child {
    state: Mutex<Interpreter>,
    /// Bytes of the creator's budget the child's heap may use.
    reserved: usize,
    max_steps: Option<u64>,
    max_output: usize,
    native_depth: u32,
}

const CHILD_METHODS: &[&str] = &["run", "eval", "call", "set"];

impl Child {
    fn op(&self, vm: &mut Vm, f: impl FnOnce(&mut Interpreter) -> Result<Data, Error>) -> PyResult<Value> {
        let Ok(mut child) = self.state.try_lock() else {
            return Err(vm.runtime_error("the interpreter is already running (a child cannot run its own creator)"));
        };
        // Per-run limits, narrowed to what the creator has left now.
        let steps = match (self.max_steps, vm.steps_left()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let native_depth = native_depth_left(vm)?.min(self.native_depth);
        // The child's output is buffered in host memory until the run
        // returns, then written out through the creator: it may not pass
        // what the creator's memory budget has room for (the buffer and
        // its copy on the way out).
        let room = vm.memory_left().map_or(usize::MAX, |m| m / 2);
        let out_cap = vm.output_left().map_or(self.max_output, |o| o.min(self.max_output)).min(room);
        child.vm.set_run_limits(steps, Some(out_cap), native_depth);
        let r = f(&mut child);
        let used = match steps {
            Some(s) => s.saturating_sub(child.vm.steps_left().unwrap_or(0)),
            None => 0,
        };
        let out = child.take_stdout();
        let err = child.take_stderr();
        drop(child);
        if let Err(Error::Limit(Limit::Interrupted | Limit::Time)) = &r {
            if creator_interrupted(vm) {
                return Err(Unwind::Terminate(Termination::Interrupted));
            }
        }
        // The creator pays for the child's steps and output; its own limits
        // end it uncatchably.
        vm.tick(used)?;
        if !out.is_empty() {
            vm.write_sys_stream(&out, false)?;
        }
        if !err.is_empty() {
            vm.write_sys_stream(&err, true)?;
        }
        match r {
            Ok(d) => from_data(vm, &d),
            Err(Error::Limit(l)) => Err(limit_exceeded(vm, l)),
            Err(Error::Exception { type_name, message, traceback }) => {
                Err(make_error(vm, CHILD_ERROR, &type_name, &message, &traceback, None))
            }
            Err(Error::Exit(c)) => Err(make_error(vm, CHILD_ERROR, "SystemExit", &c.to_string(), "", None)),
            Err(Error::Host(m)) => Err(make_error(vm, CHILD_ERROR, host_problem_type(&m), &m, "", None)),
            // The child is retired (a caught panic); its creator goes on.
            Err(Error::Internal(m)) => Err(make_error(vm, CHILD_ERROR, "SystemError", &m, "", None)),
        }
    }
}

/// The Python exception type a creator sees for a host-side problem of
/// its child (what the same mistake raises in Python itself).
fn host_problem_type(message: &str) -> &'static str {
    if message.contains("not plain data") {
        "TypeError"
    } else if message.contains("no function named") || message.contains("no global or module named") {
        "NameError"
    } else if message.contains("no attribute") {
        "AttributeError"
    } else {
        "RuntimeError"
    }
}

fn arg_str(vm: &mut Vm, a: &Args<'_>, i: usize, method: &str) -> PyResult<String> {
    let v = a.get(i).unwrap_or(Value::None);
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{method}(): argument {} must be str, not '{}'", i + 1, vm.type_name(v)))),
    }
}

fn plain(vm: &mut Vm, v: Value, method: &str) -> PyResult<Data> {
    match to_data(vm, v) {
        Ok(d) => Ok(d),
        Err(Unwind::Exception(_)) => Err(vm.type_error(format!(
            "{method}(): only plain data (None, bool, int, float, str, bytes, list, tuple, dict, set, frozenset) crosses to a child, not '{}'",
            vm.type_name(v)
        ))),
        Err(e) => Err(e),
    }
}

impl HostObject for Child {
    fn class_name(&self) -> &'static str {
        "Interpreter"
    }
    fn methods(&self) -> &'static [&'static str] {
        CHILD_METHODS
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        if !a.kw.is_empty() {
            return Err(vm.type_error("interpreter methods take no keyword arguments"));
        }
        match CHILD_METHODS.get(index).copied() {
            Some("run") => {
                let src = arg_str(vm, &a, 0, "run")?;
                let name = match a.get(1) {
                    Some(_) => arg_str(vm, &a, 1, "run")?,
                    None => "<child>".to_string(),
                };
                self.op(vm, |c| c.run(&src, &name).map(|_| Data::None))
            }
            Some("eval") => {
                let src = arg_str(vm, &a, 0, "eval")?;
                self.op(vm, |c| c.eval::<Data>(&src))
            }
            Some("call") => {
                let name = arg_str(vm, &a, 0, "call")?;
                let mut args = Vec::new();
                for v in a.pos.iter().skip(1) {
                    args.push(plain(vm, *v, "call")?);
                }
                self.op(vm, |c| c.call::<Data>(&name, args))
            }
            Some("set") => {
                let name = arg_str(vm, &a, 0, "set")?;
                let v = a.get(1).unwrap_or(Value::None);
                let d = plain(vm, v, "set")?;
                self.op(vm, |c| c.set(&name, d).map(|_| Data::None))
            }
            _ => Err(vm.type_error("no such method")),
        }
    }
    fn repr(&self) -> String {
        "<interpreter.Interpreter>".to_string()
    }
    fn size(&self) -> usize {
        self.reserved.saturating_add(4096)
    }
}
