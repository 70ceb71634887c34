//! The `pyx` command.
use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    eprintln!("pyx: nothing to run yet");
    std::process::exit(2);
}
