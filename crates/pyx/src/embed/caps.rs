//! Capability objects as Python sees them: directories, files, `open()`,
//! stdin. Each is a host object: methods only, state private.

use std::io::{BufRead, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use pyx_caps::{Access, CapError, CapErrorKind, DirCapability, EntryKind, FileCapability, OpenMode};
use pyx_vm::host::{new_host_function, new_host_object, raise, set_builtin, HostObject};
use pyx_vm::Payload;
use pyx_vm::codecs;
use pyx_vm::{Args, PyResult, Vm};
use pyx_vm::Value;

fn cap_err(vm: &mut Vm, e: CapError) -> pyx_vm::Unwind {
    if let Some(parts) = &e.os_error {
        // OSError(errno, strerror, filename): its errno picks the subclass
        // and fills errno, strerror and filename, as CPython's does.
        let made = (|| -> PyResult<Value> {
            let strerror = vm.new_str(parts.strerror)?;
            let filename = vm.new_str(&parts.filename)?;
            vm.call(Value::Obj(vm.types().os_error), &[Value::Int(parts.errno as i64), strerror, filename])
        })();
        return match made {
            Ok(Value::Obj(r)) => pyx_vm::Unwind::Exception(r),
            Ok(_) => vm.runtime_error("OSError() did not make an exception"),
            Err(u) => u,
        };
    }
    match e.kind.python_name() {
        "UnsupportedOperation" => unsupported(vm, &e.message),
        n => raise(vm, n, e.message),
    }
}

/// `io.UnsupportedOperation(message)`, an OSError and a ValueError, as
/// CPython's files raise it (a plain OSError if `io` cannot be imported).
fn unsupported(vm: &mut Vm, message: &str) -> pyx_vm::Unwind {
    let class = (|| -> PyResult<Option<Value>> {
        let io = vm.intern("io");
        let builtins = vm.builtins_dict();
        let m = vm.import_name(io, Value::None, Value::Int(0), builtins)?;
        let name = vm.intern("UnsupportedOperation");
        vm.getattr_opt(m, name)
    })();
    match class {
        Ok(Some(c)) => {
            let made = vm.new_str(message).and_then(|m| vm.call(c, &[m]));
            match made {
                Ok(Value::Obj(r)) => pyx_vm::Unwind::Exception(r),
                Ok(_) => vm.runtime_error("io.UnsupportedOperation() did not make an exception"),
                Err(u) => u,
            }
        }
        Ok(None) | Err(pyx_vm::Unwind::Exception(_)) => raise(vm, "OSError", message),
        Err(u) => u,
    }
}

fn str_arg(vm: &mut Vm, a: &Args<'_>, i: usize, what: &str) -> PyResult<String> {
    let v = a.get(i).unwrap_or(Value::None);
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{}: expected str, not {}", what, vm.type_name(v)))),
    }
}

fn kw_or(vm: &Vm, a: &Args<'_>, i: usize, name: &str) -> Option<Value> {
    a.get(i).or_else(|| a.kw.iter().find(|(k, _)| vm.str_of(*k) == Some(name)).map(|(_, v)| *v))
}

/// Bytes the interpreter may still allocate (what a read may bring in).
fn budget_left(vm: &Vm) -> u64 {
    match vm.memory_left() {
        Some(l) => l as u64,
        None => u64::MAX,
    }
}

pub struct DirObject {
    dir: DirCapability,
}

impl DirObject {
    pub fn new(dir: DirCapability) -> DirObject {
        DirObject { dir }
    }
}

const DIR_METHODS: &[&str] =
    &["open", "read_text", "read_bytes", "write_text", "write_bytes", "listdir", "exists", "stat", "remove", "mkdir", "rmdir", "subdir"];

impl HostObject for DirObject {
    fn class_name(&self) -> &'static str {
        "DirCapability"
    }
    fn methods(&self) -> &'static [&'static str] {
        DIR_METHODS
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        let path = str_arg(vm, &a, 0, DIR_METHODS.get(index).copied().unwrap_or("?"))?;
        match index {
            0 => {
                let mode = match kw_or(vm, &a, 1, "mode") {
                    Some(m) => vm.str_of(m).unwrap_or("r").to_string(),
                    None => "r".to_string(),
                };
                let text = if mode.contains('b') { None } else { Some(TextOptions::default()) };
                open_in(vm, &self.dir, &path, &OpenRequest { path: path.clone(), mode, text })
            }
            1 | 2 => {
                let max = budget_left(vm);
                let b = self.dir.read_bytes(&path, max).map_err(|e| cap_err(vm, e))?;
                vm.reserve(b.len())?;
                if index == 2 {
                    return vm.new_bytes(b);
                }
                match String::from_utf8(b) {
                    Ok(s) => vm.new_string(s),
                    Err(_) => Err(raise(vm, "UnicodeDecodeError", "'utf-8' codec can't decode the file")),
                }
            }
            3 | 4 => {
                let v = a.get(1).unwrap_or(Value::None);
                let data: Vec<u8> = match (index, vm.payload(v)) {
                    (3, Some(Payload::Str(s))) => s.s.as_bytes().to_vec(),
                    (4, Some(Payload::Bytes(b))) => b.to_vec(),
                    (4, Some(Payload::ByteArray(b))) => b.clone(),
                    _ => return Err(vm.type_error(format!("data must be {}, not {}", if index == 3 { "str" } else { "bytes" }, vm.type_name(v)))),
                };
                self.dir.write_bytes(&path, &data).map_err(|e| cap_err(vm, e))?;
                Ok(Value::Int(data.len() as i64))
            }
            5 => {
                let names = self.dir.listdir(&path).map_err(|e| cap_err(vm, e))?;
                let mut out = Vec::with_capacity(names.len());
                for n in names {
                    out.push(vm.new_string(n)?);
                }
                vm.new_list(out)
            }
            6 => Ok(Value::Bool(self.dir.exists(&path).map_err(|e| cap_err(vm, e))?)),
            7 => {
                let st = self.dir.stat(&path).map_err(|e| cap_err(vm, e))?;
                let kind = vm.new_str(match st.kind {
                    EntryKind::File => "file",
                    EntryKind::Directory => "dir",
                    EntryKind::Other => "other",
                })?;
                vm.new_tuple(vec![kind, Value::Int(st.size as i64)])
            }
            8 => {
                self.dir.remove(&path).map_err(|e| cap_err(vm, e))?;
                Ok(Value::None)
            }
            9 => {
                self.dir.mkdir(&path).map_err(|e| cap_err(vm, e))?;
                Ok(Value::None)
            }
            10 => {
                self.dir.rmdir(&path).map_err(|e| cap_err(vm, e))?;
                Ok(Value::None)
            }
            11 => {
                let ro = match kw_or(vm, &a, 1, "read_only") {
                    Some(v) => vm.truthy(v)?,
                    None => false,
                };
                let d = self.dir.subdir(&path, if ro { Access::ReadOnly } else { Access::ReadWrite }).map_err(|e| cap_err(vm, e))?;
                new_host_object(vm, Arc::new(DirObject::new(d)))
            }
            _ => Err(vm.type_error("no such method")),
        }
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "name" => Some(vm.new_str(self.dir.name())),
            "read_only" => Some(Ok(Value::Bool(self.dir.access() == Access::ReadOnly))),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        let access = if self.dir.access() == Access::ReadOnly { "read-only" } else { "read-write" };
        format!("<DirCapability '{}' {}>", self.dir.name(), access)
    }
}

/// What `open()` was asked for, its arguments checked as CPython checks them.
struct OpenRequest {
    path: String,
    mode: String,
    /// `None` in binary mode.
    text: Option<TextOptions>,
}

/// How a text file turns bytes into `str` and back.
#[derive(Clone)]
struct TextOptions {
    encoding: String,
    errors: String,
    /// `None`: universal newlines; else `""`, `"\n"`, `"\r"` or `"\r\n"`.
    newline: Option<String>,
}

impl Default for TextOptions {
    fn default() -> TextOptions {
        TextOptions { encoding: "utf-8".into(), errors: "strict".into(), newline: None }
    }
}

const OPEN_PARAMS: &[&str] = &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`: the arguments, checked.
fn open_request(vm: &mut Vm, a: &Args<'_>) -> PyResult<OpenRequest> {
    if a.pos.len() > OPEN_PARAMS.len() {
        return Err(vm.type_error(format!("open() takes at most 8 arguments ({} given)", a.pos.len())));
    }
    for (k, _) in a.kw {
        let k = vm.str_of(*k).unwrap_or("").to_string();
        if !OPEN_PARAMS.contains(&k.as_str()) {
            return Err(vm.type_error(format!("open() got an unexpected keyword argument '{k}'")));
        }
    }
    let arg = |vm: &Vm, i: usize| kw_or(vm, a, i, OPEN_PARAMS[i]).filter(|v| !v.is_none() || i == 0);
    let Some(fv) = arg(vm, 0) else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = fs_path(vm, fv)?;
    let text_arg = |vm: &mut Vm, i: usize| -> PyResult<Option<String>> {
        match arg(vm, i) {
            None => Ok(None),
            Some(v) => match vm.str_of(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.type_error(format!("open() argument '{}' must be str or None, not {}", OPEN_PARAMS[i], vm.type_name(v)))),
            },
        }
    };
    let mode = match arg(vm, 1) {
        None => "r".to_string(),
        Some(m) => match vm.str_of(m) {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(m)))),
        },
    };
    match arg(vm, 2) {
        None | Some(Value::Int(_)) => {}
        Some(v) => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
    let encoding = text_arg(vm, 3)?;
    let errors = text_arg(vm, 4)?;
    let newline = text_arg(vm, 5)?;
    if let Some(v) = arg(vm, 7) {
        let _ = v;
        return Err(vm.value_error("open(): opener is not supported in pyx"));
    }
    let binary = mode.contains('b');
    if binary {
        for (given, what) in [(encoding.is_some(), "an encoding"), (errors.is_some(), "an errors"), (newline.is_some(), "a newline")] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
        return Ok(OpenRequest { path, mode, text: None });
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    let encoding = encoding.unwrap_or_else(|| "utf-8".into());
    // An unknown encoding is a LookupError at open, as in CPython.
    codecs::decode(vm, b"", &encoding, "strict")?;
    Ok(OpenRequest { path, mode, text: Some(TextOptions { encoding, errors: errors.unwrap_or_else(|| "strict".into()), newline }) })
}

/// A path argument as CPython's `os.fspath` reads it: `str`, `bytes`
/// (UTF-8), or an object whose `__fspath__` returns one of those. Empty
/// paths and NUL bytes are refused as CPython refuses them.
fn fs_path(vm: &mut Vm, v: Value) -> PyResult<String> {
    let direct = |vm: &Vm, v: Value| match vm.payload(v) {
        Some(Payload::Str(s)) => Some(s.s.to_string()),
        Some(Payload::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    };
    let path = match direct(vm, v) {
        Some(p) => p,
        None => {
            let not_path = |vm: &mut Vm| vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)));
            let ty = vm.type_of(v);
            let Ok(f) = vm.getattr_str(Value::Obj(ty), "__fspath__") else {
                return Err(not_path(vm));
            };
            let r = vm.call(f, &[v])?;
            match direct(vm, r) {
                Some(p) => p,
                None => {
                    let msg = format!("expected {}.__fspath__() to return str or bytes, not {}", vm.type_name(v), vm.type_name(r));
                    return Err(vm.type_error(msg));
                }
            }
        }
    };
    if path.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    if path.is_empty() {
        return Err(raise(vm, "FileNotFoundError", "[Errno 2] No such file or directory: ''"));
    }
    Ok(path)
}

/// `open()` over the directories granted for it with
/// [`Builder::allow_open`](super::Builder::allow_open): a path is matched
/// against each grant's prefix (longest first); what follows the prefix is
/// opened inside that directory, where `..`, absolute paths and symlinks
/// that leave it are refused.
pub fn open_builtin(vm: &mut Vm, roots: &[(String, DirCapability)], a: Args<'_>) -> PyResult<Value> {
    let req = open_request(vm, &a)?;
    let path = req.path.clone();
    let mut best: Option<(usize, &DirCapability, String)> = None;
    for (prefix, dir) in roots {
        let rest = if prefix.is_empty() {
            if path.starts_with('/') {
                continue;
            }
            Some(path.clone())
        } else if path == *prefix {
            Some(".".to_string())
        } else {
            path.strip_prefix(&format!("{}/", prefix)).map(|r| r.to_string())
        };
        if let Some(rest) = rest {
            if best.as_ref().map(|b| prefix.len() >= b.0).unwrap_or(true) {
                best = Some((prefix.len(), dir, rest));
            }
        }
    }
    match best {
        Some((_, dir, rest)) => open_in(vm, dir, &rest, &req),
        None => Err(raise(vm, "PermissionError", format!("[Errno 13] Permission denied: '{}' (not in a granted directory)", path))),
    }
}

/// Host directories granted to `open()` as *paths*, the way the `pyx`
/// command grants them: a path Python code gives is made absolute against
/// `base` (the host's current directory), normalised lexically (`.` and
/// `..` folded, so `data/../data/a.csv` is `data/a.csv`), then opened in
/// the granted directory that holds it (the deepest), through that
/// directory's capability. Denied paths win over grants. Python code sees
/// only the path it gave, never `base` or a grant's host path.
#[derive(Clone, Default)]
pub struct PathGrants {
    base: PathBuf,
    roots: Vec<(PathBuf, DirCapability)>,
    /// (path, denies reading too) — a denial of writing only is `false`.
    denied: Vec<(PathBuf, bool)>,
}

/// `path` made absolute against `base` and normalised lexically: `.`
/// dropped, `..` folded into its parent (never above the root).
pub fn normalise_path(base: &Path, path: &Path) -> PathBuf {
    let joined = if path.is_absolute() { path.to_path_buf() } else { base.join(path) };
    let mut out = PathBuf::from("/");
    for c in joined.components() {
        match c {
            Component::Prefix(p) => out.push(p.as_os_str()),
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
        }
    }
    out
}

impl PathGrants {
    /// Grants resolving relative paths against `base` (absolute).
    pub fn new(base: &Path) -> PathGrants {
        PathGrants { base: normalise_path(Path::new("/"), base), roots: Vec::new(), denied: Vec::new() }
    }
    /// Grant the host directory `host_path` (relative to `base`) through
    /// `dir`, a capability opened on that same directory.
    pub fn grant(&mut self, host_path: &Path, dir: DirCapability) {
        let p = normalise_path(&self.base, host_path);
        self.roots.push((p, dir));
    }
    /// Refuse `host_path` and everything beneath it: reading and writing
    /// (`reads_too`), or writing only.
    pub fn deny(&mut self, host_path: &Path, reads_too: bool) {
        let p = normalise_path(&self.base, host_path);
        self.denied.push((p, reads_too));
    }
    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }
    /// The capability and the path inside it for a path Python code gave.
    fn resolve(&self, path: &str, writes: bool) -> Result<(&DirCapability, String), CapError> {
        let full = normalise_path(&self.base, Path::new(path));
        let denied = |why: &str| CapError::new(CapErrorKind::PermissionDenied, format!("[Errno 13] Permission denied: '{path}' ({why})"));
        if self.denied.iter().any(|(d, reads)| (*reads || writes) && full.starts_with(d)) {
            return Err(denied("denied on the command line"));
        }
        let best = self.roots.iter().filter(|(r, _)| full.starts_with(r)).max_by_key(|(r, _)| r.components().count());
        match best {
            Some((root, dir)) => {
                let rel = full.strip_prefix(root).unwrap_or(Path::new(""));
                let rel = if rel.as_os_str().is_empty() { ".".to_string() } else { rel.to_string_lossy().into_owned() };
                Ok((dir, rel))
            }
            None => Err(denied("not in a granted directory")),
        }
    }
}

/// What [`PathGrants::stat`] tells of a path: no owner, inode or times
/// (times would be a clock).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathStat {
    pub is_dir: bool,
    pub is_file: bool,
    pub size: u64,
}

impl PathGrants {
    /// Rename `rel` to the caller's `path` in a capability's error.
    fn as_called(e: CapError, rel: &str, path: &str) -> CapError {
        e.renamed(rel, path)
    }

    /// The names in a granted directory (`os.listdir`), sorted.
    pub fn listdir(&self, path: &str) -> Result<Vec<String>, CapError> {
        let (dir, rel) = self.resolve(path, false)?;
        dir.listdir(&rel).map_err(|e| Self::as_called(e, &rel, path))
    }

    /// Delete the file `path` (`os.remove`); needs a write grant.
    pub fn remove(&self, path: &str) -> Result<(), CapError> {
        let (dir, rel) = self.resolve(path, true)?;
        dir.remove(&rel).map_err(|e| Self::as_called(e, &rel, path))
    }

    /// Make the directory `path` (`os.mkdir`); needs a write grant.
    pub fn mkdir(&self, path: &str) -> Result<(), CapError> {
        let (dir, rel) = self.resolve(path, true)?;
        dir.mkdir(&rel).map_err(|e| Self::as_called(e, &rel, path))
    }

    /// Remove the empty directory `path` (`os.rmdir`); needs a write grant.
    /// A granted directory itself cannot be removed.
    pub fn rmdir(&self, path: &str) -> Result<(), CapError> {
        let (dir, rel) = self.resolve(path, true)?;
        if rel == "." {
            return Err(CapError::new(CapErrorKind::PermissionDenied, format!("[Errno 13] Permission denied: '{path}' (a granted directory)")));
        }
        dir.rmdir(&rel).map_err(|e| Self::as_called(e, &rel, path))
    }

    /// What `path` is (`os.stat`, `os.path.isdir`, ...).
    pub fn stat(&self, path: &str) -> Result<PathStat, CapError> {
        let (dir, rel) = self.resolve(path, false)?;
        let st = dir.stat(&rel).map_err(|e| Self::as_called(e, &rel, path))?;
        Ok(PathStat { is_dir: st.kind == EntryKind::Directory, is_file: st.kind == EntryKind::File, size: st.size })
    }
}

/// Make `open()` a built-in of `vm` over `grants`.
pub fn install_path_open(vm: &mut Vm, grants: Arc<PathGrants>) -> PyResult<()> {
    let v = new_host_function(vm, "open", move |vm, a| {
        let req = open_request(vm, &a)?;
        let writes = OpenMode::parse(&req.mode).map(|m| m.writes()).unwrap_or(false);
        let (dir, rel) = grants.resolve(&req.path, writes).map_err(|e| cap_err(vm, e))?;
        open_in(vm, dir, &rel, &req)
    })?;
    set_builtin(vm, "open", Some(v))
}

fn open_in(vm: &mut Vm, dir: &DirCapability, path: &str, req: &OpenRequest) -> PyResult<Value> {
    let f = dir.open_as(path, &req.mode, &req.path).map_err(|e| cap_err(vm, e))?;
    let state = FileState { f, pending: Vec::new(), pos: 0, text: String::new(), held_cr: false, eof: false };
    new_host_object(vm, Arc::new(FileObject { inner: Mutex::new(state), text: req.text.clone(), mode: req.mode.clone() }))
}

struct FileState {
    f: FileCapability,
    /// Raw bytes read ahead but not yet returned (binary mode) or not yet
    /// decoded (text mode: an incomplete UTF-8 sequence at a chunk's end).
    pending: Vec<u8>,
    /// Binary mode: how many bytes at the front of `pending` small reads
    /// have already returned (dropped by `compact`, so a loop of
    /// `read(1)` does not shift the buffer at every byte).
    pos: usize,
    /// Text mode: decoded (and newline-translated) text not yet returned.
    text: String,
    /// Text mode, universal newlines: a `\r` ended the last chunk; it is
    /// translated once the next chunk shows whether `\n` follows.
    held_cr: bool,
    /// Text mode: the raw file has no more bytes.
    eof: bool,
}

impl FileState {
    /// Close the file; what was read ahead is gone with it (a read of a
    /// closed file is an error, never a read of the buffer).
    fn close(&mut self) {
        self.f.close();
        self.pending.clear();
        self.pos = 0;
    }

    /// Drop the bytes already returned from the front of `pending`.
    fn compact(&mut self) {
        if self.pos > 0 {
            self.pending.drain(..self.pos.min(self.pending.len()));
            self.pos = 0;
        }
    }
}

pub struct FileObject {
    inner: Mutex<FileState>,
    /// `None` in binary mode.
    text: Option<TextOptions>,
    mode: String,
}

const FILE_METHODS: &[&str] = &[
    "read", "readline", "readlines", "write", "writelines", "close", "seek", "tell", "flush", "readable", "writable",
    "__enter__", "__exit__", "__iter__", "__next__", "fileno", "isatty", "seekable", "truncate",
];

/// The class CPython's `open` gives a file of this mode; each makes its
/// own checks, in its own order, with its own messages.
#[derive(Clone, Copy, PartialEq)]
enum FileClass {
    Text,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
}

impl FileClass {
    fn of(binary: bool, m: OpenMode) -> FileClass {
        match (binary, m.read, m.write) {
            (false, ..) => FileClass::Text,
            (true, true, true) => FileClass::BufferedRandom,
            (true, true, false) => FileClass::BufferedReader,
            (true, false, _) => FileClass::BufferedWriter,
        }
    }

    fn name(self) -> &'static str {
        match self {
            FileClass::Text => "TextIOWrapper",
            FileClass::BufferedReader => "BufferedReader",
            FileClass::BufferedWriter => "BufferedWriter",
            FileClass::BufferedRandom => "BufferedRandom",
        }
    }
}

/// Why CPython refuses method `op` of a file before doing anything, as
/// `(is_unsupported_operation, message)`: the closed checks and the
/// read/write-only ones, in the order its `_io` classes make them. A
/// closed file's `readable()` answers False instead when its mode never
/// allowed reading (and `writable()` likewise).
fn refusal(class: FileClass, read: bool, write: bool, closed: bool, op: &str) -> Option<(bool, &'static str)> {
    const CLOSED: &str = "I/O operation on closed file.";
    const CLOSED_BARE: &str = "I/O operation on closed file";
    if class == FileClass::Text {
        if !closed {
            return match op {
                "read" | "readline" | "readlines" | "__next__" if !read => Some((true, "not readable")),
                "write" if !write => Some((true, "not writable")),
                "truncate" if !write => Some((true, "truncate")),
                _ => None,
            };
        }
        return match op {
            "close" | "__exit__" => None,
            "readable" if !read => None,
            "writable" if !write => None,
            "readable" | "writable" | "fileno" | "isatty" | "seekable" => Some((false, CLOSED_BARE)),
            _ => Some((false, CLOSED)),
        };
    }
    match op {
        "read" | "readline" | "__next__" if !read => return Some((true, "read")),
        "readlines" if !read && !closed => return Some((true, "read")),
        "write" if !write => return Some((true, "write")),
        "truncate" if !write && !closed => return Some((true, "truncate")),
        _ if !closed => return None,
        _ => {}
    }
    Some(match op {
        "close" | "__exit__" => return None,
        "readable" if !read => return None,
        "writable" if !write => return None,
        "read" => (false, "read of closed file"),
        "readline" | "__next__" => (false, "readline of closed file"),
        "seek" => (false, "seek of closed file"),
        "write" => (false, "write to closed file"),
        "flush" if !write => (false, CLOSED),
        "flush" => (false, "flush of closed file"),
        "truncate" => (false, "truncate of closed file"),
        "tell" | "readable" | "writable" | "fileno" | "isatty" | "seekable" => (false, CLOSED_BARE),
        _ => (false, CLOSED),
    })
}

const CHUNK: usize = 64 << 10;

/// Binary `read(n)` of fewer bytes than this on a file opened only for
/// reading fills a buffer of this size first, as CPython's BufferedReader
/// does (8 KiB): a loop of `read(1)` is not a system call per byte.
const READ_AHEAD: usize = 8 << 10;

/// How many bytes at the end of `b` begin a UTF-8 sequence that the
/// next chunk may complete.
fn incomplete_utf8_tail(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let byte = b[b.len() - back];
        if byte & 0xC0 == 0x80 {
            continue; // a continuation byte: look further back
        }
        let need = match byte {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return 0,
        };
        return if need > back { back } else { 0 };
    }
    0
}

/// Codecs whose text can be decoded chunk by chunk (one byte a
/// character, or UTF-8 with its incomplete tail held back). Others are
/// decoded whole, at the end of the file.
fn chunkable(encoding: &str) -> Option<bool> {
    let e = encoding.to_ascii_lowercase().replace('_', "-");
    match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Some(true),
        "ascii" | "us-ascii" | "646" | "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819"
        | "cp1252" | "windows-1252" => Some(false),
        _ => None,
    }
}

impl FileObject {
    fn lock(&self, vm: &mut Vm) -> PyResult<std::sync::MutexGuard<'_, FileState>> {
        self.inner.lock().map_err(|_| vm.runtime_error("file state poisoned"))
    }

    fn binary(&self) -> bool {
        self.text.is_none()
    }

    fn class(&self) -> FileClass {
        let m = self.inner.lock().map(|st| st.f.mode()).unwrap_or_default();
        FileClass::of(self.binary(), m)
    }

    /// Binary mode: read up to `n` bytes (all when `None`), charging the
    /// budget as it goes.
    fn read_n(&self, vm: &mut Vm, st: &mut FileState, n: Option<usize>) -> PyResult<Vec<u8>> {
        if let Some(n) = n.filter(|&n| n < READ_AHEAD && !st.f.mode().write && !st.f.is_closed()) {
            if st.pending.len() - st.pos < n {
                st.compact();
                while st.pending.len() < n {
                    vm.reserve(st.pending.len() + READ_AHEAD)?;
                    let got = st.f.read(READ_AHEAD).map_err(|e| cap_err(vm, e))?;
                    if got.is_empty() {
                        break;
                    }
                    st.pending.extend_from_slice(&got);
                }
            }
            let take = n.min(st.pending.len() - st.pos);
            let out = st.pending[st.pos..st.pos + take].to_vec();
            st.pos += take;
            if st.pos == st.pending.len() {
                st.pending.clear();
                st.pos = 0;
            }
            return Ok(out);
        }
        st.compact();
        let mut out = std::mem::take(&mut st.pending);
        loop {
            let want = match n {
                Some(n) if out.len() >= n => break,
                Some(n) => (n - out.len()).min(CHUNK),
                None => CHUNK,
            };
            vm.reserve(out.len() + want)?;
            let got = st.f.read(want).map_err(|e| cap_err(vm, e))?;
            if got.is_empty() {
                break;
            }
            out.extend_from_slice(&got);
        }
        if let Some(n) = n {
            if out.len() > n {
                st.pending = out.split_off(n);
            }
        }
        Ok(out)
    }

    fn readline_bytes(&self, vm: &mut Vm, st: &mut FileState) -> PyResult<Vec<u8>> {
        st.compact();
        loop {
            if let Some(i) = st.pending.iter().position(|&b| b == b'\n') {
                let rest = st.pending.split_off(i + 1);
                return Ok(std::mem::replace(&mut st.pending, rest));
            }
            vm.reserve(st.pending.len() + CHUNK)?;
            let got = st.f.read(CHUNK).map_err(|e| cap_err(vm, e))?;
            if got.is_empty() {
                return Ok(std::mem::take(&mut st.pending));
            }
            st.pending.extend_from_slice(&got);
        }
    }

    /// Text mode: decode one more chunk into `st.text`; false at the end
    /// of the file (nothing more will come).
    fn fill(&self, vm: &mut Vm, st: &mut FileState, opts: &TextOptions) -> PyResult<bool> {
        if st.eof {
            return Ok(false);
        }
        st.compact();
        vm.reserve(st.text.len() + st.pending.len() + CHUNK)?;
        let got = st.f.read(CHUNK).map_err(|e| cap_err(vm, e))?;
        if got.is_empty() {
            st.eof = true;
        }
        st.pending.extend_from_slice(&got);
        let cut = match chunkable(&opts.encoding) {
            _ if st.eof => st.pending.len(),
            Some(true) => st.pending.len() - incomplete_utf8_tail(&st.pending),
            Some(false) => st.pending.len(),
            None => return Ok(true), // decoded whole at the end
        };
        let raw: Vec<u8> = st.pending.drain(..cut).collect();
        let mut decoded = codecs::decode(vm, &raw, &opts.encoding, &opts.errors)?;
        if opts.newline.is_none() {
            if std::mem::take(&mut st.held_cr) {
                decoded.insert(0, '\r');
            }
            if decoded.ends_with('\r') && !st.eof {
                decoded.pop();
                st.held_cr = true;
            }
            if decoded.contains('\r') {
                decoded = decoded.replace("\r\n", "\n").replace('\r', "\n");
            }
        }
        st.text.push_str(&decoded);
        Ok(true)
    }

    /// Text mode: `read(n)` (`n` characters; all when `None`).
    fn read_text(&self, vm: &mut Vm, st: &mut FileState, opts: &TextOptions, n: Option<usize>) -> PyResult<String> {
        loop {
            if let Some(n) = n {
                if let Some((end, _)) = st.text.char_indices().nth(n) {
                    let rest = st.text.split_off(end);
                    return Ok(std::mem::replace(&mut st.text, rest));
                }
            }
            if !self.fill(vm, st, opts)? {
                return Ok(std::mem::take(&mut st.text));
            }
        }
    }

    /// Text mode: one line, its ending as `newline` defines it.
    fn readline_text(&self, vm: &mut Vm, st: &mut FileState, opts: &TextOptions) -> PyResult<String> {
        loop {
            let end = match opts.newline.as_deref() {
                None | Some("\n") => st.text.find('\n').map(|i| i + 1),
                Some("\r") => st.text.find('\r').map(|i| i + 1),
                Some("\r\n") => st.text.find("\r\n").map(|i| i + 2),
                _ => match st.text.find(['\r', '\n']) {
                    // `\r` last in the buffer: a `\n` may follow.
                    Some(i) if st.text.as_bytes()[i] == b'\r' && i + 1 == st.text.len() && !st.eof => None,
                    Some(i) if st.text[i..].starts_with("\r\n") => Some(i + 2),
                    Some(i) => Some(i + 1),
                    None => None,
                },
            };
            if let Some(end) = end {
                let rest = st.text.split_off(end);
                return Ok(std::mem::replace(&mut st.text, rest));
            }
            if !self.fill(vm, st, opts)? {
                return Ok(std::mem::take(&mut st.text));
            }
        }
    }

    /// One line (at most `limit` characters, or bytes in binary mode;
    /// the rest stays buffered), `None` at the end of the file.
    fn readline_value(&self, vm: &mut Vm, limit: Option<usize>) -> PyResult<Option<Value>> {
        let mut st = self.lock(vm)?;
        match &self.text {
            None => {
                let mut b = self.readline_bytes(vm, &mut st)?;
                if let Some(n) = limit.filter(|&n| n < b.len()) {
                    let mut rest = b.split_off(n);
                    rest.extend_from_slice(&st.pending);
                    st.pending = rest;
                }
                drop(st);
                if b.is_empty() {
                    return Ok(None);
                }
                vm.new_bytes(b).map(Some)
            }
            Some(opts) => {
                let mut s = self.readline_text(vm, &mut st, opts)?;
                if let Some((end, _)) = limit.and_then(|n| s.char_indices().nth(n)) {
                    let mut rest = s.split_off(end);
                    rest.push_str(&st.text);
                    st.text = rest;
                }
                drop(st);
                if s.is_empty() {
                    return Ok(None);
                }
                vm.new_string(s).map(Some)
            }
        }
    }
}

impl HostObject for FileObject {
    fn class_name(&self) -> &'static str {
        self.class().name()
    }
    fn module(&self) -> &'static str {
        "_io"
    }
    fn methods(&self) -> &'static [&'static str] {
        FILE_METHODS
    }
    fn guard(&self, vm: &mut Vm, index: usize) -> PyResult<()> {
        let (m, closed) = {
            let st = self.lock(vm)?;
            (st.f.mode(), st.f.is_closed())
        };
        let op = FILE_METHODS.get(index).copied().unwrap_or("");
        match refusal(FileClass::of(self.binary(), m), m.read, m.write, closed, op) {
            None => Ok(()),
            Some((true, msg)) => Err(unsupported(vm, msg)),
            Some((false, msg)) => Err(vm.value_error(msg)),
        }
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let n = match a.get(0) {
                    Some(Value::Int(n)) if n >= 0 => Some(n as usize),
                    None | Some(Value::None) | Some(Value::Int(_)) => None,
                    Some(v) => return Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v)))),
                };
                let mut st = self.lock(vm)?;
                match &self.text {
                    None => {
                        let b = self.read_n(vm, &mut st, n)?;
                        drop(st);
                        vm.new_bytes(b)
                    }
                    Some(opts) => {
                        let s = self.read_text(vm, &mut st, opts, n)?;
                        drop(st);
                        vm.new_string(s)
                    }
                }
            }
            1 => {
                let limit = match a.get(0) {
                    Some(Value::Int(n)) if n >= 0 => Some(n as usize),
                    None | Some(Value::None) | Some(Value::Int(_)) => None,
                    Some(v) => return Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v)))),
                };
                if limit == Some(0) {
                    return if self.binary() { vm.new_bytes(Vec::new()) } else { vm.new_str("") };
                }
                match self.readline_value(vm, limit)? {
                Some(v) => Ok(v),
                    None if self.binary() => vm.new_bytes(Vec::new()),
                    None => vm.new_str(""),
                }
            }
            2 => {
                vm.with_roots(&[], |vm, held| {
                    let mut out = Vec::new();
                    loop {
                        vm.tick(1)?;
                        let Some(v) = self.readline_value(vm, None)? else { break };
                        held.push(vm, v);
                        out.push(v);
                    }
                    vm.new_list(out)
                })
            }
            3 => {
                let v = a.get(0).unwrap_or(Value::None);
                let data: Vec<u8> = match (&self.text, vm.payload(v)) {
                    (Some(opts), Some(Payload::Str(s))) => {
                        let s = s.s.to_string();
                        let s = match opts.newline.as_deref() {
                            Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => s.replace('\n', nl),
                            _ => s,
                        };
                        let opts = opts.clone();
                        codecs::encode(vm, &s, &opts.encoding, &opts.errors)?
                    }
                    (None, Some(Payload::Bytes(b))) => b.to_vec(),
                    (None, Some(Payload::ByteArray(b))) => b.clone(),
                    _ => {
                        return Err(vm.type_error(format!(
                            "write() argument must be {}, not {}",
                            if self.binary() { "bytes" } else { "str" },
                            vm.type_name(v)
                        )))
                    }
                };
                let n = if self.binary() { data.len() } else { vm.str_of(v).map(|s| s.chars().count()).unwrap_or(0) };
                let mut st = self.lock(vm)?;
                st.f.write(&data).map_err(|e| cap_err(vm, e))?;
                Ok(Value::Int(n as i64))
            }
            4 => {
                let items = vm.collect_iter(a.get(0).unwrap_or(Value::None))?;
                for it in items {
                    self.call_method(vm, 3, Args::new(&[it]))?;
                }
                Ok(Value::None)
            }
            5 => {
                self.lock(vm)?.close();
                Ok(Value::None)
            }
            6 => {
                let off = match a.get(0) {
                    Some(Value::Int(i)) => i,
                    _ => return Err(vm.type_error("seek() offset must be an int")),
                };
                let whence = match a.get(1) {
                    Some(Value::Int(w)) => w.clamp(0, 255) as u8,
                    _ => 0,
                };
                let back = self.unread_bytes(vm)?;
                let mut st = self.lock(vm)?;
                st.pending.clear();
                st.pos = 0;
                st.text.clear();
                st.held_cr = false;
                st.eof = false;
                let off = if whence == 1 { off - back } else { off };
                let p = st.f.seek(off, whence).map_err(|e| cap_err(vm, e))?;
                Ok(Value::Int(p as i64))
            }
            7 => {
                let back = self.unread_bytes(vm)?;
                let mut st = self.lock(vm)?;
                let p = st.f.tell().map_err(|e| cap_err(vm, e))?;
                Ok(Value::Int(p as i64 - back))
            }
            8 => Ok(Value::None),
            9 => Ok(Value::Bool(self.lock(vm)?.f.mode().read)),
            10 => Ok(Value::Bool(self.lock(vm)?.f.mode().write)),
            11 | 13 => Err(vm.type_error("internal: __enter__/__iter__ need self")),
            12 => {
                self.lock(vm)?.close();
                Ok(Value::Bool(false))
            }
            14 => match self.readline_value(vm, None)? {
                Some(v) => Ok(v),
                None => Err(vm.exc_msg(vm.types().stop_iteration, "")),
            },
            // No host descriptor numbers reach the sandbox: a file has
            // none to give, as `io.StringIO` has none.
            15 => Err(unsupported(vm, "fileno")),
            16 => Ok(Value::Bool(false)),
            17 => Ok(Value::Bool(true)),
            18 => {
                let size = match a.get(0) {
                    None | Some(Value::None) => None,
                    Some(Value::Int(n)) if n >= 0 => Some(n as u64),
                    Some(Value::Int(_)) => {
                        // ftruncate's EINVAL, as CPython reports it.
                        let strerror = vm.new_str("Invalid argument")?;
                        let e = vm.call(Value::Obj(vm.types().os_error), &[Value::Int(22), strerror])?;
                        return Err(match e {
                            Value::Obj(r) => pyx_vm::Unwind::Exception(r),
                            _ => vm.runtime_error("OSError() did not make an exception"),
                        });
                    }
                    Some(v) => {
                        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
                    }
                };
                let n = if self.binary() {
                    // What was read ahead is dropped and the file put
                    // back where the program is (as `seek(tell())`),
                    // then cut there unless a size is given.
                    let back = self.unread_bytes(vm)?;
                    let mut st = self.lock(vm)?;
                    st.pending.clear();
                    st.pos = 0;
                    let here = st.f.seek(-back, 1).map_err(|e| cap_err(vm, e))?;
                    st.f.truncate(size.unwrap_or(here))
                } else {
                    // CPython's text layer keeps the text it has decoded
                    // and cuts at the end of the bytes it decoded, not at
                    // the program's position (its `truncate()` passes no
                    // size down to the buffer it has read ahead from).
                    let mut st = self.lock(vm)?;
                    let raw = st.f.tell().map_err(|e| cap_err(vm, e))?;
                    let here = raw.saturating_sub((st.pending.len() - st.pos) as u64);
                    st.f.truncate(size.unwrap_or(here))
                };
                Ok(Value::Int(n.map_err(|e| cap_err(vm, e))? as i64))
            }
            _ => Err(vm.type_error("no such method")),
        }
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "closed" => Some(self.lock(vm).map(|s| Value::Bool(s.f.is_closed()))),
            "name" => {
                let n = match self.lock(vm) {
                    Ok(s) => s.f.name().to_string(),
                    Err(e) => return Some(Err(e)),
                };
                Some(vm.new_string(n))
            }
            "mode" => Some(vm.new_str(&self.mode)),
            "encoding" => self.text.as_ref().map(|t| vm.new_str(&t.encoding)),
            "errors" => self.text.as_ref().map(|t| vm.new_str(&t.errors)),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        let name = self.inner.lock().map(|s| s.f.name().to_string()).unwrap_or_default();
        match &self.text {
            Some(t) => format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='{}'>", name, self.mode, t.encoding),
            None => format!("<_io.{} name='{}'>", self.class_name(), name),
        }
    }
}

impl FileObject {
    /// Bytes read from the file but not yet given to Python code (for
    /// `tell` and relative `seek`). Decoded text is counted by encoding it
    /// again, so after newline translation (`\r\n` read as `\n`) the
    /// position can be off by the dropped `\r`s; CPython's text `tell` is
    /// an opaque cookie, and pyx's is a byte offset.
    fn unread_bytes(&self, vm: &mut Vm) -> PyResult<i64> {
        let (text, pending, cr) = {
            let st = self.lock(vm)?;
            (st.text.clone(), st.pending.len() - st.pos, st.held_cr)
        };
        let mut n = pending as i64 + cr as i64;
        if let (Some(opts), false) = (&self.text, text.is_empty()) {
            let opts = opts.clone();
            n += codecs::encode(vm, &text, &opts.encoding, "replace")?.len() as i64;
        }
        Ok(n)
    }
}

/// Where `sys.stdin` and `input()` read from.
enum StdinSource {
    /// Host-provided text, and how far it has been read.
    Text(String, usize),
    /// A stream (the `pyx` command's own stdin with `--allow-stdin`),
    /// read as it is needed so a terminal or a pipe works line by line.
    Stream(StreamReader),
}

/// What the reader thread is asked for: a line or everything left, of at
/// most so many bytes.
enum ReadRequest {
    Line(u64),
    All(u64),
}

/// A stream read on its own thread, so that a program waiting for input
/// still sees Ctrl-C (`KeyboardInterrupt`) and the host's interrupt (the
/// time limit) within [`STDIN_POLL`]: the interpreter waits for the
/// thread's answer and checks its flags in between. A read abandoned that
/// way is not lost: its answer is taken by the next read.
struct StreamReader {
    requests: std::sync::mpsc::Sender<ReadRequest>,
    replies: std::sync::mpsc::Receiver<std::io::Result<Vec<u8>>>,
    /// A request was sent and its answer not yet taken.
    outstanding: bool,
}

/// How often a program waiting on stdin checks for Ctrl-C and the
/// host's interrupt.
const STDIN_POLL: std::time::Duration = std::time::Duration::from_millis(20);

impl StreamReader {
    fn new(mut reader: Box<dyn BufRead + Send>) -> StreamReader {
        let (requests, asked) = std::sync::mpsc::channel::<ReadRequest>();
        let (answer, replies) = std::sync::mpsc::channel();
        // The thread ends when the Stdin (the sender) is dropped.
        std::thread::spawn(move || {
            for req in asked {
                let mut buf = Vec::new();
                let r = match req {
                    ReadRequest::Line(max) => reader.by_ref().take(max).read_until(b'\n', &mut buf),
                    ReadRequest::All(max) => reader.by_ref().take(max).read_to_end(&mut buf),
                };
                if answer.send(r.map(|_| buf)).is_err() {
                    return;
                }
            }
        });
        StreamReader { requests, replies, outstanding: false }
    }

    /// Ask for `req` (unless an earlier request is still unanswered: its
    /// answer comes first) and wait, checking the interpreter's flags.
    fn read(&mut self, vm: &mut Vm, req: ReadRequest) -> PyResult<Vec<u8>> {
        if !self.outstanding {
            if self.requests.send(req).is_err() {
                return Ok(Vec::new());
            }
            self.outstanding = true;
        }
        loop {
            match self.replies.recv_timeout(STDIN_POLL) {
                Ok(r) => {
                    self.outstanding = false;
                    return r.map_err(|e| raise(vm, "OSError", format!("stdin: {e}")));
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => poll_interrupts(vm)?,
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    self.outstanding = false;
                    return Ok(Vec::new());
                }
            }
        }
    }
}

/// Check the interpreter's interrupt flags now (Ctrl-C raises
/// `KeyboardInterrupt`, the host's interrupt terminates), without using up
/// its step budget.
fn poll_interrupts(vm: &mut Vm) -> PyResult<()> {
    vm.poll()
}

/// `sys.stdin` and `input()` over host-provided text or a stream.
pub struct Stdin {
    source: Mutex<StdinSource>,
}

impl Stdin {
    pub fn new(text: String) -> Stdin {
        Stdin { source: Mutex::new(StdinSource::Text(text, 0)) }
    }

    /// Read from a stream as Python code asks (a line at a time for
    /// `input()` and `readline()`). Bytes that are not UTF-8 are replaced
    /// (U+FFFD).
    pub fn from_reader(reader: Box<dyn BufRead + Send>) -> Stdin {
        Stdin { source: Mutex::new(StdinSource::Stream(StreamReader::new(reader))) }
    }

    /// The next line, newline included; `None` at the end. At most `max`
    /// bytes are taken from a stream in one go (what the memory budget
    /// allows).
    fn line(&self, vm: &mut Vm) -> PyResult<Option<String>> {
        let max = budget_left(vm);
        let mut g = self.source.lock().map_err(|_| vm.runtime_error("stdin state poisoned"))?;
        match &mut *g {
            StdinSource::Text(text, pos) => {
                if *pos >= text.len() {
                    return Ok(None);
                }
                let rest = &text[*pos..];
                let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
                let line = rest[..end].to_string();
                *pos += end;
                Ok(Some(line))
            }
            StdinSource::Stream(r) => {
                let buf = r.read(vm, ReadRequest::Line(max))?;
                drop(g);
                if buf.is_empty() {
                    return Ok(None);
                }
                vm.reserve(buf.len())?;
                Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
            }
        }
    }

    fn read_all(&self, vm: &mut Vm) -> PyResult<String> {
        let max = budget_left(vm);
        let mut g = self.source.lock().map_err(|_| vm.runtime_error("stdin state poisoned"))?;
        match &mut *g {
            StdinSource::Text(text, pos) => {
                let out = text[(*pos).min(text.len())..].to_string();
                *pos = text.len();
                Ok(out)
            }
            StdinSource::Stream(r) => {
                // An abandoned line read may answer first: keep reading
                // until the end.
                let mut buf = Vec::new();
                loop {
                    let got = r.read(vm, ReadRequest::All(max))?;
                    if got.is_empty() {
                        break;
                    }
                    buf.extend_from_slice(&got);
                }
                drop(g);
                vm.reserve(buf.len())?;
                Ok(String::from_utf8_lossy(&buf).into_owned())
            }
        }
    }

    pub fn input(&self, vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        if let Some(p) = a.get(0) {
            let s = vm.str_string(p)?;
            vm.write_stdout(&s)?;
            vm.flush_stdout();
        }
        match self.line(vm)? {
            Some(l) => {
                let l = l.strip_suffix('\n').unwrap_or(&l);
                let l = l.strip_suffix('\r').unwrap_or(l);
                vm.new_string(l.to_string())
            }
            None => Err(vm.exc_msg(vm.types().eof_error, "EOF when reading a line")),
        }
    }
}

impl HostObject for Stdin {
    fn class_name(&self) -> &'static str {
        "TextIOWrapper"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["readline", "read", "readable", "readlines", "__iter__", "__next__", "isatty"]
    }
    fn call_method(&self, vm: &mut Vm, index: usize, _a: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let l = self.line(vm)?.unwrap_or_default();
                vm.new_string(l)
            }
            1 => {
                let s = self.read_all(vm)?;
                vm.new_string(s)
            }
            3 => {
                vm.with_roots(&[], |vm, held| {
                    let mut out = Vec::new();
                    while let Some(l) = self.line(vm)? {
                        vm.tick(1)?;
                        let v = vm.new_string(l)?;
                        held.push(vm, v);
                        out.push(v);
                    }
                    vm.new_list(out)
                })
            }
            4 => Err(vm.type_error("internal: __iter__ needs self")),
            5 => match self.line(vm)? {
                Some(l) => vm.new_string(l),
                None => Err(vm.exc_msg(vm.types().stop_iteration, "")),
            },
            6 => Ok(Value::Bool(false)),
            _ => Ok(Value::Bool(true)),
        }
    }
    fn repr(&self) -> String {
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".into()
    }
}

/// Give `vm` an `input()` built-in and a `sys.stdin` reading `stdin`.
pub fn install_stdin(vm: &mut Vm, stdin: Arc<Stdin>) -> PyResult<()> {
    let s2 = stdin.clone();
    let v = new_host_function(vm, "input", move |vm, a| s2.input(vm, a))?;
    set_builtin(vm, "input", Some(v))?;
    let so = new_host_object(vm, stdin)?;
    if let Some(sys) = super::sys_module(vm) {
        let k = vm.intern("stdin");
        vm.setattr(sys, k, so)?;
    }
    Ok(())
}
