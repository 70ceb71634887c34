//! The embedding API: the powerbox.
//!
//! An [`Interpreter`] is a security domain. It starts *bare* — it can
//! compute and print into the sink the host chose, nothing more — and gets
//! exactly the authority the host grants through the [`Builder`]: host
//! functions, host modules, directory capabilities, an `open()` confined to
//! granted directories, a stdin source. Resources are capped per
//! interpreter; a cap that is hit ends the run with [`Error::Limit`], which
//! Python code cannot catch.
//!
//! ```
//! use pyx::embed::{Interpreter, Kwargs, HostError};
//!
//! let mut interp = Interpreter::builder()
//!     .max_memory(64 << 20)
//!     .max_steps(10_000_000)
//!     .function("double", |x: i64| x * 2)
//!     .function("greet", |name: &str, mut kw: Kwargs| -> Result<String, HostError> {
//!         let punct: Option<String> = kw.take("punct")?;
//!         Ok(format!("hello, {name}{}", punct.unwrap_or_default()))
//!     })
//!     .build()?;
//! interp.run("def f(a, b):\n    return [a + b, double(a)]\nprint(greet('you', punct='!'))\n", "plugin.py")?;
//! assert_eq!(interp.take_stdout(), "hello, you!\n");
//! assert_eq!(interp.call::<Vec<i64>>("f", (2, 3))?, [5, 4]);
//! assert_eq!(interp.eval::<i64>("1 + 1")?, 2);
//! # Ok::<(), pyx::embed::Error>(())
//! ```
//!
//! Safe defaults: without any setting, a run may use
//! [`DEFAULT_MAX_MEMORY`] of heap, [`DEFAULT_MAX_TIME`] of wall-clock time
//! and write [`DEFAULT_MAX_OUTPUT`] bytes, and its output is captured (read
//! it with [`Interpreter::take_stdout`]); lift a default explicitly
//! ([`Builder::no_time_limit`] ...).

mod caps;
mod clock;
mod convert;
mod data;
mod deadline;
pub mod net;
mod tls;
mod imports;
mod interp;
#[cfg(feature = "serde")]
mod serde_data;

pub use interp::{DEFAULT_CHILD_MEMORY, DEFAULT_CHILD_OUTPUT};

/// Host-side pieces the `pyx` command grants through the [`Builder`]
/// ([`Builder::grant_paths`]): `open()` and `os` over grants given as host
/// paths.
#[doc(hidden)]
pub mod cli_support {
    pub use super::caps::{normalise_path, PathGrants, PathStat};
    pub use pyx_caps::CapError;
}

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use convert::{ArgCursor, CallArgs, ConvertError, FromData, HostError, HostFn, IntoArgs, IntoData, Kwargs, Param, RawArgs, Rest, StrRef, Typed};
pub use clock::{Clock, SystemClock, VirtualClock};
pub use data::{Data, Map, MapKey, MAX_DATA_DEPTH};
pub use num_bigint::BigInt;
pub use pyx_caps::{Access, DirCapability};
#[cfg(feature = "serde")]
pub use serde_data::{from_data, to_data, Serde, SerdeError};

use data::{from_data as data_to_value, to_data as value_to_data};
use pyx_vm::host::{new_host_function, new_host_object, register_module, set_builtin};
use pyx_vm::{Limits, Termination};
use pyx_vm::{OutputSink, Unwind, Vm};
use pyx_vm::{CodeObject, ObjRef, Value};

/// Where an output stream goes.
pub enum Output {
    /// Dropped.
    Discard,
    /// Kept in a buffer; read it with [`Interpreter::take_stdout`] /
    /// [`Interpreter::take_stderr`].
    Capture,
    /// Written to the process's own stdout/stderr (stdout is flushed
    /// before anything goes to stderr, so the two interleave as written;
    /// see [`Builder::unbuffered`]).
    Inherit,
    /// Handed to a callback, piece by piece.
    Callback(Box<dyn FnMut(&str) + Send>),
}

/// Which limit ended a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Memory,
    Steps,
    Time,
    Output,
    IntSize,
    /// The host called [`InterruptHandle::interrupt`].
    Interrupted,
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Limit::Memory => "memory limit exceeded",
            Limit::Steps => "execution step limit exceeded",
            Limit::Time => "time limit exceeded",
            Limit::Output => "output limit exceeded",
            Limit::IntSize => "integer size limit exceeded",
            Limit::Interrupted => "interrupted by the host",
        })
    }
}

/// Why a run (or eval, or call) did not produce a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Error {
    /// An uncaught Python exception.
    Exception {
        /// E.g. `ZeroDivisionError`.
        type_name: String,
        /// `str(exception)`.
        message: String,
        /// CPython-style traceback text (file names are the names the host
        /// gave, never host paths).
        traceback: String,
    },
    /// `sys.exit(code)` / an uncaught `SystemExit`: this interpreter ended.
    Exit(i32),
    /// A resource limit was hit (not catchable by Python code).
    Limit(Limit),
    /// A host-side problem: a name not found for `call`, a result that
    /// is not plain data or not of the Rust type asked for, an argument
    /// that did not convert.
    Host(String),
    /// A bug in pyx itself (a Rust panic inside the interpreter or in a host
    /// function) was caught at the API's edge. The interpreter it happened
    /// in is unusable from then on: every later call returns this error
    /// again. Other interpreters are unaffected.
    Internal(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Exception { traceback, .. } => f.write_str(traceback.trim_end()),
            Error::Exit(c) => write!(f, "exit({c})"),
            Error::Limit(l) => write!(f, "pyx: terminated: {l}"),
            Error::Host(m) => write!(f, "pyx: {m}"),
            Error::Internal(m) => write!(f, "pyx: internal error: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Stops an interpreter's run from any thread: the run going on now, or
/// else the next one (which then ends at once with
/// [`Limit::Interrupted`]). A run that ends by this interrupt consumes it.
#[derive(Clone)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Raises `KeyboardInterrupt` in an interpreter's run from any thread
/// ([`Interpreter::keyboard_interrupt_handle`]): at its next check the
/// running code gets the exception, and the request is consumed.
#[derive(Clone)]
pub struct KeyboardInterrupt(Arc<AtomicBool>);

impl KeyboardInterrupt {
    /// Ask for `KeyboardInterrupt` in the current (or next) run.
    pub fn send(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    /// Withdraw a request no run has taken yet.
    pub fn clear(&self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

/// A host function with its conversions, callable with the arguments of
/// one call. A `Mutex` makes an `FnMut` shareable; a call that finds it
/// busy (the same function reached again while it runs) is refused.
type RawHostFn = Arc<Mutex<dyn FnMut(Vec<Data>, Map) -> Result<Data, HostError> + Send>>;

fn raw_host_fn<M, F: HostFn<M>>(name: &str, mut f: F) -> RawHostFn {
    let n = name.to_string();
    Arc::new(Mutex::new(move |pos: Vec<Data>, kw: Map| f.call_host(&n, pos, kw)))
}

/// A module made of host functions and plain-data constants, placed in the
/// interpreter's `sys.modules` (so `import name` finds it).
#[derive(Clone)]
pub struct HostModule {
    name: String,
    functions: Vec<(String, RawHostFn)>,
    constants: Vec<(String, Data)>,
}

impl HostModule {
    pub fn new(name: &str) -> HostModule {
        HostModule { name: name.to_string(), functions: Vec::new(), constants: Vec::new() }
    }
    /// Add a typed host function (see [`Builder::function`]).
    pub fn function<M, F: HostFn<M>>(mut self, name: &str, f: F) -> HostModule {
        self.functions.push((name.to_string(), raw_host_fn(name, f)));
        self
    }
    /// Add a constant.
    pub fn constant(mut self, name: &str, value: impl Into<Data>) -> HostModule {
        self.constants.push((name.to_string(), value.into()));
        self
    }
}

/// Configures an interpreter: what it may do and how much of it.
pub struct Builder {
    limits: Limits,
    max_time: Option<Duration>,
    stdout: Output,
    stderr: Output,
    stdin: Option<Arc<caps::Stdin>>,
    unbuffered: bool,
    path_grants: Option<Arc<caps::PathGrants>>,
    setup: Vec<(String, String)>,
    removed: Vec<String>,
    functions: Vec<(String, RawHostFn)>,
    modules: Vec<HostModule>,
    dirs: Vec<(String, DirCapability)>,
    open_roots: Vec<(String, DirCapability)>,
    sys: Option<pyx_vm::SysConfig>,
    hash_seed: u64,
    stdlib: bool,
    import_roots: Vec<Arc<dyn pyx_vm::ImportRoot>>,
    native_modules: Option<Vec<String>>,
    interpreter_module: bool,
    clock: Option<Arc<dyn Clock>>,
    entropy: Option<[u8; 32]>,
    net: Vec<net::NetGrant>,
    net_denied: Vec<net::NetGrant>,
    max_net_bytes: Option<u64>,
}

/// The default memory cap of an interpreter (the host stays safe even
/// when the embedder sets no limit).
pub const DEFAULT_MAX_MEMORY: usize = 512 << 20;
/// The default wall-clock limit of each run (`run`, `eval`, `call`...):
/// an embedder's first `while True: pass` ends with [`Limit::Time`]
/// instead of hanging the host.
pub const DEFAULT_MAX_TIME: Duration = Duration::from_secs(10);
/// The default bytes of stdout plus stderr each run may write (captured
/// output is held in host memory until taken).
pub const DEFAULT_MAX_OUTPUT: usize = 16 << 20;

impl Default for Builder {
    fn default() -> Builder {
        Builder {
            limits: Limits { max_memory: Some(DEFAULT_MAX_MEMORY), max_output: Some(DEFAULT_MAX_OUTPUT), ..Limits::default() },
            max_time: Some(DEFAULT_MAX_TIME),
            stdout: Output::Capture,
            stderr: Output::Capture,
            stdin: None,
            unbuffered: false,
            path_grants: None,
            setup: Vec::new(),
            removed: Vec::new(),
            functions: Vec::new(),
            modules: Vec::new(),
            dirs: Vec::new(),
            open_roots: Vec::new(),
            sys: Some(Default::default()),
            hash_seed: 0,
            stdlib: true,
            import_roots: Vec::new(),
            native_modules: None,
            interpreter_module: false,
            clock: None,
            entropy: None,
            net: Vec::new(),
            net_denied: Vec::new(),
            max_net_bytes: None,
        }
    }
}

impl Builder {
    /// Bytes the interpreter's heap may hold (default
    /// [`DEFAULT_MAX_MEMORY`]).
    pub fn max_memory(mut self, bytes: usize) -> Builder {
        self.limits.max_memory = Some(bytes);
        self
    }
    /// No memory cap at all (only for code you trust).
    pub fn no_memory_limit(mut self) -> Builder {
        self.limits.max_memory = None;
        self
    }
    /// No wall-clock limit (the default is [`DEFAULT_MAX_TIME`] per run).
    pub fn no_time_limit(mut self) -> Builder {
        self.max_time = None;
        self
    }
    /// No output limit (the default is [`DEFAULT_MAX_OUTPUT`] per run).
    pub fn no_output_limit(mut self) -> Builder {
        self.limits.max_output = None;
        self
    }
    /// Execution steps per run (backward jumps, calls, per-element work of
    /// built-ins).
    pub fn max_steps(mut self, steps: u64) -> Builder {
        self.limits.max_steps = Some(steps);
        self
    }
    /// Wall-clock time per run (default [`DEFAULT_MAX_TIME`]), enforced by
    /// one host timer thread for the whole process (the VM never reads a
    /// clock).
    pub fn max_time(mut self, t: Duration) -> Builder {
        self.max_time = Some(t);
        self
    }
    /// Bytes written to stdout and stderr per run (default
    /// [`DEFAULT_MAX_OUTPUT`]).
    pub fn max_output(mut self, bytes: usize) -> Builder {
        self.limits.max_output = Some(bytes);
        self
    }
    /// Python recursion depth (a `RecursionError` beyond it).
    pub fn max_recursion(mut self, depth: u32) -> Builder {
        self.limits.max_recursion = depth;
        self
    }
    /// Largest integer, in bits.
    pub fn max_int_bits(mut self, bits: u64) -> Builder {
        self.limits.max_int_bits = bits;
        self
    }
    /// Depth of native re-entry (sorting keys, `__eq__` in dict lookups...);
    /// bounded by the Rust stack the interpreter runs on.
    pub fn max_native_depth(mut self, depth: u32) -> Builder {
        self.limits.max_native_depth = depth;
        self
    }
    /// GC-stress mode, for testing the interpreter itself: the collector
    /// runs at every safe point, so an object some native code holds
    /// without rooting it is freed at once and the mistake shows up in
    /// tests. Many times slower; never for production.
    pub fn gc_stress(mut self, on: bool) -> Builder {
        self.limits.gc_stress = on;
        self
    }
    /// Where `print` and `sys.stdout` go (default [`Output::Capture`]).
    pub fn stdout(mut self, o: Output) -> Builder {
        self.stdout = o;
        self
    }
    pub fn stderr(mut self, o: Output) -> Builder {
        self.stderr = o;
        self
    }
    /// Text that `input()` and `sys.stdin` read. Without it there is no
    /// `input()`.
    pub fn stdin(mut self, text: impl Into<String>) -> Builder {
        self.stdin = Some(Arc::new(caps::Stdin::new(text.into())));
        self
    }
    /// `input()` and `sys.stdin` read a host stream as the program asks
    /// for more (the `pyx` command's own stdin), instead of a fixed text.
    pub fn stdin_stream(mut self, reader: impl std::io::BufRead + Send + 'static) -> Builder {
        self.stdin = Some(Arc::new(caps::Stdin::from_reader(Box::new(reader))));
        self
    }
    /// With [`Output::Inherit`], flush stdout after every write (`pyx -u`)
    /// instead of leaving it to the process's line buffering.
    pub fn unbuffered(mut self, on: bool) -> Builder {
        self.unbuffered = on;
        self
    }
    /// `open()` (and the `os` functions of the `_pyx_fs` module, if the
    /// host adds it) over directories granted by host path, as the `pyx`
    /// command's `--allow-read`/`--allow-write` do.
    #[doc(hidden)]
    pub fn grant_paths(mut self, grants: Arc<caps::PathGrants>) -> Builder {
        self.path_grants = Some(grants);
        self
    }
    /// Python source the host runs once while building the interpreter,
    /// after every grant is in place (`name` is its file name in
    /// tracebacks). Its steps and output are the host's, not counted
    /// against the limits of later runs; memory it keeps is. An exception
    /// in it fails [`Builder::build`]. Its namespace has `sys` bound (the
    /// interpreter's module), and the host's modules are in `sys.modules`:
    /// setup that only configures these needs no `import`, which would
    /// start the import system in every interpreter built (an interpreter
    /// that never imports never starts it).
    pub fn setup(mut self, source: &str, name: &str) -> Builder {
        self.setup.push((source.to_string(), name.to_string()));
        self
    }
    /// Remove a built-in (`eval`, `exec`, `compile`, `globals`...).
    pub fn remove_builtin(mut self, name: &str) -> Builder {
        self.removed.push(name.to_string());
        self
    }
    /// A host function as a built-in: any closure or `FnMut` whose
    /// parameters are [`FromData`] types, `&str`, [`Kwargs`] (keyword
    /// arguments) or [`Rest`] (`*args`), returning an [`IntoData`] type
    /// or `Result<T, HostError>` (see [`HostFn`]). Arguments are converted
    /// from Python values; a wrong count or type is a Python `TypeError`.
    /// Arguments and result cross by copy: no host object enters the
    /// interpreter.
    pub fn function<M, F: HostFn<M>>(mut self, name: &str, f: F) -> Builder {
        self.functions.push((name.to_string(), raw_host_fn(name, f)));
        self
    }
    /// A host module, importable by its name.
    pub fn module(mut self, m: HostModule) -> Builder {
        self.modules.push(m);
        self
    }
    /// Grant a directory capability as the built-in `name` (an object with
    /// `open`, `read_text`, `write_text`, `listdir`, `exists`, `stat`,
    /// `remove`, `mkdir`, `rmdir`, `subdir`, as its access allows).
    pub fn grant_dir(mut self, name: &str, dir: DirCapability) -> Builder {
        self.dirs.push((name.to_string(), dir));
        self
    }
    /// Provide `open()`, resolving paths that start with `prefix` (all
    /// relative paths when `prefix` is empty) inside `dir`. Without any
    /// such grant there is no `open()`.
    pub fn allow_open(mut self, prefix: &str, dir: DirCapability) -> Builder {
        self.open_roots.push((prefix.trim_end_matches('/').to_string(), dir));
        self
    }
    /// `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Builder {
        if let Some(s) = &mut self.sys {
            s.argv = argv;
        }
        self
    }
    /// `sys.platform` (`'pyx'` unless set).
    pub fn platform(mut self, p: &str) -> Builder {
        if let Some(s) = &mut self.sys {
            s.platform = Some(p.to_string());
        }
        self
    }
    /// No `sys` module at all.
    pub fn no_sys(mut self) -> Builder {
        self.sys = None;
        self
    }
    /// Grant `dir` (read-only) as an import root: `import m` finds
    /// `m.py` or the package `m/` in it. Modules show as `name/m.py` in
    /// `__file__` and tracebacks, never as a host path. Roots are searched
    /// in the order granted, after the frozen stdlib: pyx's own modules,
    /// made for the sandbox, win over same-named files in a root.
    pub fn import_root(mut self, name: &str, dir: &DirCapability) -> Builder {
        self.import_roots.push(Arc::new(imports::DirImportRoot::new(name, dir)));
        self
    }
    /// Whether pyx's frozen standard library is importable (default yes).
    /// Without it only granted roots, host modules and native modules
    /// import.
    pub fn stdlib(mut self, on: bool) -> Builder {
        self.stdlib = on;
        self
    }
    /// The native modules Python code may import (default: all pyx has,
    /// `math`). Python code can narrow the set further
    /// (`sys.allow_native`), never widen it.
    pub fn native_modules(mut self, names: &[&str]) -> Builder {
        self.native_modules = Some(names.iter().map(|s| s.to_string()).collect());
        self
    }
    /// Make the `interpreter` module importable: Python code may then
    /// create child interpreters with a subset of its own built-ins,
    /// capabilities, modules and limits (see the book's security chapter).
    pub fn interpreter_module(mut self) -> Builder {
        self.interpreter_module = true;
        self
    }
    /// Grant outgoing TCP connections to these endpoints (`HOST`,
    /// `HOST:PORT`, `[IPv6]:PORT`, `*` for any host): the `socket` module
    /// (and `ssl`, `http.client`, `urllib.request` over it) then reaches them and
    /// nothing else. A host is matched as written: a grant for a name does
    /// not cover the addresses it resolves to, nor the reverse. Without
    /// any grant there is no network at all.
    pub fn allow_net(mut self, endpoints: &[&str]) -> Result<Builder, Error> {
        for e in endpoints {
            self.net.push(net::NetGrant::parse(e).map_err(Error::Host)?);
        }
        Ok(self)
    }
    /// Refuse these endpoints whatever [`Builder::allow_net`] grants.
    pub fn deny_net(mut self, endpoints: &[&str]) -> Result<Builder, Error> {
        for e in endpoints {
            self.net_denied.push(net::NetGrant::parse(e).map_err(Error::Host)?);
        }
        Ok(self)
    }
    /// Grant one endpoint already parsed with [`net::NetGrant::parse`]
    /// (infallible: for front ends that check before they commit).
    pub fn allow_net_grant(mut self, grant: net::NetGrant) -> Builder {
        self.net.push(grant);
        self
    }
    /// Refuse one parsed endpoint whatever the grants say.
    pub fn deny_net_grant(mut self, grant: net::NetGrant) -> Builder {
        self.net_denied.push(grant);
        self
    }
    /// Grant every outgoing TCP connection.
    pub fn allow_all_net(mut self) -> Builder {
        self.net.push(net::NetGrant::any());
        self
    }
    /// Bytes the interpreter may send plus receive over the network.
    pub fn max_net_bytes(mut self, bytes: u64) -> Builder {
        self.max_net_bytes = Some(bytes);
        self
    }
    /// Seed `random` (pyx's pure-Python module): `random.seed()` with no
    /// argument, and the module at import, take successive values of a
    /// sequence started from `seed` (through the host module `_pyx_seed`).
    /// Without it they use 0, so runs repeat exactly. The VM has no
    /// randomness of its own: entropy, if wanted, is the host's to give.
    pub fn random_seed(self, seed: u64) -> Builder {
        let state = Arc::new(std::sync::atomic::AtomicU64::new(seed));
        let module = HostModule::new("_pyx_seed").function("seed", move || -> i64 {
            // splitmix64: distinct, well-mixed values from one seed.
            let mut z = state.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed).wrapping_add(0x9E37_79B9_7F4A_7C15);
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) >> 1) as i64
        });
        self.module(module)
    }
    /// Let Python code read time (`time.time()`, `datetime.now()`,
    /// `time.sleep` waiting): a [`SystemClock`], or a [`VirtualClock`] that
    /// starts at a fixed instant and moves only when the program sleeps.
    /// Without one, asking for the time raises `RuntimeError` (converting
    /// a given timestamp still works).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Builder {
        self.clock = Some(clock);
        self
    }
    /// Key the generator behind `secrets` (`token_bytes`, `randbelow`...)
    /// with 32 bytes of the host's entropy. Python code never sees the
    /// key. Without it, `secrets` raises `RuntimeError`.
    pub fn entropy(mut self, key: [u8; 32]) -> Builder {
        self.entropy = Some(key);
        self
    }
    /// Seed of the string hash.
    pub fn hash_seed(mut self, seed: u64) -> Builder {
        self.hash_seed = seed;
        self
    }

    /// Create the interpreter.
    pub fn build(self) -> Result<Interpreter, Error> {
        let max_time = self.max_time;
        let (vm, flags, out_buf, err_buf) = self.configure()?;
        Ok(Interpreter {
            vm,
            main: None,
            trampoline: None,
            interrupt: flags.interrupt,
            deadline: flags.deadline,
            keyboard: None,
            max_time,
            out_buf,
            err_buf,
            broken: None,
        })
    }

    #[allow(clippy::type_complexity)]
    fn configure(self) -> Result<(Box<Vm>, Flags, Option<Arc<Mutex<String>>>, Option<Arc<Mutex<String>>>), Error> {
        let interrupt = Arc::new(AtomicBool::new(false));
        let deadline = Arc::new(AtomicBool::new(false));
        let mut limits = self.limits;
        limits.interrupt = Some(interrupt.clone());
        limits.outer_interrupts.push(deadline.clone());
        let mut vm = Box::new(Vm::new(limits, self.hash_seed));
        let (out, out_buf) = sink(self.stdout, false, self.unbuffered);
        let (err, err_buf) = sink(self.stderr, true, self.unbuffered);
        vm.set_output(out, err);
        vm.set_import_setup(pyx_stdlib::import_setup(self.stdlib, self.import_roots.clone(), self.native_modules.clone()));
        vm.set_clock(self.clock.clone());
        vm.set_entropy(self.entropy.map(pyx_vm::EntropyPool::new));
        let mut vm = vm;
        let r = (|| -> Result<(), Unwind> {
            let vm = &mut *vm;
            if let Some(s) = &self.sys {
                pyx_vm::install_sys(vm, s)?;
            }
            for (name, f) in &self.functions {
                let v = raw_function(vm, name, f.clone())?;
                set_builtin(vm, name, Some(v))?;
            }
            for m in &self.modules {
                let mut attrs = Vec::new();
                for (name, f) in &m.functions {
                    attrs.push((name.clone(), raw_function(vm, name, f.clone())?));
                }
                for (name, d) in &m.constants {
                    attrs.push((name.clone(), data_to_value(vm, d)?));
                }
                register_module(vm, &m.name, attrs)?;
            }
            if self.interpreter_module {
                interp::install(vm)?;
            }
            for (name, d) in &self.dirs {
                let v = new_host_object(vm, Arc::new(caps::DirObject::new(d.clone())))?;
                set_builtin(vm, name, Some(v))?;
            }
            if !self.open_roots.is_empty() {
                let roots = self.open_roots.clone();
                let v = new_host_function(vm, "open", move |vm, a| caps::open_builtin(vm, &roots, a))?;
                set_builtin(vm, "open", Some(v))?;
            }
            if !self.net.is_empty() {
                net::install(vm, Arc::new(net::NetGrants::new(self.net.clone(), self.max_net_bytes).with_denied(self.net_denied.clone())))?;
            }
            if let Some(grants) = &self.path_grants {
                caps::install_path_open(vm, grants.clone())?;
            }
            if let Some(stdin) = &self.stdin {
                caps::install_stdin(vm, stdin.clone())?;
            }
            for name in &self.removed {
                set_builtin(vm, name, None)?;
            }
            // The host's setup code runs with no step or output budget of
            // the program's: the limits apply from the first run on.
            vm.unmetered(|vm| self.setup.iter().try_for_each(|(source, name)| run_setup(vm, source, name)))
        })();
        if let Err(e) = r {
            return Err(error_of(&mut vm, e));
        }
        vm.unpin_all();
        Ok((vm, Flags { interrupt, deadline }, out_buf, err_buf))
    }
}

/// The two flags that stop a run: the host's interrupt (kept until a run
/// consumes it) and the watchdog's deadline (reset for each run).
struct Flags {
    interrupt: Arc<AtomicBool>,
    deadline: Arc<AtomicBool>,
}

fn sys_module(vm: &mut Vm) -> Option<Value> {
    let k = vm.new_str("sys").ok()?;
    let mods = vm.modules_dict();
    vm.dict_get(mods, k).ok().flatten()
}

fn raw_function(vm: &mut Vm, name: &str, f: RawHostFn) -> Result<Value, Unwind> {
    let fname = name.to_string();
    new_host_function(vm, name, move |vm, a| {
        let mut args = Vec::with_capacity(a.pos.len());
        for (i, v) in a.pos.iter().enumerate() {
            args.push(plain_arg(vm, *v, &fname, &format!("argument {}", i + 1))?);
        }
        let mut kw = Map::with_capacity(a.kw.len());
        for (k, v) in a.kw {
            let key = vm.str_of(*k).unwrap_or("").to_string();
            let d = plain_arg(vm, *v, &fname, &format!("argument '{key}'"))?;
            kw.insert(key, d);
        }
        let r = match f.try_lock() {
            Ok(mut f) => (f)(args, kw),
            Err(_) => return Err(vm.runtime_error(format!("{fname}() is already running (a host function cannot be re-entered)"))),
        };
        match r {
            Ok(d) => data_to_value(vm, &d),
            Err(e) => Err(raise_host_error(vm, &e)),
        }
    })
}

fn plain_arg(vm: &mut Vm, v: Value, fname: &str, what: &str) -> Result<Data, Unwind> {
    match value_to_data(vm, v) {
        Ok(d) => Ok(d),
        Err(Unwind::Exception(_)) => Err(vm.type_error(format!(
            "{fname}() {what} must be plain data (None, bool, int, float, str, bytes, list, tuple, dict, set, frozenset), not '{}'",
            vm.type_name(v)
        ))),
        Err(e) => Err(e),
    }
}

/// Raise a host function's error: a built-in exception of that name, or
/// else an exception class of that name made for this interpreter (a
/// subclass of `Exception`, kept so that every raise uses the same class).
fn raise_host_error(vm: &mut Vm, e: &HostError) -> Unwind {
    let name = e.type_name.as_str();
    if let Some(&(_, t)) = vm.types().exc_by_name.iter().find(|(n, _)| *n == name) {
        return vm.exc_msg(t, e.message.clone());
    }
    let valid = name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !valid {
        return vm.exc_msg(vm.types().runtime_error, format!("{}: {}", name, e.message));
    }
    let key = host_error_key(name);
    let cls = match key.and_then(|k| pyx_vm::host::named(vm, k)) {
        Some(c) => c,
        None => match make_exception_class(vm, name) {
            Ok(c) => {
                if let Some(k) = key {
                    pyx_vm::host::register_named(vm, k, c);
                }
                c
            }
            Err(u) => return u,
        },
    };
    vm.exc_msg(cls, e.message.clone())
}

/// A `'static` key for the per-interpreter registry of host exception
/// classes: each distinct name is stored once per process, up to a bound
/// (past it, classes are made per raise and not kept).
fn host_error_key(name: &str) -> Option<&'static str> {
    static KEYS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    const MAX_KEYS: usize = 4096;
    let mut keys = KEYS.lock().ok()?;
    if let Some(k) = keys.iter().find(|k| k.strip_prefix("host-error:") == Some(name)) {
        return Some(k);
    }
    if keys.len() >= MAX_KEYS {
        return None;
    }
    let k: &'static str = Box::leak(format!("host-error:{name}").into_boxed_str());
    keys.push(k);
    Some(k)
}

/// `type(name, (Exception,), {'__module__': 'builtins'})`: shown as plain
/// `name` in tracebacks, like a built-in exception.
fn make_exception_class(vm: &mut Vm, name: &str) -> Result<ObjRef, Unwind> {
    let n = vm.new_str(name)?;
    let r = vm.with_roots(&[n], |vm, held| {
        let bases = vm.new_tuple(vec![Value::Obj(vm.types().exception)])?;
        held.push(vm, bases);
        let ns = vm.new_dict()?;
        held.push(vm, Value::Obj(ns));
        let mk = vm.intern("__module__");
        let mv = vm.intern("builtins");
        vm.dict_set(ns, Value::Obj(mk), Value::Obj(mv))?;
        let ty = Value::Obj(vm.types().type_);
        vm.call(ty, &[n, bases, Value::Obj(ns)])
    });
    match r? {
        Value::Obj(c) => Ok(c),
        _ => Err(vm.runtime_error("could not make an exception class")),
    }
}

struct FnSink(Box<dyn FnMut(&str) + Send>);
impl OutputSink for FnSink {
    fn write(&mut self, s: &str) {
        (self.0)(s)
    }
}

struct StdSink {
    err: bool,
    unbuffered: bool,
}
impl OutputSink for StdSink {
    fn write(&mut self, s: &str) {
        use std::io::Write;
        if self.err {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(s.as_bytes());
        } else {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(s.as_bytes());
            if self.unbuffered {
                let _ = out.flush();
            }
        }
    }
    fn flush(&mut self) {
        use std::io::Write;
        let _ = std::io::stdout().flush();
    }
}

/// Run the host's setup `source` in a namespace of its own.
fn run_setup(vm: &mut Vm, source: &str, name: &str) -> Result<(), Unwind> {
    let code = pyx_vm::compile_source(vm, source, name, "exec")?;
    let ns = vm.new_dict()?;
    vm.pin(Value::Obj(ns));
    let (b, bk) = (vm.builtins_dict(), vm.names().__builtins__);
    vm.dict_set(ns, Value::Obj(bk), Value::Obj(b))?;
    let (mods, sys) = (vm.modules_dict(), vm.new_str("sys")?);
    if let Some(m) = vm.dict_get(mods, sys)? {
        vm.dict_set(ns, sys, m)?;
    }
    vm.run_code(&code, ns, Value::Obj(ns)).map(|_| ())
}

fn sink(o: Output, err: bool, unbuffered: bool) -> (Box<dyn OutputSink>, Option<Arc<Mutex<String>>>) {
    match o {
        Output::Discard => (Box::new(pyx_vm::NullSink), None),
        Output::Capture => {
            let c = pyx_vm::CaptureSink::default();
            let buf = c.0.clone();
            (Box::new(c), Some(buf))
        }
        Output::Inherit => (Box::new(StdSink { err, unbuffered }), None),
        Output::Callback(f) => (Box::new(FnSink(f)), None),
    }
}

/// One interpreter: its own heap, built-ins, `sys.modules`, grants and
/// limits. Dropping it frees everything it owned.
pub struct Interpreter {
    vm: Box<Vm>,
    main: Option<ObjRef>,
    trampoline: Option<Arc<CodeObject>>,
    interrupt: Arc<AtomicBool>,
    deadline: Arc<AtomicBool>,
    /// Set by [`KeyboardInterrupt::send`] (made on first request).
    keyboard: Option<Arc<AtomicBool>>,
    max_time: Option<Duration>,
    out_buf: Option<Arc<Mutex<String>>>,
    err_buf: Option<Arc<Mutex<String>>>,
    /// Set when a panic was caught in a run: the VM's state is unknown.
    broken: Option<String>,
}

impl Interpreter {
    /// Start configuring an interpreter.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// A bare interpreter with the default limits and output captured.
    pub fn new() -> Result<Interpreter, Error> {
        Builder::default().build()
    }

    /// A handle that stops this interpreter's current run (or, when none
    /// is going on, its next one) from any thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.interrupt.clone())
    }

    /// A handle that raises `KeyboardInterrupt` in this interpreter's
    /// current run from any thread (a terminal's Ctrl-C). Unlike
    /// [`InterruptHandle`] this is an ordinary Python exception: code may
    /// catch it and go on.
    pub fn keyboard_interrupt_handle(&mut self) -> KeyboardInterrupt {
        let flag = self.keyboard.get_or_insert_with(|| Arc::new(AtomicBool::new(false))).clone();
        self.vm.set_keyboard_interrupt(flag.clone());
        KeyboardInterrupt(flag)
    }

    /// Write out what the stdout sink holds back (with [`Output::Inherit`],
    /// the process's buffered stdout).
    pub fn flush(&mut self) {
        self.vm.flush_stdout();
    }

    /// Everything written to stdout since the last call (with
    /// [`Output::Capture`]).
    pub fn take_stdout(&mut self) -> String {
        take(&self.out_buf)
    }

    /// Everything written to stderr since the last call.
    pub fn take_stderr(&mut self) -> String {
        take(&self.err_buf)
    }

    /// Bytes the heap holds now (estimate).
    pub fn memory_used(&self) -> usize {
        self.vm.memory_used()
    }

    /// Bytes of output this interpreter may still write under its
    /// `max_output` (`None`: no cap). A host printing an uncaught
    /// exception's traceback on the program's behalf stays within it.
    pub fn output_left(&self) -> Option<usize> {
        self.vm.output_left()
    }

    /// Run `source` as the `__main__` module. `name` is what tracebacks and
    /// `co_filename` show (choose a name, not a host path).
    pub fn run(&mut self, source: &str, name: &str) -> Result<(), Error> {
        self.guarded(|vm, g| {
            let code = pyx_vm::compile_source(vm, source, name, "exec")?;
            vm.run_code(&code, g, Value::Obj(g))?;
            Ok(Data::None)
        })
        .map(|_| ())
    }

    /// Run module `name`, found by the import system (the frozen stdlib,
    /// granted import roots), as `__main__`: `pyx -m name`. A package runs
    /// its `__main__` submodule.
    pub fn run_module(&mut self, name: &str) -> Result<(), Error> {
        let mut main_ns = None;
        let r = self.guarded(|vm, _| {
            let (code, ns) = vm.main_module_code(name)?;
            main_ns = Some(ns);
            vm.pin(Value::Obj(ns));
            vm.run_code(&code, ns, Value::Obj(ns))?;
            Ok(Data::None)
        });
        if main_ns.is_some() {
            // `eval` and `call` now see the module that ran.
            self.main = main_ns;
        }
        r.map(|_| ())
    }

    /// Run one interactive input (a REPL line or block) in `__main__`, as
    /// CPython's `single` mode does: each expression statement prints the
    /// `repr` of a value that is not `None` and binds it to `builtins._`.
    /// The interpreter stays usable after an exception or a limit.
    pub fn run_interactive(&mut self, source: &str, name: &str) -> Result<(), Error> {
        self.guarded(|vm, g| {
            let code = pyx_vm::compile_source(vm, source, name, "single")?;
            vm.run_code(&code, g, Value::Obj(g))?;
            Ok(Data::None)
        })
        .map(|_| ())
    }

    /// The names defined in `__main__` and the built-ins, sorted (a REPL's
    /// completion). Reads the dictionaries; runs no Python code.
    pub fn global_names(&mut self) -> Vec<String> {
        let mut names = Vec::new();
        let builtins = self.vm.builtins_dict();
        for d in self.main.into_iter().chain([builtins]) {
            let keys = self.vm.dict_ref(d).map(|d| d.keys()).unwrap_or_default();
            names.extend(keys.into_iter().filter_map(|k| self.vm.str_of(k).map(str::to_string)));
        }
        names.sort();
        names.dedup();
        names
    }

    /// [`Interpreter::eval`] for a tool's own look at the program's state
    /// (a REPL completing `obj.`): at most `max_steps` steps (and never
    /// more than the interpreter's own step limit), and anything it prints
    /// dropped.
    pub fn eval_quietly<T: FromData>(&mut self, expr: &str, max_steps: u64) -> Result<T, Error> {
        let saved = self.vm.limits().max_steps;
        self.vm.set_step_limit(Some(saved.map_or(max_steps, |s| s.min(max_steps))));
        let (out, err) = self.vm.set_output(Box::new(pyx_vm::NullSink), Box::new(pyx_vm::NullSink));
        let r = self.eval(expr);
        self.vm.set_output(out, err);
        self.vm.set_step_limit(saved);
        r
    }

    /// Evaluate an expression in the `__main__` namespace and convert its
    /// value: `eval::<i64>("1 + 1")`, `eval::<Data>(...)` for any plain
    /// data. A value that is not plain data, or not of type `T`, is
    /// [`Error::Host`].
    pub fn eval<T: FromData>(&mut self, expr: &str) -> Result<T, Error> {
        let mut not_plain = None;
        let d = self.guarded(|vm, g| {
            let code = pyx_vm::compile_source(vm, expr, "<eval>", "eval")?;
            let v = vm.run_code(&code, g, Value::Obj(g))?;
            result_data(vm, v, &mut not_plain)
        });
        typed(d, not_plain, "eval()")
    }

    /// Call the function (any callable) named `name` with arguments
    /// ([`IntoArgs`]: `()`, a tuple, `&[Data]`, [`CallArgs`] with
    /// keywords) and convert its result. `name` is a global of `__main__`
    /// or a built-in, or a dotted path (`"json.dumps"`, `"mod.Class.method"`)
    /// whose first part is one of those or else a module, imported if
    /// need be. A name not found is [`Error::Host`]; so is a result that
    /// is not plain data or not a `T`.
    pub fn call<T: FromData>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let args = args.into_args().map_err(|e| Error::Host(format!("call('{name}'): argument: {}", e.message)))?;
        let tramp = match &self.trampoline {
            Some(c) => c.clone(),
            None => {
                let c = pyx_vm::compile_source(&mut self.vm, "__f(*__a, **__k)", "<host>", "eval").map_err(|e| self.error(e))?;
                self.trampoline = Some(c.clone());
                c
            }
        };
        let mut not_found = None;
        let mut not_plain = None;
        let d = self.guarded(|vm, g| {
            let f = match resolve(vm, g, name)? {
                Ok(f) => f,
                Err(msg) => {
                    not_found = Some(msg);
                    return Ok(Data::None);
                }
            };
            let ns = vm.new_dict()?;
            vm.pin(Value::Obj(ns));
            let fk = vm.intern("__f");
            vm.dict_set(ns, Value::Obj(fk), f)?;
            let t = data_to_value(vm, &Data::Tuple(args.positional))?;
            let ak = vm.intern("__a");
            vm.dict_set(ns, Value::Obj(ak), t)?;
            let kw: Map = args.keywords.into_iter().collect();
            let k = data_to_value(vm, &Data::Dict(kw))?;
            let kk = vm.intern("__k");
            vm.dict_set(ns, Value::Obj(kk), k)?;
            let v = vm.run_code(&tramp, ns, Value::Obj(ns))?;
            result_data(vm, v, &mut not_plain)
        });
        if let Some(msg) = not_found {
            return Err(Error::Host(msg));
        }
        typed(d, not_plain, &format!("call('{name}')"))
    }

    /// Set a global of `__main__` to plain data.
    pub fn set(&mut self, name: &str, value: impl IntoData) -> Result<(), Error> {
        let value = value.into_data().map_err(|e| Error::Host(format!("set('{name}'): {}", e.message)))?;
        self.guarded(|vm, g| {
            let v = data_to_value(vm, &value)?;
            let k = vm.intern(name);
            vm.dict_set(g, Value::Obj(k), v)?;
            Ok(Data::None)
        })
        .map(|_| ())
    }

    /// Set a global of `__main__` (the same as [`Interpreter::set`]).
    pub fn set_global(&mut self, name: &str, value: impl IntoData) -> Result<(), Error> {
        self.set(name, value)
    }

    /// Read a global of `__main__` as plain data converted to `T`; a name
    /// not defined is [`Error::Host`].
    pub fn get<T: FromData>(&mut self, name: &str) -> Result<T, Error> {
        let mut missing = false;
        let mut not_plain = None;
        let d = self.guarded(|vm, g| {
            let k = vm.new_str(name)?;
            match vm.dict_get(g, k)? {
                Some(v) => result_data(vm, v, &mut not_plain),
                None => {
                    missing = true;
                    Ok(Data::None)
                }
            }
        });
        if missing {
            return Err(Error::Host(format!("get('{name}'): name '{name}' is not defined in __main__")));
        }
        typed(d, not_plain, &format!("get('{name}')"))
    }

    fn main_globals(&mut self) -> Result<ObjRef, Unwind> {
        if let Some(g) = self.main {
            return Ok(g);
        }
        let vm = &mut *self.vm;
        let m = register_module(vm, "__main__", Vec::new())?;
        let g = match vm.attr_dict(m) {
            Some(d) => d,
            None => return Err(vm.runtime_error("module without a namespace")),
        };
        let b = vm.builtins_dict();
        let bk = vm.names().__builtins__;
        vm.dict_set(g, Value::Obj(bk), Value::Obj(b))?;
        self.main = Some(g);
        Ok(g)
    }

    /// Run `f` with the per-run limits armed, then leave the VM clean.
    fn guarded(&mut self, f: impl FnOnce(&mut Vm, ObjRef) -> Result<Data, Unwind>) -> Result<Data, Error> {
        // An interrupt sent before the run started stops it now.
        if self.interrupt.swap(false, Ordering::Relaxed) {
            return Err(Error::Limit(Limit::Interrupted));
        }
        if let Some(why) = &self.broken {
            return Err(Error::Internal(why.clone()));
        }
        self.vm.begin_run();
        self.deadline.store(false, Ordering::Relaxed);
        let armed = self.max_time.map(|t| deadline::arm(t, self.deadline.clone()));
        // A panic is a bug in pyx or in a host function; it must not unwind
        // through the host. The VM may be mid-update, so the interpreter is
        // retired rather than reset.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match self.main_globals() {
            Ok(g) => f(&mut self.vm, g),
            Err(e) => Err(e),
        }));
        drop(armed);
        let r = match r {
            Ok(r) => r,
            Err(payload) => {
                let what = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic".to_string());
                let why = format!("{what} (this interpreter can no longer be used)");
                self.broken = Some(why.clone());
                return Err(Error::Internal(why));
            }
        };
        let r = r.map_err(|e| {
            if let Unwind::Terminate(Termination::Interrupted) = e {
                // The host's interrupt wins (and is consumed); else the
                // deadline passed.
                if self.interrupt.swap(false, Ordering::Relaxed) {
                    return Error::Limit(Limit::Interrupted);
                }
                if self.deadline.load(Ordering::Relaxed) {
                    return Error::Limit(Limit::Time);
                }
            }
            self.error(e)
        });
        // Leave the VM ready for the next run, whatever happened.
        self.vm.end_run();
        self.deadline.store(false, Ordering::Relaxed);
        r
    }

    fn error(&mut self, e: Unwind) -> Error {
        error_of(&mut self.vm, e)
    }
}

/// The host's view of how a run ended.
fn error_of(vm: &mut Vm, e: Unwind) -> Error {
    {
        match e {
            Unwind::Terminate(t) => Error::Limit(match t {
                Termination::Memory => Limit::Memory,
                Termination::Steps => Limit::Steps,
                Termination::Output => Limit::Output,
                Termination::IntSize => Limit::IntSize,
                Termination::Interrupted => Limit::Interrupted,
            }),
            Unwind::Exception(x) => {
                if vm.exc_is(x, vm.types().system_exit) {
                    return Error::Exit(exit_code(vm, x));
                }
                let (type_name, message) = vm.exc_summary(x);
                let traceback = vm.format_exception(x);
                Error::Exception { type_name, message, traceback }
            }
        }
    }
}

/// The exit status of an uncaught `SystemExit`, from its `code` attribute
/// as CPython reads it; a code that is not an int is printed on stderr and
/// gives 1.
fn exit_code(vm: &mut Vm, x: ObjRef) -> i32 {
    let code = vm.getattr_str(Value::Obj(x), "code").unwrap_or(Value::None);
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b as i32,
        other => {
            if let Ok(s) = vm.str_string(other) {
                let _ = vm.write_stderr(&format!("{}\n", s));
            }
            1
        }
    }
}

fn take(b: &Option<Arc<Mutex<String>>>) -> String {
    match b {
        Some(b) => match b.lock() {
            Ok(mut g) => std::mem::take(&mut *g),
            Err(_) => String::new(),
        },
        None => String::new(),
    }
}

/// Resolve `name` (`f`, `mod.f`, `obj.attr.method`) for `call`: the
/// callable, or (inner `Err`) why it was not found.
fn resolve(vm: &mut Vm, g: ObjRef, name: &str) -> Result<Result<Value, String>, Unwind> {
    let mut parts = name.split('.');
    let first = parts.next().unwrap_or("");
    let k = vm.new_str(first)?;
    let builtins = vm.builtins_dict();
    let found = match vm.dict_get(g, k)? {
        Some(v) => Some(v),
        None => vm.dict_get(builtins, k)?,
    };
    let mut v = match found {
        Some(v) => v,
        None if name.contains('.') && !first.is_empty() => {
            let m = vm.intern(first);
            match vm.import_name(m, Value::None, Value::Int(0), g) {
                Ok(v) => v,
                Err(Unwind::Exception(x)) if vm.exc_is(x, vm.types().import_error) => {
                    return Ok(Err(format!("call('{name}'): no global or module named '{first}'")));
                }
                Err(e) => return Err(e),
            }
        }
        None => return Ok(Err(format!("call('{name}'): no function named '{name}' in __main__"))),
    };
    for part in parts {
        let a = vm.intern(part);
        // `v` may be a fresh object only this loop holds.
        let r = vm.with_roots(&[v], |vm, _| vm.getattr(v, a));
        v = match r {
            Ok(x) => x,
            Err(Unwind::Exception(x)) if vm.exc_is(x, vm.types().attribute_error) => {
                return Ok(Err(format!("call('{name}'): no attribute '{part}'")));
            }
            Err(e) => return Err(e),
        };
    }
    Ok(Ok(v))
}

/// A result as plain data; a value that is not (a function, an
/// instance...) is noted in `not_plain` for an [`Error::Host`].
fn result_data(vm: &mut Vm, v: Value, not_plain: &mut Option<String>) -> Result<Data, Unwind> {
    match value_to_data(vm, v) {
        Ok(d) => Ok(d),
        Err(Unwind::Exception(x)) => {
            let (_, msg) = vm.exc_summary(x);
            *not_plain = Some(msg);
            Ok(Data::None)
        }
        Err(e) => Err(e),
    }
}

/// The result of `eval`/`call`/`get` converted to `T`.
fn typed<T: FromData>(d: Result<Data, Error>, not_plain: Option<String>, what: &str) -> Result<T, Error> {
    let d = d?;
    if let Some(msg) = not_plain {
        return Err(Error::Host(format!("{what}: the result is not plain data: {msg}")));
    }
    T::from_data(d).map_err(|e| Error::Host(format!("{what}: {e}")))
}
