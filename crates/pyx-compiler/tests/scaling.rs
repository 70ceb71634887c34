//! Compiling is linear in the size of the module: a generated module eight
//! times larger takes about eight times as long, never the square of it
//! (sharing constants by scanning every earlier constant made a
//! 150,000-line module take 20 s). The test compares two sizes on the same
//! machine, so its outcome does not depend on the machine's speed: linear
//! work gives a ratio near 8, quadratic work one near 64.

use std::time::{Duration, Instant};

/// `n` lines of assignments, functions and a set literal, each with its
/// own constants.
fn module(n: usize) -> String {
    let mut src = String::new();
    for i in 0..n {
        match i % 4 {
            0 => src.push_str(&format!("x{i} = {i} + {i}.5\n")),
            1 => src.push_str(&format!("s{i} = 'text {i}'\n")),
            2 => src.push_str(&format!("def f{i}(a):\n    return a + {i}\n")),
            _ => src.push_str(&format!("t{i} = {{{i}, -{i}, {i}.25}}\n")),
        }
    }
    src
}

fn compile_once(src: &str) -> Duration {
    let started = Instant::now();
    let m = pyx_parser::parse_module(src).expect("parses");
    pyx_compiler::compile_module(&m, src, "gen").expect("compiles");
    started.elapsed()
}

/// The fastest of five runs of each source, the two sources alternating so
/// that a burst of load on a shared machine falls on both alike.
fn compile_times(small: &str, large: &str) -> (Duration, Duration) {
    let (mut s, mut l) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        s = s.min(compile_once(small));
        l = l.min(compile_once(large));
    }
    (s, l)
}

// Linear work gives a ratio near 8, quadratic one near 64: the bound sits
// between them with room for noise on either side.
const BOUND: u32 = 28;

#[test]
fn compile_time_grows_linearly_with_module_size() {
    let (small, large) = compile_times(&module(10_000), &module(80_000));
    assert!(large < small * BOUND, "10k lines: {small:?}, 80k lines: {large:?}");
}

#[test]
fn set_literal_of_many_constants_compiles_linearly() {
    let items = |n: usize| format!("s = {{{}}}\n", (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join(", "));
    let (small, large) = compile_times(&items(10_000), &items(80_000));
    assert!(large < small * BOUND, "10k items: {small:?}, 80k items: {large:?}");
}
