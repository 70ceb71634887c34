//! The mini `sys` module (seed: "Making the sys Module Safe"): only the
//! safe, per-interpreter attributes. No `_getframe`, `settrace`,
//! `setprofile`, `prefix`, host `path` (`executable` is empty); `argv` and `platform`
//! only as the host sets them (`platform` is 'pyx' otherwise).

use std::sync::Arc;

use crate::interp::host::{from_data, new_host_object, register_module, Data, HostObject};
use crate::interp::native::{kw, noargs, one, pos, NativeDef};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// What the host chooses to show in `sys`.
#[derive(Clone, Debug, Default)]
pub struct SysConfig {
    pub argv: Vec<String>,
    /// `sys.platform`; absent unless the host sets it.
    pub platform: Option<String>,
}

/// `sys.stdout` / `sys.stderr`: write to the interpreter's sinks.
struct Stream {
    err: bool,
}

impl HostObject for Stream {
    fn class_name(&self) -> &'static str {
        "TextIOWrapper"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["write", "flush", "writable", "readable", "isatty"]
    }
    fn call_method(&self, vm: &mut Vm, index: usize, args: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let v = args.get(0).unwrap_or(Value::None);
                match v {
                    Value::Obj(r) if vm.str_of(v).is_some() => Ok(Value::Int(vm.write_stream_str(r, self.err)? as i64)),
                    _ => Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(v)))),
                }
            }
            1 => {
                if self.err {
                    vm.stderr.flush()
                } else {
                    vm.stdout.flush()
                }
                Ok(Value::None)
            }
            2 => Ok(Value::Bool(true)),
            _ => Ok(Value::Bool(false)),
        }
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "name" => Some(vm.new_str(if self.err { "<stderr>" } else { "<stdout>" })),
            "encoding" => Some(vm.new_str("utf-8")),
            "closed" => Some(Ok(Value::Bool(false))),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        format!("<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>", if self.err { "<stderr>" } else { "<stdout>" })
    }
}

/// A read-only record of constants (`sys.hash_info`, `sys.float_info`,
/// `sys.int_info`, `sys.implementation`): fields by name, and a repr like
/// CPython's struct sequences.
struct Record {
    class: &'static str,
    fields: Vec<(&'static str, Data)>,
}

impl HostObject for Record {
    fn class_name(&self) -> &'static str {
        self.class
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let (_, d) = self.fields.iter().find(|(n, _)| *n == name)?;
        Some(from_data(vm, d))
    }
    fn repr(&self) -> String {
        let parts: Vec<String> = self.fields.iter().map(|(n, d)| format!("{}={}", n, data_repr(d))).collect();
        let shown = if self.class == "SimpleNamespace" { "namespace" } else { self.class };
        format!("{}({})", shown, parts.join(", "))
    }
}

/// The Python repr of the constants records hold.
fn data_repr(d: &Data) -> String {
    match d {
        Data::Int(i) => i.to_string(),
        Data::Float(f) => pyx_text::float_repr::repr_float(*f),
        Data::Str(s) => pyx_text::repr::repr_str(s),
        Data::None => "None".into(),
        Data::Bool(b) => if *b { "True" } else { "False" }.into(),
        Data::Tuple(items) => format!("({})", items.iter().map(data_repr).collect::<Vec<_>>().join(", ")),
        other => format!("{:?}", other),
    }
}

fn records() -> Vec<(&'static str, Record)> {
    use Data::{Float as F, Int as I};
    vec![
        (
            "hash_info",
            Record {
                class: "sys.hash_info",
                fields: vec![
                    ("width", I(64)),
                    ("modulus", I((1 << 61) - 1)),
                    ("inf", I(314159)),
                    ("nan", I(0)),
                    ("imag", I(1000003)),
                    ("algorithm", Data::Str("siphash13".into())),
                    ("hash_bits", I(64)),
                    ("seed_bits", I(128)),
                    ("cutoff", I(0)),
                ],
            },
        ),
        (
            "float_info",
            Record {
                class: "sys.float_info",
                fields: vec![
                    ("max", F(f64::MAX)),
                    ("max_exp", I(1024)),
                    ("max_10_exp", I(308)),
                    ("min", F(f64::MIN_POSITIVE)),
                    ("min_exp", I(-1021)),
                    ("min_10_exp", I(-307)),
                    ("dig", I(15)),
                    ("mant_dig", I(53)),
                    ("epsilon", F(f64::EPSILON)),
                    ("radix", I(2)),
                    ("rounds", I(1)),
                ],
            },
        ),
        (
            "int_info",
            Record {
                class: "sys.int_info",
                fields: vec![
                    ("bits_per_digit", I(30)),
                    ("sizeof_digit", I(4)),
                    ("default_max_str_digits", I(4300)),
                    ("str_digits_check_threshold", I(pyx_text::int_text::STR_DIGITS_CHECK_THRESHOLD as i64)),
                ],
            },
        ),
        (
            // What CPython's own modules read to see how they were started;
            // pyx writes no bytecode and runs no site module.
            "flags",
            Record {
                class: "sys.flags",
                fields: vec![
                    ("debug", I(0)),
                    ("inspect", I(0)),
                    ("interactive", I(0)),
                    ("optimize", I(0)),
                    ("dont_write_bytecode", I(1)),
                    ("no_user_site", I(1)),
                    ("no_site", I(1)),
                    ("ignore_environment", I(0)),
                    ("verbose", I(0)),
                    ("bytes_warning", I(0)),
                    ("quiet", I(0)),
                    ("hash_randomization", I(1)),
                    ("isolated", I(0)),
                    ("dev_mode", Data::Bool(false)),
                    ("utf8_mode", I(1)),
                    ("warn_default_encoding", I(0)),
                    ("safe_path", Data::Bool(false)),
                    ("int_max_str_digits", I(-1)),
                ],
            },
        ),
        (
            "implementation",
            Record {
                class: "SimpleNamespace",
                fields: vec![
                    ("name", Data::Str("pyx".into())),
                    ("cache_tag", Data::None),
                    ("version", Data::Tuple(vec![I(3), I(11), I(0), Data::Str("final".into()), I(0)])),
                    ("hexversion", I(0x030B00F0)),
                ],
            },
        ),
    ]
}

/// Build `sys` and place it in the interpreter's `sys.modules`.
/// Make the classes of the host objects `install_sys` puts in `sys` (the
/// streams and the constant records). A base makes them once per process,
/// so every interpreter finds them made and shares them read-only instead
/// of building seven classes and their method tables of its own.
pub(crate) fn make_host_classes(vm: &mut Vm) -> PyResult<()> {
    crate::interp::host::host_class(vm, &Stream { err: false })?;
    for (_, rec) in records() {
        crate::interp::host::host_class(vm, &rec)?;
    }
    Ok(())
}

pub fn install_sys(vm: &mut Vm, cfg: &SysConfig) -> PyResult<()> {
    let mut attrs: Vec<(String, Value)> = Vec::new();
    attrs.push(("version".into(), vm.new_str("3.11.0 (pyx)")?));
    let vi: Vec<Value> = vec![Value::Int(3), Value::Int(11), Value::Int(0), vm.new_str("final")?, Value::Int(0)];
    attrs.push(("version_info".into(), vm.new_tuple(vi)?));
    attrs.push(("hexversion".into(), Value::Int(0x030B00F0)));
    attrs.push(("maxsize".into(), Value::Int(i64::MAX)));
    attrs.push(("byteorder".into(), vm.new_str("little")?));
    attrs.push(("maxunicode".into(), Value::Int(0x10FFFF)));
    attrs.push(("implementation_name".into(), vm.new_str("pyx")?));
    // (implementation, branch, revision), read by platform's version
    // parsing; pyx records no source-control state.
    let git = vec![vm.new_str("pyx")?, vm.new_str("")?, vm.new_str("")?];
    attrs.push(("_git".into(), vm.new_tuple(git)?));
    // Read by CPython's pure modules; none of them shows the host.
    attrs.push(("executable".into(), vm.new_str("")?));
    attrs.push(("float_repr_style".into(), vm.new_str("short")?));
    attrs.push(("dont_write_bytecode".into(), Value::Bool(true)));
    attrs.push(("abiflags".into(), vm.new_str("")?));
    attrs.push(("api_version".into(), Value::Int(1013)));
    let mut argv = Vec::new();
    for a in &cfg.argv {
        argv.push(vm.new_str(a)?);
    }
    attrs.push(("argv".into(), vm.new_list(argv)?));
    // CPython's own modules compare `sys.platform` with 'win32', 'darwin',
    // 'linux'...; unless the host chooses a value, pyx names itself, which
    // says nothing about the host.
    attrs.push(("platform".into(), vm.new_str(cfg.platform.as_deref().unwrap_or("pyx"))?));
    let out = new_host_object(vm, Arc::new(Stream { err: false }))?;
    let err = new_host_object(vm, Arc::new(Stream { err: true }))?;
    attrs.push(("stdout".into(), out));
    attrs.push(("stderr".into(), err));
    attrs.push(("__stdout__".into(), out));
    attrs.push(("__stderr__".into(), err));
    attrs.push(("modules".into(), Value::Obj(vm.modules)));
    for (name, rec) in records() {
        attrs.push((name.into(), new_host_object(vm, Arc::new(rec))?));
    }
    let m = register_module(vm, "sys", attrs)?;
    let funcs: &[NativeDef] = &[
        ("getrecursionlimit", noargs(), |vm, _a| Ok(Value::Int(vm.limits.max_recursion as i64))),
        ("_getframemodulename", kw("depth=0"), sys_getframemodulename),
        ("exc_info", noargs(), sys_exc_info),
        ("exception", noargs(), |vm, _a| Ok(current_exc(vm))),
        ("exit", pos("status=None"), sys_exit),
        ("excepthook", pos("exctype, value, traceback"), sys_excepthook),
        ("getfilesystemencoding", noargs(), |vm, _a| vm.new_str("utf-8")),
        ("getfilesystemencodeerrors", noargs(), |vm, _a| vm.new_str("surrogateescape")),
        ("get_int_max_str_digits", noargs(), |vm, _a| Ok(Value::Int(vm.int_max_str_digits as i64))),
        ("set_int_max_str_digits", kw("maxdigits"), sys_set_int_max_str_digits),
        ("is_finalizing", noargs(), |_vm, _a| Ok(Value::Bool(false))),
        ("intern", one("string"), sys_intern),
        ("getdefaultencoding", noargs(), |vm, _a| vm.new_str("utf-8")),
        ("set_asyncgen_hooks", kw("firstiter=<unrepresentable>, finalizer=<unrepresentable>"), sys_set_asyncgen_hooks),
        ("get_asyncgen_hooks", noargs(), sys_get_asyncgen_hooks),
    ];
    if let Some(d) = vm.heap.get(m).dict {
        crate::interp::native::add_functions(vm, "sys", Some(m), d, funcs)?;
        let hook = vm.intern("excepthook");
        if let Some(h) = vm.dict_get_str(d, hook) {
            let k = vm.intern("__excepthook__");
            vm.dict_set(d, Value::Obj(k), h)?;
        }
    }
    // `print` finds `sys.stdout` through the module itself (even when
    // Python code removes it from `sys.modules`), and writes straight to
    // the sink while `sys.stdout` is still the original stream.
    crate::interp::host::register_named(vm, "sys", m);
    if let (Value::Obj(o), Value::Obj(e)) = (out, err) {
        crate::interp::host::register_named(vm, "sys.__stdout__", o);
        crate::interp::host::register_named(vm, "sys.__stderr__", e);
    }
    Ok(())
}

/// `sys.set_asyncgen_hooks(firstiter=, finalizer=)`: the hooks this
/// interpreter's async generators see (`Vm::asyncgen_hooks`); an argument
/// not given keeps its hook, None removes it.
fn sys_set_asyncgen_hooks(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (firstiter, finalizer) = (a.get(0), a.get(1));
    for (name, hook) in [("finalizer", finalizer), ("firstiter", firstiter)] {
        if let Some(h) = hook {
            if !h.is_none() && !crate::builtins::is_callable(vm, h) {
                let tn = vm.type_name(h);
                return Err(vm.type_error(format!("callable {name} expected, got {tn}")));
            }
        }
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks[0] = f;
    }
    if let Some(f) = finalizer {
        vm.asyncgen_hooks[1] = f;
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter, finalizer)`.
fn sys_get_asyncgen_hooks(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let cls = vm.prelude("asyncgen_hooks")?;
    let pair = vm.new_tuple(vm.asyncgen_hooks.to_vec())?;
    vm.with_roots(&[cls, pair], |vm, _| vm.call(cls, &[pair]))
}

/// `sys.set_int_max_str_digits(maxdigits)`: this interpreter's limit on
/// decimal digits in int/str conversions (0 lifts it). A lifted limit does
/// not lift the caps: the quadratic conversions are charged as steps
/// (`Vm::charge_int_text`).
fn sys_set_int_max_str_digits(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    let n = match vm.index_value(v)? {
        Value::Int(i) if i32::try_from(i).is_ok() => i,
        Value::Bool(b) => b as i64,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n != 0 && n < pyx_text::int_text::STR_DIGITS_CHECK_THRESHOLD as i64 {
        return Err(vm.value_error(format!(
            "maxdigits must be 0 or larger than {}",
            pyx_text::int_text::STR_DIGITS_CHECK_THRESHOLD
        )));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

/// `sys.intern(string)`: pyx shares no string table between objects, so
/// the string itself is returned (after CPython's checks).
fn sys_intern(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    if vm.str_of(v).is_none() {
        return Err(a.wrong_type(vm, 0, "str"));
    }
    if vm.type_of(v) != vm.t.str {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can't intern {}", tn)));
    }
    Ok(v)
}

fn current_exc(vm: &Vm) -> Value {
    match vm.handling.last() {
        Some(v) if !v.is_null() => *v,
        _ => vm.topmost_exc(),
    }
}

/// `sys._getframemodulename(depth=0)` (the Python 3.12 API): the `__name__`
/// of the module whose code makes the call `depth` levels up the call stack
/// (0: the caller), or None past the outermost one. Only the name comes
/// out, never a frame (DESIGN.md §2.4); typing and namedtuple use it for
/// the `__module__` of what they create, which pickle looks objects up by.
fn sys_getframemodulename(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let depth = match a.arg(0) {
        Value::Int(n) => n,
        v => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", t)));
        }
    };
    if depth < 0 {
        return Ok(Value::None);
    }
    let n = vm.frames.len();
    if depth as usize >= n {
        return Ok(Value::None);
    }
    let globals = vm.frames[n - 1 - depth as usize].globals;
    let key = vm.intern("__name__");
    Ok(vm.dict_get_str(globals, key).unwrap_or(Value::None))
}

fn sys_exc_info(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    let e = current_exc(vm);
    if e.is_none() {
        return vm.new_tuple(vec![Value::None, Value::None, Value::None]);
    }
    let t = Value::Obj(vm.type_of(e));
    let tb = match vm.payload(e) {
        Some(Payload::Exception(x)) => x.traceback,
        _ => Value::None,
    };
    vm.new_tuple(vec![t, e, tb])
}

/// `sys.excepthook(type, value, traceback)`: write the exception as the
/// interpreter reports an uncaught one, to `sys.stderr`.
fn sys_excepthook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let value = a.arg(1);
    let text = match value {
        Value::Obj(e) if matches!(vm.payload(value), Some(Payload::Exception(_))) => vm.format_exception(e),
        _ => {
            let tn = vm.type_name(value);
            format!("TypeError: print_exception(): Exception expected for value, {} found\n", tn)
        }
    };
    vm.write_sys_stream(&text, true)?;
    Ok(Value::None)
}

/// `sys.exit([code])`: raises `SystemExit`, which ends only this
/// interpreter: the host sees it as the run's outcome.
fn sys_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let args: Vec<Value> = a.pos.to_vec();
    let t = Value::Obj(vm.t.system_exit);
    let e = vm.call(t, &args)?;
    match e {
        Value::Obj(r) => Err(crate::interp::vm::Unwind::Exception(r)),
        _ => Err(vm.runtime_error("sys.exit failed")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sys_host_classes_come_from_the_base() {
        let mut vm = Vm::new(crate::interp::limits::Limits::default(), 7);
        install_sys(&mut vm, &SysConfig::default()).expect("sys");
        let sys = crate::interp::host::named(&vm, "sys").expect("sys registered");
        for name in ["stdout", "stderr", "float_info", "hash_info", "int_info"] {
            let v = vm.getattr_str(Value::Obj(sys), name).expect(name);
            let class = vm.type_of(v);
            assert!(vm.heap.is_base(class), "the class of sys.{name} was made by this interpreter");
        }
    }
}
