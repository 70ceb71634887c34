//! The file capability: an open file, obtained only from a directory
//! capability.

use crate::error::{CapError, CapErrorKind};
use std::io::{Read, Seek, SeekFrom, Write};

/// A Python `open()` mode string, parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct OpenMode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub truncate: bool,
    pub create: bool,
    pub create_new: bool,
    pub binary: bool,
}

impl OpenMode {
    /// Parse a mode as Python's `open` does, with its error messages.
    pub fn parse(mode: &str) -> Result<OpenMode, CapError> {
        let invalid = || CapError::new(CapErrorKind::InvalidArgument, format!("invalid mode: '{mode}'"));
        let mut m = OpenMode::default();
        let (mut primary, mut plus, mut text) = (0, false, false);
        let mut seen = String::new();
        for c in mode.chars() {
            if seen.contains(c) {
                return Err(invalid());
            }
            seen.push(c);
            match c {
                'r' => {
                    primary += 1;
                    m.read = true;
                }
                'w' => {
                    primary += 1;
                    m.write = true;
                    m.truncate = true;
                    m.create = true;
                }
                'a' => {
                    primary += 1;
                    m.write = true;
                    m.append = true;
                    m.create = true;
                }
                'x' => {
                    primary += 1;
                    m.write = true;
                    m.create_new = true;
                }
                '+' => plus = true,
                'b' => m.binary = true,
                't' => text = true,
                _ => return Err(invalid()),
            }
        }
        if text && m.binary {
            return Err(CapError::new(CapErrorKind::InvalidArgument, "can't have text and binary mode at once"));
        }
        if primary != 1 {
            return Err(CapError::new(
                CapErrorKind::InvalidArgument,
                "must have exactly one of create/read/write/append mode",
            ));
        }
        if plus {
            m.read = true;
            m.write = true;
        }
        Ok(m)
    }

    /// Whether opening with this mode can change the directory's content.
    pub fn writes(&self) -> bool {
        self.write || self.append || self.create || self.create_new || self.truncate
    }
}

/// An open file. The name is the path as the caller gave it.
pub struct FileCapability {
    name: String,
    file: Option<cap_std::fs::File>,
    mode: OpenMode,
}

impl std::fmt::Debug for FileCapability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<file {:?}>", self.name)
    }
}

impl FileCapability {
    pub(crate) fn new(name: String, file: cap_std::fs::File, mode: OpenMode) -> FileCapability {
        FileCapability { name, file: Some(file), mode }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn mode(&self) -> OpenMode {
        self.mode
    }

    pub fn is_closed(&self) -> bool {
        self.file.is_none()
    }

    fn open_file(&mut self) -> Result<&mut cap_std::fs::File, CapError> {
        self.file
            .as_mut()
            .ok_or_else(|| CapError::new(CapErrorKind::InvalidArgument, "I/O operation on closed file."))
    }

    /// Read up to `max` bytes (fewer at end of file).
    pub fn read(&mut self, max: usize) -> Result<Vec<u8>, CapError> {
        if !self.mode.read {
            return Err(CapError::new(CapErrorKind::Unsupported, "not readable"));
        }
        let name = self.name.clone();
        let file = self.open_file()?;
        let mut out = Vec::new();
        file.take(max as u64).read_to_end(&mut out).map_err(|e| CapError::from_io(&e, &name))?;
        Ok(out)
    }

    pub fn write(&mut self, data: &[u8]) -> Result<usize, CapError> {
        if !self.mode.write {
            return Err(CapError::new(CapErrorKind::Unsupported, "not writable"));
        }
        let name = self.name.clone();
        let file = self.open_file()?;
        file.write_all(data).map_err(|e| CapError::from_io(&e, &name))?;
        Ok(data.len())
    }

    /// Python's `seek(offset, whence)`.
    pub fn seek(&mut self, offset: i64, whence: u8) -> Result<u64, CapError> {
        let name = self.name.clone();
        let pos = match whence {
            0 if offset >= 0 => SeekFrom::Start(offset as u64),
            0 => return Err(CapError::new(CapErrorKind::InvalidArgument, format!("negative seek position {offset}"))),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => {
                return Err(CapError::new(
                    CapErrorKind::InvalidArgument,
                    format!("invalid whence ({whence}, should be 0, 1 or 2)"),
                ))
            }
        };
        self.open_file()?.seek(pos).map_err(|e| CapError::from_io(&e, &name))
    }

    /// Python's `truncate(size)`: the file is `size` bytes long after
    /// it (cut or extended with zeros); the position does not move.
    pub fn truncate(&mut self, size: u64) -> Result<u64, CapError> {
        if !self.mode.write {
            return Err(CapError::new(CapErrorKind::Unsupported, "truncate"));
        }
        let name = self.name.clone();
        self.open_file()?.set_len(size).map_err(|e| CapError::from_io(&e, &name))?;
        Ok(size)
    }

    pub fn tell(&mut self) -> Result<u64, CapError> {
        self.seek(0, 1)
    }

    pub fn close(&mut self) {
        self.file = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Access, DirCapability};

    #[test]
    fn modes_parse_like_python() {
        assert!(OpenMode::parse("r").expect("r").read);
        let w = OpenMode::parse("wb").expect("wb");
        assert!(w.write && w.truncate && w.binary && !w.read);
        let a = OpenMode::parse("a+").expect("a+");
        assert!(a.append && a.read);
        for (bad, msg) in [
            ("q", "invalid mode: 'q'"),
            ("rr", "invalid mode: 'rr'"),
            ("rw", "must have exactly one of create/read/write/append mode"),
            ("", "must have exactly one of create/read/write/append mode"),
            ("rbt", "can't have text and binary mode at once"),
        ] {
            assert_eq!(OpenMode::parse(bad).expect_err(bad).message, msg);
        }
    }

    #[test]
    fn files_read_write_seek_and_close() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let cap = DirCapability::open_host_dir(tmp.path(), "work", Access::ReadWrite).expect("grant");
        let mut f = cap.open("f.bin", "w+b").expect("open");
        assert_eq!(f.write(b"hello world").expect("write"), 11);
        assert_eq!(f.seek(6, 0).expect("seek"), 6);
        assert_eq!(f.read(100).expect("read"), b"world");
        assert_eq!(f.tell().expect("tell"), 11);
        f.close();
        assert_eq!(f.read(1).expect_err("closed").message, "I/O operation on closed file.");
        let mut r = cap.open("f.bin", "r").expect("open");
        assert_eq!(r.write(b"x").expect_err("ro").kind, CapErrorKind::Unsupported);
        assert_eq!(cap.open("missing", "r").expect_err("missing").kind, CapErrorKind::NotFound);
        assert_eq!(cap.open(".", "r").expect_err("dir").kind, CapErrorKind::IsADirectory);
        assert_eq!(cap.open("f.bin", "x").expect_err("exists").kind, CapErrorKind::AlreadyExists);
    }
}
