//! Capabilities over the OS.
//!
//! A capability is authority held as a value: a [`DirCapability`] can reach
//! the files beneath the directory it was made for and nothing else. The
//! host (the `pyx` command or an embedding program) creates capabilities;
//! Python code receives them as opaque objects, can call their methods, and
//! can never see their fields — in particular never the host path.
//!
//! Confinement is `cap-std`'s: every path is resolved relative to an open
//! directory handle, and `..`, absolute paths and symlinks that would leave
//! it are refused by the OS-level resolution itself, not by string checks
//! alone. We still reject absolute paths and `..` escapes up front so the
//! error says what the caller did wrong.
//!
//! Error messages name only the path the caller gave and the capability's
//! display name, never a host path.

mod dir;
mod error;
mod file;

pub use dir::{Access, DirCapability, EntryKind, StatLite};
pub use error::{CapError, CapErrorKind, OsErrorParts};
pub use file::{FileCapability, OpenMode};

// The README's example runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
