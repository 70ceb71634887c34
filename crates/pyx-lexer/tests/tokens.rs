//! Snapshot tests: the token listing of every fixture under
//! `tests/fixtures/tokens/` (valid code) and `tests/fixtures/tokens_errors/`
//! (each ends in the error CPython 3.11 reports for it).

use pyx_lexer::{decode_source, dump_tokens};

// Reading fixtures is the test harness's job, not the lexer's: the
// core-never-touches-OS rule covers `src/`, not tests.
#[allow(clippy::disallowed_methods)]
fn listing(path: &std::path::Path) -> String {
    let bytes = std::fs::read(path).expect("fixture is readable");
    let text = decode_source(&bytes).expect("fixture decodes");
    dump_tokens(&text)
}

#[test]
fn token_fixtures() {
    insta::glob!("../../../tests/fixtures/tokens", "*.py", |path| {
        let out = listing(path);
        assert!(!out.contains("ERROR"), "{}: unexpected error\n{out}", path.display());
        insta::assert_snapshot!(out);
    });
}

#[test]
fn token_error_fixtures() {
    insta::glob!("../../../tests/fixtures/tokens_errors", "*.py", |path| {
        let out = listing(path);
        let last = out.lines().last().unwrap_or("");
        assert!(last.starts_with("ERROR"), "{}: expected an error\n{out}", path.display());
        insta::assert_snapshot!(out);
    });
}
