//! The `pyx` command: run a script, a command, a module or the REPL in an
//! interpreter that holds only what the command line grants.

mod args;
mod frontend;
mod repl;
mod run;
mod session;

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    let argv: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let (cli, notes) = match args::parse(&argv) {
        Ok(parsed) => parsed,
        // clap prints the message (or the help/version text) and exits
        // with 2 for a bad command line, 0 for --help and --version.
        Err(e) => e.exit(),
    };
    for note in &notes {
        eprintln!("{note}");
    }
    if let Some(args::Sub::Completions { shell }) = cli.subcommand {
        args::print_completions(shell);
        return;
    }
    if let Some(command) = frontend::Command::from_cli(&cli) {
        std::process::exit(frontend::run(command));
    }
    std::process::exit(run::main(cli));
}
