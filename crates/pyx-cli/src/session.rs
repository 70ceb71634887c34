//! One interpreter for the whole `pyx` process, built from the command
//! line's grants and limits, and the host's side of running code in it:
//! the output sinks, the `--max-time` watchdog and Ctrl-C.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pyx::embed::cli_support::{CapError, PathGrants};
use pyx::embed::{Access, Data, DirCapability, Error, HostError, HostModule, Interpreter, KeyboardInterrupt, Output};

/// Where `--deny-clock` starts its virtual clock: 2000-01-01 00:00:00 UTC.
const DENIED_CLOCK_START: i64 = 946_684_800;

use crate::args::Cli;
use crate::run::Program;

/// A run ended: how, for the exit status.
pub enum Outcome {
    Ok,
    /// An uncaught exception (already reported); `KeyboardInterrupt` is
    /// told apart for its exit status.
    Exception { keyboard_interrupt: bool },
    /// `sys.exit(code)` (its message, if any, already printed).
    Exit(i32),
    /// A limit ended the run (already reported).
    Limit,
    /// A bug in pyx (already reported).
    Internal,
}

impl Outcome {
    /// The process's exit status after a non-interactive run.
    pub fn status(&self) -> i32 {
        match self {
            Outcome::Ok => 0,
            Outcome::Exception { keyboard_interrupt: true } => 130,
            Outcome::Exception { .. } => 1,
            Outcome::Exit(c) => *c,
            Outcome::Limit => 3,
            Outcome::Internal => 70,
        }
    }
}

/// An interpreter with the command line's grants and limits (the
/// embedding API's, which also enforces `--max-time` on each run), and
/// what Ctrl-C raises in it.
pub struct Session {
    pub interp: Interpreter,
    pub keyboard: KeyboardInterrupt,
    /// When the last Ctrl-C of the current run came (see [`handle_ctrl_c`]).
    pub last_interrupt: Arc<Mutex<Option<Instant>>>,
    /// Tracebacks in colour (stderr is a terminal and the environment
    /// allows it: see [`crate::colour`]).
    pub colour: bool,
}

/// What a bare `--allow-read` or `--allow-write` grants: the root
/// directory, one capability over the whole filesystem. pyx-caps resolves
/// every path beneath it, so `open('/etc/hostname')` and
/// `open('data/a.csv')` both work.
const EVERYTHING: &str = "/";

fn paths_or_everything(v: &Option<Vec<PathBuf>>, all: bool) -> Vec<PathBuf> {
    match v {
        Some(p) if !p.is_empty() => p.clone(),
        Some(_) => vec![PathBuf::from(EVERYTHING)],
        None if all => vec![PathBuf::from(EVERYTHING)],
        None => Vec::new(),
    }
}

fn display_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "<script>".into())
}

/// The network `--allow-net` grants (less `--deny-net`; a bare
/// `--deny-net` refuses it all).
fn net_grants(cli: &Cli, mut b: pyx::embed::Builder) -> Result<pyx::embed::Builder, pyx::embed::Error> {
    let allowed: Option<Vec<String>> = match &cli.allow_net {
        Some(v) if !v.is_empty() => Some(v.clone()),
        Some(_) => None,
        None if cli.allow_all => None,
        None => return Ok(b),
    };
    let denied = match &cli.deny_net {
        Some(v) if v.is_empty() => return Ok(b),
        Some(v) => v.clone(),
        None => Vec::new(),
    };
    b = match allowed {
        Some(list) => b.allow_net(&list.iter().map(String::as_str).collect::<Vec<_>>())?,
        None => b.allow_all_net(),
    };
    b = b.deny_net(&denied.iter().map(String::as_str).collect::<Vec<_>>())?;
    if let Some(n) = cli.max_net_bytes {
        b = b.max_net_bytes(n as u64);
    }
    Ok(b)
}

/// The environment variables `--allow-env` grants (less `--deny-env`).
fn granted_env(cli: &Cli) -> Vec<(String, String)> {
    let allowed: Option<Vec<String>> = match &cli.allow_env {
        Some(names) if !names.is_empty() => Some(names.clone()),
        Some(_) => None,
        None if cli.allow_all => None,
        None => return Vec::new(),
    };
    let denied = |name: &str| match &cli.deny_env {
        Some(names) if names.is_empty() => true,
        Some(names) => names.iter().any(|n| n == name),
        None => false,
    };
    let mut vars: Vec<(String, String)> = match allowed {
        None => std::env::vars_os().map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned())).collect(),
        Some(names) => names.into_iter().filter_map(|n| std::env::var_os(&n).map(|v| (n, v.to_string_lossy().into_owned()))).collect(),
    };
    vars.retain(|(k, _)| !denied(k));
    vars.sort();
    vars
}

/// Python run before the program when the command line sets something
/// that lives in pure-Python modules (`os.environ`) or in `sys`
/// attributes the VM does not make (`warnoptions`, `_xoptions`). The
/// values come through a host module, never through source text. It also
/// adds the built-in `help` (as CPython's `site` does), which imports
/// `pydoc` only when called.
const SETUP: &str = "\
_sys = sys
_cli = _sys.modules['_pyx_cli']
_sys.warnoptions = list(_cli.warnoptions)
_sys._xoptions = dict(_cli.xoptions)
if _cli.environ:
    import os as _os
    _os.environ.update(_cli.environ)
del _sys.modules['_pyx_cli']
class _Helper:
    __module__ = 'builtins'
    def __repr__(self):
        return 'Type help() for interactive help, or help(object) for help about object.'
    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)
__builtins__['help'] = _Helper()
del _Helper
";

impl Session {
    /// Build the interpreter for `cli` to run `program`, `argv` being
    /// `sys.argv`. `Err` is the exit status after reporting. A program read
    /// from stdin leaves no stdin to grant; a script's own directory is an
    /// import root (read-only, for `import` only), as CPython puts it first
    /// on `sys.path`.
    pub fn new(cli: &Cli, argv: Vec<String>, program: &Program) -> Result<Session, i32> {
        let program_reads_stdin = *program == Program::Stdin;
        let mut b = Interpreter::builder()
            .stdout(Output::Inherit)
            .stderr(Output::Inherit)
            .unbuffered(cli.unbuffered)
            .max_native_depth(1000)
            .random_seed(host_entropy())
            .interpreter_module()
            .argv(argv);
        for d in &cli.import_path {
            let name = display_name(d);
            match DirCapability::open_host_dir(d, &name, Access::ReadOnly) {
                Ok(cap) => b = b.import_root(&name, &cap),
                Err(e) => {
                    eprintln!("pyx: can't use import path '{}': {}", d.display(), e);
                    return Err(2);
                }
            }
        }
        if let Program::File(script) = program {
            // After the --import-path roots: an explicit grant names a
            // module first. pyx's frozen stdlib still wins over a script's
            // neighbour of the same name.
            let dir = match Path::new(script).parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let canonical = dir.canonicalize().ok();
            let name = canonical.as_deref().map(display_name).unwrap_or_else(|| display_name(&dir));
            // Already granted with --import-path (under its own name): once
            // is enough, or a namespace package would show two portions.
            let granted = cli.import_path.iter().any(|d| d.canonicalize().ok() == canonical && canonical.is_some());
            if !granted {
                match DirCapability::open_host_dir(&dir, &name, Access::ReadOnly) {
                    Ok(cap) => b = b.import_root(&name, &cap),
                    Err(e) => {
                        eprintln!("pyx: can't use the script's directory for imports: {e}");
                        return Err(2);
                    }
                }
            }
        }
        b = b.entropy(host_key());
        // The command is the user's own: a real clock unless told otherwise.
        if cli.fixed_clock.is_some() || cli.deny_clock {
            let t = cli.fixed_clock.unwrap_or(DENIED_CLOCK_START);
            b = b.clock(Arc::new(pyx::embed::VirtualClock::starting_at(t)));
        } else if !cli.no_clock {
            b = b.clock(Arc::new(pyx::embed::SystemClock::new()));
        }
        if let Some(m) = cli.max_memory {
            b = b.max_memory(m);
        }
        // `-X gc_stress`: collect at every safe point (for testing pyx).
        if cli.xopt.iter().any(|x| x == "gc_stress") {
            b = b.gc_stress(true);
        }
        // The command runs the user's own program: no time or output cap
        // unless asked for (the embedding API's defaults are for code from
        // elsewhere).
        b = match cli.max_time {
            Some(t) => b.max_time(t),
            None => b.no_time_limit(),
        };
        if let Some(s) = cli.max_steps {
            b = b.max_steps(s);
        }
        b = match cli.max_output {
            Some(o) => b.max_output(o),
            None => b.no_output_limit(),
        };
        b = match net_grants(cli, b) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{e}");
                return Err(2);
            }
        };
        let env = granted_env(cli);
        let xoptions: pyx::embed::Map = cli
            .xopt
            .iter()
            .map(|o| match o.split_once('=') {
                Some((k, v)) => (Data::Str(k.into()), Data::Str(v.into())),
                None => (Data::Str(o.clone()), Data::Bool(true)),
            })
            .collect();
        b = b.module(
            HostModule::new("_pyx_cli")
                .constant("warnoptions", Data::List(cli.warn.iter().map(|w| Data::Str(w.clone())).collect()))
                .constant("xoptions", Data::Dict(xoptions))
                .constant("environ", Data::Dict(env.into_iter().map(|(k, v)| (Data::Str(k), Data::Str(v))).collect())),
        );

        let cwd = match std::env::current_dir() {
            Ok(d) => d,
            Err(e) => {
                eprintln!("pyx: can't read the current directory: {e}");
                return Err(2);
            }
        };
        let mut grants = PathGrants::new(&cwd);
        let reads = paths_or_everything(&cli.allow_read, cli.allow_all);
        let writes = paths_or_everything(&cli.allow_write, cli.allow_all);
        for (paths, access) in [(reads, Access::ReadOnly), (writes, Access::ReadWrite)] {
            for p in paths {
                let host = pyx::embed::cli_support::normalise_path(&cwd, &p);
                match DirCapability::open_host_dir(&host, &p.to_string_lossy(), access) {
                    Ok(cap) => grants.grant(&host, cap),
                    Err(e) => {
                        eprintln!("pyx: can't grant directory '{}': {}", p.display(), e);
                        return Err(2);
                    }
                }
            }
        }
        for (paths, reads_too) in [(&cli.deny_read, true), (&cli.deny_write, false)] {
            for p in paths_or_everything(paths, false) {
                grants.deny(&p, reads_too);
            }
        }

        let grants = Arc::new(grants);
        if !grants.is_empty() {
            b = b.module(fs_module(grants.clone())).grant_paths(grants);
        }
        if (cli.allow_stdin || cli.allow_all) && !cli.deny_stdin && !program_reads_stdin {
            b = b.stdin_stream(std::io::BufReader::new(std::io::stdin()));
        }
        // The setup code is the host's, fixed and small: its steps are not
        // the program's (the builder runs it outside the program's budget).
        b = b.setup(SETUP, "<pyx setup>");
        let mut interp = match b.build() {
            Ok(i) => i,
            Err(e @ Error::Limit(_)) => {
                eprintln!("{e}");
                return Err(3);
            }
            Err(e) => {
                eprintln!("pyx: setting up the interpreter failed: {}", e.to_string().trim_end());
                return Err(70);
            }
        };
        let keyboard = interp.keyboard_interrupt_handle();
        let last_interrupt = Arc::new(Mutex::new(None));
        let colour = crate::colour::for_stderr();
        Ok(Session { interp, keyboard, last_interrupt, colour })
    }

    /// Run `f` on the interpreter (each of its runs has a fresh step and
    /// output budget and, with `--max-time`, a deadline) with no Ctrl-C
    /// pending from before.
    pub fn run<T>(&mut self, f: impl FnOnce(&mut Interpreter) -> T) -> T {
        self.keyboard.clear();
        // Each run starts with no Ctrl-C behind it: in the REPL, two
        // inputs interrupted in quick succession do not end pyx.
        if let Ok(mut last) = self.last_interrupt.lock() {
            *last = None;
        }
        f(&mut self.interp)
    }

    /// Report how a run ended (traceback, limit) on stderr. An exit
    /// message (`sys.exit('bye')`) was written by the interpreter.
    pub fn report(&mut self, r: Result<(), Error>) -> Outcome {
        self.interp.flush();
        let e = match r {
            Ok(()) => return Outcome::Ok,
            Err(e) => e,
        };
        let mut stderr = std::io::stderr().lock();
        match e {
            Error::Exit(code) => Outcome::Exit(code),
            Error::Limit(l) => {
                let _ = writeln!(stderr, "pyx: terminated: {l}");
                Outcome::Limit
            }
            Error::Exception { type_name, traceback, .. } => {
                let text = if traceback.ends_with('\n') { traceback } else { traceback + "\n" };
                // The program's last words stay within its output cap. No
                // copy of the text (a traceback can be a good part of the
                // memory budget) unless it is coloured.
                let text = crate::clip::clip_to_output(&text, self.interp.output_left());
                let _ = if self.colour {
                    stderr.write_all(crate::colour::traceback(&text).as_bytes())
                } else {
                    stderr.write_all(text.as_bytes())
                };
                Outcome::Exception { keyboard_interrupt: type_name == "KeyboardInterrupt" }
            }
            e @ (Error::Internal(_) | Error::Host(_)) => {
                let _ = writeln!(stderr, "{e}");
                Outcome::Internal
            }
        }
    }
}

/// `_pyx_fs`: listing and stat over the granted directories, and removing
/// files and making/removing directories where writing is granted, for the
/// `os` module (`os.listdir`, `os.scandir`, `os.stat`, `os.walk`,
/// `os.path.exists`, `isdir`, `isfile`, `getsize`, `os.remove`, `os.mkdir`,
/// `os.makedirs`, `os.rmdir`), which offers them only when this module is
/// present.
fn fs_module(grants: Arc<PathGrants>) -> HostModule {
    let err = |e: CapError| {
        let name = match e.kind.python_name() {
            "UnsupportedOperation" => "OSError",
            n => n,
        };
        HostError::new(name, e.message)
    };
    let g2 = grants.clone();
    let (g3, g4, g5) = (grants.clone(), grants.clone(), grants.clone());
    HostModule::new("_pyx_fs")
        .function("listdir", move |path: String| -> Result<Data, HostError> {
            let names = grants.listdir(&path).map_err(err)?;
            Ok(Data::List(names.into_iter().map(Data::Str).collect()))
        })
        .function("stat", move |path: String| -> Result<Data, HostError> {
            let st = g2.stat(&path).map_err(err)?;
            let kind = if st.is_dir { "dir" } else if st.is_file { "file" } else { "other" };
            Ok(Data::Tuple(vec![Data::Str(kind.into()), Data::Int(st.size as i64)]))
        })
        .function("remove", move |path: String| -> Result<(), HostError> { g3.remove(&path).map_err(err) })
        .function("mkdir", move |path: String| -> Result<(), HostError> { g4.mkdir(&path).map_err(err) })
        .function("rmdir", move |path: String| -> Result<(), HostError> { g5.rmdir(&path).map_err(err) })
}

/// A seed for `random` that differs from run to run, from std's per-process
/// random hasher keys (no extra dependency; not for cryptography, which pyx
/// does not offer).
/// 32 bytes of the system's randomness for `secrets` (the hasher's
/// random keys, mixed, when the system source cannot be read).
fn host_key() -> [u8; 32] {
    use std::io::Read;
    let mut key = [0u8; 32];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut key));
    if read.is_err() {
        for (i, chunk) in key.chunks_mut(8).enumerate() {
            use std::hash::BuildHasher;
            let v = std::collections::hash_map::RandomState::new().hash_one((i, std::process::id()));
            chunk.copy_from_slice(&v.to_le_bytes());
        }
    }
    key
}

fn host_entropy() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(std::process::id())
}

/// How close two Ctrl-Cs must be for the second to end pyx.
pub const DOUBLE_INTERRUPT: Duration = Duration::from_secs(1);

/// Ctrl-C (SIGINT) sets `flag`, which the VM turns into a catchable
/// `KeyboardInterrupt` at its next check (and clears). A second Ctrl-C
/// within [`DOUBLE_INTERRUPT`] of the one before, in the same run, ends
/// the process at once (status 130): code that catches `KeyboardInterrupt`
/// and goes on, or that is stuck where the VM does not check, can always be
/// stopped. `last` is the session's: each run clears it.
pub fn handle_ctrl_c(keyboard: KeyboardInterrupt, last: Arc<Mutex<Option<Instant>>>) {
    let on_sigint = move || {
        let now = Instant::now();
        let mut last = match last.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        if last.map(|t| now.duration_since(t) < DOUBLE_INTERRUPT).unwrap_or(false) {
            let _ = std::io::stdout().flush();
            eprintln!("\npyx: interrupted twice; exiting");
            std::process::exit(130);
        }
        *last = Some(now);
        keyboard.send();
    };
    if let Err(e) = ctrlc::set_handler(on_sigint) {
        eprintln!("pyx: Ctrl-C will not interrupt running code: {e}");
    }
}
