//! The door every native function and method goes through.
//!
//! A native is declared once, where it is registered: its Python name, how
//! CPython parses its arguments (a [`Decl`]: a style and the parameter
//! list of its `__text_signature__`), and the Rust function:
//!
//! ```text
//! add_methods(vm, vm.t.list, &[
//!     ("append", one("object"), list_append),
//!     ("insert", pos("index, object"), list_insert),
//!     ("sort", kw("*, key=None, reverse=False"), list_sort),
//! ]);
//! ```
//!
//! Before the function runs, [`Vm::call_native`] does in one place what
//! CPython spreads over its descriptor types and argument parsers:
//! - checks the receiver (`self` is an instance of the defining type;
//!   `cls` of a `__new__` is a subtype whose layout the type can build),
//! - binds positional and keyword arguments to the declared parameters
//!   and raises CPython's `TypeError` for a wrong count, an unknown or a
//!   duplicate keyword, or a missing argument — with CPython's wording for
//!   each parsing style, and never a Rust name,
//! - counts the call against the native nesting limit, with a check of
//!   the Rust stack as a backstop, so no chain of natives (`__repr__` that
//!   is `__str__`, a `__call__` that is the object itself) can overflow it.
//!
//! The function then reads its arguments with [`Args::arg`]: every
//! required parameter is present, and an optional one not given reads as
//! its declared default.

use hashbrown::HashMap;
use std::sync::{OnceLock, RwLock};

use crate::object::heap::ObjRef;
use crate::object::{NativeKind, Payload};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

/// How CPython parses a built-in's arguments; each style has its own
/// error messages.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Style {
    /// METH_NOARGS: "list.clear() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "list.append() takes exactly one argument (0 given)".
    O,
    /// Argument Clinic, positional-only: "insert expected 2 arguments, got 1".
    Positional,
    /// Argument Clinic or `PyArg_ParseTupleAndKeywords` with keywords:
    /// "split() takes at most 2 arguments (3 given)", "'x' is an invalid
    /// keyword argument for split()".
    Keywords,
    /// `PyArg_ParseTuple`, positional-only: "find() takes at least 1
    /// argument (0 given)".
    Parse,
    /// A slot wrapper (`list.__setitem__`): "expected 2 arguments, got 1".
    Slot,
    /// Argument Clinic's optional groups (`math.log(x, [base])`, parsed
    /// from the argument tuple): "math.log requires 1 to 2 arguments".
    Groups,
    /// `*args` and keyword-only parameters parsed from the keywords alone
    /// by `PyArg_ParseTupleAndKeywords` (`min`, `max`): "max expected at
    /// least 1 argument, got 0", "max() takes at most 2 keyword arguments
    /// (3 given)"; no `__text_signature__`.
    ArgsKw,
    /// Parses its own arguments (`dict.update`, `__build_class__`): the
    /// door checks only the receiver.
    Own,
    /// Parses its own arguments, where CPython checks them in an order no
    /// declaration says (`sorted` counts its positional arguments, builds
    /// the list, then parses the keywords as `list.sort`), yet shows a
    /// `__text_signature__`: these parameters.
    OwnSigned,
}

/// A native's declaration: its parsing style and its parameters, written
/// as in CPython's `__text_signature__` without the leading `$self`
/// (`"sep=None, maxsplit=-1"`, `"key, value, /"`, `"*, key=None"`).
#[derive(Clone, Copy, Debug)]
pub struct Decl {
    pub style: Style,
    pub params: &'static str,
}

/// METH_NOARGS.
pub const fn noargs() -> Decl {
    Decl { style: Style::NoArgs, params: "" }
}
/// METH_O: exactly one positional argument.
pub const fn one(param: &'static str) -> Decl {
    Decl { style: Style::O, params: param }
}
/// Positional-only parameters (Argument Clinic).
pub const fn pos(params: &'static str) -> Decl {
    Decl { style: Style::Positional, params }
}
/// Parameters that may be given by keyword.
pub const fn kw(params: &'static str) -> Decl {
    Decl { style: Style::Keywords, params }
}
/// Positional-only parameters parsed by `PyArg_ParseTuple`.
pub const fn parse(params: &'static str) -> Decl {
    Decl { style: Style::Parse, params }
}
/// A slot wrapper's positional-only parameters.
pub const fn slot(params: &'static str) -> Decl {
    Decl { style: Style::Slot, params }
}
/// Positional-only parameters in optional groups (`"x, [base=math.e]"`).
pub const fn groups(params: &'static str) -> Decl {
    Decl { style: Style::Groups, params }
}
/// `*args` then keyword-only parameters, as `min` and `max` parse them
/// (`"iterable, /, *args, key=None, default=<unrepresentable>"`).
pub const fn args_kw(params: &'static str) -> Decl {
    Decl { style: Style::ArgsKw, params }
}
/// The function parses its own arguments, and shows `params` as its
/// `__text_signature__`.
pub const fn own_signed(params: &'static str) -> Decl {
    Decl { style: Style::OwnSigned, params }
}
/// The function parses its own arguments.
pub const fn own() -> Decl {
    Decl { style: Style::Own, params: "*args, **kwargs" }
}

/// A native as registered: Python name, declaration, function.
pub type NativeDef = (&'static str, Decl, crate::interp::vm::NativeFn);

/// A native module, declared as one table: its name, its functions (each
/// a [`NativeDef`] going through the door), its constants, and what a
/// table cannot say (an exception class) as an `init` run last.
///
/// ```text
/// pub static MODULE: NativeModule = NativeModule {
///     name: "_heapq",
///     doc: Some("Heap queue algorithm ..."),
///     functions: &[("heappush", pos("heap, item"), push), ("heappop", one("heap"), pop)],
///     ..NativeModule::EMPTY
/// };
/// ```
///
/// List it in `importer::NATIVE_MODULES`; [`NativeModule::build`] makes the
/// module object when it is first imported. Every function it makes knows
/// its module: `__module__`, `__self__`, `help()` and argument errors
/// (`math.sqrt() takes exactly one argument (0 given)`) come from it.
pub struct NativeModule {
    pub name: &'static str,
    pub doc: Option<&'static str>,
    pub functions: &'static [NativeDef],
    pub constants: &'static [(&'static str, Const)],
    pub init: Option<fn(&mut Vm, ObjRef) -> PyResult<()>>,
}

/// A module constant.
#[derive(Clone, Copy, Debug)]
pub enum Const {
    Int(i64),
    Float(f64),
    Str(&'static str),
}

impl NativeModule {
    /// A module with nothing in it, to fill with `..NativeModule::EMPTY`.
    pub const EMPTY: NativeModule = NativeModule { name: "", doc: None, functions: &[], constants: &[], init: None };

    /// The module object, with its functions, constants and `init`'s
    /// additions.
    pub fn build(&self, vm: &mut Vm) -> PyResult<ObjRef> {
        let m = crate::builtins::types::function::new_module(vm, self.name)?;
        let Some(d) = vm.heap.get(m).dict else { return Ok(m) };
        if let Some(doc) = self.doc {
            let v = vm.new_str(doc)?;
            vm.dict_set(d, Value::Obj(vm.n.__doc__), v)?;
        }
        add_functions(vm, self.name, Some(m), d, self.functions)?;
        for &(name, c) in self.constants {
            let v = match c {
                Const::Int(i) => Value::Int(i),
                Const::Float(f) => Value::Float(f),
                Const::Str(s) => vm.new_str(s)?,
            };
            let k = vm.intern(name);
            vm.dict_set(d, Value::Obj(k), v)?;
        }
        if let Some(init) = self.init {
            init(vm, m)?;
        }
        Ok(m)
    }
}

/// Put the functions `funcs` of module `module` (named; `module_obj` is
/// their `__self__` when there is one) into the namespace `dict`.
pub fn add_functions(vm: &mut Vm, module: &'static str, module_obj: Option<ObjRef>, dict: ObjRef, funcs: &[NativeDef]) -> PyResult<()> {
    for &(name, decl, f) in funcs {
        let r = crate::interp::typesys::new_module_function(vm, module, module_obj, name, decl, f)?;
        let k = vm.intern(name);
        vm.dict_set(dict, Value::Obj(k), Value::Obj(r))?;
    }
    Ok(())
}

/// What an optional parameter holds when not given.
#[derive(Clone, Copy, Debug)]
pub enum Default {
    Required,
    /// A constant default (`None`, `True`, `-1`).
    Value(Value),
    /// Not given and no constant default (`<unrepresentable>`, `' '`): the
    /// function sees it missing.
    Absent,
}

#[derive(Debug)]
pub struct Param {
    pub name: &'static str,
    pub default: Default,
}

/// A parsed [`Decl`], made once per process and shared by every
/// interpreter.
#[derive(Debug)]
pub struct Sig {
    pub style: Style,
    pub params: Vec<Param>,
    /// `params[..posonly]` cannot be given by keyword.
    pub posonly: usize,
    /// `params[..positional]` can be given by position; the rest are
    /// keyword-only.
    pub positional: usize,
    /// Arguments needed by position (the leading required parameters).
    pub min_positional: usize,
    pub varargs: bool,
    pub varkw: bool,
    /// The declaration as written, for `__text_signature__`.
    pub text: &'static str,
    /// Positional counts (self not counted) that a call without keywords
    /// may pass through the door as they are: binding them would check
    /// nothing more and change nothing (missing optional parameters are
    /// read from their defaults by [`Args`]). Empty (`lo > hi`) when every
    /// call must be bound.
    pub direct: (usize, usize),
}

impl Sig {
    fn parse(decl: Decl) -> Sig {
        let mut sig = Sig {
            style: decl.style,
            params: Vec::new(),
            posonly: 0,
            positional: usize::MAX,
            min_positional: 0,
            varargs: false,
            varkw: false,
            text: decl.params,
            direct: (1, 0),
        };
        for item in split_params(decl.params) {
            if item == "/" {
                sig.posonly = sig.params.len();
            } else if item == "*" {
                sig.positional = sig.params.len();
            } else if let Some(name) = item.strip_prefix("**") {
                let _ = name;
                sig.varkw = true;
            } else if let Some(name) = item.strip_prefix('*') {
                let _ = name;
                sig.varargs = true;
                sig.positional = sig.params.len();
            } else if let Some(group) = item.strip_prefix('[').and_then(|g| g.strip_suffix(']')) {
                let name = group.split_once('=').map_or(group, |(n, _)| n).trim();
                sig.params.push(Param { name, default: Default::Absent });
            } else {
                let (name, default) = match item.split_once('=') {
                    Some((n, d)) => (n.trim(), parse_default(d.trim())),
                    None => (item, Default::Required),
                };
                sig.params.push(Param { name, default });
            }
        }
        if sig.positional == usize::MAX {
            sig.positional = sig.params.len();
        }
        if !matches!(decl.style, Style::Keywords | Style::ArgsKw | Style::Own | Style::OwnSigned) {
            sig.posonly = sig.params.len();
            sig.positional = sig.params.len();
        }
        sig.min_positional =
            sig.params[..sig.positional].iter().take_while(|p| matches!(p.default, Default::Required)).count();
        sig.direct = sig.direct_range();
        sig
    }

    /// [`Sig::direct`], from what `bind_native_args` accepts unchanged
    /// when no keyword is given.
    fn direct_range(&self) -> (usize, usize) {
        let hi = if self.varargs { usize::MAX } else { self.len() };
        match self.style {
            Style::Own | Style::OwnSigned => (0, usize::MAX),
            Style::NoArgs => (0, 0),
            Style::O => (1, 1),
            Style::Positional | Style::Parse | Style::Slot | Style::Groups => (self.min_positional, hi),
            // `bind_keywords` without keywords: at most the positional
            // parameters, and none left unfilled that is required (a
            // required keyword-only one can never be direct).
            Style::Keywords if !self.varargs => {
                let lo = self.params.iter().rposition(|p| matches!(p.default, Default::Required)).map_or(0, |i| i + 1);
                if lo <= self.positional {
                    (lo, self.positional)
                } else {
                    (1, 0)
                }
            }
            Style::Keywords | Style::ArgsKw => (1, 0),
        }
    }

    /// The parsed form of `decl`, cached for the process.
    pub fn of(decl: Decl) -> &'static Sig {
        type Key = (usize, usize, Style);
        // hashbrown's default hasher: the key is two addresses, and SipHash here
        // was a tenth of an interpreter's start-up (one look-up per native).
        static CACHE: OnceLock<RwLock<HashMap<Key, &'static Sig>>> = OnceLock::new();
        let key = (decl.params.as_ptr() as usize, decl.params.len(), decl.style);
        let cache = CACHE.get_or_init(|| RwLock::new(HashMap::new()));
        if let Some(s) = cache.read().ok().and_then(|m| m.get(&key).copied()) {
            return s;
        }
        let sig: &'static Sig = Box::leak(Box::new(Sig::parse(decl)));
        if let Ok(mut m) = cache.write() {
            return m.entry(key).or_insert(sig);
        }
        sig
    }

    /// The named parameters' count.
    #[inline]
    pub fn len(&self) -> usize {
        self.params.len()
    }

    /// `__text_signature__` for a native of `kind`.
    pub fn text_signature(&self, kind: NativeKind) -> Option<String> {
        if matches!(self.style, Style::Own | Style::Parse | Style::Groups | Style::ArgsKw) {
            return None;
        }
        let first = match kind {
            NativeKind::Method => "$self",
            NativeKind::ClassMethod => "$type",
            NativeKind::Function => "$module",
            NativeKind::StaticMethod => "",
        };
        let mut parts: Vec<&str> = Vec::new();
        if !first.is_empty() {
            parts.push(first);
        }
        if matches!(self.style, Style::Keywords | Style::OwnSigned) {
            // Self (or the module) is positional-only: CPython marks it
            // unless the list has its own `/`.
            if !first.is_empty() && !split_params(self.text).contains(&"/") {
                parts.push("/");
            }
            parts.extend(split_params(self.text));
        } else {
            // Positional-only: `/` after the named parameters, before a
            // `*args` (`($module, *integers)` has none).
            let items = split_params(self.text);
            let named = items.iter().take_while(|p| !p.starts_with('*')).count();
            parts.extend(&items[..named]);
            if named > 0 || (items.is_empty() && !first.is_empty()) {
                parts.push("/");
            }
            parts.extend(&items[named..]);
        }
        let mut s = String::from("(");
        s.push_str(&parts.join(", "));
        s.push(')');
        Some(s)
    }
}

/// Split a parameter list on top-level commas (defaults may be quoted).
fn split_params(s: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let (mut start, mut quote, mut depth) = (0usize, None::<u8>, 0i32);
    for (i, &b) in s.as_bytes().iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'\'' | b'"') => quote = Some(b),
            (None, b'(' | b'[' | b'<') => depth += 1,
            (None, b')' | b']' | b'>') => depth -= 1,
            (None, b',') if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = s[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    out.retain(|p| !p.is_empty());
    out
}

fn parse_default(d: &str) -> Default {
    match d {
        "None" => Default::Value(Value::None),
        "True" => Default::Value(Value::Bool(true)),
        "False" => Default::Value(Value::Bool(false)),
        "sys.maxsize" => Default::Value(Value::Int(i64::MAX)),
        _ => match d.parse::<i64>() {
            Ok(i) => Default::Value(Value::Int(i)),
            Err(_) => Default::Absent,
        },
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// Arguments gathered for a call: inline for the usual few.
enum ArgBuf {
    Inline([Value; 8], usize),
    Heap(Vec<Value>),
}

impl ArgBuf {
    fn with_capacity(n: usize) -> ArgBuf {
        if n <= 8 {
            ArgBuf::Inline([Value::Null; 8], 0)
        } else {
            ArgBuf::Heap(Vec::with_capacity(n))
        }
    }
    #[inline]
    fn push(&mut self, v: Value) {
        match self {
            ArgBuf::Inline(a, n) if *n < 8 => {
                a[*n] = v;
                *n += 1;
            }
            ArgBuf::Inline(a, n) => {
                let mut vec = a[..*n].to_vec();
                vec.push(v);
                *self = ArgBuf::Heap(vec);
            }
            ArgBuf::Heap(v2) => v2.push(v),
        }
    }
    fn extend(&mut self, vs: &[Value]) {
        for &v in vs {
            self.push(v);
        }
    }
    fn as_slice(&self) -> &[Value] {
        match self {
            ArgBuf::Inline(a, n) => &a[..*n],
            ArgBuf::Heap(v) => v,
        }
    }
}

/// Stack the door keeps free for the native it calls and what that native
/// does before its next door: a RecursionError is raised below it.
const STACK_RESERVE: usize = 256 * 1024;

impl Vm {
    /// Call native `func` with `args` (its self or class first when it
    /// has one and it is not bound) and keywords `kw`: the door.
    pub fn call_native(&mut self, func: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let Payload::Native(nd) = &self.heap.get(func).payload else {
            return Err(self.type_error("object is not callable"));
        };
        let (f, kind, bound, sig, name, owner) = (nd.f, nd.kind, nd.bound, nd.sig, nd.name, nd.owner);
        // A rooted caller's mark (`Vm::call_rooted`) never reaches through
        // a native, which may hold objects in Rust locals.
        self.rooted_mark = None;
        let nself = usize::from(matches!(kind, NativeKind::Method | NativeKind::ClassMethod));
        // Fastest path: nothing bound and no keywords, so the caller's
        // slice is the argument list as it is (no copy into an `ArgBuf`)
        // when binding would leave it unchanged (`Sig::direct`). The same
        // checks as below, in the same order.
        let mut receiver_checked = false;
        if bound.is_null() && kw.is_empty() {
            if kind != NativeKind::Function {
                // A method called on an instance of exactly its own type
                // (`lst.append(x)`, `len`-like slot calls) needs no more.
                let exact = kind == NativeKind::Method
                    && matches!((owner, args.first()), (Some(o), Some(&v)) if self.type_of(v) == o);
                if !exact {
                    self.check_receiver(func, args)?;
                }
                receiver_checked = true;
            }
            let given = args.len().saturating_sub(nself);
            if sig.direct.0 <= given && given <= sig.direct.1 {
                self.enter_door()?;
                let res = f(self, Args::with_sig(args, &[], sig, nself, name));
                self.door_depth -= 1;
                if self.heap.dirty {
                    self.native_returned_dirty();
                }
                return res;
            }
        }
        // Fast path: an unbound function or an already checked receiver,
        // positional arguments matching the parameters exactly.
        let mut full = ArgBuf::with_capacity(args.len() + 1);
        if !bound.is_null() {
            full.push(bound);
        }
        full.extend(args);
        if kind != NativeKind::Function && !receiver_checked {
            self.check_receiver(func, full.as_slice())?;
        }
        let given = full.as_slice().len().saturating_sub(nself);
        let plain = kw.is_empty() && !sig.varargs && given == sig.len() && sig.positional == sig.len();
        let (bound_args, extra_kw): (ArgBuf, &[(Value, Value)]) = if plain || matches!(sig.style, Style::Own | Style::OwnSigned) {
            (full, kw)
        } else {
            let b = self.bind_native_args(func, sig, full, nself, kw)?;
            (b, if sig.varkw { kw } else { &[] })
        };
        self.enter_door()?;
        let extra_kw = if sig.varkw && !matches!(sig.style, Style::Own | Style::OwnSigned) { self.leftover_kw(sig, extra_kw) } else { Ok(extra_kw.to_vec()) };
        let res = match extra_kw {
            Ok(k) => f(self, Args::with_sig(bound_args.as_slice(), &k, sig, nself, name)),
            Err(e) => Err(e),
        };
        self.door_depth -= 1;
        if self.heap.dirty {
            self.native_returned_dirty();
        }
        res
    }

    /// Count one more native in progress; too many, or too little Rust
    /// stack left, is a RecursionError.
    #[inline]
    pub(crate) fn enter_door(&mut self) -> PyResult<()> {
        if self.door_depth >= self.limits.max_recursion.saturating_add(50) || stack_low() {
            return Err(self.recursion_error());
        }
        self.door_depth += 1;
        Ok(())
    }

    /// Keywords a `**kwargs` native receives: those not bound to a named
    /// parameter.
    fn leftover_kw(&self, sig: &Sig, kw: &[(Value, Value)]) -> PyResult<Vec<(Value, Value)>> {
        Ok(kw
            .iter()
            .filter(|(k, _)| {
                let name = self.str_of(*k).unwrap_or("");
                !sig.params[sig.posonly..].iter().any(|p| p.name == name)
            })
            .copied()
            .collect())
    }

    /// The receiver of a method, the class of a class method or of a
    /// `__new__`: CPython's descriptor checks.
    fn check_receiver(&mut self, func: ObjRef, full: &[Value]) -> PyResult<()> {
        let Payload::Native(nd) = &self.heap.get(func).payload else { return Ok(()) };
        let (name, kind, style, owner) = (nd.name, nd.kind, nd.sig.style, nd.owner);
        let Some(owner) = owner else { return Ok(()) };
        // The common case, a receiver of the right type, is decided before
        // the owner's name is copied out for the error messages.
        match (kind, full.first()) {
            (NativeKind::Function, _) | (NativeKind::StaticMethod, _) if name != "__new__" => return Ok(()),
            (NativeKind::Method, Some(&slf)) if owner == self.t.object || self.isinstance_exact_or_sub(slf, owner) => return Ok(()),
            (NativeKind::ClassMethod, Some(&Value::Obj(c))) if self.is_type(Value::Obj(c)) && self.is_subtype(c, owner) => return Ok(()),
            // `T.__new__(S)` that builds S's instances: decided before any
            // name is copied out (every `set(...)`, `tuple(...)` call of a
            // built-in type comes here; it cost ~500 instructions a call).
            (NativeKind::StaticMethod, Some(&Value::Obj(c))) if self.new_class_ok(func, owner, c) => return Ok(()),
            _ => {}
        }
        // CPython's dunder methods of built-in types are slot wrappers,
        // whose checks word their errors differently.
        let style = if style == Style::Own && name.starts_with("__") && name.ends_with("__") { Style::Slot } else { style };
        let owner_name = self.type_name_of_type(owner).to_string();
        match kind {
            NativeKind::Function => Ok(()),
            NativeKind::Method => {
                let Some(&slf) = full.first() else {
                    return Err(self.type_error(if style == Style::Slot {
                        format!("descriptor '{}' of '{}' object needs an argument", name, owner_name)
                    } else {
                        // The method's qualified name: a dotted type name
                        // (`array.array`) without its module.
                        format!("unbound method {}.{}() needs an argument", owner_name.rsplit('.').next().unwrap_or(""), name)
                    }));
                };
                if owner == self.t.object || self.isinstance_exact_or_sub(slf, owner) {
                    return Ok(());
                }
                let got = self.type_name(slf);
                Err(self.type_error(if style == Style::Slot {
                    format!("descriptor '{}' requires a '{}' object but received a '{}'", name, owner_name, got)
                } else {
                    format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, owner_name, got)
                }))
            }
            NativeKind::ClassMethod => {
                let Some(&cls) = full.first() else {
                    return Err(self.type_error(format!("descriptor '{}' of '{}' object needs an argument", name, owner_name)));
                };
                match cls {
                    Value::Obj(c) if self.is_type(cls) => {
                        if self.is_subtype(c, owner) {
                            Ok(())
                        } else {
                            let got = self.type_name_of_type(c).to_string();
                            Err(self.type_error(format!("descriptor '{}' for type '{}' doesn't apply to type '{}'", name, owner_name, got)))
                        }
                    }
                    _ => {
                        let got = self.type_name(cls);
                        Err(self.type_error(format!("descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2", name, owner_name, got)))
                    }
                }
            }
            NativeKind::StaticMethod if name == "__new__" => self.check_new_class(func, owner, &owner_name, full),
            NativeKind::StaticMethod => Ok(()),
        }
    }

    /// The common case of `check_new_class`: S is a type, a subtype of T,
    /// and the first native `__new__` along its MRO, with no Python-level
    /// one before it, is `func`. `false` leaves it to the full check (which
    /// words the errors).
    fn new_class_ok(&self, func: ObjRef, owner: ObjRef, c: ObjRef) -> bool {
        if !self.is_type(Value::Obj(c)) || !self.is_subtype(c, owner) {
            return false;
        }
        let me = match &self.heap.get(func).payload {
            Payload::Native(nd) => nd.f as usize,
            _ => return false,
        };
        let new_name = self.n.__new__;
        let mro = &self.type_data(c).mro;
        for &t in mro.iter() {
            match crate::interp::typesys::own_attr(self, t, new_name).and_then(|v| self.payload(v)) {
                Some(Payload::Native(nd)) => return nd.f as usize == me,
                // A Python-level `__new__` before it: as the full check.
                Some(_) | None => {}
            }
        }
        true
    }

    /// `T.__new__(S, ...)`: S must be a type, a subtype of T, and one whose
    /// instances T's `__new__` builds (CPython's `tp_new_wrapper`).
    fn check_new_class(&mut self, func: ObjRef, owner: ObjRef, owner_name: &str, full: &[Value]) -> PyResult<()> {
        let Some(&cls) = full.first() else {
            return Err(self.type_error(format!("{}.__new__(): not enough arguments", owner_name)));
        };
        let Value::Obj(c) = cls else {
            let got = self.type_name(cls);
            return Err(self.type_error(format!("{}.__new__(X): X is not a type object ({})", owner_name, got)));
        };
        if !self.is_type(cls) {
            let got = self.type_name(cls);
            return Err(self.type_error(format!("{}.__new__(X): X is not a type object ({})", owner_name, got)));
        }
        if !self.is_subtype(c, owner) {
            let cname = self.type_name_of_type(c).to_string();
            return Err(self.type_error(format!("{}.__new__({}): {} is not a subtype of {}", owner_name, cname, cname, owner_name)));
        }
        match self.first_native_new(func, c) {
            None => Ok(()),
            Some(base) => {
                let cname = self.type_name_of_type(c).to_string();
                let base = self.type_name_of_type(base).to_string();
                Err(self.type_error(format!("{}.__new__({}) is not safe, use {}.__new__()", owner_name, cname, base)))
            }
        }
    }

    /// The first native `__new__` along S's MRO must be `func`: a type
    /// whose instances need another layout has its own. `None` when it
    /// is (or there is none), else the type to name in the error: the
    /// first from which the walk meets no Python-level `__new__` before
    /// the native one. Reads the MRO in place (no copy, no names): a
    /// subclass of a built-in calls this at every instance.
    fn first_native_new(&self, func: ObjRef, c: ObjRef) -> Option<ObjRef> {
        let me = match &self.heap.get(func).payload {
            Payload::Native(nd) => nd.f as usize,
            _ => 0,
        };
        let new_name = self.n.__new__;
        let Payload::Type(td) = &self.heap.get(c).payload else { return None };
        let mut candidate: Option<ObjRef> = None;
        for &t in td.mro.iter() {
            match crate::interp::typesys::own_attr(self, t, new_name).and_then(|v| self.payload(v)) {
                Some(Payload::Native(nd)) => {
                    return if nd.f as usize == me { None } else { Some(candidate.unwrap_or(t)) };
                }
                Some(_) => candidate = None,
                None => {
                    candidate.get_or_insert(t);
                }
            }
        }
        None
    }

    /// Bind positional and keyword arguments to `sig`'s parameters; the
    /// result holds self (if any), then the named parameters up to the
    /// last one given (defaults filled in before it), then extra
    /// positional arguments for `*args`.
    fn bind_native_args(&mut self, func: ObjRef, sig: &Sig, full: ArgBuf, nself: usize, kw: &[(Value, Value)]) -> PyResult<ArgBuf> {
        let npos = full.as_slice().len() - nself;
        let nkw = kw.len();
        match sig.style {
            Style::NoArgs | Style::O => {
                if nkw > 0 {
                    return Err(self.arg_error(func, sig, |q, _| format!("{}() takes no keyword arguments", q)));
                }
                let want = usize::from(sig.style == Style::O);
                if npos != want {
                    return Err(self.arg_error(func, sig, |q, _| {
                        if want == 0 {
                            format!("{}() takes no arguments ({} given)", q, npos)
                        } else {
                            format!("{}() takes exactly one argument ({} given)", q, npos)
                        }
                    }));
                }
                Ok(full)
            }
            Style::Positional | Style::Parse | Style::Slot | Style::Groups => {
                if nkw > 0 {
                    // Argument Clinic's positional-only natives check
                    // keywords with the qualified name; those parsing an
                    // argument tuple (METH_VARARGS) use it only when called
                    // through the type's descriptor (`''.find(x=1)` is
                    // `str.find()`, `f = ''.find; f(x=1)` is `find()`).
                    let via_descriptor = matches!(&self.heap.get(func).payload,
                        Payload::Native(nd) if nd.kind != NativeKind::Function && nd.bound.is_null());
                    return Err(self.arg_error(func, sig, |q, n| match sig.style {
                        Style::Slot => format!("wrapper {}() takes no keyword arguments", n),
                        Style::Positional => format!("{}() takes no keyword arguments", q),
                        _ if via_descriptor => format!("{}() takes no keyword arguments", q),
                        _ => format!("{}() takes no keyword arguments", n),
                    }));
                }
                let (lo, hi) = (sig.min_positional, if sig.varargs { usize::MAX } else { sig.len() });
                if npos < lo || npos > hi {
                    return Err(self.arg_error(func, sig, |q, n| {
                        let (how, k) = if lo == hi {
                            ("", lo)
                        } else if npos < lo {
                            ("at least ", lo)
                        } else {
                            ("at most ", hi)
                        };
                        match sig.style {
                            Style::Positional => format!("{} expected {}{} {}, got {}", n, how, k, plural(k), npos),
                            // Binary slots check with `check_num_args`; those of
                            // two or more arguments unpack with an empty name,
                            // hence CPython's leading space.
                            Style::Slot if hi >= 2 => format!(" expected {}{} {}, got {}", how, k, plural(k), npos),
                            Style::Slot => format!("expected {}{} {}, got {}", how, k, plural(k), npos),
                            Style::Groups => format!("{} requires {} to {} arguments", q, lo, hi),
                            _ => {
                                let how = if how.is_empty() { "exactly " } else { how };
                                format!("{}() takes {}{} {} ({} given)", n, how, k, plural(k), npos)
                            }
                        }
                    }));
                }
                Ok(full)
            }
            Style::Own | Style::OwnSigned => Ok(full),
            Style::Keywords | Style::ArgsKw => self.bind_keywords(func, sig, full, nself, kw),
        }
    }

    /// Bind arguments as Argument Clinic's `_PyArg_UnpackKeywords` (and
    /// `PyArg_ParseTupleAndKeywords`) do, with their checks in their order:
    /// too many in all, too many or too few by position, each parameter
    /// given or defaulted, then keywords that match none.
    fn bind_keywords(&mut self, func: ObjRef, sig: &Sig, full: ArgBuf, nself: usize, kw: &[(Value, Value)]) -> PyResult<ArgBuf> {
        if sig.varargs {
            return self.bind_varargs_keywords(func, sig, full, nself, kw);
        }
        let args = full.as_slice();
        let npos = args.len() - nself;
        let nparams = sig.len();
        let total = npos + kw.len();
        if !sig.varkw && total > nparams {
            return Err(self.arg_error(func, sig, |_, n| {
                let what = if npos == 0 { "keyword " } else { "" };
                format!("{}() takes at most {} {}{} ({} given)", n, nparams, what, plural(nparams), total)
            }));
        }
        if npos > sig.positional {
            return Err(self.arg_error(func, sig, |_, n| {
                if sig.positional == 0 {
                    format!("{}() takes no positional arguments", n)
                } else {
                    let how = if sig.min_positional < sig.positional { "at most" } else { "exactly" };
                    format!("{}() takes {} {} positional {} ({} given)", n, how, sig.positional, plural(sig.positional), npos)
                }
            }));
        }
        let required_posonly = sig.params[..sig.posonly].iter().filter(|p| matches!(p.default, Default::Required)).count();
        if npos < required_posonly {
            return Err(self.arg_error(func, sig, |_, n| {
                let how = if required_posonly < sig.positional { "at least" } else { "exactly" };
                format!("{}() takes {} {} positional {} ({} given)", n, how, required_posonly, plural(required_posonly), npos)
            }));
        }
        let mut slots: Vec<Value> = vec![Value::Null; nparams];
        slots[..npos].copy_from_slice(&args[nself..nself + npos]);
        let mut last = npos;
        let mut unused = kw.len();
        for (i, p) in sig.params.iter().enumerate().skip(npos.max(sig.posonly)) {
            let found = kw.iter().find(|(k, _)| self.str_of(*k) == Some(p.name));
            if let Some(&(_, v)) = found {
                slots[i] = v;
                last = i + 1;
                unused -= 1;
            } else if matches!(p.default, Default::Required) {
                let pname = p.name;
                return Err(self.arg_error(func, sig, |_, n| {
                    if i < sig.positional {
                        format!("{}() missing required argument '{}' (pos {})", n, pname, i + 1)
                    } else {
                        format!("{}() missing required keyword-only argument '{}'", n, pname)
                    }
                }));
            }
        }
        if unused > 0 && !sig.varkw {
            let bound_by_name = |vm: &Vm, k: Value| sig.params[npos.max(sig.posonly)..].iter().any(|p| vm.str_of(k) == Some(p.name));
            for &(k, _) in kw {
                if bound_by_name(self, k) {
                    continue;
                }
                let key = self.str_of(k).unwrap_or("").to_string();
                // Only a parameter that can be given by name was also
                // given by position (none when fewer than the
                // positional-only ones came).
                let by_position = sig.params.get(sig.posonly..npos).unwrap_or(&[]);
                let at = by_position.iter().position(|p| p.name == key);
                return Err(self.arg_error(func, sig, |_, n| match at {
                    Some(i) => format!("argument for {}() given by name ('{}') and position ({})", n, key, sig.posonly + i + 1),
                    None => format!("'{}' is an invalid keyword argument for {}()", key, n),
                }));
            }
        }
        for (i, p) in sig.params.iter().enumerate().take(last) {
            if let (true, Default::Value(d)) = (slots[i].is_null(), p.default) {
                slots[i] = d;
            }
        }
        let mut out = ArgBuf::with_capacity(nself + last);
        out.extend(&args[..nself]);
        out.extend(&slots[..last]);
        Ok(out)
    }

    /// Bind `*args` and keyword-only parameters (`print(*args, sep=' ',
    /// ...)`, `max(iterable, /, *args, key=None, ...)`): the result holds
    /// self (if any), the named positional parameters (missing optional
    /// ones as `Null`), the keyword-only ones (`Null` when not given and
    /// without a constant default), then the extra positional arguments
    /// ([`Args::varargs`]).
    fn bind_varargs_keywords(&mut self, func: ObjRef, sig: &Sig, full: ArgBuf, nself: usize, kw: &[(Value, Value)]) -> PyResult<ArgBuf> {
        let args = full.as_slice();
        let npos = args.len() - nself;
        if npos < sig.min_positional {
            let k = sig.min_positional;
            return Err(self.arg_error(func, sig, |_, n| format!("{} expected at least {} {}, got {}", n, k, plural(k), npos)));
        }
        let kwonly = &sig.params[sig.positional..];
        if sig.style == Style::ArgsKw && !sig.varkw && kw.len() > kwonly.len() {
            let k = kwonly.len();
            return Err(self.arg_error(func, sig, |_, n| format!("{}() takes at most {} keyword {} ({} given)", n, k, plural(k), kw.len())));
        }
        if !sig.varkw {
            for &(k, _) in kw {
                let name = self.str_of(k);
                if !kwonly.iter().any(|p| Some(p.name) == name) {
                    let key = name.unwrap_or("").to_string();
                    return Err(self.arg_error(func, sig, |_, n| format!("'{}' is an invalid keyword argument for {}()", key, n)));
                }
            }
        }
        let mut out = ArgBuf::with_capacity(args.len() + kwonly.len() + sig.positional);
        let named = sig.positional.min(npos);
        out.extend(&args[..nself + named]);
        for _ in named..sig.positional {
            out.push(Value::Null);
        }
        for p in kwonly {
            let found = kw.iter().find(|(k, _)| self.str_of(*k) == Some(p.name)).map(|&(_, v)| v);
            let v = match (found, p.default) {
                (Some(v), _) => v,
                (None, Default::Value(d)) => d,
                (None, Default::Absent) => Value::Null,
                (None, Default::Required) => {
                    let pname = p.name;
                    return Err(self.arg_error(func, sig, |_, n| format!("{}() missing required keyword-only argument '{}'", n, pname)));
                }
            };
            out.push(v);
        }
        out.extend(&args[nself + named..]);
        Ok(out)
    }

    /// A TypeError about `func`'s arguments: `msg(qualified, plain)`
    /// names it as CPython does (`list.clear` / `clear`).
    #[cold]
    fn arg_error(&mut self, func: ObjRef, _sig: &Sig, msg: impl FnOnce(&str, &str) -> String) -> Unwind {
        let (qual, name) = match &self.heap.get(func).payload {
            Payload::Native(nd) => (qualified_name(self, nd), nd.name),
            _ => ("?".to_string(), "?"),
        };
        let m = msg(&qual, name);
        self.type_error(m)
    }
}

/// A native's name as CPython's `_PyObject_FunctionStr` gives it: a
/// function of a module other than `builtins` as `module.name`, a method
/// as `Type.name`, anything else by its name alone.
pub(crate) fn qualified_name(vm: &Vm, nd: &crate::object::NativeData) -> String {
    match (nd.kind, nd.owner) {
        (NativeKind::Function, _) if !matches!(nd.module, "" | "builtins") => format!("{}.{}", nd.module, nd.name),
        (NativeKind::Function, _) | (_, None) => nd.name.to_string(),
        // The type's `__qualname__`: a dotted `tp_name` (`array.array`)
        // without its module.
        (_, Some(t)) => format!("{}.{}", vm.type_name_of_type(t).rsplit('.').next().unwrap_or(""), nd.name),
    }
}

impl<'a> Args<'a> {
    /// The extra positional arguments of a native declared with `*args`
    /// (after self and every named parameter).
    pub fn varargs(&self) -> &'a [Value] {
        let named = self.sig.map_or(0, |s| s.len());
        self.pos.get(usize::from(self.nself) + named..).unwrap_or(&[])
    }

    /// Argument `i` (self is 0 for a method) is not what the native takes:
    /// Argument Clinic's `TypeError`, "heappush() argument 1 must be list,
    /// not None", naming the argument as CPython does (`argument` for a
    /// native of one argument, `argument 2` for a positional-only one,
    /// `argument 'name'` for one that can be given by keyword).
    #[cold]
    pub fn wrong_type(&self, vm: &mut Vm, i: usize, expected: &str) -> Unwind {
        let got = match self.get(i) {
            Some(Value::None) | None => "None".to_string(),
            Some(v) => vm.type_name(v).to_string(),
        };
        let at = i.saturating_sub(usize::from(self.nself));
        let which = match self.sig {
            Some(sig) if sig.style == Style::O => "argument".to_string(),
            Some(sig) if at >= sig.posonly => match sig.params.get(at) {
                Some(p) => format!("argument '{}'", p.name),
                None => format!("argument {}", at + 1),
            },
            _ => format!("argument {}", at + 1),
        };
        vm.type_error(format!("{}() {} must be {}, not {}", self.name, which, expected, got))
    }
}

/// Whether less than [`STACK_RESERVE`] of the Rust stack is left.
#[inline]
pub(crate) fn stack_low() -> bool {
    match stacker::remaining_stack() {
        Some(left) => left < STACK_RESERVE,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_text_signatures() {
        let s = Sig::of(kw("sep=None, maxsplit=-1"));
        assert_eq!(s.len(), 2);
        assert_eq!(s.positional, 2);
        assert_eq!(s.posonly, 0);
        assert_eq!(s.min_positional, 0);
        let s = Sig::of(kw("bytes, byteorder='big', *, signed=False"));
        assert_eq!((s.positional, s.min_positional), (2, 1));
        assert!(matches!(s.params[1].default, Default::Absent));
        let s = Sig::of(pos("index, object"));
        assert_eq!((s.posonly, s.min_positional), (2, 2));
        let s = Sig::of(kw("*, key=None, reverse=False"));
        assert_eq!((s.positional, s.len()), (0, 2));
        let s = Sig::of(kw("iterable, /, *args, key=None"));
        assert!(s.varargs);
        assert_eq!((s.posonly, s.positional), (1, 1));
    }

    #[test]
    fn text_signature_adds_self_and_slash() {
        assert_eq!(Sig::of(pos("index, object")).text_signature(NativeKind::Method).as_deref(), Some("($self, index, object, /)"));
        assert_eq!(Sig::of(noargs()).text_signature(NativeKind::Method).as_deref(), Some("($self, /)"));
        assert_eq!(Sig::of(kw("*, key=None, reverse=False")).text_signature(NativeKind::Method).as_deref(), Some("($self, /, *, key=None, reverse=False)"));
        assert_eq!(Sig::of(one("obj")).text_signature(NativeKind::Function).as_deref(), Some("($module, obj, /)"));
        assert_eq!(Sig::of(pos("*integers")).text_signature(NativeKind::Function).as_deref(), Some("($module, *integers)"));
        assert_eq!(Sig::of(pos("x, *rest")).text_signature(NativeKind::Function).as_deref(), Some("($module, x, /, *rest)"));
        assert_eq!(Sig::of(groups("x, [base=math.e]")).text_signature(NativeKind::Function), None);
        assert_eq!(Sig::of(parse("sub, start=None, end=None")).text_signature(NativeKind::Method), None);
    }
}
