//! Errors a capability reports, shaped so the VM can raise the matching
//! Python exception (`FileNotFoundError`, `PermissionError`, ...).

use std::fmt;
use std::io;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapErrorKind {
    /// `FileNotFoundError`
    NotFound,
    /// `FileExistsError`
    AlreadyExists,
    /// `PermissionError`: the capability does not grant this (a write
    /// through a read-only capability, a path leaving the root).
    PermissionDenied,
    /// `IsADirectoryError`
    IsADirectory,
    /// `NotADirectoryError`
    NotADirectory,
    /// `ValueError`: a malformed argument (empty path, NUL byte, bad mode).
    InvalidArgument,
    /// `io.UnsupportedOperation`: reading a write-only file and the like.
    Unsupported,
    /// `OSError` for anything else.
    Other,
}

impl CapErrorKind {
    /// The Python exception this becomes.
    pub fn python_name(self) -> &'static str {
        match self {
            CapErrorKind::NotFound => "FileNotFoundError",
            CapErrorKind::AlreadyExists => "FileExistsError",
            CapErrorKind::PermissionDenied => "PermissionError",
            CapErrorKind::IsADirectory => "IsADirectoryError",
            CapErrorKind::NotADirectory => "NotADirectoryError",
            CapErrorKind::InvalidArgument => "ValueError",
            CapErrorKind::Unsupported => "UnsupportedOperation",
            CapErrorKind::Other => "OSError",
        }
    }
}

/// A capability error: its kind and a message fit to show untrusted code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapError {
    pub kind: CapErrorKind,
    pub message: String,
    /// For an error the OS reported about a path: CPython's `OSError`
    /// arguments (errno as on Linux, its strerror, the path as the caller
    /// wrote it), so the exception carries `errno`, `strerror` and
    /// `filename` as CPython's does. The message already says the same.
    pub os_error: Option<OsErrorParts>,
}

/// The `(errno, strerror, filename)` of an `OSError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsErrorParts {
    pub errno: i32,
    pub strerror: &'static str,
    pub filename: String,
}

impl CapError {
    pub fn new(kind: CapErrorKind, message: impl Into<String>) -> CapError {
        CapError { kind, message: message.into(), os_error: None }
    }

    /// An error the OS would report about `path`: CPython's message
    /// `[Errno N] strerror: 'path'`, with the parts kept for `OSError`.
    pub fn os(kind: CapErrorKind, errno: i32, strerror: &'static str, path: &str) -> CapError {
        let mut e = CapError::new(kind, format!("[Errno {errno}] {strerror}: '{path}'"));
        e.os_error = Some(OsErrorParts { errno, strerror, filename: path.to_string() });
        e
    }

    /// The same error about `path` in place of `rel` (the name the caller
    /// wrote in place of the name inside the granted directory).
    pub fn renamed(self, rel: &str, path: &str) -> CapError {
        let message = self.message.replace(&format!("'{rel}'"), &format!("'{path}'"));
        let os_error = self.os_error.map(|p| OsErrorParts { filename: if p.filename == rel { path.to_string() } else { p.filename }, ..p });
        CapError { kind: self.kind, message, os_error }
    }

    /// Translate an OS error about `path` (as the caller wrote it). The OS
    /// message is not used: it could carry host details.
    pub(crate) fn from_io(err: &io::Error, path: &str) -> CapError {
        use io::ErrorKind as K;
        // (kind, errno as on Linux — what CPython prints —, strerror)
        let (kind, errno, what) = match err.kind() {
            K::NotFound => (CapErrorKind::NotFound, 2, "No such file or directory"),
            K::AlreadyExists => (CapErrorKind::AlreadyExists, 17, "File exists"),
            K::PermissionDenied => (CapErrorKind::PermissionDenied, 13, "Permission denied"),
            K::IsADirectory => (CapErrorKind::IsADirectory, 21, "Is a directory"),
            K::NotADirectory => (CapErrorKind::NotADirectory, 20, "Not a directory"),
            K::DirectoryNotEmpty => (CapErrorKind::Other, 39, "Directory not empty"),
            K::InvalidInput | K::InvalidFilename => (CapErrorKind::InvalidArgument, 22, "Invalid argument"),
            _ => match err.raw_os_error() {
                // ENOTDIR / EISDIR on platforms where the kind is not mapped.
                Some(20) => (CapErrorKind::NotADirectory, 20, "Not a directory"),
                Some(21) => (CapErrorKind::IsADirectory, 21, "Is a directory"),
                // cap-std reports an escape attempt (a symlink out of the
                // root, say) as EPERM/EACCES-like or as "a path led outside
                // of the filesystem"; either way it is not granted.
                _ if err.to_string().contains("outside of the filesystem") => {
                    (CapErrorKind::PermissionDenied, 13, "path leaves the granted directory")
                }
                _ => (CapErrorKind::Other, 5, "Input/output error"),
            },
        };
        CapError::os(kind, errno, what, path)
    }
}

impl fmt::Display for CapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.python_name(), self.message)
    }
}

impl std::error::Error for CapError {}
