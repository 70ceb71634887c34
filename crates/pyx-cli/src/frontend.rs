//! The command line of `pyx`: reading arguments and running the front-end
//! commands (`--ast`, `--tokens`, `--check`).

use std::io::Write;

const USAGE: &str = "\
usage: pyx --ast FILE          print the syntax tree of FILE
       pyx --tokens FILE       print the tokens of FILE
       pyx --check FILE...     check that each FILE parses
       pyx --help              show this message
";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Ast(String),
    Tokens(String),
    Check(Vec<String>),
    Help,
}

/// A command line that does not make sense, with the reason.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Reads the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<Command, UsageError> {
    let Some((flag, rest)) = args.split_first() else {
        return Err(UsageError("no command given".into()));
    };
    let one_file = |flag: &str| match rest {
        [file] => Ok(file.clone()),
        [] => Err(UsageError(format!("{flag} needs a file"))),
        _ => Err(UsageError(format!("{flag} takes one file"))),
    };
    match flag.as_str() {
        "--ast" => one_file(flag).map(Command::Ast),
        "--tokens" => one_file(flag).map(Command::Tokens),
        "--check" if rest.is_empty() => Err(UsageError("--check needs at least one file".into())),
        "--check" => Ok(Command::Check(rest.to_vec())),
        "-h" | "--help" if rest.is_empty() => Ok(Command::Help),
        other => Err(UsageError(format!("unknown option {other}"))),
    }
}

/// Why a file could not be turned into source text.
enum LoadError {
    /// The file could not be read: CPython's message for that.
    Io(String),
    /// The bytes are not valid source (bad encoding, bad UTF-8).
    Syntax(pyx_parser::SyntaxError, String),
}

fn load(path: &str) -> Result<String, LoadError> {
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

fn report(path: &str, error: LoadError) {
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
        Command::Help => print(USAGE),
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

/// Runs `pyx` with the given arguments (after the program name); returns
/// the exit status.
pub fn main_with_args(args: &[String]) -> i32 {
    match parse_args(args) {
        Ok(command) => run(command),
        Err(UsageError(reason)) => {
            eprintln!("pyx: {reason}");
            eprint!("{USAGE}");
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn commands_are_recognised() {
        assert_eq!(parse_args(&args(&["--ast", "f.py"])), Ok(Command::Ast("f.py".into())));
        assert_eq!(parse_args(&args(&["--tokens", "f.py"])), Ok(Command::Tokens("f.py".into())));
        assert_eq!(
            parse_args(&args(&["--check", "a.py", "b.py"])),
            Ok(Command::Check(vec!["a.py".into(), "b.py".into()]))
        );
        assert_eq!(parse_args(&args(&["--help"])), Ok(Command::Help));
    }

    #[test]
    fn bad_command_lines_are_usage_errors() {
        for bad in [&[][..], &["--frobnicate"], &["--ast"], &["--ast", "a", "b"], &["--check"], &["-x", "f"]] {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
