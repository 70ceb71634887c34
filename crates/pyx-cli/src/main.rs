//! The `pyx` command: run a script, a command, a module or the REPL in an
//! interpreter that holds only what the command line grants.

mod args;
mod clip;
mod colour;
mod frontend;
mod repl;
mod run;
mod session;

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

extern "C" {
    /// mimalloc's `mi_option_set` (linked in with the allocator).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (the same index in
/// its v2 and v3 headers).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// Give freed memory back to the OS at once. mimalloc v3 keeps freed pages
/// resident for a second by default; a program that builds and drops
/// big buffers under `--max-memory` would then hold several times its cap
/// in RSS although the heap it is charged for stays within it. It costs
/// allocation-heavy code time (method_calls bench 0.25 s -> 0.35 s), so it
/// is done only when a memory cap is asked for.
fn return_freed_memory_promptly() {
    // SAFETY: sets an integer option of the allocator this binary links;
    // mimalloc allows options to change at any time.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

fn main() {
    let argv: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let (cli, notes) = match args::parse(&argv) {
        Ok(parsed) => parsed,
        // clap prints the message (or the help/version text) and exits
        // with 2 for a bad command line, 0 for --help and --version.
        Err(e) => e.exit(),
    };
    if cli.max_memory.is_some() {
        return_freed_memory_promptly();
    }
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
