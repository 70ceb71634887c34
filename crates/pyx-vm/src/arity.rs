//! CPython's argument-count contracts of built-in methods and functions.
//!
//! Native functions take a slice of arguments and used to ignore extra
//! ones or treat missing ones as None; CPython rejects a wrong count
//! before the call, with a message that depends on how the function
//! parses its arguments. Each native records its [`Arity`] (looked up in
//! [`ARITY`] when it is installed) and the call paths check it, so one
//! table gives every method CPython's behaviour.

use std::collections::HashMap;

use crate::heap::ObjRef;
use crate::object::{NativeKind, Payload};
use crate::vm::{Unwind, Vm};

/// How a built-in parses its positional arguments (self excluded).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arity {
    /// Not checked here: the function checks its own arguments.
    Any,
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (2 given)".
    One,
    /// Positional-only Argument Clinic (min, max; 255 = unbounded):
    /// "insert expected 2 arguments, got 1".
    Clinic(u8, u8),
    /// PyArg_ParseTuple or keyword parsing (min, max over positional plus
    /// keyword arguments): "find() takes at least 1 argument (0 given)".
    Parse(u8, u8),
}

const UNBOUNDED: u8 = u8::MAX;

impl Arity {
    /// Whether `npos` positional and `nkw` keyword arguments are accepted.
    #[inline]
    pub fn accepts(self, npos: usize, nkw: usize) -> bool {
        let within = |n: usize, lo: u8, hi: u8| n >= lo as usize && (hi == UNBOUNDED || n <= hi as usize);
        match self {
            Arity::Any => true,
            Arity::NoArgs => npos == 0 && nkw == 0,
            Arity::One => npos == 1 && nkw == 0,
            Arity::Clinic(lo, hi) => within(npos, lo, hi),
            Arity::Parse(lo, hi) => within(npos + nkw, lo, hi),
        }
    }
}

/// The contract of `owner.name` (`owner` "" for a builtins function).
/// Every native registered at interpreter start-up asks, so the table is
/// indexed once per process: by owner, then by name.
pub fn lookup(owner: &str, name: &str) -> Arity {
    type ByName = HashMap<&'static str, Arity, Fnv>;
    static INDEX: std::sync::OnceLock<HashMap<&'static str, ByName, Fnv>> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut m: HashMap<&'static str, ByName, Fnv> = HashMap::default();
        for &(t, n, a) in ARITY {
            m.entry(t).or_default().insert(n, a);
        }
        m
    });
    index.get(owner).and_then(|by| by.get(name)).copied().unwrap_or(Arity::Any)
}

/// FNV-1a: the keys are a fixed table of short names; SipHash's strength
/// is not needed and was a tenth of interpreter start-up.
type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

#[derive(Default)]
struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The number of arguments a native receives besides its self/cls.
pub fn counted_args(kind: NativeKind, npos: usize) -> Option<usize> {
    match kind {
        // Unbound with no self at all: the function reports that itself.
        NativeKind::Method | NativeKind::ClassMethod => npos.checked_sub(1),
        NativeKind::Function | NativeKind::StaticMethod => Some(npos),
    }
}

/// The TypeError for calling native `func` with `n` positional and `nkw`
/// keyword arguments (self excluded), which its arity rejects.
#[cold]
pub fn arity_error(vm: &mut Vm, func: ObjRef, n: usize, nkw: usize) -> Unwind {
    let (name, owner, arity) = match &vm.heap.get(func).payload {
        Payload::Native(nd) => (nd.name, nd.owner, nd.arity),
        _ => ("?", None, Arity::Any),
    };
    // METH_NOARGS/METH_O name the function with its type, as
    // `_PyObject_FunctionStr` does.
    let qual = match owner {
        Some(t) => format!("{}.{}()", vm.type_name_of_type(t), name),
        None => format!("{}()", name),
    };
    let plural = |k: u8| if k == 1 { "argument" } else { "arguments" };
    let msg = match arity {
        Arity::NoArgs | Arity::One if n == usize::from(arity == Arity::One) => format!("{} takes no keyword arguments", qual),
        Arity::NoArgs => format!("{} takes no arguments ({} given)", qual, n),
        Arity::One => format!("{} takes exactly one argument ({} given)", qual, n),
        Arity::Clinic(lo, hi) => {
            let (how, k) = if lo == hi { ("", lo) } else if n < lo as usize { ("at least ", lo) } else { ("at most ", hi) };
            format!("{} expected {}{} {}, got {}", name, how, k, plural(k), n)
        }
        Arity::Parse(lo, hi) => {
            let total = n + nkw;
            let (how, k) = if lo == hi { ("exactly", lo) } else if total < lo as usize { ("at least", lo) } else { ("at most", hi) };
            format!("{}() takes {} {} {} ({} given)", name, how, k, plural(k), total)
        }
        Arity::Any => format!("{} called with a wrong number of arguments", qual),
    };
    vm.type_error(msg)
}

use Arity::{Clinic, NoArgs, One, Parse};

/// Generated by `tests/tools/gen_native_arity.py` from CPython 3.11.
#[rustfmt::skip]
static ARITY: &[(&str, &str, Arity)] = &[
    ("str", "capitalize", NoArgs),
    ("str", "casefold", NoArgs),
    ("str", "center", Clinic(1, 2)),
    ("str", "count", Parse(1, 3)),
    ("str", "encode", Parse(0, 2)),
    ("str", "endswith", Parse(1, 3)),
    ("str", "expandtabs", Parse(0, 1)),
    ("str", "find", Parse(1, 3)),
    ("str", "format_map", One),
    ("str", "index", Parse(1, 3)),
    ("str", "isalnum", NoArgs),
    ("str", "isalpha", NoArgs),
    ("str", "isascii", NoArgs),
    ("str", "isdecimal", NoArgs),
    ("str", "isdigit", NoArgs),
    ("str", "isidentifier", NoArgs),
    ("str", "islower", NoArgs),
    ("str", "isnumeric", NoArgs),
    ("str", "isprintable", NoArgs),
    ("str", "isspace", NoArgs),
    ("str", "istitle", NoArgs),
    ("str", "isupper", NoArgs),
    ("str", "join", One),
    ("str", "ljust", Clinic(1, 2)),
    ("str", "lower", NoArgs),
    ("str", "lstrip", Clinic(0, 1)),
    ("str", "maketrans", Clinic(1, 3)),
    ("str", "partition", One),
    ("str", "removeprefix", One),
    ("str", "removesuffix", One),
    ("str", "replace", Clinic(2, 3)),
    ("str", "rfind", Parse(1, 3)),
    ("str", "rindex", Parse(1, 3)),
    ("str", "rjust", Clinic(1, 2)),
    ("str", "rpartition", One),
    ("str", "rsplit", Parse(0, 2)),
    ("str", "rstrip", Clinic(0, 1)),
    ("str", "split", Parse(0, 2)),
    ("str", "splitlines", Parse(0, 1)),
    ("str", "startswith", Parse(1, 3)),
    ("str", "strip", Clinic(0, 1)),
    ("str", "swapcase", NoArgs),
    ("str", "title", NoArgs),
    ("str", "translate", One),
    ("str", "upper", NoArgs),
    ("str", "zfill", One),
    ("bytes", "capitalize", NoArgs),
    ("bytes", "center", Clinic(1, 2)),
    ("bytes", "count", Parse(1, 3)),
    ("bytes", "decode", Parse(0, 2)),
    ("bytes", "endswith", Parse(1, 3)),
    ("bytes", "expandtabs", Parse(0, 1)),
    ("bytes", "find", Parse(1, 3)),
    ("bytes", "fromhex", One),
    ("bytes", "hex", Parse(0, 2)),
    ("bytes", "index", Parse(1, 3)),
    ("bytes", "isalnum", NoArgs),
    ("bytes", "isalpha", NoArgs),
    ("bytes", "isascii", NoArgs),
    ("bytes", "isdigit", NoArgs),
    ("bytes", "islower", NoArgs),
    ("bytes", "isspace", NoArgs),
    ("bytes", "istitle", NoArgs),
    ("bytes", "isupper", NoArgs),
    ("bytes", "join", One),
    ("bytes", "ljust", Clinic(1, 2)),
    ("bytes", "lower", NoArgs),
    ("bytes", "lstrip", Clinic(0, 1)),
    ("bytes", "maketrans", Clinic(2, 2)),
    ("bytes", "partition", One),
    ("bytes", "removeprefix", One),
    ("bytes", "removesuffix", One),
    ("bytes", "replace", Clinic(2, 3)),
    ("bytes", "rfind", Parse(1, 3)),
    ("bytes", "rindex", Parse(1, 3)),
    ("bytes", "rjust", Clinic(1, 2)),
    ("bytes", "rpartition", One),
    ("bytes", "rsplit", Parse(0, 2)),
    ("bytes", "rstrip", Clinic(0, 1)),
    ("bytes", "split", Parse(0, 2)),
    ("bytes", "splitlines", Parse(0, 1)),
    ("bytes", "startswith", Parse(1, 3)),
    ("bytes", "strip", Clinic(0, 1)),
    ("bytes", "swapcase", NoArgs),
    ("bytes", "title", NoArgs),
    ("bytes", "translate", Parse(0, 2)),
    ("bytes", "upper", NoArgs),
    ("bytes", "zfill", One),
    ("bytearray", "append", One),
    ("bytearray", "capitalize", NoArgs),
    ("bytearray", "center", Clinic(1, 2)),
    ("bytearray", "clear", NoArgs),
    ("bytearray", "copy", NoArgs),
    ("bytearray", "count", Parse(1, 3)),
    ("bytearray", "decode", Parse(0, 2)),
    ("bytearray", "endswith", Parse(1, 3)),
    ("bytearray", "expandtabs", Parse(0, 1)),
    ("bytearray", "extend", One),
    ("bytearray", "find", Parse(1, 3)),
    ("bytearray", "fromhex", One),
    ("bytearray", "hex", Parse(0, 2)),
    ("bytearray", "index", Parse(1, 3)),
    ("bytearray", "insert", Clinic(2, 2)),
    ("bytearray", "isalnum", NoArgs),
    ("bytearray", "isalpha", NoArgs),
    ("bytearray", "isascii", NoArgs),
    ("bytearray", "isdigit", NoArgs),
    ("bytearray", "islower", NoArgs),
    ("bytearray", "isspace", NoArgs),
    ("bytearray", "istitle", NoArgs),
    ("bytearray", "isupper", NoArgs),
    ("bytearray", "join", One),
    ("bytearray", "ljust", Clinic(1, 2)),
    ("bytearray", "lower", NoArgs),
    ("bytearray", "lstrip", Clinic(0, 1)),
    ("bytearray", "maketrans", Clinic(2, 2)),
    ("bytearray", "partition", One),
    ("bytearray", "pop", Clinic(0, 1)),
    ("bytearray", "remove", One),
    ("bytearray", "removeprefix", One),
    ("bytearray", "removesuffix", One),
    ("bytearray", "replace", Clinic(2, 3)),
    ("bytearray", "reverse", NoArgs),
    ("bytearray", "rfind", Parse(1, 3)),
    ("bytearray", "rindex", Parse(1, 3)),
    ("bytearray", "rjust", Clinic(1, 2)),
    ("bytearray", "rpartition", One),
    ("bytearray", "rsplit", Parse(0, 2)),
    ("bytearray", "rstrip", Clinic(0, 1)),
    ("bytearray", "split", Parse(0, 2)),
    ("bytearray", "splitlines", Parse(0, 1)),
    ("bytearray", "startswith", Parse(1, 3)),
    ("bytearray", "strip", Clinic(0, 1)),
    ("bytearray", "swapcase", NoArgs),
    ("bytearray", "title", NoArgs),
    ("bytearray", "translate", Parse(0, 2)),
    ("bytearray", "upper", NoArgs),
    ("bytearray", "zfill", One),
    ("list", "append", One),
    ("list", "clear", NoArgs),
    ("list", "copy", NoArgs),
    ("list", "count", One),
    ("list", "extend", One),
    ("list", "index", Clinic(1, 3)),
    ("list", "insert", Clinic(2, 2)),
    ("list", "pop", Clinic(0, 1)),
    ("list", "remove", One),
    ("list", "reverse", NoArgs),
    ("list", "sort", Parse(0, 2)),
    ("tuple", "count", One),
    ("tuple", "index", Clinic(1, 3)),
    ("dict", "clear", NoArgs),
    ("dict", "copy", NoArgs),
    ("dict", "fromkeys", Clinic(1, 2)),
    ("dict", "get", Clinic(1, 2)),
    ("dict", "items", NoArgs),
    ("dict", "keys", NoArgs),
    ("dict", "pop", Clinic(1, 2)),
    ("dict", "popitem", NoArgs),
    ("dict", "setdefault", Clinic(1, 2)),
    ("dict", "update", Clinic(0, 1)),
    ("dict", "values", NoArgs),
    ("set", "add", One),
    ("set", "clear", NoArgs),
    ("set", "copy", NoArgs),
    ("set", "__reduce__", NoArgs),
    ("set", "discard", One),
    ("set", "isdisjoint", One),
    ("set", "issubset", One),
    ("set", "issuperset", One),
    ("set", "pop", NoArgs),
    ("set", "remove", One),
    ("set", "symmetric_difference", One),
    ("set", "symmetric_difference_update", One),
    ("frozenset", "copy", NoArgs),
    ("frozenset", "__reduce__", NoArgs),
    ("frozenset", "isdisjoint", One),
    ("frozenset", "issubset", One),
    ("frozenset", "issuperset", One),
    ("frozenset", "symmetric_difference", One),
    ("int", "as_integer_ratio", NoArgs),
    ("int", "bit_count", NoArgs),
    ("int", "bit_length", NoArgs),
    ("int", "conjugate", NoArgs),
    ("int", "from_bytes", Parse(0, 3)),
    ("int", "to_bytes", Parse(0, 3)),
    ("float", "as_integer_ratio", NoArgs),
    ("float", "conjugate", NoArgs),
    ("float", "fromhex", One),
    ("float", "hex", NoArgs),
    ("float", "is_integer", NoArgs),
    ("complex", "conjugate", NoArgs),
    ("", "abs", One),
    ("", "aiter", One),
    ("", "all", One),
    ("", "anext", Clinic(1, 2)),
    ("", "any", One),
    ("", "ascii", One),
    ("", "bin", One),
    ("", "callable", One),
    ("", "chr", One),
    ("", "delattr", Clinic(2, 2)),
    ("", "dir", Clinic(0, 1)),
    ("", "divmod", Clinic(2, 2)),
    ("", "format", Clinic(1, 2)),
    ("", "getattr", Clinic(2, 3)),
    ("", "globals", NoArgs),
    ("", "hasattr", Clinic(2, 2)),
    ("", "hash", One),
    ("", "hex", One),
    ("", "id", One),
    ("", "isinstance", Clinic(2, 2)),
    ("", "issubclass", Clinic(2, 2)),
    ("", "iter", Clinic(1, 2)),
    ("", "len", One),
    ("", "locals", NoArgs),
    ("", "max", Clinic(1, 255)),
    ("", "min", Clinic(1, 255)),
    ("", "next", Clinic(1, 2)),
    ("", "oct", One),
    ("", "ord", One),
    ("", "pow", Parse(0, 3)),
    ("", "repr", One),
    ("", "round", Parse(0, 2)),
    ("", "setattr", Clinic(3, 3)),
    ("", "sorted", Clinic(1, 1)),
    ("", "sum", Parse(0, 2)),
    ("", "vars", Clinic(0, 1)),
];
