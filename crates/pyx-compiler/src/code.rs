//! Code objects: the compiled, immutable form of a module, class body,
//! function, lambda or comprehension.
//!
//! A [`CodeObject`] holds plain data only (no VM heap handles), is
//! `Send + Sync`, and is shared through `Arc` between interpreters: the
//! frozen standard library is compiled once per process. A VM keeps any
//! per-interpreter state it derives from a code object (interned names,
//! inline caches, materialised constants) on its own side, keyed by the
//! `Arc`'s address.

use std::fmt;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::bytecode::Instruction;
use crate::line_table::LineTable;

/// A compile-time constant (`LoadConst`, `KwNames`, `MatchClass`
/// attribute-name tuples, ...).
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int that fits in `i64`.
    Int(i64),
    /// Any other int (never one that fits in `i64`).
    BigInt(Box<BigInt>),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Ellipsis,
    Tuple(Box<[Constant]>),
    /// The elements are distinct (as Python `==` on the constants).
    FrozenSet(Box<[Constant]>),
    /// The code of a nested function, lambda, comprehension or class body.
    Code(Arc<CodeObject>),
}

/// A constant as a hash key with the identity of [`Constant::same`], so
/// that sharing constants is a table look-up rather than a scan of every
/// constant so far (quadratic in the size of a module).
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    /// The address of the shared code object (kept alive by the constant).
    Code(usize),
}

impl Constant {
    /// This constant's [`ConstKey`]: `a.key() == b.key()` exactly when
    /// `a.same(b)`.
    pub(crate) fn key(&self) -> ConstKey {
        match self {
            Constant::None => ConstKey::None,
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(b) => ConstKey::BigInt((**b).clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(Constant::key).collect()),
            Constant::FrozenSet(items) => ConstKey::FrozenSet(items.iter().map(Constant::key).collect()),
            Constant::Code(c) => ConstKey::Code(Arc::as_ptr(c) as usize),
        }
    }

    /// Identity used to share equal constants in one code object: unlike
    /// `==` it tells `1`, `1.0`, `True`, `0.0` and `-0.0` apart.
    pub(crate) fn same(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same(y))
            }
            (Code(a), Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Python's truth value, when known at compile time.
    pub fn truthiness(&self) -> Option<bool> {
        use num_traits::Zero;
        Some(match self {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => *i != 0,
            Constant::BigInt(b) => !b.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Ellipsis => true,
            Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
            Constant::Code(_) => true,
        })
    }
}

/// Properties of a code object (CPython's `co_flags`, plus pyx's own).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    /// Locals live in fast slots (functions, lambdas, comprehensions);
    /// absent for module and class bodies, whose names go through the
    /// locals mapping.
    pub const OPTIMIZED: CodeFlags = CodeFlags(0x0001);
    /// A fresh locals namespace per call.
    pub const NEWLOCALS: CodeFlags = CodeFlags(0x0002);
    /// Takes `*args` (its local slot follows the keyword-only parameters).
    pub const VARARGS: CodeFlags = CodeFlags(0x0004);
    /// Takes `**kwargs` (its slot follows `*args`' if any).
    pub const VARKEYWORDS: CodeFlags = CodeFlags(0x0008);
    /// Defined inside another function.
    pub const NESTED: CodeFlags = CodeFlags(0x0010);
    /// A generator function (contains `yield`).
    pub const GENERATOR: CodeFlags = CodeFlags(0x0020);
    /// An `async def` without `yield` (or an async comprehension).
    pub const COROUTINE: CodeFlags = CodeFlags(0x0080);
    /// An `async def` with `yield`, or an async generator expression.
    pub const ASYNC_GENERATOR: CodeFlags = CodeFlags(0x0200);
    /// A class body whose methods use `super()` / `__class__`: it creates
    /// the `__class__` cell (cellvar `__class__`) and returns it.
    pub const HAS_CLASS_CELL: CodeFlags = CodeFlags(0x1000_0000);
    /// A comprehension or generator expression body (`.0` is its iterator).
    pub const COMPREHENSION: CodeFlags = CodeFlags(0x2000_0000);
    /// A class body.
    pub const CLASS_BODY: CodeFlags = CodeFlags(0x4000_0000);

    pub const fn contains(self, other: CodeFlags) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn insert(&mut self, other: CodeFlags) {
        self.0 |= other.0;
    }

    pub const fn union(self, other: CodeFlags) -> CodeFlags {
        CodeFlags(self.0 | other.0)
    }
}

impl fmt::Debug for CodeFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const NAMES: &[(CodeFlags, &str)] = &[
            (CodeFlags::OPTIMIZED, "OPTIMIZED"),
            (CodeFlags::NEWLOCALS, "NEWLOCALS"),
            (CodeFlags::VARARGS, "VARARGS"),
            (CodeFlags::VARKEYWORDS, "VARKEYWORDS"),
            (CodeFlags::NESTED, "NESTED"),
            (CodeFlags::GENERATOR, "GENERATOR"),
            (CodeFlags::COROUTINE, "COROUTINE"),
            (CodeFlags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
            (CodeFlags::HAS_CLASS_CELL, "HAS_CLASS_CELL"),
            (CodeFlags::COMPREHENSION, "COMPREHENSION"),
            (CodeFlags::CLASS_BODY, "CLASS_BODY"),
        ];
        let mut first = true;
        for (flag, name) in NAMES {
            if self.contains(*flag) {
                if !first {
                    f.write_str(" | ")?;
                }
                f.write_str(name)?;
                first = false;
            }
        }
        if first {
            f.write_str("0")?;
        }
        Ok(())
    }
}

/// One range of the exception table (see the `bytecode` module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First instruction covered.
    pub start: u32,
    /// One past the last instruction covered.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// Stack depth to pop down to before pushing (lasti and) the exception.
    pub depth: u32,
    /// Push the index of the raising instruction (as an int) before the
    /// exception.
    pub push_lasti: bool,
}

/// What kind of source construct a code object was compiled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    /// `compile(..., 'eval')`: returns the value of its expression.
    Expression,
    /// One REPL input.
    Interactive,
}

/// A compiled unit of code. Immutable once built.
#[derive(Debug)]
pub struct CodeObject {
    pub kind: CodeKind,
    /// `co_name`: the function/class name, `<module>`, `<lambda>`,
    /// `<listcomp>`, `<genexpr>`, ...
    pub name: Box<str>,
    /// `co_qualname`, e.g. `C.method.<locals>.inner`.
    pub qualname: Box<str>,
    /// The name the host gave the source (never a host path).
    pub filename: Arc<str>,
    /// Line of the `def`/`class` (first decorator excluded, as CPython) or 1.
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Local variable names; the parameters come first (see `bytecode`).
    pub varnames: Box<[Box<str>]>,
    /// Names of the cells this code creates (variables captured by inner
    /// scopes), in `deref` order.
    pub cellvars: Box<[Box<str>]>,
    /// Names of the closure cells this code receives, in `deref` order
    /// after `cellvars`.
    pub freevars: Box<[Box<str>]>,
    /// `(cell index, parameter local index)` for parameters that live in a
    /// cell. The compiler emits the copy itself; informational.
    pub cell_args: Box<[(u32, u32)]>,
    /// Global, attribute and namespace names used by `*Name`, `*Global`,
    /// `*Attr`, `LoadMethod`, `Import*` instructions.
    pub names: Box<[Box<str>]>,
    pub constants: Box<[Constant]>,
    pub instructions: Box<[Instruction]>,
    pub line_table: LineTable,
    pub exception_table: Box<[ExceptionTableEntry]>,
    /// The deepest the value stack gets (not counting `NULL` markers
    /// separately: they are stack items).
    pub max_stack_depth: u32,
    /// Number of inline-cache slots the VM allocates for this code.
    pub cache_count: u32,
    /// The docstring of a function (its `__doc__`), if any.
    pub docstring: Option<Box<str>>,
}

impl CodeObject {
    /// The 1-based source line of instruction `instr` (for tracebacks).
    pub fn line_for(&self, instr: u32) -> u32 {
        self.line_table.line_for(instr)
    }

    /// The source span of instruction `instr`.
    pub fn span_for(&self, instr: u32) -> Option<pyx_span::Span> {
        self.line_table.span_for(instr)
    }

    /// The exception-table entry covering instruction `instr`, if any.
    pub fn handler_for(&self, instr: u32) -> Option<&ExceptionTableEntry> {
        let table = &self.exception_table;
        let idx = match table.binary_search_by(|e| e.start.cmp(&instr)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        let entry = table.get(idx)?;
        (instr < entry.end).then_some(entry)
    }

    /// The name of deref slot `index` (cellvars, then freevars).
    pub fn deref_name(&self, index: u32) -> Option<&str> {
        let i = index as usize;
        if i < self.cellvars.len() {
            Some(&self.cellvars[i])
        } else {
            self.freevars.get(i - self.cellvars.len()).map(|s| &**s)
        }
    }

    /// Every code object nested in this one's constants (not recursive).
    pub fn nested_code(&self) -> impl Iterator<Item = &Arc<CodeObject>> {
        self.constants.iter().filter_map(|c| match c {
            Constant::Code(code) => Some(code),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn code_objects_can_be_shared_between_threads() {
        assert_send_sync::<CodeObject>();
        assert_send_sync::<Arc<CodeObject>>();
    }
}
