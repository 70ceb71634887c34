//! Interpreters of one process start from a shared, frozen base (the
//! built-in types, their methods, the built-in functions, interned names:
//! `base.rs`): a fresh interpreter owns only a few objects, and each hash
//! seed has its own base. (Isolation between interpreters that change
//! base objects: crates/pyx/tests/shared_base.rs.)

use pyx_vm::Limits;

mod support;
use support::Session;

fn interp(seed: u64) -> Session {
    Session::new(Limits::default(), seed)
}

fn run(i: &mut Session, src: &str) -> String {
    if let Err(e) = i.run(src) {
        panic!("{src}: {e}");
    }
    i.take_out()
}

#[test]
fn a_fresh_interpreter_owns_a_few_objects_and_copies_none() {
    let mut i = interp(0);
    assert!(i.vm.heap_stats().live_objects < 16, "fresh: {} own objects", i.vm.heap_stats().live_objects);
    assert!(i.vm.heap_stats().bytes < 16 << 10, "fresh: {} bytes charged", i.vm.heap_stats().bytes);
    assert_eq!(run(&mut i, "x = 1 + 1\nprint(x, len('abc'), int('7'))"), "2 3 7\n");
    assert_eq!(i.vm.heap_stats().base_copies, 0, "running `x = 1 + 1` copied {} base objects", i.vm.heap_stats().base_copies);
}

#[test]
fn interpreters_with_other_hash_seeds_hash_strings_their_own_way() {
    let src = "print(hash('abc') == hash('ab' + 'c'), {'len': 1, 'print': 2}['print'])\nh = hash('len')";
    let mut hashes = Vec::new();
    for seed in [1, 2, 3, 4, 5, 6] {
        let mut i = interp(seed);
        assert_eq!(run(&mut i, src), "True 2\n");
        assert_eq!(run(&mut i, "print(h)").trim().parse::<i64>().ok().map(|h| h == 0), Some(false));
        hashes.push(run(&mut i, "print(h)"));
    }
    hashes.sort();
    hashes.dedup();
    assert_eq!(hashes.len(), 6, "each seed hashes 'len' differently: {hashes:?}");
}

/// Ordinary code reads the base and never copies it: subclassing built-in
/// types, exceptions carrying attributes, methods of built-in types.
#[test]
fn ordinary_code_copies_no_base_object() {
    let mut i = interp(0);
    let src = r#"
class E(ValueError):
    pass
class L(list):
    def total(self):
        return sum(self)
errors = []
for n in range(50):
    try:
        raise E(n)
    except ValueError as e:
        e.seen = n
        errors.append(e)
    try:
        {}[n]
    except KeyError as e:
        e.where = "dict"
l = L(range(10))
l.append(10)
words = " ".join(sorted(sorted({str(n) for n in range(20)}), key=len))
print(len(errors), errors[-1].seen, l.total(), words[:9], isinstance(l, list))
"#;
    assert_eq!(run(&mut i, src), "50 49 55 0 1 2 3 4 True\n");
    assert_eq!(i.vm.heap_stats().base_copies, 0, "ordinary code copied {} base objects", i.vm.heap_stats().base_copies);
}
