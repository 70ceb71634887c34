//! `pyx [OPTIONS] FILE [ARGS...]`, `pyx [OPTIONS] -c CODE [ARGS...]` and
//! `pyx [OPTIONS] -m MODULE [ARGS...]`: run a program in an interpreter
//! that holds only what the options grant. `sys.argv` is the program's
//! name (the file's base name, `-c`, or the module's name) then ARGS.
//!
//! Options (Deno-style grants and limits):
//!   --max-memory SIZE    heap bytes (e.g. 256M, 1G; default 512M)
//!   --max-time SECONDS   wall-clock time (a host watchdog interrupts the VM)
//!   --max-steps N        execution steps
//!   --max-output SIZE    bytes written to stdout/stderr
//!   --allow-read DIR     grant read access to DIR (`open()` appears)
//!   --allow-write DIR    grant read-write access to DIR
//!   --import-path DIR    import `.py` modules and packages from DIR
//!                        (read-only; shown as DIR's base name)
//!
//! Without options: no file access, only the frozen stdlib to import,
//! default limits. A limit that is hit
//! prints `pyx: terminated: <which limit>` and exits 3; an uncaught
//! exception prints its traceback and exits 1; `sys.exit(n)` exits n.

use std::path::Path;
use std::time::Duration;

use pyx::embed::{Access, DirCapability, Error, Interpreter, Output};

/// Flags that take a value.
const VALUE_FLAGS: &[&str] =
    &["--max-memory", "--max-time", "--max-steps", "--max-output", "--allow-read", "--allow-write", "--import-path"];

/// Is this command line for the run path (`-c CODE` or a script, after
/// any options)?
pub fn wants_run(args: &[String]) -> bool {
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if VALUE_FLAGS.contains(&a) {
            i += 2;
            continue;
        }
        return match a {
            "-c" | "-m" => i + 1 < args.len(),
            _ => !a.starts_with('-'),
        };
    }
    false
}

/// Run options read from the command line.
#[derive(Debug, Default, Clone)]
pub struct RunOptions {
    pub max_memory: Option<usize>,
    pub max_time: Option<Duration>,
    pub max_steps: Option<u64>,
    pub max_output: Option<usize>,
    pub read_dirs: Vec<String>,
    pub write_dirs: Vec<String>,
    pub import_dirs: Vec<String>,
    pub program: Option<Program>,
    pub argv: Vec<String>,
}

/// What to run.
#[derive(Debug, PartialEq, Clone)]
pub enum Program {
    /// `-c CODE`
    Code(String),
    /// `-m MODULE`
    Module(String),
    /// A script's host path.
    File(String),
}

/// `256M`, `1G`, `512k`, `1000` (bytes).
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1usize << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        (i, 'b' | 'B') => (&s[..i], 1),
        _ => (s, 1),
    };
    let n: f64 = num.parse().ok()?;
    if !(n.is_finite() && n >= 0.0) {
        return None;
    }
    let v = n * mult as f64;
    if v > usize::MAX as f64 {
        return None;
    }
    Some(v as usize)
}

pub fn parse_run_args(args: &[String]) -> Result<RunOptions, String> {
    let mut o = RunOptions::default();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if VALUE_FLAGS.contains(&a) {
            let Some(v) = args.get(i + 1) else { return Err(format!("{a} needs a value")) };
            match a {
                "--max-memory" => o.max_memory = Some(parse_size(v).ok_or(format!("bad size for {a}: {v}"))?),
                "--max-output" => o.max_output = Some(parse_size(v).ok_or(format!("bad size for {a}: {v}"))?),
                "--max-steps" => o.max_steps = Some(v.parse().map_err(|_| format!("bad number for {a}: {v}"))?),
                "--max-time" => {
                    let s: f64 = v.parse().map_err(|_| format!("bad number of seconds for {a}: {v}"))?;
                    if !(s.is_finite() && s > 0.0) {
                        return Err(format!("bad number of seconds for {a}: {v}"));
                    }
                    o.max_time = Some(Duration::from_secs_f64(s.min(1e9)));
                }
                "--allow-read" => o.read_dirs.push(v.clone()),
                "--import-path" => o.import_dirs.push(v.clone()),
                _ => o.write_dirs.push(v.clone()),
            }
            i += 2;
            continue;
        }
        if a == "-c" {
            let Some(code) = args.get(i + 1) else { return Err("-c needs an argument".into()) };
            o.program = Some(Program::Code(code.clone()));
            o.argv = std::iter::once("-c".to_string()).chain(args[i + 2..].iter().cloned()).collect();
            return Ok(o);
        }
        if a == "-m" {
            let Some(module) = args.get(i + 1) else { return Err("-m needs a module name".into()) };
            o.program = Some(Program::Module(module.clone()));
            o.argv = args[i + 1..].to_vec();
            return Ok(o);
        }
        if a.starts_with('-') {
            return Err(format!("unknown option {a}"));
        }
        o.program = Some(Program::File(a.to_string()));
        o.argv = args[i..].to_vec();
        // Path hiding: the script sees its own name, not where it lives.
        if let Some(first) = o.argv.first_mut() {
            *first = display_name(first);
        }
        return Ok(o);
    }
    Err("no program given".into())
}

fn display_name(path: &str) -> String {
    Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "<script>".into())
}

pub fn main_with_args(args: &[String]) -> i32 {
    let opts = match parse_run_args(args) {
        Ok(o) => o,
        Err(m) => {
            eprintln!("pyx: {m}");
            return 2;
        }
    };
    let (source, filename) = match &opts.program {
        Some(Program::Code(code)) => (code.clone(), "<string>".to_string()),
        Some(Program::Module(_)) => (String::new(), String::new()),
        Some(Program::File(path)) => match std::fs::read(path) {
            // Source decoding (PEP 263) happens in the interpreter, which
            // names the file as the script sees it.
            Ok(bytes) => match pyx_lexer::decode_source_named(&bytes, &display_name(path)) {
                Ok(s) => (s, display_name(path)),
                Err(e) => {
                    eprintln!("SyntaxError: {}", e.message);
                    return 1;
                }
            },
            Err(e) => {
                eprintln!("pyx: can't open file '{}': {}", path, e);
                return 2;
            }
        },
        None => return 2,
    };
    // Deep Python recursion re-enters the VM only through native calls; a
    // large thread stack lets the native re-entry bound match CPython's
    // recursion limit.
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run_program(&opts, &source, &filename));
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("pyx: internal error");
            70
        }
    }
}

/// An interpreter builder with the grants and limits of `opts` (shared by
/// scripts and the REPL). `Err` is the exit status after reporting.
pub fn builder_for(opts: &RunOptions) -> Result<pyx::embed::Builder, i32> {
    let mut b = Interpreter::builder()
        .stdout(Output::Inherit)
        .stderr(Output::Inherit)
        .max_native_depth(1000)
        .random_seed(host_entropy())
        .interpreter_module()
        .argv(opts.argv.clone());
    for d in &opts.import_dirs {
        let name = display_name(d.trim_end_matches('/'));
        match DirCapability::open_host_dir(Path::new(d), &name, Access::ReadOnly) {
            Ok(cap) => b = b.import_root(&name, &cap),
            Err(e) => {
                eprintln!("pyx: can't use import path '{}': {}", d, e);
                return Err(2);
            }
        }
    }
    if let Some(m) = opts.max_memory {
        b = b.max_memory(m);
    }
    if let Some(t) = opts.max_time {
        b = b.max_time(t);
    }
    if let Some(s) = opts.max_steps {
        b = b.max_steps(s);
    }
    if let Some(o) = opts.max_output {
        b = b.max_output(o);
    }
    for (dirs, access) in [(&opts.read_dirs, Access::ReadOnly), (&opts.write_dirs, Access::ReadWrite)] {
        for d in dirs {
            let name = d.trim_end_matches('/');
            let name = if name.is_empty() { "/" } else { name };
            match DirCapability::open_host_dir(Path::new(d), name, access) {
                Ok(cap) => {
                    let prefix = if name == "." { "" } else { name };
                    b = b.allow_open(prefix, cap);
                }
                Err(e) => {
                    eprintln!("pyx: can't grant directory '{}': {}", d, e);
                    return Err(2);
                }
            }
        }
    }
    Ok(b)
}

/// A seed for `random` that differs from run to run, from std's per-process
/// random hasher keys (no extra dependency; not for cryptography, which pyx
/// does not offer).
fn host_entropy() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(std::process::id())
}

/// Only options, no program: `pyx --allow-read d` starts the REPL with
/// those grants and limits.
pub fn options_only(args: &[String]) -> Option<RunOptions> {
    let mut i = 0;
    while i < args.len() {
        if !VALUE_FLAGS.contains(&args[i].as_str()) {
            return None;
        }
        i += 2;
    }
    if i != args.len() {
        return None;
    }
    let mut with_program = args.to_vec();
    with_program.extend(["-c".to_string(), String::new()]);
    let mut o = parse_run_args(&with_program).ok()?;
    o.program = None;
    o.argv = vec![String::new()];
    Some(o)
}

fn run_program(opts: &RunOptions, source: &str, filename: &str) -> i32 {
    let b = match builder_for(opts) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let mut interp = match b.build() {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return 3;
        }
    };
    let r = match &opts.program {
        Some(Program::Module(m)) => interp.run_module(m),
        _ => interp.run(source, filename),
    };
    use std::io::Write;
    let _ = std::io::stdout().flush();
    match r {
        Ok(()) => 0,
        Err(Error::Exit(c)) => c,
        Err(Error::Exception { traceback, .. }) => {
            let t = if traceback.ends_with('\n') { traceback } else { traceback + "\n" };
            eprint!("{t}");
            1
        }
        Err(e @ Error::Limit(_)) => {
            eprintln!("{e}");
            3
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn sizes() {
        assert_eq!(parse_size("256M"), Some(256 << 20));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("10k"), Some(10 << 10));
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size("-1M"), None);
    }
    #[test]
    fn run_args() {
        let a: Vec<String> = ["--max-time", "1", "--allow-read", "d", "s.py", "x"].iter().map(|s| s.to_string()).collect();
        assert!(wants_run(&a));
        let o = parse_run_args(&a).unwrap();
        assert_eq!(o.max_time, Some(Duration::from_secs(1)));
        assert_eq!(o.read_dirs, vec!["d".to_string()]);
        assert_eq!(o.argv, vec!["s.py".to_string(), "x".to_string()]);
        let a: Vec<String> = ["--import-path", "lib", "-m", "pkg.tool", "-v"].iter().map(|s| s.to_string()).collect();
        assert!(wants_run(&a));
        let o = parse_run_args(&a).unwrap();
        assert_eq!(o.import_dirs, vec!["lib".to_string()]);
        assert_eq!(o.program, Some(Program::Module("pkg.tool".into())));
        assert_eq!(o.argv, vec!["pkg.tool".to_string(), "-v".to_string()]);
        assert!(!wants_run(&["--ast".to_string(), "f".to_string()]));
    }
}
