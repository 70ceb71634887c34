//! The parser against CPython's own standard library (≈1,800 files).
//!
//! `tests/corpus/cpython-stdlib.tsv` (made by
//! `tests/tools/cpython_corpus_oracle.py`) records, for every `.py` file of
//! CPython 3.11's stdlib, whether CPython parses it and the SHA-256 of its
//! `ast.dump` with and without positions. This test parses every file with
//! pyx and fails if pyx accepts a file CPython's parser rejects or rejects
//! one it accepts. It also counts the files whose tree is identical to
//! CPython's, positions included, and fails if that count falls below the
//! floor recorded in `tests/corpus/ast-identical-floor` (raise the floor as
//! the parser improves; never lower it to make a change pass).
//!
//! The stdlib is found through `python3` (or `PYX_STDLIB_DIR`).

use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn stdlib_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("PYX_STDLIB_DIR") {
        return PathBuf::from(dir);
    }
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .expect("python3 (CPython 3.11) must be installed to find the stdlib corpus, or set PYX_STDLIB_DIR");
    assert!(out.status.success(), "python3 failed to report its stdlib path");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

struct Row {
    path: String,
    verdict: String,
    ast_sha: String,
    ast_attrs_sha: String,
}

fn oracle_rows() -> Vec<Row> {
    let text = fs::read_to_string(workspace_root().join("tests/corpus/cpython-stdlib.tsv"))
        .expect("tests/corpus/cpython-stdlib.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "bad oracle line: {l}");
            Row {
                path: cols[0].into(),
                verdict: cols[1].into(),
                ast_sha: cols[2].into(),
                ast_attrs_sha: cols[3].into(),
            }
        })
        .collect()
}

#[test]
fn stdlib_corpus_parses_as_cpython_does() {
    let root = stdlib_dir();
    let rows = oracle_rows();
    assert!(rows.len() > 1500, "the oracle lists only {} files", rows.len());

    let mut wrong_verdict = Vec::new();
    let (mut accepted, mut rejected, mut identical, mut identical_with_positions) = (0, 0, 0, 0);
    let mut missing = 0;
    let mut bytes = 0usize;
    let mut mismatched = Vec::new();
    for row in &rows {
        let Ok(data) = fs::read(root.join(&row.path)) else {
            missing += 1;
            continue;
        };
        bytes += data.len();
        let parsed = pyx_lexer::decode_source(&data)
            .map_err(|e| e.message)
            .and_then(|src| pyx_parser::parse_module(&src).map(|m| (src, m)).map_err(|e| e.message));
        let cpython_parses = row.verdict != "parse";
        match (&parsed, cpython_parses) {
            (Ok((source, module)), true) => {
                accepted += 1;
                let plain = pyx_ast::dump_module(module, &pyx_ast::DumpOptions::plain(source));
                if sha256_hex(&plain) == row.ast_sha {
                    identical += 1;
                    let attrs =
                        pyx_ast::dump_module(module, &pyx_ast::DumpOptions::with_attributes(source));
                    if sha256_hex(&attrs) == row.ast_attrs_sha {
                        identical_with_positions += 1;
                    }
                } else {
                    mismatched.push(row.path.clone());
                }
            }
            (Err(_), false) => rejected += 1,
            (Ok(_), false) => wrong_verdict.push(format!("{}: CPython rejects it, pyx accepts it", row.path)),
            (Err(e), true) => wrong_verdict.push(format!("{}: pyx rejects it: {e}", row.path)),
        }
    }
    println!(
        "stdlib corpus: {} files ({:.1} MB), {} parsed, {} rejected as CPython does, {} wrong, {} missing",
        rows.len(),
        bytes as f64 / 1e6,
        accepted,
        rejected,
        wrong_verdict.len(),
        missing
    );
    println!(
        "stdlib corpus: AST identical to CPython's for {identical} files, {identical_with_positions} with positions too"
    );
    for path in mismatched.iter().take(15) {
        println!("  tree differs: {path}");
    }
    assert!(missing < rows.len() / 10, "{missing} corpus files are missing from {}", root.display());
    assert!(wrong_verdict.is_empty(), "verdicts differ from CPython's:\n{}", wrong_verdict.join("\n"));

    let floor: usize = fs::read_to_string(workspace_root().join("tests/corpus/ast-identical-floor"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    assert!(
        identical_with_positions >= floor,
        "only {identical_with_positions} files have CPython's exact tree; the recorded floor is {floor}"
    );
}
