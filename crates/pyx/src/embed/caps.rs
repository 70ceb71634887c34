//! Capability objects as Python sees them: directories, files, `open()`,
//! stdin. Each is a host object: methods only, state private.

use std::sync::{Arc, Mutex};

use pyx_caps::{Access, CapError, DirCapability, EntryKind, FileCapability};
use pyx_vm::host::{new_host_object, raise, HostObject};
use pyx_vm::object::Payload;
use pyx_vm::vm::{Args, PyResult, Vm};
use pyx_vm::Value;

fn cap_err(vm: &mut Vm, e: CapError) -> pyx_vm::vm::Unwind {
    let name = match e.kind.python_name() {
        "UnsupportedOperation" => "OSError",
        n => n,
    };
    raise(vm, name, e.message)
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
    match vm.heap.limit {
        Some(l) => l.saturating_sub(vm.heap.bytes) as u64,
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
                open_in(vm, &self.dir, &path, &mode)
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

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`
/// over the directories granted for it. A path is matched against each
/// grant's prefix (longest first); what follows the prefix is opened inside
/// that directory, where `..`, absolute paths and symlinks that leave it are
/// refused.
pub fn open_builtin(vm: &mut Vm, roots: &[(String, DirCapability)], a: Args<'_>) -> PyResult<Value> {
    let fv = kw_or(vm, &a, 0, "file").unwrap_or(Value::None);
    let Some(path) = vm.str_of(fv).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(fv))));
    };
    let mode = match kw_or(vm, &a, 1, "mode") {
        Some(m) => match vm.str_of(m) {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", vm.type_name(m)))),
        },
        None => "r".to_string(),
    };
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
        Some((_, dir, rest)) => open_in(vm, dir, &rest, &mode),
        None => Err(raise(vm, "PermissionError", format!("[Errno 13] Permission denied: '{}' (not in a granted directory)", path))),
    }
}

fn open_in(vm: &mut Vm, dir: &DirCapability, path: &str, mode: &str) -> PyResult<Value> {
    let f = dir.open(path, mode).map_err(|e| cap_err(vm, e))?;
    let binary = f.mode().binary;
    new_host_object(vm, Arc::new(FileObject { inner: Mutex::new(FileState { f, pending: Vec::new() }), binary, mode: mode.to_string() }))
}

struct FileState {
    f: FileCapability,
    /// Read ahead but not yet returned (for `readline`).
    pending: Vec<u8>,
}

pub struct FileObject {
    inner: Mutex<FileState>,
    binary: bool,
    mode: String,
}

const FILE_METHODS: &[&str] = &[
    "read", "readline", "readlines", "write", "writelines", "close", "seek", "tell", "flush", "readable", "writable",
    "__enter__", "__exit__", "__iter__", "__next__",
];

const CHUNK: usize = 64 << 10;

impl FileObject {
    fn lock(&self, vm: &mut Vm) -> PyResult<std::sync::MutexGuard<'_, FileState>> {
        self.inner.lock().map_err(|_| vm.runtime_error("file state poisoned"))
    }

    fn make(&self, vm: &mut Vm, b: Vec<u8>) -> PyResult<Value> {
        if self.binary {
            return vm.new_bytes(b);
        }
        match String::from_utf8(b) {
            Ok(s) => vm.new_string(s),
            Err(_) => Err(raise(vm, "UnicodeDecodeError", "'utf-8' codec can't decode bytes")),
        }
    }

    /// Read up to `n` bytes (all when `None`), charging the budget as it goes.
    fn read_n(&self, vm: &mut Vm, n: Option<usize>) -> PyResult<Vec<u8>> {
        let mut st = self.lock(vm)?;
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
        // Text mode: do not split a UTF-8 sequence.
        if !self.binary && n.is_some() {
            while !out.is_empty() && std::str::from_utf8(&out).is_err() {
                let got = st.f.read(1).map_err(|e| cap_err(vm, e))?;
                if got.is_empty() {
                    break;
                }
                out.extend_from_slice(&got);
            }
        }
        Ok(out)
    }

    fn readline(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        let mut st = self.lock(vm)?;
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
}

impl HostObject for FileObject {
    fn class_name(&self) -> &'static str {
        if self.binary {
            "BufferedFile"
        } else {
            "TextIOWrapper"
        }
    }
    fn methods(&self) -> &'static [&'static str] {
        FILE_METHODS
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let n = match a.get(0) {
                    Some(Value::Int(n)) if n >= 0 => Some(n as usize),
                    _ => None,
                };
                let b = self.read_n(vm, n)?;
                self.make(vm, b)
            }
            1 => {
                let b = self.readline(vm)?;
                self.make(vm, b)
            }
            2 => {
                let mut out = Vec::new();
                loop {
                    vm.tick(1)?;
                    let b = self.readline(vm)?;
                    if b.is_empty() {
                        break;
                    }
                    let v = self.make(vm, b)?;
                    vm.temp_roots.push(v);
                    out.push(v);
                }
                let n = out.len();
                let r = vm.new_list(out);
                let l = vm.temp_roots.len();
                vm.temp_roots.truncate(l - n);
                r
            }
            3 => {
                let v = a.get(0).unwrap_or(Value::None);
                let data: Vec<u8> = match (self.binary, vm.payload(v)) {
                    (false, Some(Payload::Str(s))) => s.s.as_bytes().to_vec(),
                    (true, Some(Payload::Bytes(b))) => b.to_vec(),
                    (true, Some(Payload::ByteArray(b))) => b.clone(),
                    _ => {
                        return Err(vm.type_error(format!(
                            "write() argument must be {}, not {}",
                            if self.binary { "bytes" } else { "str" },
                            vm.type_name(v)
                        )))
                    }
                };
                let n = if self.binary { data.len() } else { vm.str_of(v).map(|s| s.chars().count()).unwrap_or(0) };
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
                self.lock(vm)?.f.close();
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
                let mut st = self.lock(vm)?;
                let back = st.pending.len() as i64;
                st.pending.clear();
                let off = if whence == 1 { off - back } else { off };
                let p = st.f.seek(off, whence).map_err(|e| cap_err(vm, e))?;
                Ok(Value::Int(p as i64))
            }
            7 => {
                let mut st = self.lock(vm)?;
                let p = st.f.tell().map_err(|e| cap_err(vm, e))?;
                Ok(Value::Int(p as i64 - st.pending.len() as i64))
            }
            8 => Ok(Value::None),
            9 => Ok(Value::Bool(self.lock(vm)?.f.mode().read)),
            10 => Ok(Value::Bool(self.lock(vm)?.f.mode().write)),
            11 | 13 => Err(vm.type_error("internal: __enter__/__iter__ need self")),
            12 => {
                self.lock(vm)?.f.close();
                Ok(Value::Bool(false))
            }
            14 => {
                let b = self.readline(vm)?;
                if b.is_empty() {
                    return Err(vm.exc_msg(vm.t.stop_iteration, ""));
                }
                self.make(vm, b)
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
            _ => None,
        }
    }
    fn repr(&self) -> String {
        let name = self.inner.lock().map(|s| s.f.name().to_string()).unwrap_or_default();
        format!("<_io.{} name='{}' mode='{}'>", self.class_name(), name, self.mode)
    }
}

/// `sys.stdin` and `input()` over host-provided text.
pub struct Stdin {
    text: Mutex<(String, usize)>,
}

impl Stdin {
    pub fn new(text: String) -> Stdin {
        Stdin { text: Mutex::new((text, 0)) }
    }
    fn line(&self) -> Option<String> {
        let mut g = self.text.lock().ok()?;
        let (text, pos) = &mut *g;
        if *pos >= text.len() {
            return None;
        }
        let rest = &text[*pos..];
        let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        let line = rest[..end].to_string();
        *pos += end;
        Some(line)
    }
    pub fn input(&self, vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        if let Some(p) = a.get(0) {
            let s = vm.str_string(p)?;
            vm.write_stdout(&s)?;
        }
        match self.line() {
            Some(l) => vm.new_string(l.trim_end_matches('\n').to_string()),
            None => Err(vm.exc_msg(vm.t.eof_error, "EOF when reading a line")),
        }
    }
}

impl HostObject for Stdin {
    fn class_name(&self) -> &'static str {
        "TextIOWrapper"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["readline", "read", "readable"]
    }
    fn call_method(&self, vm: &mut Vm, index: usize, _a: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let l = self.line().unwrap_or_default();
                vm.new_string(l)
            }
            1 => {
                let mut out = String::new();
                while let Some(l) = self.line() {
                    out.push_str(&l);
                }
                vm.new_string(out)
            }
            _ => Ok(Value::Bool(true)),
        }
    }
    fn repr(&self) -> String {
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".into()
    }
}
