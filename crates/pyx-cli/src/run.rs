//! Running what the command line names: `pyx FILE ARGS...`, `pyx -c CMD
//! ARGS...`, `pyx -m MOD ARGS...`, `pyx - ARGS...` (the program from
//! stdin), or, with no program, the REPL (stdin a terminal) or stdin as a
//! program. `-i` enters the REPL after the program.
//!
//! `sys.argv` is CPython's: `['-c', ARGS...]`, `[MOD, ARGS...]`,
//! `['-', ARGS...]`, `['']` for the REPL, and for a script its base name
//! (not the host path: paths are hidden) then ARGS.

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::args::Cli;
use crate::session::{handle_ctrl_c, Outcome, Session};

/// What to run.
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum Program {
    /// `-c CMD`
    Code(String),
    /// `-m MOD`
    Module(String),
    /// A script's host path.
    File(String),
    /// `-`, or no program with stdin not a terminal.
    Stdin,
    /// No program, stdin a terminal.
    Repl,
}

impl Program {
    /// The program `cli` names and its `sys.argv`.
    pub fn of(cli: &Cli, stdin_is_terminal: bool) -> (Program, Vec<String>) {
        let with_args = |first: String| std::iter::once(first).chain(cli.args.iter().cloned()).collect();
        if let Some(code) = &cli.command {
            return (Program::Code(code.clone()), with_args("-c".into()));
        }
        if let Some(m) = &cli.module {
            return (Program::Module(m.clone()), with_args(m.clone()));
        }
        match cli.file.as_deref() {
            Some("-") => (Program::Stdin, with_args("-".into())),
            Some(f) => (Program::File(f.to_string()), with_args(display_name(f))),
            None if stdin_is_terminal => (Program::Repl, vec![String::new()]),
            None => (Program::Stdin, vec![String::new()]),
        }
    }
}

fn display_name(path: &str) -> String {
    Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "<script>".into())
}

/// Run what `cli` asks for; returns the exit status.
pub fn main(cli: Cli) -> i32 {
    let interactive = std::io::stdin().is_terminal();
    let (program, argv) = Program::of(&cli, interactive);
    // Read the program before building anything: a missing file is a
    // command-line error (status 2), as in CPython.
    // `__main__.__file__` as CPython sets it, except that a script's is the
    // path as the user typed it (CPython makes it absolute, which would show
    // the working directory nobody gave pyx); `-c` has none.
    let source = match &program {
        Program::Code(code) => Some((code.clone(), "<string>".to_string(), None)),
        Program::File(path) => match load_script(path) {
            Ok((s, name)) => Some((s, name, Some(path.clone()))),
            Err(status) => return status,
        },
        Program::Stdin => match read_stdin() {
            Ok(s) => Some((s, "<stdin>".to_string(), Some("<stdin>".to_string()))),
            Err(status) => return status,
        },
        Program::Module(_) | Program::Repl => None,
    };
    // Deep Python recursion re-enters the VM only through native calls; a
    // large thread stack lets the native re-entry bound match CPython's
    // recursion limit.
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(move || {
        let mut session = match Session::new(&cli, argv, &program) {
            Ok(s) => s,
            Err(status) => return status,
        };
        handle_ctrl_c(session.keyboard.clone(), session.last_interrupt.clone());
        let outcome = match (&program, source) {
            (Program::Repl, _) => return crate::repl::run_repl(session, cli.quiet),
            (Program::Module(m), _) => {
                let r = session.run(|interp| interp.run_module(m));
                session.report(r)
            }
            (_, Some((text, name, file))) => {
                let r = session.run(|interp| match file {
                    Some(f) => interp.set("__file__", f).and_then(|()| interp.run(&text, &name)),
                    None => interp.run(&text, &name),
                });
                session.report(r)
            }
            (_, None) => Outcome::Ok,
        };
        // `-i`: the REPL after the program, whatever its outcome, as in
        // CPython (with stdin a terminal; otherwise there is no one to
        // type, and the program's status stands).
        if cli.inspect && interactive {
            return crate::repl::run_repl(session, true);
        }
        outcome.status()
    });
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("pyx: internal error");
            70
        }
    }
}

/// A script's source, decoded as PEP 263 says, named by its base name.
fn load_script(path: &str) -> Result<(String, String), i32> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().map_or(String::new(), |n| format!("[Errno {n}] "));
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                _ => e.to_string(),
            };
            eprintln!("pyx: can't open file '{path}': {errno}{reason}");
            return Err(2);
        }
    };
    let name = display_name(path);
    match pyx_lexer::decode_source_named(&bytes, &name) {
        Ok(s) => Ok((s, name)),
        Err(e) => {
            eprintln!("SyntaxError: {}", e.message);
            Err(1)
        }
    }
}

/// The whole of stdin as a program (`pyx -` or `pyx < file`).
fn read_stdin() -> Result<String, i32> {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("pyx: can't read stdin: {e}");
        return Err(2);
    }
    match pyx_lexer::decode_source_named(&bytes, "<stdin>") {
        Ok(s) => Ok(s),
        Err(e) => {
            eprintln!("SyntaxError: {}", e.message);
            Err(1)
        }
    }
}
