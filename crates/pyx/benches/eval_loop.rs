//! Evaluation-loop throughput: small programs run through the embedding
//! API (`pyx::embed`), one interpreter per iteration (start-up included,
//! as a host running a fresh script would see it).
//!
//!     cargo bench -p pyx --bench eval_loop
//!
//! The programs exercise the paths the VM optimises: integer/float
//! arithmetic, Python-to-Python calls, generators resumed by `for` and by
//! native code, attribute and method access on instances, globals, and
//! dict/str work. `benches/compare.py` compares the bigger programs in
//! `benches/programs/` with CPython.

use criterion::{criterion_group, criterion_main, Criterion};
use pyx::embed::{Interpreter, Output};

// Measure the VM as the `pyx` binary runs it: with mimalloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PROGRAMS: &[(&str, &str)] = &[
    (
        "int_loop",
        "t = 0\nfor i in range(20000):\n    t += i % 7 * 3 - i // 5\nprint(t)\n",
    ),
    (
        "float_loop",
        "x = 0.0\nfor i in range(20000):\n    x = x * 0.5 + i * 1.5\nprint(x)\n",
    ),
    (
        "calls",
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(16))\n",
    ),
    (
        "generators",
        "def nums(n):\n    for i in range(n):\n        yield i\n\
         def sq(it):\n    for x in it:\n        yield x * x\n\
         t = 0\nfor v in sq(nums(10000)):\n    t += v\nprint(t, sum(x for x in range(10000) if x % 3 == 0))\n",
    ),
    (
        "methods",
        "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\
         \x20   def add(self, o):\n        return P(self.x + o.x, self.y + o.y)\n\
         \x20   def n1(self):\n        return abs(self.x) + abs(self.y)\n\
         p = P(0, 0)\ns = P(1, -2)\nt = 0\nfor _ in range(5000):\n    p = p.add(s)\n    t += p.n1()\nprint(t)\n",
    ),
    (
        "dict_str",
        "c = {}\nfor i in range(10000):\n    w = 'w' + str(i % 100)\n    c[w] = c.get(w, 0) + 1\nprint(len(c), sum(c.values()))\n",
    ),
];

fn run_program(src: &str) -> String {
    let mut i = Interpreter::builder().stdout(Output::Capture).build().expect("build");
    i.run(src, "bench.py").expect("run");
    i.take_stdout()
}

fn eval_loop(c: &mut Criterion) {
    let mut g = c.benchmark_group("eval_loop");
    g.sample_size(20);
    for (name, src) in PROGRAMS {
        // Fail loudly (not just measure) if a program stops working.
        assert!(!run_program(src).is_empty(), "{name} printed nothing");
        g.bench_function(*name, |b| b.iter(|| run_program(src)));
    }
    g.finish();
}

criterion_group!(benches, eval_loop);
criterion_main!(benches);
