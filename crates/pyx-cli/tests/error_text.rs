//! What `pyx NAME.py` prints for a failing program, against CPython 3.11.
//!
//! Each `tests/errors/NAME.py` fails at run time (a traceback, with
//! CPython 3.11's `~~~^^^` markers and "Did you mean" suggestions) or does
//! not parse (a syntax error, with its caret line and CPython's wording).
//! `NAME.cpython` holds what `python3 -I NAME.py` printed (stdout, then
//! stderr), written by `tests/tools/cpython_error_text.py`. pyx, run the
//! same way from the same directory, must print exactly that text; its
//! output is also an insta snapshot, for review.

#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const PYX: &str = env!("CARGO_BIN_EXE_pyx");

/// Cases whose output is known to differ from CPython's, and why.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[
    (
        "syn_fstring",
        "CPython 3.11 shows an f-string field's text wrapped in parentheses instead of the source line; pyx shows the line",
    ),
];

fn cases() -> (PathBuf, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/errors");
    let mut names: Vec<String> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    (root, names)
}

#[test]
fn error_text_matches_cpython() {
    let (root, names) = cases();
    assert!(names.len() >= 50, "only {} cases", names.len());
    let mut failures = Vec::new();
    let mut matching = 0;
    for name in &names {
        let out = Command::new(PYX).arg(format!("{name}.py")).current_dir(&root).output().expect("pyx runs");
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        let expected = fs::read_to_string(root.join(format!("{name}.cpython")))
            .unwrap_or_else(|e| panic!("{name}.cpython: {e} (run tests/tools/cpython_error_text.py)"));
        insta::assert_snapshot!(name.as_str(), text);
        if text == expected {
            matching += 1;
        } else if !KNOWN_DIFFERENCES.iter().any(|(n, _)| n == name) {
            failures.push(format!("{name}:\n--- pyx\n{text}--- cpython\n{expected}"));
        }
    }
    eprintln!("{matching} of {} error texts match CPython exactly", names.len());
    assert!(failures.is_empty(), "{} differ from CPython:\n{}", failures.len(), failures.join("\n"));
}
