//! Imports through a granted import root (`--import-path`), end to end:
//! packages, relative imports, `from` imports of submodules,
//! `importlib`, import errors, `-m` for a package and a module, `sys.argv`,
//! and path hiding: the root's host path appears nowhere in the output,
//! tracebacks included. Programs live in `tests/imports/`.

use std::path::PathBuf;
use std::process::Command;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/imports").canonicalize().expect("tests/imports exists")
}

/// Run pyx in `tests/imports` with `lib/` granted; (stdout, stderr, code).
fn pyx(args: &[&str]) -> (String, String, i32) {
    let d = dir();
    let lib = d.join("lib");
    let out = Command::new(env!("CARGO_BIN_EXE_pyx"))
        .arg("--import-path")
        .arg(&lib)
        .args(args)
        .current_dir(&d)
        .output()
        .expect("pyx runs");
    let (o, e) = (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
    let host = lib.to_string_lossy().into_owned();
    assert!(!o.contains(&host) && !e.contains(&host), "host path leaked:\n{o}\n{e}");
    let parent = d.to_string_lossy().into_owned();
    assert!(!o.contains(&parent) && !e.contains(&parent), "host path leaked:\n{o}\n{e}");
    (o, e, out.status.code().unwrap_or(-1))
}

#[test]
fn packages_relative_imports_and_errors() {
    let (out, err, code) = pyx(&["main.py", "one", "two"]);
    let expected = "\
1.0 app.sub.leaf lib/app/__init__.py ['lib/app'] lib/app/sub/leaf.py
lib/app/__init__.py ['lib/app']
['main.py', 'one', 'two']
ModuleNotFoundError: No module named 'no_such_module_here' no_such_module_here
ImportError: cannot import name 'nothing' from 'app' (lib/app/__init__.py)
ModuleNotFoundError: No module named 'app.sub.nothing'
True lib/app/core.py
";
    assert_eq!(out, expected);
    assert_eq!(code, 1);
    let tb = "\
Traceback (most recent call last):
  File \"main.py\", line 24, in <module>
    leaf.fail()
  File \"lib/app/sub/leaf.py\", line 8, in fail
    return 1 / 0
";
    assert!(err.contains(tb), "{err}");
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "{err}");
}

#[test]
fn dash_m_runs_a_package_main_or_a_module_with_argv() {
    let (out, _, code) = pyx(&["-m", "app", "x"]);
    assert_eq!(out, "main of __main__ app ['app', 'x']\n1.0 app.sub.leaf True\n");
    assert_eq!(code, 0);
    let (out, _, _) = pyx(&["-m", "tool", "a", "b"]);
    assert_eq!(out, "tool __main__ ['a', 'b']\n");
    let (_, err, code) = pyx(&["-m", "nothing"]);
    assert!(err.contains("No module named 'nothing'"), "{err}");
    assert_eq!(code, 1);
}

#[test]
fn without_the_grant_nothing_of_the_directory_imports() {
    let d = dir();
    let out = Command::new(env!("CARGO_BIN_EXE_pyx"))
        .args(["-c", "import app"])
        .current_dir(d.join("lib"))
        .output()
        .expect("pyx runs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("ModuleNotFoundError: No module named 'app'"));
}

#[test]
fn random_is_seeded_by_the_host_only() {
    use pyx::embed::{Data, Interpreter};
    let draw = |seed: Option<u64>| {
        let mut b = Interpreter::builder();
        if let Some(s) = seed {
            b = b.random_seed(s);
        }
        let mut i = b.build().expect("build");
        i.run("import random\nx = [random.random() for _ in range(3)]\nrandom.seed()\ny = random.random()", "<t>").expect("run");
        (i.eval::<Data>("x").expect("x"), i.eval::<Data>("y").expect("y"))
    };
    // No seed from the host: the same numbers every run.
    assert_eq!(draw(None), draw(None));
    // A host seed: reproducible for that seed, different from another.
    assert_eq!(draw(Some(7)), draw(Some(7)));
    assert_ne!(draw(Some(7)), draw(Some(8)));
    // seed() without an argument takes the next host value.
    let (x, y) = draw(Some(7));
    assert!(matches!(x, Data::List(ref v) if v.len() == 3));
    assert!(matches!(y, Data::Float(_)));
}
