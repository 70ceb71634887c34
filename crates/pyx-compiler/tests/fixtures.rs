//! Fixture-driven tests: disassembly snapshots of `tests/fixtures/compile`,
//! CPython-checked errors of `tests/fixtures/compile_errors`, and the
//! parser's `tests/fixtures/syntax` corpus compiling cleanly.
#![allow(clippy::disallowed_methods)] // tests read fixture files; the crate itself never does

mod common;

use common::{compile, fixtures, try_compile};

#[test]
fn compile_fixtures_disassemble_as_snapshotted() {
    let files = fixtures("tests/fixtures/compile");
    assert!(!files.is_empty(), "no compile fixtures found");
    for path in files {
        let source = std::fs::read_to_string(&path).expect("fixture readable");
        let code = compile(&source);
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("fixture").to_string();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(name.clone());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(&path);
        settings.bind(|| {
            insta::assert_snapshot!("dis", pyx_compiler::disassemble(&code));
        });
    }
}

/// Each `compile_errors/NAME.py` has a `NAME.expected` written by
/// `tests/fixtures/compile_errors/expected.py` from CPython 3.11:
/// `SyntaxError: message (line N)`.
#[test]
fn compile_errors_match_cpython() {
    let mut files = fixtures("tests/fixtures/compile_errors");
    files.retain(|p| !p.ends_with("expected.py"));
    assert!(!files.is_empty(), "no compile-error fixtures found");
    let mut failures = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).expect("fixture readable");
        let expected_path = path.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        let expected = expected.trim();
        let got = match try_compile(&source) {
            Ok(_) => "compiled without error".to_string(),
            Err(e) => e,
        };
        if got != expected {
            failures.push(format!("{}:\n  expected: {expected}\n  got:      {got}", path.display()));
        }
    }
    println!("compile errors: {} checked, {} differ", files.len(), failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The parser's fixtures that CPython 3.11 itself refuses to compile (they
/// test parsing only), with CPython's message: we must give the same.
const SYNTAX_FIXTURES_CPYTHON_REJECTS: &[(&str, &str)] = &[
    ("async.py", "'return' with value in async generator (line 17)"),
    ("collections.py", "asynchronous comprehension outside of an asynchronous function (line 25)"),
    ("expressions.py", "'yield' outside function (line 22)"),
    ("fstrings.py", "'yield' outside function (line 24)"),
    ("functions.py", "no binding for nonlocal 'x' found (line 33)"),
    ("match.py", "name capture 'y' makes remaining patterns unreachable (line 28)"),
    ("statements.py", "name 'a' is used prior to global declaration (line 8)"),
    ("with.py", "'yield' outside function (line 12)"),
];

#[test]
fn syntax_fixtures_compile() {
    let files = fixtures("tests/fixtures/syntax");
    let mut failures = Vec::new();
    let mut compiled = 0;
    for path in &files {
        let source = std::fs::read_to_string(path).expect("fixture readable");
        // Files the parser rejects on purpose are not ours to judge.
        let Ok(module) = pyx_parser::parse_module(&source) else { continue };
        let file = path.file_name().and_then(|f| f.to_str()).unwrap_or("");
        let expected_error = SYNTAX_FIXTURES_CPYTHON_REJECTS.iter().find(|(f, _)| *f == file).map(|(_, m)| *m);
        match (pyx_compiler::compile_module(&module, &source, "<syntax>"), expected_error) {
            (Ok(code), None) => match pyx_compiler::verify(&code) {
                Ok(()) => compiled += 1,
                Err(e) => failures.push(format!("{}: verify: {e}", path.display())),
            },
            (Ok(_), Some(m)) => failures.push(format!("{}: compiled, CPython says {m}", path.display())),
            (Err(e), Some(m)) if format!("{} (line {})", e.message, e.line) == m => compiled += 1,
            (Err(e), _) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    println!("syntax fixtures: {compiled} compiled, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Compile CPython's own standard library (when installed): no panic, and
/// every code object verifies. `cargo test -p pyx-compiler -- --ignored stdlib`
#[test]
#[ignore]
fn stdlib_corpus_compiles() {
    let root = std::path::Path::new("/usr/lib/python3.11");
    let mut stack = vec![root.to_path_buf()];
    let (mut ok, mut parse_failed, mut failed) = (0, 0, Vec::new());
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        for entry in rd.filter_map(|e| e.ok()) {
            let p = entry.path();
            if p.is_dir() {
                if !p.ends_with("site-packages") && !p.ends_with("dist-packages") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "py") {
                let Ok(source) = std::fs::read_to_string(&p) else { continue };
                let Ok(module) = pyx_parser::parse_module(&source) else {
                    parse_failed += 1;
                    continue;
                };
                let result = std::panic::catch_unwind(|| {
                    pyx_compiler::compile_module(&module, &source, "<stdlib>")
                        .map_err(|e| e.to_string())
                        .and_then(|c| pyx_compiler::verify(&c))
                });
                match result {
                    Ok(Ok(())) => ok += 1,
                    Ok(Err(e)) => failed.push(format!("{}: {e}", p.display())),
                    Err(_) => failed.push(format!("{}: PANIC", p.display())),
                }
            }
        }
    }
    println!("stdlib: {ok} compiled, {} failed, {parse_failed} not parsed", failed.len());
    for f in failed.iter().take(50) {
        println!("  {f}");
    }
    assert!(failed.is_empty());
}
