//! The front-end commands of `pyx` (`--ast`, `--tokens`, `--check`): the
//! lexer and parser on their own, no interpreter.

use std::io::Write;

/// A front-end command: look at source without running it.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Ast(String),
    Tokens(String),
    Check(Vec<String>),
}

impl Command {
    pub fn from_cli(cli: &crate::args::Cli) -> Option<Command> {
        let s = |p: &std::path::PathBuf| p.to_string_lossy().into_owned();
        if let Some(p) = &cli.ast {
            return Some(Command::Ast(s(p)));
        }
        if let Some(p) = &cli.tokens {
            return Some(Command::Tokens(s(p)));
        }
        cli.check.as_ref().map(|files| Command::Check(files.iter().map(s).collect()))
    }
}

/// Why a file could not be turned into source text.
pub enum LoadError {
    /// The file could not be read: CPython's message for that.
    Io(String),
    /// The bytes are not valid source (bad encoding, bad UTF-8).
    Syntax(pyx_parser::SyntaxError, String),
}

pub fn load(path: &str) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| {
        let errno = e.raw_os_error().map_or(String::new(), |n| format!("[Errno {n}] "));
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            _ => e.to_string(),
        };
        LoadError::Io(format!("pyx: can't open file '{path}': {errno}{reason}"))
    })?;
    pyx_lexer::decode_source(&bytes).map_err(|e| {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        LoadError::Syntax(e.into(), text)
    })
}

pub fn report(path: &str, error: LoadError) {
    match error {
        LoadError::Io(message) => eprintln!("{message}"),
        LoadError::Syntax(e, text) => eprint!("{}", e.render(path, &text)),
    }
}

fn parse(path: &str) -> Result<(String, pyx_ast::Module), LoadError> {
    let source = load(path)?;
    match pyx_parser::parse_module(&source) {
        Ok(module) => Ok((source, module)),
        Err(e) => Err(LoadError::Syntax(e, source)),
    }
}

fn print(text: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        // A closed pipe (`pyx --ast f | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("pyx: {e}");
            1
        }
    }
}

/// Runs the command; returns the exit status.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Ast(path) => match parse(&path) {
            Ok((source, module)) => {
                let mut text = pyx_ast::dump_module(&module, &pyx_ast::DumpOptions::indented(&source));
                text.push('\n');
                print(&text)
            }
            Err(e) => {
                report(&path, e);
                1
            }
        },
        Command::Tokens(path) => match load(&path) {
            Ok(source) => print(&pyx_lexer::dump_tokens(&source)),
            Err(e) => {
                report(&path, e);
                1
            }
        },
        Command::Check(paths) => {
            let mut status = 0;
            for path in &paths {
                if let Err(e) = parse(path) {
                    report(path, e);
                    status = 1;
                }
            }
            status
        }
    }
}

