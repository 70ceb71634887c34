//! The command line, read by clap with CPython's conventions for running
//! code (`-c`, `-m`, `-`, `-i`, `-u`, `-q`, `-W`, `-X`, `-V`, `--`) and
//! Deno's for grants (`--allow-read[=PATH,...]`, `--deny-read=...`, `-A`).
//!
//! Everything after the program (the script's name, `-c CMD`, `-m MOD` or
//! `-`) belongs to the program: it is `sys.argv[1:]`, never read as pyx's
//! own options. clap cannot stop at a value-taking option (`-c CMD`), so
//! [`split_program`] finds where the program's arguments begin first, and
//! clap reads only what comes before.

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgAction, CommandFactory, Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  pyx                                   start the REPL
  pyx script.py a b                     run script.py with sys.argv == ['script.py', 'a', 'b']
  pyx -c 'print(6 * 7)'                 run a program given as a string
  echo 'print(1)' | pyx -               run the program read from stdin
  pyx --allow-read=./data script.py     script.py may open (and os.listdir) files beneath ./data
  pyx --allow-read --deny-read=secrets s.py
                                        read anything except beneath ./secrets
  pyx --allow-write=out --allow-env=HOME,LANG s.py
  echo 5 | pyx --allow-stdin s.py       input() and sys.stdin read pyx's stdin
  pyx -A s.py                           grant everything (read, write, env, stdin)
  pyx --allow-net=example.com:80,127.0.0.1 s.py   s.py may connect to these (hosts as written)
  pyx --max-memory=64M --max-time 2 s.py
  pyx --import-path lib -m tool -v      run ./lib/tool.py as __main__ (sys.argv == ['tool', '-v'])
  pyx completions bash > /etc/bash_completion.d/pyx

Grants are paths: a relative PATH is resolved against the current
directory and normalised, so after --allow-read=./data a script may open
'data/a.csv', './data/a.csv' or 'data/../data/a.csv' (but nothing outside
data). A bare --allow-read or --allow-write grants the whole filesystem
(the root directory as one capability). --allow-write also allows reading
what it grants. A --deny-* flag wins over every --allow-* flag.
--allow-read DIR (a space, not '=') still works when DIR is an existing
directory, with a note: prefer --allow-read=DIR.

Without grants a program can compute and print, nothing more. Exit status:
the program's (sys.exit), 1 for an uncaught exception, 2 for a bad command
line or a file that cannot be read, 3 when a limit ends the run, 130 after
an uncaught KeyboardInterrupt (Ctrl-C; a second Ctrl-C within a second ends
pyx at once).";

/// The `pyx` command line.
#[derive(Parser, Debug, Default)]
#[command(
    name = "pyx",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 compatible)"),
    disable_help_subcommand = true,
    about = "pyx: a capability-secure Python 3.11 interpreter",
    long_about = "pyx: a capability-secure Python 3.11 interpreter.\n\nRuns a script, a command, a module or the REPL in an interpreter that holds only what the command line grants.",
    after_help = EXAMPLES,
    disable_version_flag = true,
    args_override_self = false,
    override_usage = "pyx [OPTIONS] [-c CMD | -m MOD | FILE | -] [ARGS]...\n       pyx completions <SHELL>"
)]
pub struct Cli {
    /// Program passed in as a string; sys.argv[0] is '-c'
    #[arg(short = 'c', value_name = "CMD", allow_hyphen_values = true, conflicts_with_all = ["module", "file"], help_heading = "Program")]
    pub command: Option<String>,

    /// Run a module (found by the import system) as __main__
    #[arg(short = 'm', value_name = "MOD", conflicts_with = "file", help_heading = "Program")]
    pub module: Option<String>,

    /// The script to run; '-' reads the program from stdin
    #[arg(value_name = "FILE", help_heading = "Program", display_order = 1)]
    pub file: Option<String>,

    /// Arguments for the program (sys.argv[1:]); everything after FILE, -c CMD or -m MOD
    #[arg(value_name = "ARGS", help_heading = "Program", display_order = 2)]
    pub args: Vec<String>,

    /// Enter the REPL after running the program (also after an exception)
    #[arg(short = 'i', help_heading = "Python options")]
    pub inspect: bool,

    /// Unbuffered output: stdout is flushed after every write
    #[arg(short = 'u', help_heading = "Python options")]
    pub unbuffered: bool,

    /// Do not print the REPL's banner
    #[arg(short = 'q', help_heading = "Python options")]
    pub quiet: bool,

    /// Warning control (sys.warnoptions), as in CPython: -W error, -W ignore::DeprecationWarning, ...
    #[arg(short = 'W', value_name = "ARG", action = ArgAction::Append, help_heading = "Python options")]
    pub warn: Vec<String>,

    /// Implementation option, stored in sys._xoptions ('name' or 'name=value')
    #[arg(short = 'X', value_name = "OPT", action = ArgAction::Append, help_heading = "Python options")]
    pub xopt: Vec<String>,

    /// Print the version and exit
    #[arg(short = 'V', long = "version", action = ArgAction::Version, help_heading = "Python options")]
    pub version: Option<bool>,

    /// Allow reading files beneath PATHs (bare: the whole filesystem)
    #[arg(long, value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub allow_read: Option<Vec<PathBuf>>,

    /// Allow reading and writing files beneath PATHs (bare: the whole filesystem)
    #[arg(long, value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub allow_write: Option<Vec<PathBuf>>,

    /// Fill os.environ with these environment variables (bare: all of them)
    #[arg(long, value_name = "NAME", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub allow_env: Option<Vec<String>>,

    /// Let input() and sys.stdin read pyx's standard input
    #[arg(long, help_heading = "Grants")]
    pub allow_stdin: bool,

    /// Allow outgoing TCP connections to HOST[:PORT]s as written (bare: any endpoint)
    #[arg(long, value_name = "HOST[:PORT]", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub allow_net: Option<Vec<String>>,

    /// Grant everything: --allow-read --allow-write --allow-env --allow-stdin --allow-net
    #[arg(short = 'A', long, help_heading = "Grants")]
    pub allow_all: bool,

    /// Refuse reading (and writing) beneath PATHs, whatever is allowed (bare: everywhere)
    #[arg(long, value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub deny_read: Option<Vec<PathBuf>>,

    /// Refuse writing beneath PATHs, whatever is allowed (bare: everywhere)
    #[arg(long, value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub deny_write: Option<Vec<PathBuf>>,

    /// Keep these environment variables out of os.environ (bare: all)
    #[arg(long, value_name = "NAME", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub deny_env: Option<Vec<String>>,

    /// Refuse connections to HOST[:PORT]s, whatever is allowed (bare: all network)
    #[arg(long, value_name = "HOST[:PORT]", num_args = 0.., require_equals = true, value_delimiter = ',', action = ArgAction::Append, help_heading = "Grants")]
    pub deny_net: Option<Vec<String>>,

    /// Refuse stdin even with --allow-stdin or -A
    #[arg(long, help_heading = "Grants")]
    pub deny_stdin: bool,

    /// Deny the real clock: a virtual one fixed at 2000-01-01 00:00:00 UTC (or at --fixed-clock), moving only when the program sleeps
    #[arg(long, help_heading = "Grants", conflicts_with = "no_clock")]
    pub deny_clock: bool,

    /// Python code sees no clock (time.time() and datetime.now() raise)
    #[arg(long, help_heading = "Grants", conflicts_with = "fixed_clock")]
    pub no_clock: bool,

    /// A virtual clock starting at this POSIX time, moving only when the program sleeps (runs repeat exactly)
    #[arg(long, value_name = "EPOCH_SECONDS", allow_negative_numbers = true, help_heading = "Grants")]
    pub fixed_clock: Option<i64>,

    /// Import .py modules and packages from DIR (read-only; shown as DIR's base name)
    #[arg(long, value_name = "DIR", action = ArgAction::Append, help_heading = "Grants")]
    pub import_path: Vec<PathBuf>,

    /// Heap bytes the program may hold (e.g. 64M, 1G; default 512M)
    #[arg(long, value_name = "SIZE", value_parser = parse_size_arg, help_heading = "Limits")]
    pub max_memory: Option<usize>,

    /// Wall-clock seconds per run (e.g. 2, 0.5)
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, help_heading = "Limits")]
    pub max_time: Option<Duration>,

    /// Execution steps per run
    #[arg(long, value_name = "N", help_heading = "Limits")]
    pub max_steps: Option<u64>,

    /// Bytes the program may send plus receive over the network (e.g. 10M)
    #[arg(long, value_name = "SIZE", value_parser = parse_size_arg, help_heading = "Limits")]
    pub max_net_bytes: Option<usize>,

    /// Bytes the program may write to stdout and stderr (e.g. 1M)
    #[arg(long, value_name = "SIZE", value_parser = parse_size_arg, help_heading = "Limits")]
    pub max_output: Option<usize>,

    /// Print the syntax tree of FILE and exit
    #[arg(long, value_name = "FILE", exclusive = true, help_heading = "Front-end tools")]
    pub ast: Option<PathBuf>,

    /// Print the tokens of FILE and exit
    #[arg(long, value_name = "FILE", exclusive = true, help_heading = "Front-end tools")]
    pub tokens: Option<PathBuf>,

    /// Check that each FILE parses, and exit
    #[arg(long, value_name = "FILE", num_args = 1.., exclusive = true, help_heading = "Front-end tools")]
    pub check: Option<Vec<PathBuf>>,

    #[command(subcommand)]
    pub subcommand: Option<Sub>,
}

#[derive(Subcommand, Debug)]
pub enum Sub {
    /// Print a completion script for SHELL (bash, zsh or fish) on stdout
    Completions {
        #[arg(value_enum)]
        shell: CompletionShell,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
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

fn parse_size_arg(s: &str) -> Result<usize, String> {
    parse_size(s).ok_or_else(|| format!("'{s}' is not a size (a number of bytes, optionally with k, M or G: 64M)"))
}

fn parse_seconds(s: &str) -> Result<Duration, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(Duration::from_secs_f64(v.min(1e9))),
        _ => Err(format!("'{s}' is not a positive number of seconds")),
    }
}

/// Long options that take a value in the next argument when written
/// without `=`.
const LONG_WITH_VALUE: &[&str] = &["--max-memory", "--max-time", "--max-steps", "--max-output", "--import-path", "--fixed-clock", "--max-net-bytes"];
/// Long options that end pyx's own options: clap reads everything.
const FRONT_END: &[&str] = &["--ast", "--tokens", "--check", "--help", "-h"];

/// The command line made ready for clap: pyx's part (rewritten where an
/// old form was used) and where the program's own arguments start.
#[derive(Debug, PartialEq, Eq)]
pub struct Split {
    pub ours: Vec<String>,
    pub program_args: Vec<String>,
    /// Notes to print on stderr (old forms still accepted).
    pub notes: Vec<String>,
}

/// Find where pyx's options end and the program's arguments begin:
/// after the script's name, after `-c CMD` / `-m MOD` (also `-cCMD`,
/// `-ic CMD`), after `-`, or after `-- FILE`. Also rewrites the old
/// `--allow-read DIR` (space-separated) into `--allow-read=DIR` when DIR
/// is an existing directory.
pub fn split_program(args: &[String], is_dir: impl Fn(&str) -> bool) -> Split {
    let mut ours = Vec::new();
    let mut notes = Vec::new();
    let mut i = 0;
    let rest = |ours: Vec<String>, notes: Vec<String>, from: usize| Split { ours, program_args: args[from.min(args.len())..].to_vec(), notes };
    while i < args.len() {
        let a = args[i].as_str();
        if a == "--" {
            ours.extend(args[i..(i + 2).min(args.len())].iter().cloned());
            return rest(ours, notes, i + 2);
        }
        if a == "-" {
            ours.push(a.to_string());
            return rest(ours, notes, i + 1);
        }
        if FRONT_END.contains(&a) || (i == 0 && a == "completions") {
            ours.extend(args[i..].iter().cloned());
            return rest(ours, notes, args.len());
        }
        if let Some(long) = a.strip_prefix("--") {
            let name = format!("--{}", long.split('=').next().unwrap_or(""));
            if !a.contains('=') && LONG_WITH_VALUE.contains(&name.as_str()) {
                ours.extend(args[i..(i + 2).min(args.len())].iter().cloned());
                i += 2;
                continue;
            }
            if (a == "--allow-read" || a == "--allow-write") && i + 1 < args.len() {
                let dir = &args[i + 1];
                if !dir.starts_with('-') && is_dir(dir) {
                    notes.push(format!("pyx: note: '{a} {dir}' is read as '{a}={dir}'; write it with '=' (a bare {a} grants everything)"));
                    ours.push(format!("{a}={dir}"));
                    i += 2;
                    continue;
                }
            }
            ours.push(a.to_string());
            i += 1;
            continue;
        }
        if let Some(cluster) = a.strip_prefix('-') {
            ours.push(a.to_string());
            for (j, ch) in cluster.char_indices() {
                let attached = j + ch.len_utf8() < cluster.len();
                match ch {
                    'c' | 'm' => {
                        if attached {
                            return rest(ours, notes, i + 1);
                        }
                        if let Some(v) = args.get(i + 1) {
                            ours.push(v.clone());
                        }
                        return rest(ours, notes, i + 2);
                    }
                    'W' | 'X' => {
                        if !attached {
                            if let Some(v) = args.get(i + 1) {
                                ours.push(v.clone());
                            }
                            i += 1;
                        }
                        break;
                    }
                    _ => {}
                }
            }
            i += 1;
            continue;
        }
        // The script's name.
        ours.push(a.to_string());
        return rest(ours, notes, i + 1);
    }
    rest(ours, notes, args.len())
}

/// Read the command line (after the program name). `Err` is clap's error,
/// to print and exit with (status 2, or 0 for `--help`/`--version`).
pub fn parse(args: &[String]) -> Result<(Cli, Vec<String>), clap::Error> {
    let split = split_program(args, |d| std::path::Path::new(d).is_dir());
    let mut cli = Cli::try_parse_from(std::iter::once("pyx".to_string()).chain(split.ours))?;
    cli.args.extend(split.program_args);
    Ok((cli, split.notes))
}

/// `pyx completions SHELL`.
pub fn print_completions(shell: CompletionShell) {
    use clap_complete::Shell;
    let shell = match shell {
        CompletionShell::Bash => Shell::Bash,
        CompletionShell::Zsh => Shell::Zsh,
        CompletionShell::Fish => Shell::Fish,
    };
    clap_complete::generate(shell, &mut Cli::command(), "pyx", &mut std::io::stdout());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &[&str]) -> Vec<String> {
        a.iter().map(|x| x.to_string()).collect()
    }

    fn split(a: &[&str]) -> (Vec<String>, Vec<String>) {
        let r = split_program(&s(a), |d| d == "data");
        (r.ours, r.program_args)
    }

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn program_arguments_start_after_the_program() {
        assert_eq!(split(&["s.py", "-c", "x"]), (s(&["s.py"]), s(&["-c", "x"])));
        assert_eq!(split(&["-c", "code", "--allow-read", "-v"]), (s(&["-c", "code"]), s(&["--allow-read", "-v"])));
        assert_eq!(split(&["-iccode", "a"]), (s(&["-iccode"]), s(&["a"])));
        assert_eq!(split(&["-ic", "code", "a"]), (s(&["-ic", "code"]), s(&["a"])));
        assert_eq!(split(&["-m", "mod", "-m", "x"]), (s(&["-m", "mod"]), s(&["-m", "x"])));
        assert_eq!(split(&["-W", "error", "-", "x"]), (s(&["-W", "error", "-"]), s(&["x"])));
        assert_eq!(split(&["-Xdev", "s.py"]), (s(&["-Xdev", "s.py"]), s(&[])));
        assert_eq!(split(&["--max-memory", "10M", "s.py", "a"]), (s(&["--max-memory", "10M", "s.py"]), s(&["a"])));
        assert_eq!(split(&["--", "-s.py", "a"]), (s(&["--", "-s.py"]), s(&["a"])));
        assert_eq!(split(&["--check", "a.py", "b.py"]), (s(&["--check", "a.py", "b.py"]), s(&[])));
    }

    #[test]
    fn old_space_separated_grants_are_rewritten_only_for_directories() {
        let r = split_program(&s(&["--allow-read", "data", "s.py"]), |d| d == "data");
        assert_eq!(r.ours, s(&["--allow-read=data", "s.py"]));
        assert_eq!(r.notes.len(), 1);
        let r = split_program(&s(&["--allow-read", "s.py", "data"]), |d| d == "data");
        assert_eq!((r.ours, r.program_args), (s(&["--allow-read", "s.py"]), s(&["data"])));
        let r = split_program(&s(&["--allow-read", "-c", "1"]), |_| true);
        assert_eq!(r.ours, s(&["--allow-read", "-c", "1"]));
    }

    #[test]
    fn grants_and_limits_parse() {
        let (cli, _) = parse(&s(&["--allow-read", "--allow-write=a,b", "--max-memory=10M", "--max-time", "1.5", "-c", "x"])).unwrap();
        assert_eq!(cli.allow_read, Some(vec![]));
        assert_eq!(cli.allow_write, Some(vec![PathBuf::from("a"), PathBuf::from("b")]));
        assert_eq!(cli.max_memory, Some(10 << 20));
        assert_eq!(cli.max_time, Some(Duration::from_millis(1500)));
        assert_eq!(cli.command.as_deref(), Some("x"));
        let (cli, _) = parse(&s(&["--allow-env=A", "--allow-env=B", "s.py", "--x"])).unwrap();
        assert_eq!(cli.allow_env, Some(s(&["A", "B"])));
        assert_eq!(cli.file.as_deref(), Some("s.py"));
        assert_eq!(cli.args, s(&["--x"]));
        assert!(parse(&s(&["--max-memory=lots", "s.py"])).is_err());
        assert!(parse(&s(&["--frobnicate"])).is_err());
        assert!(parse(&s(&["-c"])).is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("256M"), Some(256 << 20));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("10k"), Some(10 << 10));
        assert_eq!(parse_size("123"), Some(123));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size("-1M"), None);
    }
}
