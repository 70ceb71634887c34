//! Shared helpers: parse with pyx-parser, compile, verify.
#![allow(clippy::disallowed_methods)] // tests read fixture files; the crate itself never does
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use pyx_compiler::{CodeObject, CompileError};

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn try_compile(source: &str) -> Result<Arc<CodeObject>, String> {
    let module = pyx_parser::parse_module(source).map_err(|e| format!("parse error: {e:?}"))?;
    match pyx_compiler::compile_module(&module, source, "<test>") {
        Ok(code) => {
            pyx_compiler::verify(&code).map_err(|e| format!("verify: {e}"))?;
            Ok(code)
        }
        Err(e) => Err(format_error(&e)),
    }
}

pub fn format_error(e: &CompileError) -> String {
    format!("{:?}: {} (line {})", e.kind, e.message, e.line)
}

pub fn compile(source: &str) -> Arc<CodeObject> {
    match try_compile(source) {
        Ok(c) => c,
        Err(e) => panic!("{e}\n--- source ---\n{source}"),
    }
}

/// The `.py` files of a fixture directory, sorted.
pub fn fixtures(dir: &str) -> Vec<PathBuf> {
    let dir = workspace_root().join(dir);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    };
    files.retain(|p| p.extension().is_some_and(|e| e == "py"));
    files.sort();
    files
}
