//! Parse throughput over CPython's standard library (the same corpus as
//! `tests/stdlib_corpus.rs`): decode + lex + parse of every file CPython
//! accepts, reported by criterion in bytes per second.
//!
//!     cargo bench -p pyx --bench parse_stdlib
//!
//! The stdlib is found through `python3`, or `PYX_STDLIB_DIR`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

// Measure the parser as the `pyx` binary runs it: with mimalloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::PathBuf;
use std::process::Command;

fn stdlib_sources() -> Vec<String> {
    let root = match std::env::var("PYX_STDLIB_DIR") {
        Ok(dir) => PathBuf::from(dir),
        Err(_) => {
            let out = Command::new("python3")
                .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
                .output()
                .expect("python3 must be installed, or set PYX_STDLIB_DIR");
            PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
        }
    };
    let oracle = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/cpython-stdlib.tsv"),
    )
    .expect("tests/corpus/cpython-stdlib.tsv");
    oracle
        .lines()
        .filter(|l| l.contains("\tok\t"))
        .filter_map(|l| l.split('\t').next())
        .filter_map(|rel| std::fs::read(root.join(rel)).ok())
        .filter_map(|bytes| pyx_lexer::decode_source(&bytes).ok())
        .collect()
}

fn parse_stdlib(c: &mut Criterion) {
    let sources = stdlib_sources();
    let total: usize = sources.iter().map(String::len).sum();
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("stdlib", |b| {
        b.iter(|| {
            let mut ok = 0usize;
            for source in &sources {
                ok += pyx_parser::parse_module(source).is_ok() as usize;
            }
            ok
        })
    });
    group.bench_function("stdlib_tokens_only", |b| {
        b.iter(|| {
            let mut tokens = 0usize;
            for source in &sources {
                tokens += pyx_lexer::tokenize(source).take_while(Result::is_ok).count();
            }
            tokens
        })
    });
    group.finish();
}

criterion_group!(benches, parse_stdlib);
criterion_main!(benches);
