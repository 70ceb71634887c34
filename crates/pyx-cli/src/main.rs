//! The `pyx` command.

mod cli;
mod repl;
mod run;

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        std::process::exit(repl::main(run::RunOptions::default()));
    }
    if let Some(opts) = run::options_only(&args) {
        std::process::exit(repl::main(opts));
    }
    if run::wants_run(&args) {
        std::process::exit(run::main_with_args(&args));
    }
    std::process::exit(cli::main_with_args(&args));
}
