//! pyx from C: the functions declared in `include/pyx.h`.
//!
//! Ownership: every `PyxBuilder`, `PyxInterpreter`, `PyxInterruptHandle`,
//! `PyxError` and string (`char *`) pyx returns belongs to the caller,
//! who frees it with the matching `pyx_*_free` function. Strings pyx
//! receives are borrowed for the length of the call. Values cross as JSON
//! text (a Python dict is a JSON object, a tuple or set an array, `None`
//! is `null`). No Rust panic crosses into C: a panic becomes an error of
//! kind `PYX_ERROR_KIND_HOST`.

#![allow(clippy::missing_safety_doc)]

use std::ffi::{c_char, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::ptr;
use std::time::Duration;

use pyx::embed::net::NetGrant;
use pyx::embed::{
    Access, Builder, CallArgs, Data, DirCapability, Error, HostError, Interpreter, InterruptHandle,
    Kwargs, Rest,
};

/// What ended an operation that did not succeed.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyxErrorKind {
    /// An uncaught Python exception (`type_name`, `message`, `traceback`).
    Exception = 1,
    /// `sys.exit()`: `message` holds the exit code.
    Exit = 2,
    /// A resource limit: `type_name` is `memory`, `time`, `steps`,
    /// `output`, `intsize` or `interrupted`.
    Limit = 3,
    /// A host-side problem: bad arguments, a name not found, a value that
    /// is not plain data or not valid JSON.
    Host = 4,
}

/// An error: free it with `pyx_error_free`.
#[repr(C)]
pub struct PyxError {
    pub kind: PyxErrorKind,
    pub type_name: *mut c_char,
    pub message: *mut c_char,
    pub traceback: *mut c_char,
}

/// Configures an interpreter (opaque).
pub struct PyxBuilder {
    builder: Option<Builder>,
}

/// An interpreter (opaque).
pub struct PyxInterpreter {
    interp: Interpreter,
}

/// Stops an interpreter's run from any thread (opaque).
pub struct PyxInterruptHandle {
    handle: InterruptHandle,
}

/// Where a host function puts its result (opaque).
pub struct PyxCallResult {
    json: Option<String>,
    error: Option<HostError>,
}

/// A host function: called with its arguments as JSON (`args_json` an
/// array, `kwargs_json` an object) and a result to fill with
/// `pyx_result_set_json` or `pyx_result_set_error` (neither: `None`).
/// It runs on the thread that runs the interpreter.
pub type PyxHostFn = Option<
    unsafe extern "C" fn(
        user_data: *mut c_void,
        args_json: *const c_char,
        kwargs_json: *const c_char,
        result: *mut PyxCallResult,
    ),
>;

/// Called once with `user_data` when the interpreter no longer needs it.
pub type PyxFreeFn = Option<unsafe extern "C" fn(user_data: *mut c_void)>;

/// Status of a call: 0 is success.
pub const PYX_OK: i32 = 0;
/// Status of a call that failed (see the `PyxError`).
pub const PYX_ERROR: i32 = -1;

fn cstring(s: &str) -> *mut c_char {
    // Interior NULs cannot cross as C strings; they show as U+FFFD.
    CString::new(s.replace('\0', "\u{FFFD}"))
        .map(CString::into_raw)
        .unwrap_or(ptr::null_mut())
}

fn new_error(kind: PyxErrorKind, type_name: &str, message: &str, traceback: &str) -> *mut PyxError {
    Box::into_raw(Box::new(PyxError {
        kind,
        type_name: cstring(type_name),
        message: cstring(message),
        traceback: cstring(traceback),
    }))
}

fn host_error(message: &str) -> *mut PyxError {
    new_error(PyxErrorKind::Host, "HostError", message, "")
}

fn error_of(e: Error) -> *mut PyxError {
    match e {
        Error::Exception {
            type_name,
            message,
            traceback,
        } => new_error(PyxErrorKind::Exception, &type_name, &message, &traceback),
        Error::Exit(code) => new_error(PyxErrorKind::Exit, "SystemExit", &code.to_string(), ""),
        Error::Limit(l) => new_error(PyxErrorKind::Limit, limit_name(l), &l.to_string(), ""),
        Error::Host(m) => host_error(&m),
        Error::Internal(m) => new_error(PyxErrorKind::Host, "InternalError", &m, ""),
    }
}

fn limit_name(l: pyx::embed::Limit) -> &'static str {
    use pyx::embed::Limit::*;
    match l {
        Memory => "memory",
        Steps => "steps",
        Time => "time",
        Output => "output",
        IntSize => "intsize",
        Interrupted => "interrupted",
    }
}

unsafe fn set_err(err: *mut *mut PyxError, e: *mut PyxError) {
    if err.is_null() {
        pyx_error_free(e);
    } else {
        *err = e;
    }
}

/// Run `f`, turning a panic into a host error.
unsafe fn guard(err: *mut *mut PyxError, f: impl FnOnce() -> Result<(), *mut PyxError>) -> i32 {
    if !err.is_null() {
        *err = ptr::null_mut();
    }
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => PYX_OK,
        Ok(Err(e)) => {
            set_err(err, e);
            PYX_ERROR
        }
        Err(_) => {
            set_err(
                err,
                host_error("internal error (a panic was caught at the C boundary)"),
            );
            PYX_ERROR
        }
    }
}

unsafe fn str_arg<'a>(p: *const c_char, what: &str) -> Result<&'a str, *mut PyxError> {
    if p.is_null() {
        return Err(host_error(&format!("{what} is NULL")));
    }
    CStr::from_ptr(p)
        .to_str()
        .map_err(|_| host_error(&format!("{what} is not UTF-8")))
}

fn json_of(d: &Data) -> Result<String, *mut PyxError> {
    serde_json::to_string(d).map_err(|e| host_error(&format!("the result has no JSON form: {e}")))
}

fn data_of_json(text: &str, what: &str) -> Result<Data, *mut PyxError> {
    serde_json::from_str::<Data>(text)
        .map_err(|e| host_error(&format!("{what} is not valid JSON: {e}")))
}

// ----- builder --------------------------------------------------------------

/// A new builder with pyx's safe defaults (512 MiB, 10 s per run, 16 MiB
/// output per run, output captured).
#[no_mangle]
pub extern "C" fn pyx_builder_new() -> *mut PyxBuilder {
    catch_unwind(|| {
        Box::into_raw(Box::new(PyxBuilder {
            builder: Some(Interpreter::builder()),
        }))
    })
    .unwrap_or(ptr::null_mut())
}

/// Free a builder that was not built.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_free(b: *mut PyxBuilder) {
    if !b.is_null() {
        let _ = catch_unwind(AssertUnwindSafe(|| drop(Box::from_raw(b))));
    }
}

/// Check and prepare with `prepare` (which may fail, leaving the builder
/// as it was), then apply with `apply`.
unsafe fn with_builder<T>(
    b: *mut PyxBuilder,
    err: *mut *mut PyxError,
    prepare: impl FnOnce() -> Result<T, *mut PyxError>,
    apply: impl FnOnce(Builder, T) -> Builder,
) -> i32 {
    guard(err, || {
        let Some(pb) = b.as_mut() else {
            return Err(host_error("builder is NULL"));
        };
        if pb.builder.is_none() {
            return Err(host_error("builder was already built"));
        }
        let t = prepare()?;
        if let Some(builder) = pb.builder.take() {
            pb.builder = Some(apply(builder, t));
        }
        Ok(())
    })
}

/// Heap bytes the interpreter may hold.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_max_memory(b: *mut PyxBuilder, bytes: usize) -> i32 {
    with_builder(b, ptr::null_mut(), || Ok(()), |x, ()| x.max_memory(bytes))
}

/// Wall-clock milliseconds per run (0: no time limit).
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_max_time_ms(b: *mut PyxBuilder, ms: u64) -> i32 {
    with_builder(
        b,
        ptr::null_mut(),
        || Ok(()),
        |x, ()| {
            if ms == 0 {
                x.no_time_limit()
            } else {
                x.max_time(Duration::from_millis(ms))
            }
        },
    )
}

/// Execution steps per run.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_max_steps(b: *mut PyxBuilder, steps: u64) -> i32 {
    with_builder(b, ptr::null_mut(), || Ok(()), |x, ()| x.max_steps(steps))
}

/// Bytes of output per run.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_max_output(b: *mut PyxBuilder, bytes: usize) -> i32 {
    with_builder(b, ptr::null_mut(), || Ok(()), |x, ()| x.max_output(bytes))
}

unsafe fn grant(
    b: *mut PyxBuilder,
    dir: *const c_char,
    access: Access,
    err: *mut *mut PyxError,
) -> i32 {
    with_builder(
        b,
        err,
        || {
            let d = str_arg(dir, "dir")?;
            let prefix = d.trim_end_matches('/');
            let name = if prefix.is_empty() { "/" } else { prefix };
            let cap = DirCapability::open_host_dir(Path::new(d), name, access)
                .map_err(|e| host_error(&format!("cannot grant '{d}': {e}")))?;
            Ok((
                if prefix == "." {
                    String::new()
                } else {
                    prefix.to_string()
                },
                cap,
            ))
        },
        |x, (prefix, cap)| x.allow_open(&prefix, cap),
    )
}

/// Let `open()` read files beneath `dir` (paths as the code writes them:
/// `open("<dir>/file")`).
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_allow_read(
    b: *mut PyxBuilder,
    dir: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    grant(b, dir, Access::ReadOnly, err)
}

/// Let `open()` read and write files beneath `dir`.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_allow_write(
    b: *mut PyxBuilder,
    dir: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    grant(b, dir, Access::ReadWrite, err)
}

/// Let the code open outgoing TCP (and TLS) connections to `endpoint`:
/// `"HOST"`, `"HOST:PORT"`, `"[IPv6]:PORT"`, or `"*"` for any. A host is
/// matched as written: a name does not cover its addresses, nor the
/// reverse. Call once per endpoint; without any there is no network.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_allow_net(
    b: *mut PyxBuilder,
    endpoint: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    with_builder(
        b,
        err,
        || net_grant_arg(endpoint),
        |x, g| x.allow_net_grant(g),
    )
}

/// An endpoint argument of the net grants, parsed before the builder changes.
unsafe fn net_grant_arg(endpoint: *const c_char) -> Result<NetGrant, *mut PyxError> {
    let e = str_arg(endpoint, "endpoint")?;
    NetGrant::parse(e).map_err(|m| host_error(&m))
}

/// Refuse `endpoint` whatever `pyx_builder_allow_net` grants.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_deny_net(
    b: *mut PyxBuilder,
    endpoint: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    with_builder(
        b,
        err,
        || net_grant_arg(endpoint),
        |x, g| x.deny_net_grant(g),
    )
}

/// Bytes the interpreter may send plus receive over the network.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_max_net_bytes(b: *mut PyxBuilder, bytes: u64) -> i32 {
    with_builder(b, ptr::null_mut(), || Ok(()), |x, ()| x.max_net_bytes(bytes))
}

/// Let `import` find modules in `dir` (read-only).
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_import_path(
    b: *mut PyxBuilder,
    dir: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    with_builder(
        b,
        err,
        || {
            let d = str_arg(dir, "dir")?;
            let name = Path::new(d)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "lib".into());
            let cap = DirCapability::open_host_dir(Path::new(d), &name, Access::ReadOnly)
                .map_err(|e| host_error(&format!("cannot grant '{d}': {e}")))?;
            Ok((name, cap))
        },
        |x, (name, cap)| x.import_root(&name, &cap),
    )
}

/// The user data of a host function, freed when the function is dropped.
struct UserData {
    ptr: *mut c_void,
    free: PyxFreeFn,
}

// SAFETY: the pointer is only handed back to the embedder's callbacks, on
// the thread running the interpreter; the embedder promises (pyx.h) that
// its user data may be used from that thread.
unsafe impl Send for UserData {}

impl Drop for UserData {
    fn drop(&mut self) {
        if let Some(f) = self.free {
            // SAFETY: the embedder gave this function for this pointer.
            unsafe { f(self.ptr) }
        }
    }
}

/// Add a host function, a built-in called `name`. `free_user_data` (may
/// be NULL) is called with `user_data` when the interpreter (or the
/// builder, if never built) is freed.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_function(
    b: *mut PyxBuilder,
    name: *const c_char,
    callback: PyxHostFn,
    user_data: *mut c_void,
    free_user_data: PyxFreeFn,
    err: *mut *mut PyxError,
) -> i32 {
    let ud = UserData {
        ptr: user_data,
        free: free_user_data,
    };
    with_builder(
        b,
        err,
        || {
            let name = str_arg(name, "name")?.to_string();
            let Some(cb) = callback else {
                return Err(host_error("callback is NULL"));
            };
            Ok((name, cb))
        },
        move |x, (name, cb)| {
            let f = move |args: Rest<Data>, kw: Kwargs| -> Result<Data, HostError> {
                let _keep = &ud;
                let a = CString::new(
                    serde_json::to_string(&Data::List(args.0))
                        .map_err(|e| HostError::type_error(e.to_string()))?,
                )
                .map_err(|e| HostError::value_error(e.to_string()))?;
                let k = CString::new(
                    serde_json::to_string(&Data::Dict(kw.0))
                        .map_err(|e| HostError::type_error(e.to_string()))?,
                )
                .map_err(|e| HostError::value_error(e.to_string()))?;
                let mut result = PyxCallResult {
                    json: None,
                    error: None,
                };
                // SAFETY: the embedder's callback, with pointers valid for the call.
                unsafe { cb(ud.ptr, a.as_ptr(), k.as_ptr(), &mut result) };
                if let Some(e) = result.error {
                    return Err(e);
                }
                match result.json {
                    Some(j) => serde_json::from_str::<Data>(&j).map_err(|e| {
                        HostError::value_error(format!(
                            "the host function's result is not valid JSON: {e}"
                        ))
                    }),
                    None => Ok(Data::None),
                }
            };
            x.function(&name, f)
        },
    )
}

/// Set a host function's result to the value of `json`.
#[no_mangle]
pub unsafe extern "C" fn pyx_result_set_json(result: *mut PyxCallResult, json: *const c_char) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        if let (Some(r), false) = (result.as_mut(), json.is_null()) {
            r.json = Some(CStr::from_ptr(json).to_string_lossy().into_owned());
        }
    }));
}

/// Make a host function raise `type_name` (a built-in exception name, or
/// any identifier: an exception class of that name) with `message`.
#[no_mangle]
pub unsafe extern "C" fn pyx_result_set_error(
    result: *mut PyxCallResult,
    type_name: *const c_char,
    message: *const c_char,
) {
    let _ = catch_unwind(AssertUnwindSafe(|| {
        if let Some(r) = result.as_mut() {
            let t = if type_name.is_null() {
                "RuntimeError".into()
            } else {
                CStr::from_ptr(type_name).to_string_lossy().into_owned()
            };
            let m = if message.is_null() {
                String::new()
            } else {
                CStr::from_ptr(message).to_string_lossy().into_owned()
            };
            r.error = Some(HostError::new(&t, m));
        }
    }));
}

/// Build the interpreter. The builder is consumed (freed) either way.
#[no_mangle]
pub unsafe extern "C" fn pyx_builder_build(
    b: *mut PyxBuilder,
    err: *mut *mut PyxError,
) -> *mut PyxInterpreter {
    let mut out = ptr::null_mut();
    guard(err, || {
        if b.is_null() {
            return Err(host_error("builder is NULL"));
        }
        let pb = Box::from_raw(b);
        let Some(builder) = pb.builder else {
            return Err(host_error("builder was already built"));
        };
        let interp = builder.build().map_err(error_of)?;
        out = Box::into_raw(Box::new(PyxInterpreter { interp }));
        Ok(())
    });
    out
}

// ----- interpreter -------------------------------------------------------------

/// Free an interpreter and everything it owned.
#[no_mangle]
pub unsafe extern "C" fn pyx_interpreter_free(i: *mut PyxInterpreter) {
    if !i.is_null() {
        let _ = catch_unwind(AssertUnwindSafe(|| drop(Box::from_raw(i))));
    }
}

unsafe fn with_interp(
    i: *mut PyxInterpreter,
    err: *mut *mut PyxError,
    f: impl FnOnce(&mut Interpreter) -> Result<(), *mut PyxError>,
) -> i32 {
    guard(err, || match i.as_mut() {
        Some(pi) => f(&mut pi.interp),
        None => Err(host_error("interpreter is NULL")),
    })
}

/// Run `code` as `__main__`; `filename` (may be NULL) is what tracebacks
/// show.
#[no_mangle]
pub unsafe extern "C" fn pyx_run(
    i: *mut PyxInterpreter,
    code: *const c_char,
    filename: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    with_interp(i, err, |it| {
        let code = str_arg(code, "code")?;
        let name = if filename.is_null() {
            "<string>"
        } else {
            str_arg(filename, "filename")?
        };
        it.run(code, name).map_err(error_of)
    })
}

/// Evaluate an expression; on success `*result_json` is its value as JSON
/// (free it with `pyx_string_free`).
#[no_mangle]
pub unsafe extern "C" fn pyx_eval_json(
    i: *mut PyxInterpreter,
    expr: *const c_char,
    result_json: *mut *mut c_char,
    err: *mut *mut PyxError,
) -> i32 {
    if !result_json.is_null() {
        *result_json = ptr::null_mut();
    }
    with_interp(i, err, |it| {
        let expr = str_arg(expr, "expr")?;
        let d = it.eval::<Data>(expr).map_err(error_of)?;
        let j = json_of(&d)?;
        if !result_json.is_null() {
            *result_json = cstring(&j);
        }
        Ok(())
    })
}

/// Call `name` (a function of `__main__`, a built-in or
/// `module.function`) with `args_json` (a JSON array, or NULL for none)
/// and `kwargs_json` (a JSON object, or NULL); on success
/// `*result_json` is the result as JSON.
#[no_mangle]
pub unsafe extern "C" fn pyx_call_json(
    i: *mut PyxInterpreter,
    name: *const c_char,
    args_json: *const c_char,
    kwargs_json: *const c_char,
    result_json: *mut *mut c_char,
    err: *mut *mut PyxError,
) -> i32 {
    if !result_json.is_null() {
        *result_json = ptr::null_mut();
    }
    with_interp(i, err, |it| {
        let name = str_arg(name, "name")?;
        let mut call = CallArgs::new();
        if !args_json.is_null() {
            match data_of_json(str_arg(args_json, "args_json")?, "args_json")? {
                Data::List(v) => call.positional = v,
                _ => return Err(host_error("args_json must be a JSON array")),
            }
        }
        if !kwargs_json.is_null() {
            match data_of_json(str_arg(kwargs_json, "kwargs_json")?, "kwargs_json")? {
                Data::Dict(m) => {
                    for (k, v) in m {
                        let Data::Str(k) = k else {
                            return Err(host_error("kwargs_json keys must be strings"));
                        };
                        call.keywords.push((k, v));
                    }
                }
                _ => return Err(host_error("kwargs_json must be a JSON object")),
            }
        }
        let d = it.call::<Data>(name, call).map_err(error_of)?;
        let j = json_of(&d)?;
        if !result_json.is_null() {
            *result_json = cstring(&j);
        }
        Ok(())
    })
}

/// Set a global of `__main__` to the value of `json`.
#[no_mangle]
pub unsafe extern "C" fn pyx_set_json(
    i: *mut PyxInterpreter,
    name: *const c_char,
    json: *const c_char,
    err: *mut *mut PyxError,
) -> i32 {
    with_interp(i, err, |it| {
        let name = str_arg(name, "name")?;
        let d = data_of_json(str_arg(json, "json")?, "json")?;
        it.set(name, d).map_err(error_of)
    })
}

/// Everything written to stdout since the last call (free with
/// `pyx_string_free`); NULL if `i` is NULL.
#[no_mangle]
pub unsafe extern "C" fn pyx_take_stdout(i: *mut PyxInterpreter) -> *mut c_char {
    catch_unwind(AssertUnwindSafe(|| match i.as_mut() {
        Some(pi) => cstring(&pi.interp.take_stdout()),
        None => ptr::null_mut(),
    }))
    .unwrap_or(ptr::null_mut())
}

/// Everything written to stderr since the last call.
#[no_mangle]
pub unsafe extern "C" fn pyx_take_stderr(i: *mut PyxInterpreter) -> *mut c_char {
    catch_unwind(AssertUnwindSafe(|| match i.as_mut() {
        Some(pi) => cstring(&pi.interp.take_stderr()),
        None => ptr::null_mut(),
    }))
    .unwrap_or(ptr::null_mut())
}

/// A handle that stops `i`'s current run (or its next one) from any
/// thread; it stays valid after `i` is freed. Free it with
/// `pyx_interrupt_handle_free`.
#[no_mangle]
pub unsafe extern "C" fn pyx_interrupt_handle(i: *mut PyxInterpreter) -> *mut PyxInterruptHandle {
    catch_unwind(AssertUnwindSafe(|| match i.as_ref() {
        Some(pi) => Box::into_raw(Box::new(PyxInterruptHandle {
            handle: pi.interp.interrupt_handle(),
        })),
        None => ptr::null_mut(),
    }))
    .unwrap_or(ptr::null_mut())
}

/// Interrupt: the run ends with a `PYX_ERROR_KIND_LIMIT` error `interrupted`.
#[no_mangle]
pub unsafe extern "C" fn pyx_interrupt(h: *const PyxInterruptHandle) {
    if let Some(h) = h.as_ref() {
        h.handle.interrupt();
    }
}

#[no_mangle]
pub unsafe extern "C" fn pyx_interrupt_handle_free(h: *mut PyxInterruptHandle) {
    if !h.is_null() {
        drop(Box::from_raw(h));
    }
}

/// Free a string pyx returned.
#[no_mangle]
pub unsafe extern "C" fn pyx_string_free(s: *mut c_char) {
    if !s.is_null() {
        drop(CString::from_raw(s));
    }
}

/// Free an error.
#[no_mangle]
pub unsafe extern "C" fn pyx_error_free(e: *mut PyxError) {
    if e.is_null() {
        return;
    }
    let e = Box::from_raw(e);
    for s in [e.type_name, e.message, e.traceback] {
        pyx_string_free(s);
    }
}
