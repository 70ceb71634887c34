//! `pyx FILE` and `pyx -c CODE`: run a program in a bare interpreter
//! (no grants), printing to stdout; an uncaught exception prints a
//! traceback to stderr and exits 1.

use std::io::Write;

use pyx_vm::{Config, Interpreter, Limits, OutputSink, RunError};

struct StdoutSink(std::io::BufWriter<std::io::Stdout>);
impl OutputSink for StdoutSink {
    fn write(&mut self, s: &str) {
        let _ = self.0.write_all(s.as_bytes());
    }
    fn flush(&mut self) {
        let _ = self.0.flush();
    }
}
impl Drop for StdoutSink {
    fn drop(&mut self) {
        let _ = self.0.flush();
    }
}

struct StderrSink;
impl OutputSink for StderrSink {
    fn write(&mut self, s: &str) {
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
}

/// Is this command line for the run path (`-c CODE` or a script)?
pub fn wants_run(args: &[String]) -> bool {
    match args.first() {
        Some(a) if a == "-c" => args.len() >= 2,
        Some(a) => !a.starts_with('-'),
        None => false,
    }
}

pub fn main_with_args(args: &[String]) -> i32 {
    let (source, filename) = if args[0] == "-c" {
        (args[1].clone(), "<string>".to_string())
    } else {
        match std::fs::read_to_string(&args[0]) {
            Ok(s) => (s, args[0].clone()),
            Err(e) => {
                eprintln!("pyx: can't open file '{}': {}", args[0], e);
                return 2;
            }
        }
    };
    // Deep Python recursion re-enters the VM only through native calls; a
    // large thread stack lets the native re-entry bound match CPython's
    // recursion limit.
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run_program(&source, &filename));
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("pyx: internal error");
            70
        }
    }
}

fn run_program(source: &str, filename: &str) -> i32 {
    let limits = Limits { max_native_depth: 1000, ..Limits::default() };
    let config = Config {
        limits,
        hash_seed: 0,
        stdout: Box::new(StdoutSink(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()))),
        stderr: Box::new(StderrSink),
    };
    let mut interp = Interpreter::new(config);
    let stdlib = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../stdlib");
    if stdlib.is_dir() {
        interp.vm.module_provider = Some(Box::new(StdlibDir(stdlib)));
    }
    let r = interp.run_source(source, filename);
    interp.vm.stdout.flush();
    match r {
        Ok(()) => 0,
        Err(e @ RunError::Exception { .. }) => {
            interp.print_error(&e);
            1
        }
        Err(e @ RunError::Limit(_)) => {
            interp.print_error(&e);
            1
        }
        Err(e @ RunError::Exit { code, .. }) => {
            interp.print_error(&e);
            code
        }
    }
}

/// The pure-Python standard library in the repository's `stdlib/`
/// directory, shown to Python code as `<stdlib>/name.py`.
///
/// Interim: the frozen stdlib (compiled into the binary) and the PEP 302
/// importer are built by the embedding API; until then the `pyx` command
/// reads them from the source tree it was built from.
pub(crate) struct StdlibDir(pub(crate) std::path::PathBuf);

impl pyx_vm::ModuleProvider for StdlibDir {
    fn find(&self, name: &str) -> Option<(String, std::sync::Arc<str>, bool)> {
        if name.starts_with('_') && name != "__future__" || name.contains("..") {
            return None;
        }
        let rel = name.replace('.', "/");
        let pkg = self.0.join(&rel).join("__init__.py");
        if let Ok(s) = std::fs::read_to_string(&pkg) {
            return Some((format!("<stdlib>/{}/__init__.py", rel), s.into(), true));
        }
        let file = self.0.join(format!("{}.py", rel));
        std::fs::read_to_string(file).ok().map(|s| (format!("<stdlib>/{}.py", rel), s.into(), false))
    }
}
