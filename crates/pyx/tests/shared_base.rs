//! Interpreters of one process start from a shared, frozen base (the
//! built-in types, their methods, the built-in functions, interned names:
//! pyx-vm's `base.rs`). What one interpreter does to its copy of a base
//! object no other interpreter sees, on this thread or another, and the
//! copies made on write survive collections.

use pyx::embed::Interpreter;

fn interp() -> Interpreter {
    match Interpreter::builder().build() {
        Ok(i) => i,
        Err(e) => panic!("build: {e}"),
    }
}

fn run(i: &mut Interpreter, src: &str) -> String {
    if let Err(e) = i.run(src, "t.py") {
        panic!("{src}: {e}");
    }
    i.take_stdout()
}

const CHANGE_BASE: &str = r#"
import builtins, sys
builtins.len = lambda x: -1
builtins.extra = "mine"
sys.modules["fake"] = sys
e = ValueError("x")
e.note = 1
print(len("abc"), extra, "fake" in sys.modules, e.note)
"#;

const READ_BASE: &str = r#"
import builtins, sys
print(len("abc"), hasattr(builtins, "extra"), "fake" in sys.modules)
"#;

#[test]
fn changes_to_base_objects_stay_in_their_interpreter() {
    let mut before = interp();
    let mut a = interp();
    assert_eq!(run(&mut a, CHANGE_BASE), "-1 mine True 1\n");
    let mut after = interp();
    assert_eq!(run(&mut before, READ_BASE), "3 False False\n");
    assert_eq!(run(&mut after, READ_BASE), "3 False False\n");
    // The interpreter that changed them keeps its copies.
    assert_eq!(run(&mut a, "print(len('abc'), extra)"), "-1 mine\n");
}

#[test]
fn copies_of_base_objects_keep_what_they_reference_through_collections() {
    let mut i = interp();
    let src = r#"
import builtins, gc
builtins.kept = [str(n) * 3 for n in range(1000)]
for _ in range(3):
    junk = [[n] * 10 for n in range(20000)]
    del junk
    gc.collect()
print(len(kept), kept[999], kept[5])
"#;
    assert_eq!(run(&mut i, src), "1000 999999999 555\n");
}

#[test]
fn weak_references_to_base_objects_stay_alive() {
    let mut i = interp();
    let src = r#"
import weakref, gc
r = weakref.ref(ValueError)
junk = [[n] for n in range(50000)]
del junk
gc.collect()
print(r() is ValueError)
"#;
    assert_eq!(run(&mut i, src), "True\n");
}

#[test]
fn interpreters_on_many_threads_share_the_base_without_cross_talk() {
    let threads: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                for k in 0..25 {
                    let mut i = interp();
                    let src = format!(
                        "import builtins\nbuiltins.tag = {t}\nclass C(ValueError): pass\nc = C({k})\nc.x = {t}\nprint(tag, c.args[0], c.x, sorted({{'b{t}': 1, 'a': 2}}))"
                    );
                    let want = format!("{t} {k} {t} ['a', 'b{t}']\n");
                    assert_eq!(run(&mut i, &src), want);
                }
            })
        })
        .collect();
    for h in threads {
        assert!(h.join().is_ok());
    }
}

#[test]
fn copies_of_base_objects_survive_collections_at_every_safe_point() {
    let mut i = match Interpreter::builder().gc_stress(true).build() {
        Ok(i) => i,
        Err(e) => panic!("build: {e}"),
    };
    let src = r#"
import builtins, sys
builtins.kept = {str(n): [n] for n in range(200)}
sys.modules["kept_too"] = type(sys)("kept_too")
sys.modules["kept_too"].x = [str(n) for n in range(50)]
total = sum(v[0] for v in kept.values())
print(total, kept["7"], sys.modules["kept_too"].x[49])
"#;
    assert_eq!(run(&mut i, src), "19900 [7] 49\n");
}

#[test]
fn classes_of_sys_objects_are_shared_but_changed_only_in_their_interpreter() {
    let mut a = interp();
    let src = r#"
import sys
for obj in (sys.stdout, sys.float_info):
    try:
        type(obj).extra = "mine"
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
print(getattr(type(sys.stdout), "extra", None), getattr(type(sys.float_info), "extra", None))
"#;
    let first = run(&mut a, src);
    let mut b = interp();
    let read = "import sys\nprint(hasattr(type(sys.stdout), 'extra'), hasattr(type(sys.float_info), 'extra'), type(sys.stdout).__name__, sys.float_info.max_exp)\nsys.stdout.write('ok\\n')\n";
    assert_eq!(run(&mut b, read), "False False TextIOWrapper 1024\nok\n", "after {first:?}");
}
