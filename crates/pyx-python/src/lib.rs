//! pyx from Python: the `pyx_sandbox._native` extension module behind the
//! `pyx-sandbox` package.
//!
//! An `Interpreter` here wraps one [`pyx::embed::Interpreter`]. Values
//! cross by copy as plain data (None, bool, int, float, str, bytes, list,
//! tuple, dict, set, frozenset); Python callables given as `functions` or
//! in `modules` become host functions, which receive and return copies
//! too, so no host object ever enters the sandbox. The GIL is released
//! while pyx runs (other Python threads go on, and interpreters on
//! different threads run at once); a host function takes it back for the
//! length of its call.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use num_bigint::BigInt;
use pyo3::conversion::IntoPyObjectExt;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyString, PyTuple};

use pyx::embed::{Access, CallArgs, Data, DirCapability, Error as PyxError, HostError, HostModule, Kwargs, Limit, Map, Rest};

// pyx allocates many small objects; mimalloc makes a new interpreter
// about a third cheaper than the system allocator (measured with
// bench/compare.py). It serves this library's Rust code only.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(pyx_sandbox, Error, PyException, "Base class of the errors a sandboxed run ends with.");
create_exception!(
    pyx_sandbox,
    PythonError,
    Error,
    "An exception the sandboxed code did not catch: .type_name, .message, .traceback (text only)."
);
create_exception!(
    pyx_sandbox,
    LimitExceeded,
    Error,
    "A resource limit ended the run: .limit is 'memory', 'time', 'steps', 'output', 'intsize' or 'interrupted'."
);

/// Deepest nesting of a value copied in from Python.
const MAX_DEPTH: usize = pyx::embed::MAX_DATA_DEPTH;

// ----- plain data ----------------------------------------------------------

fn to_data(v: &Bound<'_, PyAny>, depth: usize) -> PyResult<Data> {
    if depth > MAX_DEPTH {
        return Err(PyValueError::new_err("value too deeply nested (or cyclic) to copy into the sandbox"));
    }
    if v.is_none() {
        return Ok(Data::None);
    }
    if v.is_instance_of::<PyBool>() {
        return Ok(Data::Bool(v.extract()?));
    }
    if v.is_instance_of::<PyInt>() {
        return Ok(match v.extract::<i64>() {
            Ok(i) => Data::Int(i),
            Err(_) => Data::BigInt(v.extract::<BigInt>()?),
        });
    }
    if v.is_instance_of::<PyFloat>() {
        return Ok(Data::Float(v.extract()?));
    }
    if let Ok(s) = v.downcast::<PyString>() {
        return Ok(Data::Str(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = v.downcast::<PyBytes>() {
        return Ok(Data::Bytes(b.as_bytes().to_vec()));
    }
    if let Ok(b) = v.downcast::<PyByteArray>() {
        return Ok(Data::Bytes(b.to_vec()));
    }
    let items = |it: Bound<'_, pyo3::types::PyIterator>| -> PyResult<Vec<Data>> {
        let mut out = Vec::new();
        for x in it {
            out.push(to_data(&x?, depth + 1)?);
        }
        Ok(out)
    };
    if let Ok(l) = v.downcast::<PyList>() {
        return Ok(Data::List(items(l.try_iter()?)?));
    }
    if let Ok(t) = v.downcast::<PyTuple>() {
        return Ok(Data::Tuple(items(t.try_iter()?)?));
    }
    if let Ok(d) = v.downcast::<PyDict>() {
        let mut m = Map::with_capacity(d.len());
        for (k, x) in d.iter() {
            m.insert(to_data(&k, depth + 1)?, to_data(&x, depth + 1)?);
        }
        return Ok(Data::Dict(m));
    }
    if let Ok(s) = v.downcast::<PySet>() {
        return Ok(Data::Set(items(s.try_iter()?)?));
    }
    if let Ok(s) = v.downcast::<PyFrozenSet>() {
        return Ok(Data::FrozenSet(items(s.try_iter()?)?));
    }
    Err(PyTypeError::new_err(format!(
        "only plain data (None, bool, int, float, str, bytes, list, tuple, dict, set, frozenset) crosses into the sandbox, not '{}'",
        v.get_type().name()?
    )))
}

fn to_py<'py>(py: Python<'py>, d: Data) -> PyResult<Bound<'py, PyAny>> {
    Ok(match d {
        Data::None => py.None().into_bound(py),
        Data::Bool(b) => b.into_bound_py_any(py)?,
        Data::Int(i) => i.into_bound_py_any(py)?,
        Data::BigInt(b) => b.into_bound_py_any(py)?,
        Data::Float(f) => f.into_bound_py_any(py)?,
        Data::Str(s) => s.into_bound_py_any(py)?,
        Data::Bytes(b) => PyBytes::new(py, &b).into_any(),
        Data::List(v) => PyList::new(py, v.into_iter().map(|x| to_py(py, x)).collect::<PyResult<Vec<_>>>()?)?.into_any(),
        Data::Tuple(v) => PyTuple::new(py, v.into_iter().map(|x| to_py(py, x)).collect::<PyResult<Vec<_>>>()?)?.into_any(),
        Data::Dict(m) => {
            let d = PyDict::new(py);
            for (k, x) in m {
                d.set_item(to_py(py, k)?, to_py(py, x)?)?;
            }
            d.into_any()
        }
        Data::Set(v) => PySet::new(py, v.into_iter().map(|x| to_py(py, x)).collect::<PyResult<Vec<_>>>()?)?.into_any(),
        Data::FrozenSet(v) => PyFrozenSet::new(py, v.into_iter().map(|x| to_py(py, x)).collect::<PyResult<Vec<_>>>()?)?.into_any(),
    })
}

// ----- errors ---------------------------------------------------------------

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

fn py_error(py: Python<'_>, e: PyxError) -> PyErr {
    let build = || -> PyResult<PyErr> {
        Ok(match e {
            PyxError::Exception { type_name, message, traceback } => python_error(py, &type_name, &message, &traceback)?,
            PyxError::Exit(code) => python_error(py, "SystemExit", &code.to_string(), "")?,
            PyxError::Limit(l) => {
                let err = LimitExceeded::new_err(l.to_string());
                err.value(py).setattr("limit", limit_name(l))?;
                err
            }
            PyxError::Host(m) => Error::new_err(m),
            PyxError::Internal(m) => Error::new_err(format!("internal error: {m}")),
        })
    };
    build().unwrap_or_else(|e| e)
}

fn python_error(py: Python<'_>, type_name: &str, message: &str, traceback: &str) -> PyResult<PyErr> {
    let text = if message.is_empty() { type_name.to_string() } else { format!("{type_name}: {message}") };
    let err = PythonError::new_err(text);
    let v = err.value(py);
    v.setattr("type_name", type_name)?;
    v.setattr("message", message)?;
    v.setattr("traceback", traceback)?;
    Ok(err)
}

// ----- host functions ---------------------------------------------------------

/// Call a Python callable with copies of the sandbox's arguments; its
/// exception enters the sandbox as one of the same type name.
fn call_host(f: &Py<PyAny>, args: Vec<Data>, kw: Kwargs) -> Result<Data, HostError> {
    Python::with_gil(|py| {
        let r = (|| -> PyResult<PyResult<Data>> {
            let a = PyTuple::new(py, args.into_iter().map(|x| to_py(py, x)).collect::<PyResult<Vec<_>>>()?)?;
            let k = PyDict::new(py);
            for (name, v) in kw.0 {
                k.set_item(to_py(py, name)?, to_py(py, v)?)?;
            }
            let out = f.bind(py).call(a, Some(&k))?;
            Ok(to_data(&out, 0).map_err(|e| {
                PyTypeError::new_err(format!("a host function returned a value that is not plain data ({})", e.value(py)))
            }))
        })();
        match r.and_then(|x| x) {
            Ok(d) => Ok(d),
            Err(e) => {
                let name = e.get_type(py).name().map(|n| n.to_string()).unwrap_or_else(|_| "RuntimeError".into());
                let message = exception_message(e.value(py));
                Err(HostError::new(&name, message))
            }
        }
    })
}

/// The message an exception is re-made with in the sandbox: its one str
/// argument when it has that (so `KeyError('k')` stays `KeyError('k')`),
/// else `str(e)`.
fn exception_message(e: &Bound<'_, pyo3::exceptions::PyBaseException>) -> String {
    if let Ok(args) = e.getattr("args").and_then(|a| a.downcast_into::<PyTuple>().map_err(PyErr::from)) {
        if args.len() == 1 {
            if let Ok(s) = args.get_item(0).and_then(|a| a.extract::<String>()) {
                return s;
            }
        }
    }
    e.str().map(|s| s.to_string()).unwrap_or_default()
}

fn host_fn(f: Py<PyAny>) -> impl FnMut(Rest<Data>, Kwargs) -> Result<Data, HostError> + Send + 'static {
    move |args: Rest<Data>, kw: Kwargs| call_host(&f, args.0, kw)
}

// ----- the interpreter ----------------------------------------------------------

/// A sandboxed Python interpreter (see the package docstring).
#[pyclass(subclass, module = "pyx_sandbox")]
struct Interpreter {
    inner: Mutex<pyx::embed::Interpreter>,
    handle: pyx::embed::InterruptHandle,
}

/// Why an operation did not reach the interpreter.
enum Outcome<T> {
    Done(Result<T, PyxError>),
    Busy,
}

impl Interpreter {
    /// Run `f` on the interpreter with the GIL released.
    fn with<T: Send>(&self, py: Python<'_>, f: impl FnOnce(&mut pyx::embed::Interpreter) -> Result<T, PyxError> + Send) -> PyResult<T> {
        let r = py.allow_threads(|| match self.inner.try_lock() {
            Ok(mut i) => Outcome::Done(f(&mut i)),
            Err(_) => Outcome::Busy,
        });
        match r {
            Outcome::Done(Ok(v)) => Ok(v),
            Outcome::Done(Err(e)) => Err(py_error(py, e)),
            Outcome::Busy => Err(PyRuntimeError::new_err(
                "this Interpreter is already running (one run at a time; a host function cannot re-enter it)",
            )),
        }
    }
}

fn open_dir(path: &PathBuf, name: &str, access: Access) -> PyResult<DirCapability> {
    DirCapability::open_host_dir(path, name, access)
        .map_err(|e| PyValueError::new_err(format!("cannot grant directory '{}': {e}", path.display())))
}

#[pymethods]
impl Interpreter {
    /// Interpreter(*, max_memory=None, max_time=None, max_steps=None,
    /// max_output=None, max_recursion=None, allow_read=(), allow_write=(),
    /// import_paths=(), functions=None, modules=None, stdin=None,
    /// allow_net=(), deny_net=(), max_net_bytes=None)
    ///
    /// `allow_net` lists the outgoing TCP endpoints (`"HOST"`,
    /// `"HOST:PORT"`, `"[IPv6]:PORT"`, `"*"` for any) the code may reach
    /// through `socket`, `ssl`, `http.client` and `urllib.request`;
    /// `deny_net` refuses endpoints whatever `allow_net` grants.
    #[new]
    #[pyo3(signature = (*, max_memory=None, max_time=None, max_steps=None, max_output=None, max_recursion=None,
                        allow_read=Vec::new(), allow_write=Vec::new(), import_paths=Vec::new(),
                        functions=None, modules=None, stdin=None, allow_net=Vec::new(), deny_net=Vec::new(),
                        max_net_bytes=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        max_memory: Option<usize>,
        max_time: Option<f64>,
        max_steps: Option<u64>,
        max_output: Option<usize>,
        max_recursion: Option<u32>,
        allow_read: Vec<PathBuf>,
        allow_write: Vec<PathBuf>,
        import_paths: Vec<PathBuf>,
        functions: Option<Bound<'_, PyDict>>,
        modules: Option<Bound<'_, PyDict>>,
        stdin: Option<String>,
        allow_net: Vec<String>,
        deny_net: Vec<String>,
        max_net_bytes: Option<u64>,
    ) -> PyResult<Interpreter> {
        let mut b = pyx::embed::Interpreter::builder();
        let net_err = |e: pyx::embed::Error| PyValueError::new_err(e.to_string());
        if !allow_net.is_empty() {
            let list: Vec<&str> = allow_net.iter().map(String::as_str).collect();
            b = b.allow_net(&list).map_err(net_err)?;
        }
        if !deny_net.is_empty() {
            let list: Vec<&str> = deny_net.iter().map(String::as_str).collect();
            b = b.deny_net(&list).map_err(net_err)?;
        }
        if let Some(n) = max_net_bytes {
            b = b.max_net_bytes(n);
        }
        if let Some(m) = max_memory {
            b = b.max_memory(m);
        }
        if let Some(t) = max_time {
            if !(t.is_finite() && t > 0.0 && t < 1e9) {
                return Err(PyValueError::new_err("max_time must be a positive number of seconds"));
            }
            b = b.max_time(Duration::from_secs_f64(t));
        }
        if let Some(s) = max_steps {
            b = b.max_steps(s);
        }
        if let Some(o) = max_output {
            b = b.max_output(o);
        }
        if let Some(r) = max_recursion {
            b = b.max_recursion(r);
        }
        for (dirs, access) in [(&allow_read, Access::ReadOnly), (&allow_write, Access::ReadWrite)] {
            for d in dirs {
                let shown = d.to_string_lossy();
                let prefix = shown.trim_end_matches('/');
                let name = if prefix.is_empty() { "/" } else { prefix };
                let cap = open_dir(d, name, access)?;
                b = b.allow_open(if prefix == "." { "" } else { prefix }, cap);
            }
        }
        for d in &import_paths {
            let name = d.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "lib".into());
            let cap = open_dir(d, &name, Access::ReadOnly)?;
            b = b.import_root(&name, &cap);
        }
        if let Some(fs) = functions {
            for (k, v) in fs.iter() {
                let name: String = k.extract()?;
                if !v.is_callable() {
                    return Err(PyTypeError::new_err(format!("functions['{name}'] is not callable")));
                }
                b = b.function(&name, host_fn(v.unbind()));
            }
        }
        if let Some(ms) = modules {
            for (k, v) in ms.iter() {
                let name: String = k.extract()?;
                let attrs = v.downcast::<PyDict>().map_err(|_| PyTypeError::new_err(format!("modules['{name}'] must be a dict")))?;
                let mut m = HostModule::new(&name);
                for (ak, av) in attrs.iter() {
                    let attr: String = ak.extract()?;
                    m = if av.is_callable() { m.function(&attr, host_fn(av.unbind())) } else { m.constant(&attr, to_data(&av, 0)?) };
                }
                b = b.module(m);
            }
        }
        if let Some(text) = stdin {
            b = b.stdin(text);
        }
        let interp = b.build().map_err(|e| Python::with_gil(|py| py_error(py, e)))?;
        let handle = interp.interrupt_handle();
        Ok(Interpreter { inner: Mutex::new(interp), handle })
    }

    /// Run `code` as the `__main__` module; `filename` is what tracebacks
    /// show.
    #[pyo3(signature = (code, filename="<string>"))]
    fn run(&self, py: Python<'_>, code: &str, filename: &str) -> PyResult<()> {
        let (code, filename) = (code.to_string(), filename.to_string());
        self.with(py, move |i| i.run(&code, &filename))
    }

    /// Evaluate an expression in `__main__`; the value comes back as a
    /// copy.
    fn eval<'py>(&self, py: Python<'py>, expr: &str) -> PyResult<Bound<'py, PyAny>> {
        let expr = expr.to_string();
        let d = self.with(py, move |i| i.eval::<Data>(&expr))?;
        to_py(py, d)
    }

    /// Call `name` (a function of `__main__`, or `module.function`) with
    /// copies of the arguments; the result comes back as a copy.
    #[pyo3(signature = (name, *args, **kwargs))]
    fn call<'py>(&self, py: Python<'py>, name: &str, args: &Bound<'py, PyTuple>, kwargs: Option<&Bound<'py, PyDict>>) -> PyResult<Bound<'py, PyAny>> {
        let mut call = CallArgs::new();
        for a in args.iter() {
            call.positional.push(to_data(&a, 0)?);
        }
        if let Some(kw) = kwargs {
            for (k, v) in kw.iter() {
                call.keywords.push((k.extract()?, to_data(&v, 0)?));
            }
        }
        let name = name.to_string();
        let d = self.with(py, move |i| i.call::<Data>(&name, call))?;
        to_py(py, d)
    }

    /// Set a global of `__main__` to a copy of `value`.
    fn set(&self, py: Python<'_>, name: &str, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let d = to_data(value, 0)?;
        let name = name.to_string();
        self.with(py, move |i| i.set(&name, d))
    }

    /// A copy of the global `name` of `__main__`.
    fn get<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        let name = name.to_string();
        let d = self.with(py, move |i| i.get::<Data>(&name))?;
        to_py(py, d)
    }

    /// Everything the sandbox printed to stdout since the last call.
    fn take_stdout(&self, py: Python<'_>) -> PyResult<String> {
        self.with(py, |i| Ok(i.take_stdout()))
    }

    /// Everything the sandbox wrote to stderr since the last call.
    fn take_stderr(&self, py: Python<'_>) -> PyResult<String> {
        self.with(py, |i| Ok(i.take_stderr()))
    }

    /// Stop the current run (from any thread), or the next one if none is
    /// going on; it ends with LimitExceeded(limit='interrupted').
    fn interrupt(&self) {
        self.handle.interrupt();
    }

    /// Bytes the sandbox's heap holds now.
    fn memory_used(&self, py: Python<'_>) -> PyResult<usize> {
        self.with(py, |i| Ok(i.memory_used()))
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Interpreter>()?;
    m.add("Error", py.get_type::<Error>())?;
    m.add("PythonError", py.get_type::<PythonError>())?;
    m.add("LimitExceeded", py.get_type::<LimitExceeded>())?;
    m.add("DEFAULT_MAX_MEMORY", pyx::embed::DEFAULT_MAX_MEMORY)?;
    m.add("DEFAULT_MAX_TIME", pyx::embed::DEFAULT_MAX_TIME.as_secs_f64())?;
    m.add("DEFAULT_MAX_OUTPUT", pyx::embed::DEFAULT_MAX_OUTPUT)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
