//! pyx-vm: the virtual machine of pyx — values, the per-interpreter heap
//! and its collector, the object model, the evaluation loop, built-in types
//! and functions, and resource limits.
//!
//! This crate never touches the OS: no files, network, processes,
//! environment, clocks or randomness. Output goes to sinks the host
//! provides; the string-hash seed comes from the host; wall-clock deadlines
//! are the host's business (it sets the interrupt flag).

pub mod ast_module;
pub mod attr;
mod base;
pub mod bisect_module;
pub mod builtins;
pub mod call;
pub mod clock;
mod carets;
mod suggestions;
pub mod code;
pub mod dict;
pub mod docs;
pub mod eval;
pub mod format;
pub mod frame;
pub mod gc_module;
pub mod types_module;
pub mod hash;
pub mod hashes;
pub mod heap;
pub mod heapq_module;
pub mod host;
pub mod importer;
pub mod json;
pub mod limits;
pub mod math;
pub mod metered_int;
pub mod native;
pub mod object;
pub mod ops;
mod prelude;
pub mod percent;
mod roots;
pub mod set;
mod shape;
pub mod sre;
pub mod sysmod;
pub mod threads;
pub mod types;
pub mod unicodedata;
pub mod value;
pub mod weakref;
pub mod vm;
pub mod where_info;
pub mod zlib;

use std::sync::Arc;

pub use code::CodeObject;
pub use heap::ObjRef;
pub use limits::{Limits, Termination};
pub use value::Value;
pub use importer::{ImportRoot, ImportSetup};
pub use vm::{CaptureSink, NullSink, OutputSink, Unwind, Vm};

/// How an interpreter is set up by its host.
pub struct Config {
    pub limits: Limits,
    /// Seed of the string hash (the VM has no randomness of its own).
    pub hash_seed: u64,
    pub stdout: Box<dyn OutputSink>,
    pub stderr: Box<dyn OutputSink>,
}

impl Default for Config {
    fn default() -> Config {
        Config { limits: Limits::default(), hash_seed: 0, stdout: Box::new(NullSink), stderr: Box::new(NullSink) }
    }
}

/// Why a run did not complete.
#[derive(Debug, Clone)]
pub enum RunError {
    /// An uncaught Python exception.
    Exception {
        /// The exception's type name, e.g. `ZeroDivisionError`.
        type_name: String,
        /// `str(exception)`.
        message: String,
        /// The CPython-style rendering (traceback, chain, last line).
        traceback: String,
    },
    /// A resource limit was hit; not catchable by Python code.
    Limit(Termination),
    /// `SystemExit` reached the top: the exit status, and a message to
    /// print on stderr (for a non-int code).
    Exit { code: i32, message: Option<String> },
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Exception { traceback, .. } => f.write_str(traceback),
            RunError::Limit(t) => write!(f, "pyx: terminated: {}", t),
            RunError::Exit { message, .. } => f.write_str(message.as_deref().unwrap_or("")),
        }
    }
}

/// One interpreter: its own heap, modules, builtins and limits.
pub struct Interpreter {
    pub vm: Vm,
    main_globals: Option<ObjRef>,
}

impl Interpreter {
    /// An interpreter around a VM its host has already configured (grants,
    /// limits, sinks; e.g. `pyx::embed::Builder::build_vm`).
    pub fn from_vm(vm: Vm) -> Interpreter {
        Interpreter { vm, main_globals: None }
    }

    /// Start a fresh budget of steps and output, keeping the
    /// keyboard-interrupt flag: a REPL applies its limits to each input.
    pub fn reset_budget(&mut self) {
        let kb = self.vm.meter.keyboard_interrupt.take();
        self.vm.meter = limits::Meter::new(&self.vm.limits);
        self.vm.meter.keyboard_interrupt = kb;
    }

    pub fn new(config: Config) -> Interpreter {
        let mut vm = Vm::new(config.limits, config.hash_seed);
        vm.stdout = config.stdout;
        vm.stderr = config.stderr;
        Interpreter { vm, main_globals: None }
    }

    fn globals_for(&mut self, name: &str) -> Result<ObjRef, RunError> {
        if let Some(g) = self.main_globals {
            return Ok(g);
        }
        let vm = &mut self.vm;
        let r = (|| {
            let m = types::function::new_module(vm, name)?;
            let key = vm.new_str(name)?;
            let mods = vm.modules;
            vm.dict_set(mods, key, Value::Obj(m))?;
            let d = vm.heap.get(m).dict.unwrap_or(mods);
            let b = vm.builtins;
            vm.dict_set(d, Value::Obj(vm.n.__builtins__), Value::Obj(b))?;
            Ok(d)
        })();
        match r {
            Ok(d) => {
                self.main_globals = Some(d);
                Ok(d)
            }
            Err(e) => Err(self.to_run_error(e)),
        }
    }

    /// Compile source text with the host-chosen file name.
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Arc<CodeObject>, RunError> {
        match builtins::compile_source(&mut self.vm, source, filename, "exec") {
            Ok(c) => Ok(c),
            Err(e) => Err(self.to_run_error(e)),
        }
    }

    /// Run a module's code as `name` (e.g. `__main__`).
    pub fn run_module(&mut self, code: Arc<CodeObject>, name: &str) -> Result<(), RunError> {
        let g = self.globals_for(name)?;
        let r = self.vm.run_code(&code, g, Value::Obj(g));
        // The error is turned into text before the run's state goes.
        let r = r.map_err(|e| self.to_run_error(e));
        self.reset_after_run();
        r.map(|_| ())
    }

    /// Compile and run source text as `__main__`.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let code = self.compile(source, filename)?;
        self.run_module(code, "__main__")
    }

    /// Compile and run one REPL input in `__main__` (`single` mode): each
    /// expression statement prints the `repr` of a non-`None` value and
    /// binds it to `builtins._`, as CPython's `sys.displayhook` does. The
    /// interpreter stays usable after an exception or a termination.
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let g = self.globals_for("__main__")?;
        let r = match builtins::compile_source(&mut self.vm, source, filename, "single") {
            Ok(code) => self.vm.run_code(&code, g, Value::Obj(g)).map(|_| ()),
            Err(e) => Err(e),
        };
        let r = r.map_err(|e| self.to_run_error(e));
        self.reset_after_run();
        r
    }

    /// Let the host raise `KeyboardInterrupt` in running code (a REPL's
    /// Ctrl-C): setting `flag` from any thread raises it at the next check,
    /// and the VM clears the flag. Unlike `Limits::interrupt` this is a
    /// Python exception, catchable, and not a termination.
    pub fn set_keyboard_interrupt(&mut self, flag: Arc<std::sync::atomic::AtomicBool>) {
        self.vm.meter.keyboard_interrupt = Some(flag);
    }

    /// The names defined in `__main__` and the builtins, for a REPL's
    /// completion. Reads the dictionaries; runs no Python code.
    pub fn global_names(&mut self) -> Vec<String> {
        let mut names = Vec::new();
        let dicts = [self.main_globals, Some(self.vm.builtins)];
        for d in dicts.into_iter().flatten() {
            let keys = self.vm.dict_ref(d).map(|d| d.keys()).unwrap_or_default();
            names.extend(keys.into_iter().filter_map(|k| self.vm.str_of(k).map(str::to_string)));
        }
        names.sort();
        names.dedup();
        names
    }

    /// Drop what an interrupted or failed run may have left behind, so the
    /// next run starts from a clean evaluation state.
    fn reset_after_run(&mut self) {
        self.vm.end_run();
    }

    /// Evaluate an expression in the main namespace; returns its repr.
    pub fn eval(&mut self, source: &str) -> Result<String, RunError> {
        let g = self.globals_for("__main__")?;
        let r = (|| {
            let code = builtins::compile_source(&mut self.vm, source, "<eval>", "eval")?;
            let v = self.vm.run_code(&code, g, Value::Obj(g))?;
            self.vm.repr_string(v)
        })();
        let r = r.map_err(|e| self.to_run_error(e));
        self.reset_after_run();
        r
    }

    fn to_run_error(&mut self, e: Unwind) -> RunError {
        match e {
            Unwind::Terminate(t) => RunError::Limit(t),
            Unwind::Exception(x) if self.vm.exc_is(x, self.vm.t.system_exit) => {
                let code = self.vm.getattr_str(Value::Obj(x), "code").unwrap_or(Value::None);
                match code {
                    Value::None => RunError::Exit { code: 0, message: None },
                    Value::Int(i) => RunError::Exit { code: i as i32, message: None },
                    Value::Bool(b) => RunError::Exit { code: b as i32, message: None },
                    v => {
                        let s = self.vm.str_string(v).unwrap_or_default();
                        RunError::Exit { code: 1, message: Some(s) }
                    }
                }
            }
            Unwind::Exception(x) => {
                let (type_name, message) = self.vm.exc_summary(x);
                let traceback = self.vm.format_exception(x);
                RunError::Exception { type_name, message, traceback }
            }
        }
    }

    /// Write an uncaught exception, CPython-style, to the stderr sink.
    pub fn print_error(&mut self, e: &RunError) {
        let s = e.to_string();
        if s.is_empty() {
            return;
        }
        let s = if s.ends_with('\n') { s } else { s + "\n" };
        self.vm.stderr.write(&s);
    }
}

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
