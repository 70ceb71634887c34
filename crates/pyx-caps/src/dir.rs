//! The directory capability.

use crate::error::{CapError, CapErrorKind};
use crate::file::{FileCapability, OpenMode};
use cap_std::ambient_authority;
use cap_std::fs::{Dir, OpenOptions};
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// What a directory capability allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadOnly,
    ReadWrite,
}

/// What a path names, for [`StatLite`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Directory,
    Other,
}

/// The part of `stat` that carries no host information: no inode, owner,
/// device or times (times would be a clock).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatLite {
    pub kind: EntryKind,
    pub size: u64,
}

/// Authority over the files beneath one directory.
///
/// Cloning is cheap (the handle is shared) and yields the same authority;
/// [`DirCapability::read_only`] and [`DirCapability::subdir`] yield less.
/// There is no way to get more.
#[derive(Clone)]
pub struct DirCapability {
    name: String,
    dir: Arc<Dir>,
    access: Access,
}

impl std::fmt::Debug for DirCapability {
    // Never shows the host path: only the name chosen at grant.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<dir capability {:?} {:?}>", self.name, self.access)
    }
}

impl DirCapability {
    /// Grant `host_path` under the display `name`. Host-side only: this is
    /// the one place ambient authority is used.
    pub fn open_host_dir(host_path: &Path, name: &str, access: Access) -> std::io::Result<DirCapability> {
        let dir = Dir::open_ambient_dir(host_path, ambient_authority())?;
        Ok(DirCapability { name: name.to_string(), dir: Arc::new(dir), access })
    }

    /// The name given at grant; what `repr` shows.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn access(&self) -> Access {
        self.access
    }

    /// The same directory, read-only.
    pub fn read_only(&self) -> DirCapability {
        DirCapability { access: Access::ReadOnly, ..self.clone() }
    }

    /// A capability for a directory beneath this one, with the same or
    /// less access.
    pub fn subdir(&self, path: &str, access: Access) -> Result<DirCapability, CapError> {
        let rel = confined(path)?;
        let dir = self.dir.open_dir(&rel).map_err(|e| CapError::from_io(&e, path))?;
        let access = if self.access == Access::ReadOnly { Access::ReadOnly } else { access };
        let name = format!("{}/{}", self.name, rel.display());
        Ok(DirCapability { name, dir: Arc::new(dir), access })
    }

    /// Open a file with a Python mode string (`"r"`, `"wb"`, `"a+"`, ...).
    pub fn open(&self, path: &str, mode: &str) -> Result<FileCapability, CapError> {
        self.open_as(path, mode, path)
    }

    /// Open `path` (inside this directory) as [`DirCapability::open`]
    /// does, but named `shown` in the file's `name` and in error messages:
    /// the path as the caller wrote it, when the caller's path was resolved
    /// to this directory by a host-side lookup (`open()` over grants).
    pub fn open_as(&self, path: &str, mode: &str, shown: &str) -> Result<FileCapability, CapError> {
        let mode = OpenMode::parse(mode)?;
        if mode.writes() {
            self.require_write(shown)?;
        }
        let rel = confined(path).map_err(|e| CapError::new(e.kind, e.message.replace(&format!("'{path}'"), &format!("'{shown}'"))))?;
        let mut options = OpenOptions::new();
        options
            .read(mode.read)
            .write(mode.write)
            .append(mode.append)
            .truncate(mode.truncate)
            .create(mode.create)
            .create_new(mode.create_new);
        let file = self.dir.open_with(&rel, &options).map_err(|e| CapError::from_io(&e, shown))?;
        // Opening a directory for reading succeeds on Unix; Python refuses.
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(CapError::os(CapErrorKind::IsADirectory, 21, "Is a directory", shown));
        }
        Ok(FileCapability::new(shown.to_string(), file, mode))
    }

    /// The whole content of a file, refusing files over `max_bytes` (the
    /// caller passes what the interpreter's memory budget still allows).
    pub fn read_bytes(&self, path: &str, max_bytes: u64) -> Result<Vec<u8>, CapError> {
        let rel = confined(path)?;
        let mut file = self.dir.open(&rel).map_err(|e| CapError::from_io(&e, path))?;
        let mut out = Vec::new();
        (&mut file).take(max_bytes.saturating_add(1)).read_to_end(&mut out).map_err(|e| CapError::from_io(&e, path))?;
        if out.len() as u64 > max_bytes {
            return Err(CapError::new(CapErrorKind::Other, format!("file too large to read: '{path}'")));
        }
        Ok(out)
    }

    /// Replace (or create) a file's content.
    pub fn write_bytes(&self, path: &str, data: &[u8]) -> Result<(), CapError> {
        self.require_write(path)?;
        let rel = confined(path)?;
        self.dir.write(&rel, data).map_err(|e| CapError::from_io(&e, path))
    }

    /// Names in a directory (`"."` or `""` for the root), sorted so that a
    /// run does not depend on the host's directory order.
    pub fn listdir(&self, path: &str) -> Result<Vec<String>, CapError> {
        let rel = confined_or_root(path)?;
        let entries = self.dir.read_dir(&rel).map_err(|e| CapError::from_io(&e, path))?;
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| CapError::from_io(&e, path))?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }

    /// Whether `path` names something inside the directory. A path that
    /// tries to leave the directory is an error, not `False`: the caller
    /// should learn it asked for something it does not hold.
    pub fn exists(&self, path: &str) -> Result<bool, CapError> {
        let rel = confined_or_root(path)?;
        match self.dir.metadata(&rel) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(CapError::from_io(&e, path)),
        }
    }

    pub fn stat(&self, path: &str) -> Result<StatLite, CapError> {
        let rel = confined_or_root(path)?;
        let meta = self.dir.metadata(&rel).map_err(|e| CapError::from_io(&e, path))?;
        let kind = if meta.is_dir() {
            EntryKind::Directory
        } else if meta.is_file() {
            EntryKind::File
        } else {
            EntryKind::Other
        };
        Ok(StatLite { kind, size: meta.len() })
    }

    pub fn remove(&self, path: &str) -> Result<(), CapError> {
        self.require_write(path)?;
        let rel = confined(path)?;
        self.dir.remove_file(&rel).map_err(|e| CapError::from_io(&e, path))
    }

    pub fn mkdir(&self, path: &str) -> Result<(), CapError> {
        self.require_write(path)?;
        let rel = confined(path)?;
        self.dir.create_dir(&rel).map_err(|e| CapError::from_io(&e, path))
    }

    pub fn rmdir(&self, path: &str) -> Result<(), CapError> {
        self.require_write(path)?;
        let rel = confined(path)?;
        self.dir.remove_dir(&rel).map_err(|e| CapError::from_io(&e, path))
    }

    fn require_write(&self, path: &str) -> Result<(), CapError> {
        match self.access {
            Access::ReadWrite => Ok(()),
            Access::ReadOnly => Err(CapError::new(
                CapErrorKind::PermissionDenied,
                format!("[Errno 13] Permission denied: '{path}' (capability '{}' is read-only)", self.name),
            )),
        }
    }
}

/// Check a caller's path and make it relative to the capability's root.
/// `.` and `..` are resolved lexically (`a/../b` is `b`, whether or not `a`
/// exists), so no `..` ever reaches the OS. Refuses empty paths, NUL bytes, absolute paths and `..` that climbs
/// above the root. (cap-std refuses escapes again when resolving, symlinks
/// included; this gives the caller a clear message for the plain cases.)
fn confined(path: &str) -> Result<PathBuf, CapError> {
    if path.is_empty() {
        return Err(CapError::os(CapErrorKind::NotFound, 2, "No such file or directory", ""));
    }
    confined_or_root(path)
}

fn confined_or_root(path: &str) -> Result<PathBuf, CapError> {
    if path.contains('\0') {
        return Err(CapError::new(CapErrorKind::InvalidArgument, "embedded null byte"));
    }
    let mut rel = PathBuf::new();
    let mut depth: usize = 0;
    for component in Path::new(path).components() {
        match component {
            Component::Prefix(_) | Component::RootDir => {
                return Err(CapError::new(
                    CapErrorKind::PermissionDenied,
                    format!("absolute paths are not granted: '{path}'"),
                ));
            }
            Component::CurDir => {}
            Component::ParentDir => {
                if depth == 0 {
                    return Err(CapError::new(
                        CapErrorKind::PermissionDenied,
                        format!("path leaves the granted directory: '{path}'"),
                    ));
                }
                depth -= 1;
                rel.pop();
            }
            Component::Normal(part) => {
                depth += 1;
                rel.push(part);
            }
        }
    }
    if rel.as_os_str().is_empty() {
        rel.push(".");
    }
    Ok(rel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(access: Access) -> (tempfile::TempDir, DirCapability) {
        let tmp = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(tmp.path().join("root")).expect("mkdir");
        std::fs::write(tmp.path().join("root/hello.txt"), b"hello").expect("write");
        std::fs::write(tmp.path().join("secret.txt"), b"secret").expect("write");
        let cap = DirCapability::open_host_dir(&tmp.path().join("root"), "data", access).expect("grant");
        (tmp, cap)
    }

    #[test]
    fn reads_files_beneath_the_root() {
        let (_tmp, cap) = grant(Access::ReadOnly);
        assert_eq!(cap.read_bytes("hello.txt", 100).expect("read"), b"hello");
        // `..` is resolved lexically within the path before the OS sees it.
        assert_eq!(cap.read_bytes("./sub/../hello.txt", 100).expect("read"), b"hello");
        assert_eq!(cap.listdir(".").expect("listdir"), vec!["hello.txt".to_string()]);
        assert!(cap.exists("hello.txt").expect("exists"));
        assert!(!cap.exists("nope.txt").expect("exists"));
        assert_eq!(cap.stat("hello.txt").expect("stat"), StatLite { kind: EntryKind::File, size: 5 });
    }

    #[test]
    fn os_errors_keep_errno_strerror_and_the_callers_path() {
        let (_tmp, cap) = grant(Access::ReadOnly);
        let err = cap.read_bytes("missing.txt", 10).expect_err("missing");
        assert_eq!(err.message, "[Errno 2] No such file or directory: 'missing.txt'");
        let parts = err.os_error.clone().expect("parts");
        assert_eq!((parts.errno, parts.strerror, parts.filename.as_str()), (2, "No such file or directory", "missing.txt"));
        let renamed = err.renamed("missing.txt", "data/missing.txt");
        assert_eq!(renamed.message, "[Errno 2] No such file or directory: 'data/missing.txt'");
        assert_eq!(renamed.os_error.map(|p| p.filename), Some("data/missing.txt".to_string()));
        let err = cap.listdir("hello.txt").expect_err("not a directory");
        assert_eq!(err.os_error.map(|p| (p.errno, p.strerror)), Some((20, "Not a directory")));
    }

    #[test]
    fn refuses_parent_and_absolute_escapes() {
        let (tmp, cap) = grant(Access::ReadWrite);
        for path in ["../secret.txt", "a/../../secret.txt", "/etc/passwd", ".."] {
            let err = cap.read_bytes(path, 100).expect_err(path);
            assert_eq!(err.kind, CapErrorKind::PermissionDenied, "{path}");
            assert!(!err.message.contains(&*tmp.path().to_string_lossy()), "host path leaked: {}", err.message);
        }
        assert_eq!(cap.read_bytes("a\0b", 10).map_err(|e| e.kind), Err(CapErrorKind::InvalidArgument));
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symlinks_that_leave_the_root() {
        let (tmp, cap) = grant(Access::ReadWrite);
        std::os::unix::fs::symlink(tmp.path().join("secret.txt"), tmp.path().join("root/link")).expect("symlink");
        std::os::unix::fs::symlink("..", tmp.path().join("root/up")).expect("symlink");
        assert!(cap.read_bytes("link", 100).is_err());
        assert!(cap.read_bytes("up/secret.txt", 100).is_err());
        assert!(cap.open("link", "w").is_err());
        assert!(cap.listdir("up").is_err());
        assert_eq!(std::fs::read(tmp.path().join("secret.txt")).expect("read"), b"secret");
    }

    #[test]
    fn read_only_capabilities_refuse_every_write() {
        let (tmp, cap) = grant(Access::ReadOnly);
        assert_eq!(cap.write_bytes("new.txt", b"x").map_err(|e| e.kind), Err(CapErrorKind::PermissionDenied));
        assert_eq!(cap.open("hello.txt", "a").map_err(|e| e.kind).err(), Some(CapErrorKind::PermissionDenied));
        assert_eq!(cap.remove("hello.txt").map_err(|e| e.kind), Err(CapErrorKind::PermissionDenied));
        assert_eq!(cap.mkdir("d").map_err(|e| e.kind), Err(CapErrorKind::PermissionDenied));
        assert!(tmp.path().join("root/hello.txt").exists());
    }

    #[test]
    fn read_write_capabilities_write_remove_and_make_directories() {
        let (tmp, cap) = grant(Access::ReadWrite);
        cap.write_bytes("new.txt", b"abc").expect("write");
        assert_eq!(std::fs::read(tmp.path().join("root/new.txt")).expect("read"), b"abc");
        cap.mkdir("d").expect("mkdir");
        cap.write_bytes("d/x", b"1").expect("write");
        let sub = cap.subdir("d", Access::ReadWrite).expect("subdir");
        assert_eq!(sub.listdir("").expect("listdir"), vec!["x".to_string()]);
        assert_eq!(sub.read_bytes("../hello.txt", 10).map_err(|e| e.kind), Err(CapErrorKind::PermissionDenied));
        assert_eq!(cap.mkdir("d").map_err(|e| e.kind), Err(CapErrorKind::AlreadyExists));
        cap.remove("new.txt").expect("remove");
        assert!(!cap.exists("new.txt").expect("exists"));
        assert_eq!(cap.read_only().write_bytes("y", b"").map_err(|e| e.kind), Err(CapErrorKind::PermissionDenied));
    }

    #[test]
    fn debug_shows_the_grant_name_not_the_host_path() {
        let (tmp, cap) = grant(Access::ReadOnly);
        let shown = format!("{cap:?}");
        assert!(shown.contains("data"));
        assert!(!shown.contains(&*tmp.path().to_string_lossy()));
    }

    #[test]
    fn reading_respects_the_size_cap() {
        let (_tmp, cap) = grant(Access::ReadOnly);
        assert!(cap.read_bytes("hello.txt", 4).is_err());
        assert!(cap.read_bytes("hello.txt", 5).is_ok());
    }
}
