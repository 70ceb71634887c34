//! The instruction set of pyx: a compact stack machine.
//!
//! This file is the contract between the compiler and the evaluation loop
//! of `pyx-vm`. Everything the VM must know to execute an instruction is
//! written on the instruction's variant below; the conventions shared by
//! many instructions are collected here first.
//!
//! # Encoding
//!
//! An [`Instruction`] is a Rust enum of at most 8 bytes (a tag plus at most
//! a `u32` and a `u16`/`u8` operand). A code object's instructions are a
//! `Box<[Instruction]>`; the program counter is an index into it, and jump
//! targets are absolute instruction indexes ([`Label`] is resolved to a
//! plain `u32` before a code object is built).
//!
//! # Stack notation
//!
//! Stack pictures list the top of stack (TOS) last: `[a, b] -> [c]` pops
//! `b` then `a` and pushes `c`. `TOS1` is the item under TOS, and so on.
//! "`NULL`" is a VM-internal marker value that Python code never sees
//! (used only by [`Instruction::LoadMethod`] / [`Instruction::CallMethod`]).
//!
//! # Operand index spaces
//!
//! * `const`: index into [`CodeObject::constants`](crate::CodeObject::constants).
//! * `name`: index into [`CodeObject::names`](crate::CodeObject::names)
//!   (globals, attributes, imported modules, class/module-body names).
//! * `local`: index into [`CodeObject::varnames`](crate::CodeObject::varnames);
//!   parameters come first, in signature order (positional-only, regular,
//!   keyword-only, `*args`, `**kwargs`).
//! * `deref`: index into the frame's cells: `0..cellvars.len()` are this
//!   frame's own cells (one per entry of `cellvars`, in order), then
//!   `cellvars.len()..` are the closure cells of `freevars` (in order).
//!
//! # Inline caches
//!
//! Instructions that can be specialised carry a [`CacheSlot`]: an index in
//! `0..CodeObject::cache_count` into a per-code, per-interpreter array of
//! cache entries that the VM allocates (zero-initialised / "empty") on first
//! execution of the code object in an interpreter. Each slot is used by
//! exactly one instruction, so the VM may store any kind of entry in it.
//! A code object with more than 65 535 cacheable instructions gives the
//! excess ones [`CacheSlot::NONE`]: the VM must then take the generic path.
//! Caches never change semantics; a VM that ignores them is correct.
//!
//! # Calls
//!
//! A plain call `f(a, b, k=c)` compiles to
//! `<f> <a> <b> <c> KwNames(('k',)) Call(3)`: `KwNames` names the *last*
//! `len(names)` arguments as keywords and applies only to the very next
//! `Call`/`CallMethod` (it is always immediately followed by one).
//! A method call `o.m(a)` compiles to `<o> LoadMethod(m) <a> CallMethod(1)`
//! so that no bound method is allocated. Calls with `*args`/`**kwargs`
//! build a tuple (and a dict) and use `CallFunctionEx`.
//!
//! # Exceptions: the exception table
//!
//! There are no block-setup instructions. Each code object has an
//! exception table ([`ExceptionTableEntry`](crate::ExceptionTableEntry)):
//! sorted, non-overlapping ranges `start..end` of instruction indexes, each
//! with a handler `target`, a stack `depth` and a `push_lasti` flag. When
//! an instruction at index `i` raises (or an exception propagates into the
//! frame from a call made by it), the VM looks up the entry covering `i`:
//!
//! * none: the frame is popped and the exception propagates to the caller
//!   (the VM records a traceback entry with `line_for(i)` first);
//! * otherwise: pop the value stack down to `depth` items, push `i` as an
//!   int if `push_lasti`, push the exception object, jump to `target`.
//!
//! Handlers begin with [`Instruction::PushExcInfo`] (or, for `async for`,
//! [`Instruction::EndAsyncFor`]). The "current exception" (`sys.exc_info()`,
//! the implicit `__context__` of new exceptions, bare `raise`) is a
//! per-frame-stack value that `PushExcInfo` sets and `PopExcept` restores.
//! How each statement uses this:
//!
//! * `try: B except E as n: H`: `B` is covered by a handler (no lasti) at
//!   depth `d`. At the handler, `[.., exc]`: `PushExcInfo` -> `[.., prev, exc]`;
//!   everything from here to the end of the handlers is covered by a
//!   *cleanup* handler (depth `d+1`, lasti) that does
//!   `CopyItem(3) PopExcept Reraise(1)` (restore the previous exception,
//!   re-raise the new one). Each clause: `<E> CheckExcMatch PopJumpIfFalse next`,
//!   store or pop the exception, run `H` (with a name, `H` is covered by one
//!   more handler that clears the name then `Reraise(1)`), `PopExcept`,
//!   jump to the end. No clause matched: `Reraise(0)`.
//! * `try: B finally: F`: `B` is covered by a handler (no lasti). The normal
//!   path runs an inline copy of `F` after `B`. The handler path:
//!   `PushExcInfo`, `F` (covered by a cleanup handler as above), `Reraise(0)`.
//!   `return`, `break` and `continue` inside `B` emit another inline copy of
//!   `F` before they leave (the return value stays on the stack under it).
//!   `return`/`break`/`continue` inside the handler-path `F` pop the
//!   exception and `PopExcept` first, which discards the exception exactly
//!   as CPython does.
//! * `with M as v: B`: `<M> BeforeWith` -> `[exit, enter_result]`; `B` is
//!   covered by a handler (depth = stack with `exit` on top, lasti). Normal
//!   exit: `LoadConst(None) x3 Call(3) PopTop`. Handler:
//!   `PushExcInfo WithExceptStart PopJumpIfTrue suppress Reraise(2)`; at
//!   `suppress`: `PopTop PopExcept PopTop PopTop` (exc, prev-exc restored,
//!   lasti, exit). `async with` is the same with `BeforeAsyncWith`, and
//!   `GetAwaitable YieldFrom` after each call of `__aenter__`/`__aexit__`.
//!   `return`/`break` through a `with` call `exit(None, None, None)` inline.
//! * `try: B except* E as n: H`: after `PushExcInfo`, the stack is
//!   `[prev, eg]` and becomes `[prev, orig_eg, raised_list, rest]`. Each clause
//!   runs `<E> CheckEgMatch` (-> `[.., rest', match]`; `match` is `None` when
//!   nothing matched), binds `match`, runs `H`; an exception raised by `H` is
//!   appended to `raised_list`. At the end the unmatched rest is appended too
//!   and `PrepReraiseStar` computes what to re-raise (or `None`).
//!   `break`/`continue`/`return` may not appear in an `except*` clause.
//!
//! `Reraise(n)`: when `n > 0`, the int at stack position `n` below the
//! exception (pushed by a `push_lasti` handler) is the index of the
//! instruction that originally raised; the VM may use it for the frame's
//! "current line" while the exception propagates. A VM that keeps the
//! traceback on the exception object may ignore it.
//!
//! # Functions, closures, classes
//!
//! * A frame for a code object holds `varnames.len()` local slots (all
//!   unbound except the parameters), `cellvars.len()` *fresh empty* cells,
//!   and the function's closure cells. Parameters that are also cells are
//!   copied into their cell by compiler-emitted code at the start of the
//!   function (`LoadFast(arg) StoreDeref(cell)`), so the VM need not do it;
//!   [`CodeObject::cell_args`](crate::CodeObject::cell_args) lists them for
//!   information.
//! * Generator, coroutine and async-generator code (see
//!   [`CodeFlags`](crate::CodeFlags)) is not run by a call: the call binds
//!   the arguments into a new frame and returns a generator / coroutine /
//!   async generator object owning it. The VM converts a `StopIteration`
//!   escaping such a frame into `RuntimeError` as CPython does.
//! * `MakeFunction` takes the code object as a constant and the closure
//!   cells as separate stack items (pushed by `LoadClosure`).
//! * A class body is a function taking no arguments whose code is run by
//!   `__build_class__` with the class namespace as its locals mapping (all
//!   `*Name` instructions go to that mapping). It starts with
//!   `__module__ = __name__` and `__qualname__ = '<qualname>'`, and ends by
//!   returning the `__class__` cell (after storing it as `__classcell__`)
//!   when a method uses `super()` or `__class__`, else `None`.
//! * Zero-argument `super()` inside a function that has a `__class__` free
//!   variable and at least one positional parameter is compiled as
//!   `super(__class__, <first parameter>)`, so the VM needs no frame
//!   introspection for it.

use std::fmt;

/// An instruction index, used as a jump target. Before a code object is
/// finished the compiler uses it as a label id; in a [`CodeObject`](crate::CodeObject)
/// it is always an absolute index into `instructions`.
pub type Label = u32;

/// Index of an inline-cache slot (see the module docs).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CacheSlot(pub u16);

impl CacheSlot {
    /// No cache: the VM must use the generic path.
    pub const NONE: CacheSlot = CacheSlot(u16::MAX);

    /// The slot index, or `None` for [`CacheSlot::NONE`].
    pub fn index(self) -> Option<usize> {
        if self == CacheSlot::NONE {
            None
        } else {
            Some(self.0 as usize)
        }
    }
}

impl fmt::Debug for CacheSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.index() {
            Some(i) => write!(f, "${i}"),
            None => write!(f, "$-"),
        }
    }
}

/// Binary operators, for [`Instruction::BinaryOp`] and
/// [`Instruction::InplaceOp`] (where the in-place dunder, e.g. `__iadd__`,
/// is tried first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOperator {
    Add,
    Subtract,
    Multiply,
    MatrixMultiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOperator {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::Subtract => "-",
            BinaryOperator::Multiply => "*",
            BinaryOperator::MatrixMultiply => "@",
            BinaryOperator::TrueDivide => "/",
            BinaryOperator::FloorDivide => "//",
            BinaryOperator::Remainder => "%",
            BinaryOperator::Power => "**",
            BinaryOperator::LShift => "<<",
            BinaryOperator::RShift => ">>",
            BinaryOperator::And => "&",
            BinaryOperator::Or => "|",
            BinaryOperator::Xor => "^",
        }
    }
}

/// Unary operators, for [`Instruction::UnaryOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum UnaryOperator {
    /// `-x` (`__neg__`)
    Negative,
    /// `+x` (`__pos__`)
    Positive,
    /// `~x` (`__invert__`)
    Invert,
    /// `not x` (truth value, always a bool)
    Not,
}

/// Rich comparisons, for [`Instruction::CompareOp`]. Identity and
/// membership have their own instructions ([`Instruction::IsOp`],
/// [`Instruction::ContainsOp`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ComparisonOperator {
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
}

impl ComparisonOperator {
    pub fn symbol(self) -> &'static str {
        match self {
            ComparisonOperator::Less => "<",
            ComparisonOperator::LessOrEqual => "<=",
            ComparisonOperator::Equal => "==",
            ComparisonOperator::NotEqual => "!=",
            ComparisonOperator::Greater => ">",
            ComparisonOperator::GreaterOrEqual => ">=",
        }
    }
}

/// The conversion of an f-string field, for [`Instruction::FormatValue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Conversion {
    None,
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

/// Where an awaitable came from, for [`Instruction::GetAwaitable`]'s error
/// messages (CPython's `GET_AWAITABLE` operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum AwaitableSource {
    /// `await x`
    Await,
    /// the result of `__aenter__` in `async with`
    AEnter,
    /// the result of `__aexit__` in `async with`
    AExit,
}

/// Bit flags of [`Instruction::MakeFunction`]: which optional items are on
/// the stack under the code object.
pub mod make_function {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u8 = 0x01;
    /// A dict of keyword-only defaults.
    pub const KW_DEFAULTS: u8 = 0x02;
    /// A dict `{name: annotation}` (`'return'` for the return annotation).
    pub const ANNOTATIONS: u8 = 0x04;
    /// `len(code.freevars)` cells, pushed by `LoadClosure`.
    pub const CLOSURE: u8 = 0x08;
}

/// One bytecode instruction. See the module documentation for the
/// conventions; each variant documents its stack effect and semantics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Instruction {
    // ----- stack manipulation -------------------------------------------
    /// Does nothing.
    Nop,
    /// `[x] -> []`
    PopTop,
    /// Swap TOS with the item `n` deep (1-based; `Swap(2)` swaps TOS and
    /// TOS1). `n >= 2`.
    Swap(u32),
    /// Push a copy (same object) of the item `n` deep (1-based; `CopyItem(1)`
    /// duplicates TOS). `n >= 1`.
    CopyItem(u32),

    // ----- constants and names ------------------------------------------
    /// `[] -> [constants[const]]`. A `Constant::Code` is only ever consumed
    /// by `MakeFunction`.
    LoadConst(u32),
    /// Local slot. `[] -> [value]`; raises `UnboundLocalError: cannot access
    /// local variable 'x' where it is not associated with a value` if unbound.
    LoadFast(u32),
    /// `[value] -> []`
    StoreFast(u32),
    /// Unbind a local slot; `UnboundLocalError` if already unbound.
    DeleteFast(u32),
    /// Read the cell `deref`. Empty cell: `UnboundLocalError` for own cells
    /// (`deref < cellvars.len()`), else `NameError: cannot access free
    /// variable 'x' where it is not associated with a value in enclosing
    /// scope`.
    LoadDeref(u32),
    /// `[value] -> []` into the cell `deref`.
    StoreDeref(u32),
    /// Empty the cell `deref` (error if already empty, as `LoadDeref`).
    DeleteDeref(u32),
    /// Class bodies only: look the free variable's *name* up in the locals
    /// mapping first, and only if absent read the cell `deref`.
    LoadClassDeref(u32),
    /// Push the cell object `deref` itself (for `MakeFunction`'s closure
    /// and the `__class__` cell of class bodies).
    LoadClosure(u32),
    /// Module and class bodies (and code with unknown scoping): look the
    /// name up in the frame's locals mapping, then globals, then builtins;
    /// `NameError: name 'x' is not defined`.
    LoadName(u32),
    /// `[value] -> []` into the locals mapping.
    StoreName(u32),
    /// Delete from the locals mapping (`NameError` if absent).
    DeleteName(u32),
    /// Look the name up in globals, then builtins. `[] -> [value]`
    LoadGlobal { name: u32, cache: CacheSlot },
    /// `[value] -> []` into globals.
    StoreGlobal(u32),
    /// Delete from globals (`NameError` if absent).
    DeleteGlobal(u32),

    // ----- attributes and items -----------------------------------------
    /// `[obj] -> [obj.name]`
    LoadAttr { name: u32, cache: CacheSlot },
    /// `[value, obj] -> []`: `obj.name = value`
    StoreAttr { name: u32, cache: CacheSlot },
    /// `[obj] -> []`: `del obj.name`
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` when `type(obj)` has a plain function (or
    /// another method-like descriptor) `name` that the instance does not
    /// shadow; otherwise `[obj] -> [obj.name, NULL]`. Always followed,
    /// after the arguments, by `CallMethod`.
    LoadMethod { name: u32, cache: CacheSlot },
    /// `[container, key] -> [container[key]]`
    BinarySubscr { cache: CacheSlot },
    /// `[value, container, key] -> []`: `container[key] = value`
    StoreSubscr { cache: CacheSlot },
    /// `[container, key] -> []`: `del container[key]`
    DeleteSubscr,

    // ----- operators ------------------------------------------------------
    /// `[x] -> [op x]`
    UnaryOp(UnaryOperator),
    /// `[a, b] -> [a op b]`
    BinaryOp { op: BinaryOperator, cache: CacheSlot },
    /// `[a, b] -> [a op= b]`: the in-place dunder first, then as `BinaryOp`.
    /// The caller stores the result back.
    InplaceOp { op: BinaryOperator, cache: CacheSlot },
    /// `[a, b] -> [a op b]` (rich comparison; result may be any object).
    CompareOp { op: ComparisonOperator, cache: CacheSlot },
    /// `[a, b] -> [a is b]`, or `a is not b` when the operand is true.
    IsOp(bool),
    /// `[a, b] -> [a in b]`, or `a not in b` when the operand is true.
    ContainsOp(bool),

    // ----- control flow ---------------------------------------------------
    /// Jump forward to the target (`target > pc`).
    Jump(Label),
    /// Jump backward to the target (`target <= pc`): loops. The VM checks
    /// fuel, deadlines and interrupts here.
    JumpBackward(Label),
    /// `[x] -> []`; jump if `x` is false.
    PopJumpIfFalse(Label),
    /// `[x] -> []`; jump if `x` is true.
    PopJumpIfTrue(Label),
    /// `[x] -> []`; jump if `x is None`.
    PopJumpIfNone(Label),
    /// `[x] -> []`; jump if `x is not None`.
    PopJumpIfNotNone(Label),
    /// If `x` is false, jump and keep `[x]`; else pop it.
    JumpIfFalseOrPop(Label),
    /// If `x` is true, jump and keep `[x]`; else pop it.
    JumpIfTrueOrPop(Label),
    /// `[iterable] -> [iter(iterable)]`
    GetIter,
    /// `[iterator] -> [iterator, next(iterator)]`; when the iterator is
    /// exhausted, `[iterator] -> []` and jump to the target.
    ForIter { target: Label, cache: CacheSlot },
    /// `[value] -> []`: return from the frame (or finish the generator).
    ReturnValue,

    // ----- building -------------------------------------------------------
    /// `[x1..xn] -> [(x1, .., xn)]`
    BuildTuple(u32),
    /// `[x1..xn] -> [[x1, .., xn]]`
    BuildList(u32),
    /// `[x1..xn] -> [{x1, .., xn}]`
    BuildSet(u32),
    /// `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]` (later keys win).
    BuildMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]`: concatenate `n` strs (f-strings).
    BuildString(u32),
    /// `[start, stop] -> [slice(start, stop)]` for 2,
    /// `[start, stop, step] -> [slice(start, stop, step)]` for 3.
    BuildSlice(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[.., container, .., x] -> [.., container, ..]`: pops `x` and
    /// appends it to the list `n` deep *after* the pop (CPython's
    /// `LIST_APPEND`): comprehensions, starred literals, `except*`.
    ListAppend(u32),
    /// As `ListAppend` for a set (`set.add`).
    SetAdd(u32),
    /// `[.., dict, .., key, value] -> [.., dict, ..]`: `dict[key] = value`
    /// for the dict `n` deep after popping both.
    MapAdd(u32),
    /// Pops an iterable and extends the list `n` deep after the pop with it.
    ListExtend(u32),
    /// Pops an iterable and updates the set `n` deep after the pop.
    SetUpdate(u32),
    /// Pops a mapping and updates the dict `n` deep after the pop
    /// (`{**m}`; `TypeError: 'x' object is not a mapping`).
    DictUpdate(u32),
    /// As `DictUpdate` for `f(**m)`: duplicate keys raise
    /// `TypeError: f() got multiple values for keyword argument 'k'`
    /// (the callable is the item `n + 2` deep after the pop, for the message),
    /// and keys must be strings.
    DictMerge(u32),
    /// `[seq] -> [xn, .., x1]`: unpack exactly `n` items, first item on top
    /// (`ValueError: too many values to unpack (expected n)` /
    /// `not enough values to unpack (expected n, got m)`).
    UnpackSequence { count: u32, cache: CacheSlot },
    /// `UnpackSequence` whose `count` targets are the `StoreFast`s right
    /// after it (`a, b = t` into locals). An exact tuple or list of `count`
    /// items goes straight into those locals and the stores are skipped;
    /// anything else unpacks as `UnpackSequence` does and the stores run.
    UnpackToLocals(u32),
    /// `a, *b, c = seq`: `[seq] -> [after items.., list_of_middle, before items..]`
    /// with the first item on top: `before` items, a list for the starred
    /// target, then `after` items (ValueError: `not enough values to
    /// unpack (expected at least n, got m)`).
    UnpackEx { before: u8, after: u32 },

    // ----- functions and calls -------------------------------------------
    /// Set the keyword names (a tuple of strs at `constants[const]`) for the
    /// next `Call`/`CallMethod`.
    KwNames(u32),
    /// `[callable, a1..an] -> [result]`; the last `len(kwnames)` arguments
    /// are keywords when a `KwNames` precedes.
    Call { argc: u32, cache: CacheSlot },
    /// `[method, self, a1..an] -> [result]` calls `method(self, a1..an)`;
    /// `[callable, NULL, a1..an] -> [result]` calls `callable(a1..an)`.
    /// Keywords as for `Call`.
    CallMethod { argc: u32, cache: CacheSlot },
    /// `[callable, args_tuple] -> [result]`, or with `has_kwargs`
    /// `[callable, args_tuple, kwargs_dict] -> [result]`. `args_tuple` is
    /// always a tuple and `kwargs_dict` always a fresh dict with str keys.
    CallFunctionEx { has_kwargs: bool },
    /// `[defaults?, kw_defaults?, annotations?, cells.., code] -> [function]`;
    /// the flags (see [`make_function`]) say which optional items are
    /// present. The function's `__name__`, `__qualname__` come from the code,
    /// `__module__` from the current globals' `__name__`, `__doc__` from
    /// `code.docstring`.
    MakeFunction(u8),
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass,
    /// `[] -> [AssertionError]` (the builtin, whatever globals say).
    LoadAssertionError,
    /// `raise` (`n == 0`: re-raise the current exception, `RuntimeError: No
    /// active exception to reraise` if none), `raise exc` (`n == 1`,
    /// `[exc] -> !`), `raise exc from cause` (`n == 2`, `[exc, cause] -> !`).
    /// A class is instantiated with no arguments.
    RaiseVarargs(u32),

    // ----- exceptions (see the module docs) -------------------------------
    /// `[exc] -> [prev_exc, exc]` and make `exc` the current exception
    /// (`prev_exc` is the previous current exception, or `None`).
    PushExcInfo,
    /// `[prev_exc] -> []` and make `prev_exc` the current exception again.
    PopExcept,
    /// `[.., exc] -> !` re-raise `exc` as is (traceback kept). If `n > 0`,
    /// the item `n` deep *after* popping `exc` is the int "lasti" (see the
    /// module docs).
    Reraise(u32),
    /// `[exc, type] -> [exc, bool]`: `isinstance(exc, type)` for an
    /// `except` clause; `type` is a class or a tuple of classes, each
    /// deriving from `BaseException` (else `TypeError: catching classes that
    /// do not inherit from BaseException is not allowed`).
    CheckExcMatch,
    /// `[eg, type] -> [rest, match]`: `except*` matching. If `eg` is `None`,
    /// both are `None`. If `eg` is not an exception group and matches,
    /// `match` is a new `ExceptionGroup('', [eg])`, `rest` is `None`. For a
    /// group, `(match, rest) = eg.split(type)`; no match gives `match = None`,
    /// `rest = eg`. A match also becomes the current exception.
    /// `type` may not be an `ExceptionGroup` subclass (`TypeError:
    /// catching ExceptionGroup with except* is not allowed. Use except
    /// instead.`).
    CheckEgMatch,
    /// `[orig_eg, raised_list] -> [exc_or_none]`: combine the exceptions
    /// raised and left unhandled by `except*` clauses into what must be
    /// re-raised (CPython's `_PyExc_PrepReraiseStar`), or `None`.
    PrepReraiseStar,
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]`
    /// (`TypeError: 'T' object does not support the context manager protocol`).
    BeforeWith,
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]` (the latter an
    /// awaitable, awaited by the following `GetAwaitable YieldFrom`).
    BeforeAsyncWith,
    /// `[exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, result]`:
    /// `result = exit(type(exc), exc, exc.__traceback__)`.
    WithExceptStart,

    // ----- generators and coroutines ---------------------------------------
    /// `[value] -> !` suspend the frame, producing `value`; when resumed
    /// with `send(s)` (`next()` sends `None`), `[] -> [s]` and continue at the
    /// next instruction. `throw(e)` raises `e` at this instruction. In an
    /// async generator this is the asynchronous `yield` to the consumer.
    YieldValue,
    /// `[receiver, value] -> [result]`, the whole of `yield from` / `await`:
    /// send `value` into `receiver` (`next()` if `value is None` and
    /// `receiver` is a plain iterator). If it produces `v`, the frame
    /// suspends producing `v` *without advancing*, with `[receiver]` kept;
    /// on resume with `s` the stack is `[receiver, s]` and this instruction
    /// runs again. If it finishes with `StopIteration(r)` (return value
    /// `r`), pop both, push `r`, advance. `throw(e)` / `close()` while
    /// suspended here are delegated to `receiver.throw` / `receiver.close`
    /// when it has them (PEP 380); a value produced by `receiver.throw`
    /// suspends again, a `StopIteration` finishes as above, any other
    /// exception is raised at this instruction.
    YieldFrom,
    /// `[x] -> [iter(x)]` for `yield from`, except that a generator (or, in
    /// a coroutine-flagged generator, a coroutine) is left as is; a coroutine
    /// in a plain generator raises `TypeError: cannot 'yield from' a
    /// coroutine object in a non-coroutine generator`.
    GetYieldFromIter,
    /// `[x] -> [awaitable iterator of x]` (`__await__`, or the coroutine
    /// itself); the operand picks the error message.
    GetAwaitable(AwaitableSource),
    /// `[x] -> [x.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GetANext,
    /// Handler of `async for`: `[aiter, exc] -> []` and continue if `exc`
    /// is a `StopAsyncIteration`, else re-raise `exc`.
    EndAsyncFor,

    // ----- strings ----------------------------------------------------------
    /// `[value] -> [formatted]` or with `has_spec` `[value, spec] ->
    /// [formatted]`: apply the conversion, then `format(value, spec)`.
    FormatValue { conversion: Conversion, has_spec: bool },

    // ----- modules and namespaces -----------------------------------------
    /// `[level, fromlist] -> [module]`: `__import__(names[name], globals,
    /// None, fromlist, level)` through the interpreter's import machinery.
    ImportName(u32),
    /// `[module] -> [module, attr]`: `module.name`, falling back to
    /// `sys.modules[f'{module.__name__}.{name}']`; `ImportError: cannot
    /// import name 'x' from 'm'`.
    ImportFrom(u32),
    /// `[module] -> []`: `from m import *` into the locals mapping
    /// (`__all__`, else the public names).
    ImportStar,
    /// Create `__annotations__ = {}` in the locals mapping if absent
    /// (module and class bodies with annotations).
    SetupAnnotations,
    /// Interactive mode: `[value] -> []`; if `value is not None`, print its
    /// repr through the output sink and store it as `builtins._`.
    PrintExpr,

    // ----- pattern matching (PEP 634) -------------------------------------
    /// `[x] -> [x, len(x)]`
    GetLen,
    /// `[subject] -> [subject, bool]`: is `subject` a mapping
    /// (`collections.abc.Mapping`-like: the type's "mapping" flag).
    MatchMapping,
    /// `[subject] -> [subject, bool]`: is `subject` a sequence for `match`
    /// (list, tuple, range, ... but not str, bytes, bytearray).
    MatchSequence,
    /// `[subject, keys] -> [subject, keys, values_tuple_or_None]`: look each
    /// key up with `subject.get(key, <sentinel>)`; `None` if any is missing.
    MatchKeys,
    /// `[subject, cls, kw_names] -> [attrs_tuple_or_None]`: match a class
    /// pattern with `n` positional sub-patterns (`__match_args__`) and the
    /// keyword attribute names in the tuple `kw_names`; the tuple holds the
    /// `n` positional then the keyword attributes, `None` if no match.
    MatchClass(u32),
    /// `[subject, keys] -> [subject, rest_dict]`: a new dict of `subject`'s
    /// items minus `keys` (for `**rest` in mapping patterns).
    CopyDictWithoutKeys,
}

impl Instruction {
    /// The jump target, for instructions that can jump.
    pub fn jump_target(&self) -> Option<Label> {
        use Instruction::*;
        match *self {
            Jump(t) | JumpBackward(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t)
            | PopJumpIfNone(t) | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) => Some(t),
            ForIter { target, .. } => Some(target),
            _ => None,
        }
    }

    /// Mutable access to the jump target (used when resolving labels).
    pub(crate) fn jump_target_mut(&mut self) -> Option<&mut Label> {
        use Instruction::*;
        match self {
            Jump(t) | JumpBackward(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t)
            | PopJumpIfNone(t) | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) => Some(t),
            ForIter { target, .. } => Some(target),
            _ => None,
        }
    }

    /// The cache slot, for instructions that carry one.
    pub fn cache_slot(&self) -> Option<CacheSlot> {
        use Instruction::*;
        match *self {
            LoadGlobal { cache, .. }
            | LoadAttr { cache, .. }
            | StoreAttr { cache, .. }
            | LoadMethod { cache, .. }
            | BinarySubscr { cache }
            | StoreSubscr { cache }
            | BinaryOp { cache, .. }
            | InplaceOp { cache, .. }
            | CompareOp { cache, .. }
            | ForIter { cache, .. }
            | UnpackSequence { cache, .. }
            | Call { cache, .. }
            | CallMethod { cache, .. } => Some(cache),
            _ => None,
        }
    }

    pub(crate) fn cache_slot_mut(&mut self) -> Option<&mut CacheSlot> {
        use Instruction::*;
        match self {
            LoadGlobal { cache, .. }
            | LoadAttr { cache, .. }
            | StoreAttr { cache, .. }
            | LoadMethod { cache, .. }
            | BinarySubscr { cache }
            | StoreSubscr { cache }
            | BinaryOp { cache, .. }
            | InplaceOp { cache, .. }
            | CompareOp { cache, .. }
            | ForIter { cache, .. }
            | UnpackSequence { cache, .. }
            | Call { cache, .. }
            | CallMethod { cache, .. } => Some(cache),
            _ => None,
        }
    }

    /// True for instructions after which control never falls through to the
    /// next instruction.
    pub fn is_terminal(&self) -> bool {
        use Instruction::*;
        matches!(
            self,
            Jump(_) | JumpBackward(_) | ReturnValue | RaiseVarargs(_) | Reraise(_)
        )
    }

    /// How many entries at the top of the stack this instruction reads or
    /// pops (the depth it needs on entry): the VM's loop pops and peeks
    /// them without a check, so the verifier proves the stack holds them
    /// on every path. `freevars` as for `stack_effect`.
    pub fn stack_inputs(&self, freevars: u32) -> u32 {
        use Instruction::*;
        match *self {
            Nop | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_) | LoadClosure(_)
            | LoadName(_) | LoadGlobal { .. } | DeleteFast(_) | DeleteDeref(_) | DeleteName(_)
            | DeleteGlobal(_) | Jump(_) | JumpBackward(_) | KwNames(_) | LoadBuildClass
            | LoadAssertionError | SetupAnnotations => 0,
            Swap(k) | CopyItem(k) => k,
            PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) | LoadAttr { .. }
            | DeleteAttr(_) | LoadMethod { .. } | UnaryOp(_) | PopJumpIfFalse(_) | PopJumpIfTrue(_)
            | PopJumpIfNone(_) | PopJumpIfNotNone(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_)
            | GetIter | ForIter { .. } | ReturnValue | ListToTuple | UnpackSequence { .. }
            | UnpackToLocals(_) | UnpackEx { .. } | PushExcInfo | PopExcept | Reraise(_)
            | BeforeWith | BeforeAsyncWith | YieldValue | GetYieldFromIter | GetAwaitable(_)
            | GetAIter | GetANext | ImportFrom(_) | ImportStar | PrintExpr | GetLen | MatchMapping
            | MatchSequence => 1,
            StoreAttr { .. } | BinarySubscr { .. } | DeleteSubscr | BinaryOp { .. } | InplaceOp { .. }
            | CompareOp { .. } | IsOp(_) | ContainsOp(_) | CheckExcMatch | CheckEgMatch
            | PrepReraiseStar | YieldFrom | EndAsyncFor | ImportName(_) | MatchKeys
            | CopyDictWithoutKeys => 2,
            StoreSubscr { .. } | MatchClass(_) => 3,
            WithExceptStart => 4,
            BuildTuple(c) | BuildList(c) | BuildSet(c) | BuildString(c) | BuildSlice(c) => c,
            BuildMap(c) => c.saturating_mul(2),
            // The item, and the container `n` below it.
            ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) => n.saturating_add(1),
            MapAdd(n) => n.saturating_add(2),
            // The mapping, the dict `n` below it and the function 2 below that.
            DictMerge(n) => n.saturating_add(3),
            Call { argc, .. } => argc.saturating_add(1),
            CallMethod { argc, .. } => argc.saturating_add(2),
            CallFunctionEx { has_kwargs } => 2 + has_kwargs as u32,
            MakeFunction(_) => (1 - self.stack_effect(false, freevars)) as u32,
            RaiseVarargs(c) => c,
            FormatValue { has_spec, .. } => 1 + has_spec as u32,
        }
    }

    /// The net change of the stack depth when this instruction completes,
    /// along the jump (`jump == true`) or the fall-through edge. For
    /// `MakeFunction` with a closure, `freevars` is the number of closure
    /// cells the code object takes.
    pub fn stack_effect(&self, jump: bool, freevars: u32) -> i64 {
        use Instruction::*;
        let n = |x: u32| x as i64;
        match *self {
            Nop => 0,
            PopTop => -1,
            Swap(_) => 0,
            CopyItem(_) => 1,
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_) | LoadClosure(_)
            | LoadName(_) | LoadGlobal { .. } => 1,
            StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) => 0,
            LoadAttr { .. } => 0,
            StoreAttr { .. } => -2,
            DeleteAttr(_) => -1,
            LoadMethod { .. } => 1,
            BinarySubscr { .. } => -1,
            StoreSubscr { .. } => -3,
            DeleteSubscr => -2,
            UnaryOp(_) => 0,
            BinaryOp { .. } | InplaceOp { .. } | CompareOp { .. } | IsOp(_) | ContainsOp(_) => -1,
            Jump(_) | JumpBackward(_) => 0,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            GetIter => 0,
            ForIter { .. } => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            ReturnValue => -1,
            BuildTuple(c) | BuildList(c) | BuildSet(c) | BuildString(c) => 1 - n(c),
            BuildMap(c) => 1 - 2 * n(c),
            BuildSlice(c) => 1 - n(c),
            ListToTuple => 0,
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
            | DictMerge(_) => -1,
            MapAdd(_) => -2,
            UnpackSequence { count, .. } | UnpackToLocals(count) => n(count) - 1,
            UnpackEx { before, after } => before as i64 + n(after),
            KwNames(_) => 0,
            Call { argc, .. } => -n(argc),
            CallMethod { argc, .. } => -n(argc) - 1,
            CallFunctionEx { has_kwargs } => {
                if has_kwargs {
                    -2
                } else {
                    -1
                }
            }
            MakeFunction(flags) => {
                let mut popped = 0;
                if flags & make_function::DEFAULTS != 0 {
                    popped += 1;
                }
                if flags & make_function::KW_DEFAULTS != 0 {
                    popped += 1;
                }
                if flags & make_function::ANNOTATIONS != 0 {
                    popped += 1;
                }
                if flags & make_function::CLOSURE != 0 {
                    popped += n(freevars);
                }
                -popped
            }
            LoadBuildClass | LoadAssertionError => 1,
            RaiseVarargs(c) => -n(c),
            PushExcInfo => 1,
            PopExcept => -1,
            Reraise(_) => -1,
            CheckExcMatch => 0,
            CheckEgMatch => 0,
            PrepReraiseStar => -1,
            BeforeWith | BeforeAsyncWith => 1,
            WithExceptStart => 1,
            YieldValue => 0,
            YieldFrom => -1,
            GetYieldFromIter | GetAwaitable(_) | GetAIter => 0,
            GetANext => 1,
            EndAsyncFor => -2,
            FormatValue { has_spec, .. } => {
                if has_spec {
                    -1
                } else {
                    0
                }
            }
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            SetupAnnotations => 0,
            PrintExpr => -1,
            GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
            MatchClass(_) => -2,
            CopyDictWithoutKeys => 0,
        }
    }
}

// Compile-time check as well (a `static_assertions`-style guard).
const _: () = assert!(std::mem::size_of::<Instruction>() <= 8);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruction_is_at_most_eight_bytes() {
        assert!(std::mem::size_of::<Instruction>() <= 8, "{}", std::mem::size_of::<Instruction>());
    }
}
