//! Real pure-Python code: with CPython 3.11's `Lib` directory granted as an
//! import root (`--import-path`), each `tests/cpython_lib/<module>.py`
//! imports a module and uses it; its output must equal CPython's, recorded
//! in `<module>.expected` by `tests/cpython_lib/gen_expected.sh`.
//!
//! pyx's own stdlib comes first, so a module pyx ships is pyx's; the others
//! (difflib, pprint, shlex, ...) are CPython's files, running on pyx's
//! modules. The count that works may not drop below `FLOOR`, and the test
//! prints `cpython lib: N of M modules work`. Without a CPython 3.11 `Lib`
//! on the machine the test says so and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Modules that work now: raise it when more do.
const FLOOR: usize = 30;

fn cpython_lib() -> Option<PathBuf> {
    ["/usr/lib/python3.11", "/usr/local/lib/python3.11"].iter().map(PathBuf::from).find(|p| p.join("heapq.py").is_file())
}

#[test]
fn cpython_lib_modules_import_and_work() {
    let Some(lib) = cpython_lib() else {
        eprintln!("cpython lib: no CPython 3.11 Lib directory here; skipped");
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cpython_lib");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cpython_lib exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    let mut working = Vec::new();
    let mut failing = Vec::new();
    for p in &programs {
        let name = p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(p.with_extension("expected")).unwrap_or_default();
        let out = Command::new(env!("CARGO_BIN_EXE_pyx"))
            .args(["--max-time", "20", "--import-path"])
            .arg(&lib)
            .arg(p.file_name().unwrap_or_default())
            .current_dir(&dir)
            .output()
            .expect("run pyx");
        let mut got = String::from_utf8_lossy(&out.stdout).into_owned();
        got.push_str(&String::from_utf8_lossy(&out.stderr));
        if got == expected {
            working.push(name);
        } else {
            let last = got.lines().last().unwrap_or("").to_string();
            failing.push(format!("{name}: {last}"));
        }
    }
    eprintln!("cpython lib: {} of {} modules work", working.len(), programs.len());
    for f in &failing {
        eprintln!("  not yet: {f}");
    }
    assert!(working.len() >= FLOOR, "only {} of {} CPython Lib modules work (floor {FLOOR})", working.len(), programs.len());
}
