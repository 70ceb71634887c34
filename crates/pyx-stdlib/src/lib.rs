//! pyx's pure-Python standard library and its import system, frozen into
//! the binary.
//!
//! `build.rs` embeds every `.py` file of the workspace's `stdlib/`
//! directory. Each module is compiled at most once per process, on first
//! import, and the code object is shared read-only by every interpreter
//! (code objects are immutable and `Send + Sync`), so a new interpreter
//! starts without parsing anything.
//!
//! [`import_setup`] is what a host hands the VM: the compiled importer
//! (`stdlib/_importer.py`), the frozen stdlib as the first import root,
//! then the host's own roots.

use std::sync::{Arc, OnceLock};

use pyx_vm::{ImportRoot, ImportSetup, NATIVE_MODULES};
use pyx_vm::CodeObject;

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
}

/// The import system's own file: not importable as a module.
const IMPORTER: &str = "_importer.py";

/// The file name the importer's code carries. Frames with a `<frozen `
/// file name are left out of tracebacks, as CPython leaves out importlib.
pub const IMPORTER_FILENAME: &str = "<frozen _importer>";

/// The display name of the frozen stdlib root: modules show as
/// `<stdlib>/json/__init__.py`.
pub const STDLIB_ROOT_NAME: &str = "<stdlib>";

/// Every frozen file, as (path relative to `stdlib/`, source).
pub fn files() -> &'static [(&'static str, &'static str)] {
    frozen::FILES
}

fn index_of(rel: &str) -> Option<usize> {
    frozen::FILES.iter().position(|(p, _)| *p == rel)
}

/// Compiled code per frozen file, filled on first use.
fn code_slots() -> &'static [OnceLock<Option<Arc<CodeObject>>>] {
    static SLOTS: OnceLock<Vec<OnceLock<Option<Arc<CodeObject>>>>> = OnceLock::new();
    SLOTS.get_or_init(|| frozen::FILES.iter().map(|_| OnceLock::new()).collect())
}

/// The code of frozen file `index`, compiled once per process.
fn frozen_code(index: usize, filename: &str) -> Option<Arc<CodeObject>> {
    let slot = code_slots().get(index)?;
    let (_, source) = frozen::FILES.get(index)?;
    slot.get_or_init(|| pyx_vm::compile_shared(source, filename)).clone()
}

/// The compiled importer (`stdlib/_importer.py`).
pub fn importer_code() -> Option<Arc<CodeObject>> {
    frozen_code(index_of(IMPORTER)?, IMPORTER_FILENAME)
}

/// The frozen stdlib as an import root.
pub struct FrozenStdlib;

impl ImportRoot for FrozenStdlib {
    fn name(&self) -> &str {
        STDLIB_ROOT_NAME
    }
    fn is_file(&self, rel: &str) -> bool {
        rel != IMPORTER && index_of(rel).is_some()
    }
    fn is_dir(&self, rel: &str) -> bool {
        let prefix = format!("{rel}/");
        frozen::FILES.iter().any(|(p, _)| p.starts_with(&prefix))
    }
    fn read_text(&self, rel: &str) -> Result<Arc<str>, String> {
        match index_of(rel) {
            Some(i) if rel != IMPORTER => Ok(Arc::from(frozen::FILES[i].1)),
            _ => Err("no such file".into()),
        }
    }
    fn code_only(&self) -> bool {
        true
    }
    fn code(&self, rel: &str, filename: &str) -> Option<(Arc<CodeObject>, Arc<str>)> {
        let i = index_of(rel).filter(|_| rel != IMPORTER)?;
        let code = frozen_code(i, filename)?;
        // Compiled under another display name: let the VM recompile.
        if &*code.filename != filename {
            return None;
        }
        Some((code, Arc::from(frozen::FILES[i].1)))
    }
}

/// The import system for a new interpreter: the frozen stdlib first (when
/// `stdlib`), then `roots` (granted directories), and the native modules
/// named in `natives` (`None`: all that pyx has).
pub fn import_setup(stdlib: bool, roots: Vec<Arc<dyn ImportRoot>>, natives: Option<Vec<String>>) -> Option<ImportSetup> {
    index_of(IMPORTER)?;
    let mut all: Vec<Arc<dyn ImportRoot>> = Vec::new();
    if stdlib {
        all.push(Arc::new(FrozenStdlib));
    }
    all.extend(roots);
    let natives = natives.unwrap_or_else(|| NATIVE_MODULES.iter().map(|m| m.name.to_string()).collect());
    Some(ImportSetup::new(importer_code, all, natives))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frozen_module_compiles() {
        for (i, (rel, _)) in frozen::FILES.iter().enumerate() {
            let name = format!("{STDLIB_ROOT_NAME}/{rel}");
            assert!(frozen_code(i, &name).is_some(), "{rel} does not compile");
        }
    }

    #[test]
    fn the_importer_is_frozen_but_not_importable() {
        assert!(importer_code().is_some());
        assert!(!FrozenStdlib.is_file(IMPORTER));
        assert!(FrozenStdlib.read_text(IMPORTER).is_err());
        assert!(FrozenStdlib.is_file("json/__init__.py"));
        assert!(FrozenStdlib.is_dir("json"));
        assert!(!FrozenStdlib.is_dir("jso"));
    }

    #[test]
    fn code_is_shared() {
        let a = FrozenStdlib.code("heapq.py", "<stdlib>/heapq.py").map(|c| c.0);
        let b = FrozenStdlib.code("heapq.py", "<stdlib>/heapq.py").map(|c| c.0);
        assert!(matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(&a, &b)));
    }
}

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
