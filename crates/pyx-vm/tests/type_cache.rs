//! The MRO lookup cache starts small and grows once it has missed often
//! (`types::lookup`): lookups stay right before, across and after the
//! growth, and a changed class attribute is never served stale.

use pyx_vm::Limits;

mod support;

const PROGRAM: &str = r#"
classes = [type(f"C{i}", (), {f"a{j}": i * 100 + j for j in range(20)}) for i in range(300)]
subs = [type(f"D{i}", (c,), {}) for i, c in enumerate(classes)]
total = 0
for rnd in range(3):
    for c, d in zip(classes, subs):
        for inst in (c(), d()):
            for j in range(20):
                total += getattr(inst, f"a{j}")
    for c in classes:
        c.a0 -= 1
print(total)
"#;

#[test]
fn lookups_stay_right_while_the_cache_grows() {
    let mut i = support::Session::new(Limits::default(), 1);
    assert!(i.run(PROGRAM).is_ok());
    // The same sum, computed here: each round reads every attribute of each
    // class twice (instance of the class and of its subclass), then every
    // class's `a0` drops by one.
    let mut expected: i64 = 0;
    for rnd in 0..3i64 {
        for c in 0..300i64 {
            for j in 0..20i64 {
                let v = if j == 0 { c * 100 - rnd } else { c * 100 + j };
                expected += 2 * v;
            }
        }
    }
    let text = i.take_out();
    assert_eq!(text.trim(), expected.to_string());
}
