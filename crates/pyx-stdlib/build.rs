//! Freeze `stdlib/` (the workspace root's, linked into this crate) into the crate: generate a
//! table of `(relative path, include_str!(file))` for every `.py` file.
//! `include_str!` makes cargo rebuild when a file changes; the directory
//! scan below (rerun-if-changed on the directory) catches added files.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, rel: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(e) => e.flatten().collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let r = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
        if path.is_dir() {
            if name != "__pycache__" {
                collect(&path, &r, out);
            }
        } else if name.ends_with(".py") {
            out.push((r, path));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // `stdlib` in this crate is a link to the workspace's `stdlib/`, so
    // the packaged crate carries the files and builds on its own.
    let root = manifest.join("stdlib");
    let root = root.canonicalize().unwrap_or(root);
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, "", &mut files);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("frozen.rs");
    let mut f = fs::File::create(&out).expect("create frozen.rs");
    writeln!(f, "/// Every frozen file: (path relative to `stdlib/`, source).").expect("write");
    writeln!(f, "pub static FILES: &[(&str, &str)] = &[").expect("write");
    for (rel, path) in &files {
        writeln!(f, "    ({rel:?}, include_str!({:?})),", path.display().to_string()).expect("write");
    }
    writeln!(f, "];").expect("write");
}
