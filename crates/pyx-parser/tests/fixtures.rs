//! The oracle tests: pyx's parse of every fixture against CPython 3.11's.
//!
//! `tests/fixtures/syntax/NAME.py` parses, and `NAME.cpython-ast` holds
//! CPython's `ast.dump(..., include_attributes=True)` of it; pyx's dump
//! must be the same text, locations included. The indented dump of each
//! is also an insta snapshot, for review.
//!
//! `tests/fixtures/syntax_errors/NAME.py` holds one syntax error, and
//! `NAME.cpython-error` the traceback tail CPython prints for it; pyx's
//! rendering is an insta snapshot and must match CPython's, except for the
//! few cases listed in `KNOWN_DIFFERENCES`.
//!
//! The `.cpython-*` files come from `tests/tools/cpython_ast_dump.py`.

// Tests and tools read fixture files and spawn threads; the no-OS rule is
// for the library.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fs;
use std::path::{Path, PathBuf};

use pyx_ast::{dump_module, DumpOptions};
use pyx_parser::{parse_module, SyntaxError, SyntaxErrorKind};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn parse_file(path: &Path) -> (String, Result<pyx_ast::Module, SyntaxError>) {
    let bytes = fs::read(path).expect("fixture is readable");
    match pyx_lexer::decode_source(&bytes) {
        Ok(source) => {
            let result = parse_module(&source);
            (source, result)
        }
        Err(e) => (String::from_utf8_lossy(&bytes).into_owned(), Err(e.into())),
    }
}

/// Where two texts first differ, with some context, for failure messages.
fn first_difference(a: &str, b: &str) -> String {
    let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let from = at.saturating_sub(120);
    let a_end = (at + 80).min(a.len());
    let b_end = (at + 80).min(b.len());
    format!(
        "at byte {at}:\n  pyx:     ...{}\n  cpython: ...{}",
        a.get(from..a_end).unwrap_or("?"),
        b.get(from..b_end).unwrap_or("?")
    )
}

#[test]
fn every_fixture_dumps_exactly_like_cpython() {
    let files = fixtures("syntax");
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for path in &files {
        let expected_path = path.with_extension("cpython-ast");
        let expected = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("missing {}; run tests/tools/cpython_ast_dump.py", expected_path.display()));
        let (source, result) = parse_file(path);
        match result {
            Ok(module) => {
                let dump = dump_module(&module, &DumpOptions::with_attributes(&source));
                if dump.trim_end() != expected.trim_end() {
                    failures.push(format!("{}: {}", stem(path), first_difference(&dump, expected.trim_end())));
                }
            }
            Err(e) => failures.push(format!("{}: {}", stem(path), e.render(&stem(path), &source))),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ from CPython:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn indented_dumps_of_fixtures() {
    for path in fixtures("syntax") {
        let (source, result) = parse_file(&path);
        let text = match result {
            Ok(module) => dump_module(&module, &DumpOptions::indented(&source)),
            Err(e) => e.render(&stem(&path), &source),
        };
        insta::assert_snapshot!(format!("ast__{}", stem(&path)), text);
    }
}

/// Fixtures whose rendering is known to differ from CPython's, and why.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "fstring_forgot_comma",
    "CPython 3.11 shows the field's text wrapped in parentheses instead of the source line; pyx shows the line",
)];

#[test]
fn syntax_errors_render_like_cpython() {
    let files = fixtures("syntax_errors");
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    let mut matching = 0;
    for path in &files {
        let name = format!("{}.py", stem(path));
        let (source, result) = parse_file(path);
        let rendered = match result {
            Ok(_) => "(parsed without error)\n".to_string(),
            Err(e) => e.render(&name, &source),
        };
        insta::assert_snapshot!(format!("error__{}", stem(path)), rendered);
        let expected = fs::read_to_string(path.with_extension("cpython-error")).unwrap_or_default();
        if rendered == expected {
            matching += 1;
        } else if !KNOWN_DIFFERENCES.iter().any(|(n, _)| *n == stem(path)) {
            failures.push(format!("{}:\n--- pyx\n{rendered}--- cpython\n{expected}", stem(path)));
        }
    }
    eprintln!("{matching} of {} syntax errors render exactly like CPython", files.len());
    assert!(failures.is_empty(), "{} renderings differ from CPython:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn error_kinds_are_reported() {
    let e = parse_module("if x:\npass\n").unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
}
