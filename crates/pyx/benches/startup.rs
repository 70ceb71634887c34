//! Start-up cost of an interpreter, phase by phase:
//!
//! - `vm_new`: `pyx_vm::Vm::new` (types bootstrap, names, built-ins);
//! - `builder_build`: a bare `Interpreter` as embedders make it (adds `sys`);
//! - `build_and_eval`: that plus running `1 + 1` (adds `__main__` and the
//!   first compile);
//! - `eval_warm`: `1 + 1` on an existing interpreter (the compile+run part);
//! - `build_and_import_json`: a new interpreter that imports `json`: starts
//!   the importer and runs the module bodies; their code is compiled once
//!   per process and shared, so no interpreter after the first parses.
//!
//!     cargo bench -p pyx --bench startup
//!
//! `PYX_IDLE_CHILDREN=N` instead measures the memory of N idle
//! interpreters each left after `x = 1 + 1` (issue 12's "idle child"): the
//! bytes charged to each one's heap, and the process's resident-set growth
//! per interpreter (from `/proc/self/statm`, Linux only).

use criterion::{criterion_group, Criterion};
use pyx::embed::Interpreter;

// Measure as the `pyx` binary runs: with mimalloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn startup(c: &mut Criterion) {
    let vm = pyx_vm::Vm::new(pyx_vm::Limits::default(), 0);
    eprintln!("a fresh Vm: {} objects, {} bytes charged", vm.heap_stats().live_objects, vm.memory_used());
    drop(vm);
    let mut g = c.benchmark_group("startup");
    g.bench_function("vm_new", |b| b.iter(|| std::hint::black_box(pyx_vm::Vm::new(pyx_vm::Limits::default(), 0))));
    g.bench_function("builder_build", |b| b.iter(|| std::hint::black_box(Interpreter::new().expect("build"))));
    g.bench_function("build_and_eval", |b| {
        b.iter(|| {
            let mut i = Interpreter::new().expect("build");
            std::hint::black_box(i.eval::<i64>("1+1").expect("eval"))
        })
    });
    g.bench_function("build_and_import_json", |b| {
        b.iter(|| {
            let mut i = Interpreter::new().expect("build");
            i.run("import json", "<bench>").expect("import");
            std::hint::black_box(i.eval::<String>("json.dumps([1])").expect("eval"))
        })
    });
    let mut warm = Interpreter::new().expect("build");
    g.bench_function("eval_warm", |b| b.iter(|| std::hint::black_box(warm.eval::<i64>("1+1").expect("eval"))));
    g.finish();
}

criterion_group!(benches, startup);

fn main() {
    // `PYX_STARTUP_LOOP=N`: just build and run `1+1` N times (for a
    // profiler: `valgrind --tool=callgrind`, `perf stat`), no criterion.
    if let Some(n) = std::env::var("PYX_STARTUP_LOOP").ok().and_then(|n| n.parse::<u32>().ok()) {
        for _ in 0..n {
            let mut i = Interpreter::new().expect("build");
            std::hint::black_box(i.eval::<i64>("1+1").expect("eval"));
        }
        return;
    }
    if let Some(n) = std::env::var("PYX_IDLE_CHILDREN").ok().and_then(|n| n.parse::<usize>().ok()) {
        idle_children(n.max(1));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}

/// Resident bytes of this process, or 0 where `/proc` is absent.
fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

fn idle_children(n: usize) {
    // One interpreter first, so the process-wide parts (frozen code, the
    // allocator's first segments) are not counted against the children.
    let mut first = Interpreter::new().expect("build");
    first.run("x = 1 + 1", "<idle>").expect("run");
    let before = resident_bytes();
    let mut kept = Vec::with_capacity(n);
    for _ in 0..n {
        let mut i = Interpreter::new().expect("build");
        i.run("x = 1 + 1", "<idle>").expect("run");
        kept.push(i);
    }
    let after = resident_bytes();
    let charged: usize = kept.iter().map(|i| i.memory_used()).sum();
    println!(
        "{n} idle interpreters: {} bytes charged each, {} bytes resident each",
        charged / n,
        after.saturating_sub(before) / n
    );
    drop(first);
}
