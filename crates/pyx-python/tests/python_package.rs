//! Builds nothing itself: cargo has built this crate's extension library
//! (without the `extension-module` feature it links libpython like any
//! binary) before running this test. The test lays it out as the
//! `pyx_sandbox` package in a temporary directory and runs the package's
//! Python test suite against it with `python3 -m unittest`, so that
//! `cargo test --workspace` covers the Python package.

use std::path::{Path, PathBuf};
use std::process::Command;

fn built_library() -> PathBuf {
    // The test binary is target/<profile>/deps/python_package-<hash>.
    let exe = std::env::current_exe().expect("current exe");
    let deps = exe.parent().expect("deps dir");
    let profile = deps.parent().expect("profile dir");
    let names = ["libpyx_sandbox.so", "libpyx_sandbox.dylib"];
    // `cargo build` leaves a copy in the profile directory that `cargo
    // test` does not refresh: the newest of the candidates is this build's.
    let newest = [profile, deps]
        .iter()
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .max_by_key(|(t, _)| *t);
    match newest {
        Some((_, p)) => p,
        None => panic!("the pyx_sandbox extension library was not built next to {}", exe.display()),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        if e.file_type().expect("type").is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).expect("copy");
        }
    }
}

#[test]
fn the_python_suite_passes_against_the_built_extension() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("tmp");
    let pkg = tmp.path().join("pyx_sandbox");
    copy_dir(&root.join("python/pyx_sandbox"), &pkg);
    std::fs::copy(built_library(), pkg.join("_native.abi3.so")).expect("copy extension");
    let out = Command::new("python3")
        .args(["-m", "unittest", "discover", "-v", "-s"])
        .arg(root.join("tests"))
        .args(["-p", "test_*.py"])
        .env("PYTHONPATH", tmp.path())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run python3");
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the Python suite failed:\n{text}\n{}", String::from_utf8_lossy(&out.stdout));
    // The suite really ran (a discovery mistake would run nothing).
    assert!(text.contains("Ran ") && !text.contains("Ran 0 tests"), "{text}");
}
