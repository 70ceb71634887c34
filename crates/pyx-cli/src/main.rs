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

/// `mi_option_purge_delay` and `mi_option_arena_reserve` in mimalloc's
/// `mi_option_e` (the same indices in its v2 and v3 headers).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
const MI_OPTION_ARENA_RESERVE: std::ffi::c_int = 23;

/// How long freed pages stay resident before they go back to the OS, in
/// milliseconds. mimalloc v3 keeps them for a second by default, so a
/// program's peak resident set was its live data plus everything it freed
/// in the last second (pyperformance's pprint peaked at 90 MB, 86 MB at
/// 100 ms; dict_str 35 -> 32 MB). A tenth of a second returns them while a
/// program still runs and still lets a loop that frees and reallocates
/// reuse warm pages (0 costs allocation-heavy code time: method_calls
/// 0.25 s -> 0.35 s).
const PURGE_DELAY_MS: std::ffi::c_long = 100;

/// The address space mimalloc reserves for its first arena, in KiB. Its
/// default, 1 GiB, costs a 170 KB commit bitmap touched at start-up (a
/// fifth of what `pyx -c pass` has in anonymous memory); later arenas
/// grow geometrically, so a large heap still needs only a few of them.
const ARENA_RESERVE_KIB: std::ffi::c_long = 64 * 1024;

/// Tune the allocator before its first arena is made: a smaller first
/// reservation, and freed memory returned sooner. The Rust runtime
/// allocates before `main` runs, so on Linux this runs earlier, from the
/// executable's `.init_array` (as C constructors do); elsewhere `main`
/// calls it, and the first arena keeps the default size.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static TUNE_ALLOCATOR_AT_LOAD: extern "C" fn() = {
    extern "C" fn at_load() {
        tune_allocator();
    }
    at_load
};

fn tune_allocator() {
    // SAFETY: sets integer options of the allocator this binary links;
    // mimalloc allows options to change at any time.
    unsafe {
        mi_option_set(MI_OPTION_ARENA_RESERVE, ARENA_RESERVE_KIB);
        mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS);
    }
}

/// Give freed memory back to the OS at once. With the default delay a
/// program that builds and drops big buffers under `--max-memory` could
/// hold several times its cap in RSS although the heap it is charged for
/// stays within it.
fn return_freed_memory_promptly() {
    // SAFETY: as in `tune_allocator`.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

fn main() {
    #[cfg(not(target_os = "linux"))]
    tune_allocator();
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
