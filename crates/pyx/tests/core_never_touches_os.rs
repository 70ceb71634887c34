//! DESIGN.md §2.1, checked mechanically: the language core crates never name
//! the OS-facing parts of std (files, network, processes, environment,
//! clocks) nor host randomness. Only `pyx-caps` and the `pyx` host may.
//! Each core crate also carries the same `clippy.toml` (disallowed methods
//! and types), so `cargo clippy` flags uses the text search cannot see.

use std::fs;
use std::path::{Path, PathBuf};

const CORE_CRATES: &[&str] =
    &["pyx-span", "pyx-lexer", "pyx-ast", "pyx-parser", "pyx-compiler", "pyx-vm", "pyx-text", "pyx-stdlib"];

const FORBIDDEN: &[&str] = &[
    "std::fs",
    "std::net",
    "std::process",
    "std::env",
    "std::time::Instant",
    "std::time::SystemTime",
    "Instant::now",
    "SystemTime::now",
    "getrandom",
    "rand::",
    "libc::",
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_crate_sources_never_name_the_os() {
    let root = workspace_root();
    let mut hits = Vec::new();
    let mut scanned = 0;
    for krate in CORE_CRATES {
        let src = root.join("crates").join(krate).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for file in files {
            scanned += 1;
            let text = fs::read_to_string(&file).expect("core source is readable UTF-8");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for word in FORBIDDEN {
                    if code.contains(word) {
                        hits.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(scanned > 0, "no core sources found under {}", root.display());
    assert!(hits.is_empty(), "the language core reaches the OS:\n{}", hits.join("\n"));
}

#[test]
fn every_core_crate_carries_the_shared_clippy_config() {
    let root = workspace_root();
    let shared = fs::read_to_string(root.join("clippy-core.toml")).expect("clippy-core.toml");
    for krate in CORE_CRATES {
        let dir = root.join("crates").join(krate);
        if !dir.exists() {
            continue;
        }
        let own = fs::read_to_string(dir.join("clippy.toml"))
            .unwrap_or_else(|_| panic!("{krate} has no clippy.toml (copy clippy-core.toml)"));
        assert_eq!(own, shared, "{krate}/clippy.toml differs from clippy-core.toml");
    }
}

#[test]
fn the_check_finds_a_planted_violation() {
    // Guard against a check that cannot fail: the matcher must see this.
    let planted = ["use std::", "fs::File;"].concat();
    assert!(FORBIDDEN.iter().any(|w| planted.contains(w)));
}
