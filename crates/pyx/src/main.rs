//! The `pyx` command.

mod cli;
mod repl;
mod run;

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--max-memory") {
        return_freed_memory_promptly();
    }
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
