//! Granted directories as import roots (`--import-path DIR`,
//! [`Builder::import_root`](super::Builder::import_root)).

use std::sync::Arc;

use pyx_caps::{DirCapability, EntryKind};
use pyx_vm::ImportRoot;

/// The largest source file an import root reads (a bigger one is an
/// `ImportError`, not a memory bomb in the host).
const MAX_SOURCE_BYTES: u64 = 16 << 20;

/// A directory capability the importer reads `.py` source through. The
/// root shows as its grant name; cap-std keeps every read beneath it.
pub struct DirImportRoot {
    name: String,
    dir: DirCapability,
}

impl DirImportRoot {
    /// Imports only read: the capability is narrowed to read-only.
    pub fn new(name: &str, dir: &DirCapability) -> DirImportRoot {
        DirImportRoot { name: name.to_string(), dir: dir.read_only() }
    }

    fn kind(&self, rel: &str) -> Option<EntryKind> {
        self.dir.stat(rel).ok().map(|s| s.kind)
    }
}

impl ImportRoot for DirImportRoot {
    fn name(&self) -> &str {
        &self.name
    }
    fn is_file(&self, rel: &str) -> bool {
        rel.ends_with(".py") && matches!(self.kind(rel), Some(EntryKind::File))
    }
    fn is_dir(&self, rel: &str) -> bool {
        matches!(self.kind(rel), Some(EntryKind::Directory))
    }
    fn read_text(&self, rel: &str) -> Result<Arc<str>, String> {
        if !rel.ends_with(".py") {
            return Err("not a Python source file".into());
        }
        let bytes = self.dir.read_bytes(rel, MAX_SOURCE_BYTES).map_err(|e| e.to_string())?;
        let shown = format!("{}/{}", self.name, rel);
        pyx_lexer::decode_source_named(&bytes, &shown).map(Arc::from).map_err(|e| e.message)
    }
}
