//! Generated whole programs (fuzz/gen) run in pyx under tight limits: any
//! panic (including one the embedding API catches and reports as
//! `Error::Internal`), stack overflow or abort is a crash, and so is a heap
//! that ends above its cap. libFuzzer's own `-rss_limit_mb` /
//! `-malloc_limit_mb` catch memory the interpreter's accounting missed.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use pyx::embed::{Data, Error, Interpreter, Output};

const MAX_MEMORY: usize = 64 << 20;

fuzz_target!(|data: &[u8]| {
    let source = pyx_fuzz_gen::program_from_bytes(data);
    if std::env::var_os("PYX_FUZZ_PRINT").is_some() {
        eprintln!("{source}");
    }
    let mut interp = Interpreter::builder()
        .stdout(Output::Capture)
        .stderr(Output::Capture)
        .max_memory(MAX_MEMORY)
        .max_steps(300_000)
        .max_time(Duration::from_secs(5))
        .max_output(1 << 16)
        .hash_seed(0)
        .random_seed(0)
        .build()
        .expect("build");
    let r = interp.run(&source, "fuzz.py");
    if let Err(Error::Internal(m)) = &r {
        panic!("internal error: {m}");
    }
    let used = interp.memory_used();
    assert!(used <= MAX_MEMORY + (1 << 20), "heap holds {used} bytes over a {MAX_MEMORY} cap");
    // The interpreter is still usable after whatever the program did.
    match interp.eval::<Data>("1 + 1") {
        Ok(Data::Int(2)) | Err(Error::Limit(_)) => {}
        other => panic!("interpreter unusable after run: {other:?}"),
    }
    let _ = interp.take_stdout();
});
