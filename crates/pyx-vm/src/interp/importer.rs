//! The seam between the VM and the import system written in Python
//! (`stdlib/_importer.py`, PEP 302/451).
//!
//! The host gives the VM an [`ImportSetup`]: the compiled importer, the
//! import roots (capabilities the importer may read `.py` files through)
//! and the names of the native modules this interpreter may load. The
//! importer is started lazily, at the first `import`, so an interpreter
//! that never imports pays nothing for it.
//!
//! Once started, `import` statements call the importer's `__import__`
//! (or whatever Python code put in `builtins.__import__`), except for the
//! common case the VM answers itself: a module already in `sys.modules`.
//! Without an `ImportSetup` only modules already placed in `sys.modules`
//! (by the host) and the allowed native modules can be imported.

use std::sync::{Arc, Mutex};

use crate::object::code::CodeObject;
use crate::object::heap::ObjRef;
use crate::interp::host::{new_host_object, HostObject};
use crate::interp::native::NativeModule;
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// A place the importer finds `.py` source in: the frozen stdlib, a
/// granted directory. Paths are relative, `/`-separated and already
/// checked by `valid_module_path`; an implementation must still refuse
/// anything outside itself (a directory root does so through cap-std).
pub trait ImportRoot: Send + Sync + 'static {
    /// Shown in `__file__`, `__path__` and tracebacks as the first path
    /// component. Never a host path.
    fn name(&self) -> &str;
    fn is_file(&self, rel: &str) -> bool;
    fn is_dir(&self, rel: &str) -> bool;
    /// The source text of a `.py` file, or a message for an `ImportError`.
    fn read_text(&self, rel: &str) -> Result<Arc<str>, String>;
    /// Precompiled code for `rel` (compiled with `filename` as its file
    /// name), when the root keeps it (the frozen stdlib compiles each module
    /// once per process and shares it between interpreters).
    fn code(&self, rel: &str, filename: &str) -> Option<(Arc<CodeObject>, Arc<str>)> {
        let _ = (rel, filename);
        None
    }
    /// Whether the root is code only, no authority (the frozen stdlib):
    /// then a child interpreter gets it whole. A root that reads the
    /// host's files is passed on only for the module names granted.
    fn code_only(&self) -> bool {
        false
    }
}

/// A root narrowed to some top-level module names: what a child
/// interpreter gets of its creator's root.
struct NarrowedRoot {
    inner: Arc<dyn ImportRoot>,
    tops: Vec<String>,
}

impl NarrowedRoot {
    fn allows(&self, rel: &str) -> bool {
        let first = rel.split('/').next().unwrap_or("");
        let top = first.strip_suffix(".py").unwrap_or(first);
        self.tops.iter().any(|t| t == top)
    }
}

impl ImportRoot for NarrowedRoot {
    fn name(&self) -> &str {
        self.inner.name()
    }
    fn is_file(&self, rel: &str) -> bool {
        self.allows(rel) && self.inner.is_file(rel)
    }
    fn is_dir(&self, rel: &str) -> bool {
        self.allows(rel) && self.inner.is_dir(rel)
    }
    fn read_text(&self, rel: &str) -> Result<Arc<str>, String> {
        if !self.allows(rel) {
            return Err("not granted".into());
        }
        self.inner.read_text(rel)
    }
    fn code(&self, rel: &str, filename: &str) -> Option<(Arc<CodeObject>, Arc<str>)> {
        if !self.allows(rel) {
            return None;
        }
        self.inner.code(rel, filename)
    }
}

/// What the host hands the VM to run imports.
pub struct ImportSetup {
    /// `_importer.py`, compiled (shared by the process) when the
    /// interpreter first imports: a process whose interpreters import
    /// nothing never compiles it.
    pub importer: fn() -> Option<Arc<CodeObject>>,
    /// Searched in order for top-level modules.
    pub roots: Vec<Arc<dyn ImportRoot>>,
    /// Native modules this interpreter may import (`math`, ...). Shared
    /// with the running importer's registry, which narrows it in place.
    pub natives: Arc<Mutex<Vec<String>>>,
}

impl ImportSetup {
    pub fn new(importer: fn() -> Option<Arc<CodeObject>>, roots: Vec<Arc<dyn ImportRoot>>, natives: Vec<String>) -> ImportSetup {
        ImportSetup { importer, roots, natives: Arc::new(Mutex::new(natives)) }
    }

    /// The native modules allowed now.
    pub fn allowed_natives(&self) -> Vec<String> {
        self.natives.lock().map(|g| g.clone()).unwrap_or_default()
    }

    /// Could a module named `top` (top-level) be found: an allowed native,
    /// or a module or package in some root?
    pub fn can_find(&self, top: &str) -> bool {
        if !is_identifier(top) {
            return false;
        }
        self.allowed_natives().iter().any(|n| n == top)
            || self.roots.iter().any(|r| r.is_file(&format!("{top}.py")) || r.is_dir(top))
    }

    /// What a child interpreter gets: code-only roots whole, the others
    /// and the natives narrowed to the top-level names in `granted`.
    pub fn narrowed(&self, granted: &[String]) -> ImportSetup {
        let roots = self
            .roots
            .iter()
            .map(|r| -> Arc<dyn ImportRoot> {
                if r.code_only() {
                    r.clone()
                } else {
                    Arc::new(NarrowedRoot { inner: r.clone(), tops: granted.to_vec() })
                }
            })
            .collect();
        let natives = self.allowed_natives().into_iter().filter(|n| granted.contains(n)).collect();
        ImportSetup::new(self.importer.clone(), roots, natives)
    }
}

/// The importer's entry points, once started.
pub struct ImporterState {
    /// The importer's own `__import__` (the fast path applies only while
    /// `builtins.__import__` is this function).
    pub import_fn: Value,
    pub import_from: Value,
    pub import_star: Value,
    pub main_code: Value,
}

impl ImporterState {
    pub fn trace(&self, out: &mut Vec<Value>) {
        out.extend([self.import_fn, self.import_from, self.import_star, self.main_code]);
    }
}

/// Native modules the VM can build (see `native::NativeModule`).
pub const NATIVE_MODULES: &[&NativeModule] = &[
    &crate::builtins::math::MODULE,
    &crate::interp::where_info::MODULE,
    &crate::builtins::json::MODULE,
    &crate::builtins::sre::MODULE,
    &crate::interp::clock::MODULE,
    &crate::builtins::hashes::MODULE,
    &crate::builtins::zlib::MODULE,
    &crate::builtins::gc_module::MODULE,
    &crate::builtins::unicodedata::MODULE,
    &crate::interp::threads::MODULE,
    &crate::builtins::weakref::MODULE,
    &crate::builtins::ast_module::MODULE,
    &crate::builtins::types_module::MODULE,
    &crate::builtins::bisect_module::MODULE,
    &crate::builtins::heapq_module::MODULE,
    &crate::builtins::types::array::MODULE,
];

/// The native module named `name`, if there is one.
pub fn native_module(name: &str) -> Option<&'static NativeModule> {
    NATIVE_MODULES.iter().copied().find(|m| m.name == name)
}

fn make_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    match native_module(name) {
        Some(m) => Ok(Some(Value::Obj(m.build(vm)?))),
        None => Ok(None),
    }
}

/// Is `rel` a path the importer may ask a root about: identifiers joined
/// by `/`, the last one optionally ending in `.py`? This keeps `..`,
/// absolute paths, empty components and non-source files out before any
/// root sees the request.
pub fn valid_module_path(rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').collect();
    let n = parts.len();
    parts.iter().enumerate().all(|(i, p)| {
        let stem = if i + 1 == n { p.strip_suffix(".py").unwrap_or(p) } else { p };
        is_identifier(stem)
    })
}

/// `str.isidentifier()`, as the importer's own checks use.
fn is_identifier(s: &str) -> bool {
    pyx_text::str_methods::isidentifier(s)
}

/// An import root as the Python object the importer sees: `name`,
/// `is_file`, `is_dir`, `read_text`, `get_code`. It refuses every path that
/// is not a module path, and reads only `.py` files.
struct RootObject(Arc<dyn ImportRoot>);

impl RootObject {
    fn rel(vm: &mut Vm, a: &Args<'_>) -> PyResult<String> {
        match a.get(0).and_then(|v| vm.str_of(v).map(str::to_string)) {
            Some(s) => Ok(s),
            None => Err(vm.type_error("import root paths must be str")),
        }
    }
}

impl HostObject for RootObject {
    fn class_name(&self) -> &'static str {
        "ImportRoot"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["is_file", "is_dir", "read_text", "get_code"]
    }
    fn call_method(&self, vm: &mut Vm, index: usize, args: Args<'_>) -> PyResult<Value> {
        let rel = Self::rel(vm, &args)?;
        let ok = valid_module_path(&rel);
        match index {
            0 => Ok(Value::Bool(ok && rel.ends_with(".py") && self.0.is_file(&rel))),
            1 => Ok(Value::Bool(ok && !rel.ends_with(".py") && self.0.is_dir(&rel))),
            2 | 3 => {
                if !ok || !rel.ends_with(".py") {
                    return Err(vm.exc_msg(vm.t.import_error, format!("not a module path: {rel:?}")));
                }
                let display = if self.0.name().is_empty() { rel.clone() } else { format!("{}/{}", self.0.name(), rel) };
                if index == 3 {
                    if let Some((code, src)) = self.0.code(&rel, &display) {
                        return vm.new_code_value(code, Some(src));
                    }
                }
                let src = match self.0.read_text(&rel) {
                    Ok(s) => s,
                    Err(msg) => return Err(vm.exc_msg(vm.t.import_error, format!("cannot read {display}: {msg}"))),
                };
                if index == 2 {
                    return vm.new_str(&src);
                }
                let code = crate::builtins::compile_source(vm, &src, &display, "exec")?;
                vm.new_code_value(code, None)
            }
            _ => Ok(Value::None),
        }
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "name" => Some(vm.new_str(self.0.name())),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        format!("<ImportRoot '{}'>", self.0.name())
    }
}

/// The native-module registry the importer consults: which native modules
/// this interpreter may load. Narrowing is one-way.
struct NativeRegistry {
    allowed: Arc<Mutex<Vec<String>>>,
}

impl NativeRegistry {
    fn allowed(&self) -> Vec<String> {
        self.allowed.lock().map(|g| g.clone()).unwrap_or_default()
    }
}

impl HostObject for NativeRegistry {
    fn class_name(&self) -> &'static str {
        "NativeModules"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["names", "load", "narrow"]
    }
    fn call_method(&self, vm: &mut Vm, index: usize, args: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let names = self.allowed();
                let mut out = Vec::with_capacity(names.len());
                for n in names {
                    out.push(vm.new_str(&n)?);
                }
                vm.new_list(out)
            }
            1 => {
                let name = args.get(0).and_then(|v| vm.str_of(v).map(str::to_string)).unwrap_or_default();
                if !self.allowed().contains(&name) {
                    return Err(vm.exc_msg(vm.t.import_error, format!("No module named '{name}'")));
                }
                match make_native(vm, &name)? {
                    Some(m) => Ok(m),
                    None => Err(vm.exc_msg(vm.t.import_error, format!("No module named '{name}'"))),
                }
            }
            2 => {
                let keep = vm.collect_iter(args.get(0).unwrap_or(Value::None))?;
                let keep: Vec<String> = keep.into_iter().filter_map(|v| vm.str_of(v).map(str::to_string)).collect();
                if let Ok(mut g) = self.allowed.lock() {
                    g.retain(|n| keep.contains(n));
                }
                Ok(Value::None)
            }
            _ => Ok(Value::None),
        }
    }
}

impl Vm {
    /// A Python code object for `code`; `source` (when given) supplies the
    /// source lines tracebacks show for its file name.
    pub fn new_code_value(&mut self, code: Arc<CodeObject>, source: Option<Arc<str>>) -> PyResult<Value> {
        if let Some(src) = source {
            let f: &str = &code.filename;
            if !self.file_sources.iter().any(|(n, _)| n == f) {
                self.file_sources.push((f.to_string(), src));
            }
        }
        self.alloc_val(self.t.code, Payload::Code(code))
    }

    /// Start the importer if the host set one up and it has not started.
    /// Returns whether an importer is running.
    pub fn ensure_importer(&mut self) -> PyResult<bool> {
        if self.importer.is_some() {
            return Ok(true);
        }
        let Some(setup) = self.import_setup.take() else { return Ok(false) };
        let mark = self.temp_roots.len();
        let r = self.start_importer(&setup);
        self.temp_roots.truncate(mark);
        // The setup stays: child interpreters are made from it.
        self.import_setup = Some(setup);
        self.importer = Some(r?);
        Ok(true)
    }

    fn start_importer(&mut self, setup: &ImportSetup) -> PyResult<ImporterState> {
        // The importer's namespace has every native built-in, whatever the
        // host removed from the interpreter's own built-ins: importing is
        // its own authority, and Python code cannot reach this namespace
        // (functions expose no `__globals__`).
        let ns = self.new_dict()?;
        self.temp_roots.push(Value::Obj(ns));
        let b = crate::builtins::fresh_builtins(self)?;
        self.dict_set(ns, Value::Obj(self.n.__builtins__), Value::Obj(b))?;
        let name = self.new_str("_importer")?;
        self.dict_set(ns, Value::Obj(self.n.__name__), name)?;
        self.enter_native()?;
        let Some(code) = (setup.importer)() else {
            self.leave_native();
            return Err(self.runtime_error("the importer does not compile"));
        };
        let r = self.run_code(&code, ns, Value::Obj(ns));
        self.leave_native();
        r?;
        let install = self.intern("install");
        let Some(install) = self.dict_get_str(ns, install) else {
            return Err(self.runtime_error("the importer defines no install()"));
        };

        let mods = self.modules;
        let sys_key = self.new_str("sys")?;
        let (sys, hidden_sys) = match self.dict_get(mods, sys_key)? {
            Some(s) => (s, false),
            None => (Value::Obj(crate::builtins::types::function::new_module(self, "sys")?), true),
        };
        self.temp_roots.push(sys);
        let mut roots = Vec::with_capacity(setup.roots.len());
        for r in &setup.roots {
            let v = new_host_object(self, Arc::new(RootObject(r.clone())))?;
            self.temp_roots.push(v);
            roots.push(v);
        }
        let roots = self.new_list(roots)?;
        self.temp_roots.push(roots);
        let natives = new_host_object(self, Arc::new(NativeRegistry { allowed: setup.natives.clone() }))?;
        self.temp_roots.push(natives);
        let bm = self.builtins_module()?;
        self.temp_roots.push(bm);
        let module_type = Value::Obj(self.t.module);
        let args = [sys, Value::Obj(self.builtins), roots, natives, bm, module_type, Value::Obj(mods)];
        self.enter_native()?;
        let imp = self.call(install, &args);
        self.leave_native();
        let imp = imp?;
        self.temp_roots.push(imp);
        if hidden_sys {
            let _ = self.dict_del(mods, sys_key);
        }
        let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
            let k = vm.intern(n);
            vm.getattr(imp, k)
        };
        Ok(ImporterState {
            import_fn: get(self, "__import__")?,
            import_from: get(self, "import_from")?,
            import_star: get(self, "import_star")?,
            main_code: get(self, "main_code")?,
        })
    }

    /// The `builtins` module: a module whose namespace is the
    /// interpreter's built-ins dict.
    fn builtins_module(&mut self) -> PyResult<Value> {
        let m = crate::builtins::types::function::new_module(self, "builtins")?;
        let b = self.builtins;
        let name = self.new_str("builtins")?;
        if self.dict_get_str(b, self.n.__name__).is_none() {
            self.dict_set(b, Value::Obj(self.n.__name__), name)?;
        }
        self.heap.get_mut(m).dict = Some(b);
        Ok(Value::Obj(m))
    }

    /// Could `import name` succeed here (without running anything):
    /// already in `sys.modules`, or findable by the import system.
    pub fn module_available(&mut self, name: &str) -> bool {
        if let Ok(k) = self.new_str(name) {
            let mods = self.modules;
            if let Ok(Some(_)) = self.dict_get(mods, k) {
                return true;
            }
        }
        let top = name.split('.').next().unwrap_or("");
        match &self.import_setup {
            Some(setup) => setup.can_find(top),
            None => native_module(name).is_some(),
        }
    }

    /// The import system for a child interpreter that was granted the
    /// top-level modules `granted`: never more than this one has.
    pub fn child_import_setup(&self, granted: &[String]) -> Option<ImportSetup> {
        self.import_setup.as_ref().map(|s| s.narrowed(granted))
    }

    /// A native module by name, when the host allows it and no importer
    /// runs (the importer asks its registry instead).
    pub(crate) fn native_module_without_importer(&mut self, name: &str) -> PyResult<Option<Value>> {
        make_native(self, name)
    }

    /// `import` through the running importer. `Ok(None)`: no importer.
    pub(crate) fn import_via_importer(
        &mut self,
        name: ObjRef,
        fromlist: Value,
        level: Value,
        globals: ObjRef,
    ) -> PyResult<Option<Value>> {
        // `__import__` comes from the importing frame's built-ins.
        let b = self.frames.last().map_or(self.builtins, |f| f.builtins);
        let key = self.intern("__import__");
        let current = self.dict_get_str(b, key);
        // `builtins.__import__` is the starting native one until the
        // importer replaces it; the first import starts the importer.
        let native = matches!(current.and_then(|v| self.payload(v)), Some(Payload::Native(_)));
        if native && !self.ensure_importer()? {
            return Ok(None);
        }
        let f = match self.dict_get_str(b, key) {
            Some(f) => f,
            None => return Err(self.exc_msg(self.t.import_error, "__import__ not found")),
        };
        let original = self.importer.as_ref().map(|s| s.import_fn);
        if original.is_some_and(|o| o.is(f)) && matches!(level, Value::Int(0)) {
            if let Some(m) = self.import_fast(name, fromlist)? {
                return Ok(Some(m));
            }
        }
        let args = [Value::Obj(name), Value::Obj(globals), Value::None, fromlist, level];
        self.enter_native()?;
        let r = self.call(f, &args);
        self.leave_native();
        r.map(Some)
    }

    /// `import a.b` / `from a.b import c` when `a.b` is already imported
    /// (and, for `from`, has every name asked for): no call into Python.
    fn import_fast(&mut self, name: ObjRef, fromlist: Value) -> PyResult<Option<Value>> {
        let mods = self.modules;
        let Some(m) = self.dict_get(mods, Value::Obj(name))? else { return Ok(None) };
        if !matches!(self.payload(m), Some(Payload::Module(_))) {
            return Ok(None);
        }
        let with_from = !fromlist.is_none() && self.truthy(fromlist)?;
        if with_from {
            for item in self.collect_iter(fromlist)? {
                let Some(n) = self.intern_value(item) else { return Ok(None) };
                if self.str_of(Value::Obj(n)) == Some("*") || self.getattr_opt(m, n)?.is_none() {
                    return Ok(None);
                }
            }
            return Ok(Some(m));
        }
        let full = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        match full.split_once('.') {
            None => Ok(Some(m)),
            Some((top, _)) => {
                let k = self.new_str(top)?;
                self.dict_get(mods, k)
            }
        }
    }

    /// `pyx -m name`: the code of module `name` (a package's `__main__`)
    /// and a fresh `__main__` namespace set up for it, to run at top level.
    pub fn main_module_code(&mut self, name: &str) -> PyResult<(Arc<CodeObject>, ObjRef)> {
        if !self.ensure_importer()? {
            return Err(self.exc_msg(self.t.module_not_found_error, format!("No module named '{name}'")));
        }
        let f = self.importer.as_ref().map(|s| s.main_code).unwrap_or(Value::None);
        let n = self.new_str(name)?;
        self.enter_native()?;
        let r = self.call(f, &[n]);
        self.leave_native();
        let pair = r?;
        let items = self.collect_iter(pair)?;
        let (code, ns) = match items.as_slice() {
            [c, Value::Obj(ns)] => (*c, *ns),
            _ => return Err(self.runtime_error("main_code() returned a bad value")),
        };
        match self.payload(code) {
            Some(Payload::Code(c)) => Ok((c.clone(), ns)),
            _ => Err(self.runtime_error("main_code() returned a bad value")),
        }
    }

    pub(crate) fn importer_import_from(&mut self, m: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let Some(f) = self.importer.as_ref().map(|s| s.import_from) else { return Ok(None) };
        self.enter_native()?;
        let r = self.call(f, &[m, Value::Obj(name)]);
        self.leave_native();
        r.map(Some)
    }

    pub(crate) fn importer_import_star(&mut self, m: Value, target: Value) -> PyResult<bool> {
        let Some(f) = self.importer.as_ref().map(|s| s.import_star) else { return Ok(false) };
        self.enter_native()?;
        let r = self.call(f, &[m, target]);
        self.leave_native();
        r.map(|_| true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn module_paths() {
        assert!(valid_module_path("json/__init__.py"));
        assert!(valid_module_path("a/b/c.py"));
        assert!(valid_module_path("pkg"));
        assert!(!valid_module_path("../etc/passwd"));
        assert!(!valid_module_path("/etc/passwd.py"));
        assert!(!valid_module_path("a//b.py"));
        assert!(!valid_module_path("a/./b.py"));
        assert!(!valid_module_path("a.b.py"));
        assert!(!valid_module_path(""));
        assert!(!valid_module_path("x.pyc"));
    }
}
