//! The evaluation loop. Python-to-Python calls push a frame on the VM's
//! frame stack and continue in the same Rust loop; only native code calling
//! back into Python re-enters `run` (depth-bounded).

use std::sync::Arc;

use crate::object::code::*;
use crate::interp::frame::{resumed_in_place, Frame, FrameKind, GenKind, CALL_TARGET, COLLECT_TARGET, NO_TARGET, YF_TARGET};
use crate::object::heap::ObjRef;
use crate::object::*;
use crate::interp::ops::{BinOp, CmpOp};
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Unwind, Vm};

/// Per-interpreter state derived from a code object.
pub struct CodeCache {
    pub code: Arc<CodeObject>,
    /// The constants as values. Behind an `Arc` (of immutable contents,
    /// never replaced once the cache exists) so that `execute` can read
    /// them through a slice taken once per frame switch, as it reads the
    /// instructions.
    pub consts: Arc<[Value]>,
    pub names: Vec<ObjRef>,
    /// Inline caches, one per `CacheSlot` of the code.
    pub ic: Vec<Ic>,
    /// Side entries of polymorphic attribute sites (`LoadAttr`,
    /// `StoreAttr`, `LoadMethod` that met objects of several types): a
    /// site's primary entry links here through its `v2` (index + 1).
    pub poly: Vec<[Ic; POLY]>,
    /// The code object `__code__` returns, made on first use, so every
    /// function of this code shares one (`a.__code__ is b.__code__`).
    pub code_obj: Value,
    /// `__name__`, `__qualname__` and `__doc__` of the functions made from
    /// this code, made by the first of them and shared by the rest (as
    /// CPython shares the code object's): a comprehension or closure made
    /// in a loop allocates no strings. `None` until the first.
    pub fn_strings: Option<[Value; 3]>,
    /// `__module__` and built-ins of the last function made from this
    /// code, with the globals they were read from: valid while that dict
    /// is unchanged (its version) and no collection ran (the epoch), as
    /// the `LoadGlobal` cache. Keeps nothing alive.
    pub fn_env: Option<FnEnv>,
    /// Debug builds: the verifier's stack depth before each instruction,
    /// which `execute` checks the value stack against (its unchecked pops
    /// and pushes rely on each instruction's effect being the one the
    /// verifier assumed).
    #[cfg(debug_assertions)]
    pub depths: Vec<Option<u32>>,
}

#[derive(Clone, Copy)]
pub struct FnEnv {
    epoch: u64,
    globals: ObjRef,
    version: u64,
    module: Value,
    builtins: ObjRef,
}

/// An inline-cache entry. Entries never keep values alive: each is
/// validated by an epoch that changes at every collection (`LoadGlobal`:
/// the heap's collection count; attribute caches: the type-cache
/// generation, also bumped by any change to a type's namespace or MRO),
/// so a cached value is only used while what it was read from is
/// unchanged and alive.
#[derive(Clone, Copy)]
pub struct Ic {
    pub epoch: u64,
    /// `LoadGlobal`: globals; attribute caches: the type.
    pub k1: ObjRef,
    /// `LoadGlobal`: builtins.
    pub k2: ObjRef,
    /// `LoadGlobal`: globals' version; `LoadAttr`/`StoreAttr`: the entry
    /// position in the instance dict.
    pub v1: u64,
    /// `LoadGlobal`: builtins' version.
    pub v2: u64,
    pub val: Value,
    /// Attribute caches: the id of the shared keys `v1` is a position
    /// under (`shape.rs`; 0: an instance dict's entry position).
    pub keys: u64,
}

/// Types an attribute site caches besides its primary entry.
pub const POLY: usize = 4;

/// `Ic::keys` of a `LoadAttr` entry keyed by a class itself (`k1`), whose
/// `val` is what loading the attribute from that class gives.
const CLASS_ATTR: u64 = u64::MAX;

/// `Ic::keys` of a `LoadMethod` entry keyed by a class itself (`k1`)
/// whose attribute is a classmethod of the Python function `val`: the
/// site calls `val` with the class first.
const CLASS_METHOD: u64 = u64::MAX - 3;

/// `Ic::keys` of a `LoadAttr`/`StoreAttr` entry for a `__slots__` member
/// of the type (`k1`): `v1` is the slot's index in the instance.
const SLOT_MEMBER: u64 = u64::MAX - 1;

/// `Ic::keys` of a `LoadAttr`/`LoadMethod` entry for an attribute of the
/// module `k1` (of the module type itself) found in its dict `k2` at that
/// dict's version `v1`, as `LoadGlobal` caches a global (`math.sqrt`).
/// `epoch` is the heap's collection count: while it holds, neither object
/// was freed and its reference given to another.
const MODULE_ATTR: u64 = u64::MAX - 2;


/// `Ic::keys` of a `Call`/`CallMethod` entry for a plain Python function
/// (`k1`) that the site's positional arguments bind to exactly: no
/// keywords, no defaults needed, no `*args`/`**kwargs`, no cells or free
/// variables, not a generator or coroutine (CPython's CALL_PY_EXACT_ARGS).
/// `v1`: the callee's code-cache index (low 32 bits) and number of locals
/// (high 32); `v2`: the argument count; `k2`: its globals; `val`: its
/// built-ins. Valid while no collection ran (`epoch`, the heap's
/// collection count: the function was not freed and its reference
/// reused). What the entry records cannot change meanwhile: a function's
/// `__code__`, `__globals__`, `__closure__` and `__builtins__` are
/// read-only, and its `__defaults__` are not used by an exact call.
const PY_EXACT_CALL: u64 = u64::MAX - 8;

impl Ic {
    const EMPTY: Ic = Ic { epoch: u64::MAX, k1: ObjRef::unchecked(u32::MAX), k2: ObjRef::unchecked(u32::MAX), v1: 0, v2: 0, val: Value::Null, keys: 0 };
}

pub enum Exit {
    Return(Value),
    Yield(Value),
    /// The running green thread was switched out at its base (only the
    /// `run` of `Vm::run_slice` sees this; `threads.rs`).
    Switch,
}

fn ptr_hash(code: &Arc<CodeObject>) -> u64 {
    let p = Arc::as_ptr(code) as usize as u64;
    (p ^ (p >> 17)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Which generator kinds `resume_gen_inline` may resume in place.
const GEN_ONLY: u8 = 1;
const CORO_ONLY: u8 = 2;
const GEN_OR_CORO: u8 = GEN_ONLY | CORO_ONLY;

pub fn binop_of(op: BinaryOperator) -> BinOp {
    match op {
        BinaryOperator::Add => BinOp::Add,
        BinaryOperator::Subtract => BinOp::Sub,
        BinaryOperator::Multiply => BinOp::Mul,
        BinaryOperator::MatrixMultiply => BinOp::MatMul,
        BinaryOperator::TrueDivide => BinOp::TrueDiv,
        BinaryOperator::FloorDivide => BinOp::FloorDiv,
        BinaryOperator::Remainder => BinOp::Mod,
        BinaryOperator::Power => BinOp::Pow,
        BinaryOperator::LShift => BinOp::LShift,
        BinaryOperator::RShift => BinOp::RShift,
        BinaryOperator::And => BinOp::And,
        BinaryOperator::Or => BinOp::Or,
        BinaryOperator::Xor => BinOp::Xor,
    }
}

/// The truth of a bool, None or small int, as `Vm::truthy` gives it,
/// without the call; `None` for every other value.
#[inline(always)]
fn truthy_fast(v: Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b),
        Value::None => Some(false),
        Value::Int(i) => Some(i != 0),
        _ => None,
    }
}

/// `a op b` of small ints and floats that needs no method call, no big
/// int and no exception; `None` for every other case (the operator's
/// general path decides).
#[inline(always)]
fn arith_fast(a: Value, b: Value, op: BinaryOperator) -> Option<Value> {
    Some(match (a, b, op) {
        (Value::Int(x), Value::Int(y), BinaryOperator::Add) => Value::Int(x.checked_add(y)?),
        (Value::Int(x), Value::Int(y), BinaryOperator::Subtract) => Value::Int(x.checked_sub(y)?),
        (Value::Int(x), Value::Int(y), BinaryOperator::Multiply) => Value::Int(x.checked_mul(y)?),
        (Value::Int(x), Value::Int(y), BinaryOperator::Remainder) if y != 0 && x != i64::MIN => {
            // Python's modulo takes the divisor's sign.
            let r = x % y;
            Value::Int(if r != 0 && (r ^ y) < 0 { r + y } else { r })
        }
        (Value::Int(x), Value::Int(y), BinaryOperator::FloorDivide) if y != 0 && x != i64::MIN => {
            let q = x / y;
            Value::Int(if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q })
        }
        // Bit operations of small ints (a decoder's masks and shifts): a
        // negative count or a result past 64 bits takes the general path.
        (Value::Int(x), Value::Int(y), BinaryOperator::And) => Value::Int(x & y),
        (Value::Int(x), Value::Int(y), BinaryOperator::Or) => Value::Int(x | y),
        (Value::Int(x), Value::Int(y), BinaryOperator::Xor) => Value::Int(x ^ y),
        (Value::Int(x), Value::Int(y), BinaryOperator::RShift) if y >= 0 => Value::Int(x >> y.min(63)),
        (Value::Int(x), Value::Int(y), BinaryOperator::LShift) if (0..64).contains(&y) && (x << y) >> y == x => Value::Int(x << y),
        (Value::Float(x), Value::Float(y), BinaryOperator::Add) => Value::Float(x + y),
        (Value::Float(x), Value::Float(y), BinaryOperator::Subtract) => Value::Float(x - y),
        (Value::Float(x), Value::Float(y), BinaryOperator::Multiply) => Value::Float(x * y),
        (Value::Float(x), Value::Float(y), BinaryOperator::TrueDivide) if y != 0.0 => Value::Float(x / y),
        (Value::Int(x), Value::Float(y), BinaryOperator::Add) if x.unsigned_abs() < (1 << 53) => Value::Float(x as f64 + y),
        (Value::Float(x), Value::Int(y), BinaryOperator::Add) if y.unsigned_abs() < (1 << 53) => Value::Float(x + y as f64),
        (Value::Int(x), Value::Float(y), BinaryOperator::Multiply) if x.unsigned_abs() < (1 << 53) => Value::Float(x as f64 * y),
        (Value::Float(x), Value::Int(y), BinaryOperator::Multiply) if y.unsigned_abs() < (1 << 53) => Value::Float(x * y as f64),
        _ => return None,
    })
}

pub fn cmpop_of(op: ComparisonOperator) -> CmpOp {
    match op {
        ComparisonOperator::Less => CmpOp::Lt,
        ComparisonOperator::LessOrEqual => CmpOp::Le,
        ComparisonOperator::Equal => CmpOp::Eq,
        ComparisonOperator::NotEqual => CmpOp::Ne,
        ComparisonOperator::Greater => CmpOp::Gt,
        ComparisonOperator::GreaterOrEqual => CmpOp::Ge,
    }
}

impl Vm {
    /// The cache index for `code`, creating the cache on first use.
    pub fn code_cache_index(&mut self, code: &Arc<CodeObject>) -> PyResult<u32> {
        let h = ptr_hash(code);
        let addr = Arc::as_ptr(code) as usize;
        let m = (h >> 58) as usize & (crate::interp::vm::CODE_MEMO - 1);
        if self.code_memo[m].0 == addr {
            return Ok(self.code_memo[m].1);
        }
        let caches = &self.code_caches;
        if let Some(&i) = self.code_index.find(h, |&i| Arc::ptr_eq(&caches[i as usize].code, code)) {
            self.code_memo[m] = (addr, i);
            return Ok(i);
        }
        // The loop below (`execute`) fetches instructions, reads constants
        // and locals and pops and pushes the value stack without checks
        // on what the verifier proves; code objects only come from our
        // compiler, so a failure here is a compiler bug, refused whole.
        #[cfg(not(debug_assertions))]
        let verified = pyx_compiler::verify_code(code);
        #[cfg(debug_assertions)]
        let verified = pyx_compiler::verified_depths(code);
        let verified = match verified {
            Ok(v) => v,
            Err(e) => return Err(self.runtime_error(format!("pyx: internal error: the compiled code fails verification: {e}"))),
        };
        let mut consts = Vec::with_capacity(code.constants.len());
        for c in code.constants.iter() {
            let v = self.constant_value(c)?;
            consts.push(v);
        }
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let i = self.code_caches.len() as u32;
        let ic = vec![Ic::EMPTY; code.cache_count as usize];
        let consts: Arc<[Value]> = consts.into();
        #[cfg(not(debug_assertions))]
        let () = verified;
        self.code_caches.push(CodeCache {
            code: code.clone(),
            consts,
            names,
            ic,
            poly: Vec::new(),
            code_obj: Value::Null,
            fn_strings: None,
            fn_env: None,
            #[cfg(debug_assertions)]
            depths: verified,
        });
        let caches = &self.code_caches;
        self.code_index.insert_unique(h, i, |&j| ptr_hash(&caches[j as usize].code));
        self.code_memo[m] = (addr, i);
        Ok(i)
    }

    pub fn constant_value(&mut self, c: &Constant) -> PyResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => self.new_int((**b).clone())?,
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => self.alloc_val(self.t.complex, Payload::Complex(*real, *imag))?,
            Constant::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    Value::Obj(self.intern(s))
                } else {
                    self.new_str(s)?
                }
            }
            Constant::Bytes(b) => self.new_bytes(b.to_vec())?,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for it in items.iter() {
                    v.push(self.constant_value(it)?);
                }
                self.new_tuple(v)?
            }
            Constant::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for it in items.iter() {
                    v.push(self.constant_value(it)?);
                }
                crate::builtins::types::set::new_set_from(self, self.t.frozenset, &v)?
            }
            Constant::Code(code) => self.alloc_val(self.t.code, Payload::Code(code.clone()))?,
        })
    }

    /// Run a module-level code object with `globals` as globals and locals.
    pub fn run_code(&mut self, code: &Arc<CodeObject>, globals: ObjRef, locals: Value) -> PyResult<Value> {
        let ci = self.code_cache_index(code)?;
        let base = self.stack.len();
        let nlocals = code.varnames.len();
        self.stack.resize(base + nlocals, Value::Null);
        self.push_cells(code, None)?;
        let sp0 = self.stack.len();
        let builtins = self.builtins_of(globals);
        let frame = Frame {
            ci,
            pc: 0,
            lasti: 0,
            base,
            sp0,
            ret_sp: base,
            globals,
            builtins,
            locals_map: locals,
            func: None,
            gen: None,
            kind: FrameKind::Normal,
            entry: true,
            for_target: crate::interp::frame::NO_TARGET,
            outer_exc: Value::Null,
        };
        if self.frames.len() as u32 >= self.limits.max_recursion {
            self.stack.truncate(base);
            return Err(self.recursion_error());
        }
        self.frames.push(frame);
        let outermost = self.frames.len() == 1 && self.native_depth == 0 && self.door_depth == 0;
        let r = self.run();
        if outermost && self.threads.others && !matches!(r, Err(Unwind::Terminate(_))) {
            // The main program ended (or raised): CPython joins the
            // non-daemon threads before it exits.
            let keep = match &r {
                Ok(Exit::Return(v)) => *v,
                Err(Unwind::Exception(e)) => Value::Obj(*e),
                _ => Value::None,
            };
            self.temp_roots.push(keep);
            let f = self.finish_threads();
            self.temp_roots.pop();
            if let (Err(e), Ok(_)) = (f, &r) {
                return Err(e);
            }
        }
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) | Exit::Switch => Err(self.runtime_error("yield outside function")),
        }
    }

    /// Push the entry frame of a new green thread running `func()` (a
    /// plain Python function of no arguments) on the empty stacks.
    pub(crate) fn push_thread_frame(&mut self, func: Value) -> PyResult<()> {
        let fpos = self.stack.len();
        match self.try_push_py_frame(func, &[], &[], fpos)? {
            Some(true) => {
                if let Some(f) = self.frames.last_mut() {
                    f.entry = true;
                }
                Ok(())
            }
            _ => Err(self.type_error("a thread runs a Python function of no arguments")),
        }
    }

    /// Run the top frame until the entry frame returns or yields.
    pub fn run(&mut self) -> PyResult<Exit> {
        loop {
            match self.execute() {
                Ok(x) => return Ok(x),
                Err(Unwind::Terminate(t)) => {
                    self.drop_to_entry();
                    return Err(Unwind::Terminate(t));
                }
                Err(Unwind::Exception(e)) => match self.unwind_exception(e) {
                    Ok(Some(x)) => return Ok(x),
                    Ok(None) => {}
                    Err(Unwind::Terminate(t)) => {
                        // Raised while unwinding (the entry frame is still
                        // on the stack).
                        self.drop_to_entry();
                        return Err(Unwind::Terminate(t));
                    }
                    Err(e) => return Err(e),
                },
            }
        }
    }

    /// Not catchable: drop every frame up to the entry frame.
    fn drop_to_entry(&mut self) {
        while let Some(f) = self.frames.pop() {
            if f.gen.is_some() {
                self.drop_segment();
            } else {
                self.stack.truncate(f.ret_sp.min(f.base));
            }
            if let Some(g) = f.gen {
                crate::builtins::types::function::leave_gen_exc(self, g, f.outer_exc, false);
                crate::builtins::types::function::gen_finish(self, g);
            }
            if f.entry {
                break;
            }
        }
    }

    /// Find a handler for `e` starting at the top frame. Returns `Ok(None)`
    /// when execution should resume; `Err` when the entry frame was left.
    fn unwind_exception(&mut self, mut e: ObjRef) -> PyResult<Option<Exit>> {
        let mut reraise = std::mem::replace(&mut self.reraising, false);
        loop {
            let Some(f) = self.frames.last() else { return Err(Unwind::Exception(e)) };
            let lasti = f.lasti;
            let code = self.code_caches[f.ci as usize].code.clone();
            if !reraise {
                crate::builtins::types::exceptions::add_traceback(self, e, &code, lasti)?;
            }
            reraise = false;
            let f = match self.frames.last_mut() {
                Some(f) => f,
                None => return Err(Unwind::Exception(e)),
            };
            if let Some(h) = code.handler_for(lasti) {
                let depth = f.sp0 + h.depth as usize;
                f.pc = h.target;
                // The verifier proved the handler's depth at most the
                // stack's depth at the instruction, before it took its
                // inputs; one that raised after popping below it would
                // leave the handler a shorter stack than proven (and
                // `execute` pops without checks): fill it up to that depth.
                debug_assert!(self.stack.len() >= depth, "an instruction raised below its handler's depth");
                self.stack.resize(depth, Value::None);
                if h.push_lasti {
                    self.stack.push(Value::Int(lasti as i64));
                }
                self.stack.push(Value::Obj(e));
                return Ok(None);
            }
            let Some(f) = self.frames.pop() else { return Err(Unwind::Exception(e)) };
            if f.gen.is_some() {
                self.drop_segment();
            } else {
                self.stack.truncate(f.ret_sp.min(f.base));
            }
            if let Some(g) = f.gen {
                crate::builtins::types::function::leave_gen_exc(self, g, f.outer_exc, false);
                crate::builtins::types::function::gen_finish(self, g);
                if resumed_in_place(f.for_target) && self.exc_is(e, self.t.stop_iteration) {
                    let kind = match &self.heap.get(g).payload {
                        Payload::Generator(gd) => gd.kind,
                        _ => GenKind::Generator,
                    };
                    match crate::builtins::types::function::stop_iteration_escaped(self, e, kind) {
                        Unwind::Exception(n) => e = n,
                        other => return Err(other),
                    }
                }
            }
            if f.entry {
                return Err(Unwind::Exception(e));
            }
        }
    }

    /// The UnboundLocalError of reading (or deleting) the unbound local
    /// `i` of code cache `ci`; out of line, off the loop's hot path.
    #[cold]
    #[inline(never)]
    fn unbound_local(&mut self, ci: usize, i: u32) -> Unwind {
        let name = self.code_caches[ci].code.varnames[i as usize].to_string();
        self.exc_msg(
            self.t.unbound_local_error,
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        )
    }
    /// Replace the two top values of the stack by `v` (an operator's
    /// result in its left operand's place): `truncate` without its check.
    #[inline(always)]
    fn set_top2(&mut self, v: Value) {
        let l = self.stack.len();
        debug_assert!(l >= 2);
        if let Some(slot) = self.stack.get_mut(l.wrapping_sub(2)) {
            *slot = v;
            // SAFETY: the slot at `l - 2` exists, so `l >= 2` and
            // `l - 1` is within the initialised length; values are
            // `Copy` (nothing to drop).
            unsafe { self.stack.set_len(l - 1) };
        }
    }
    /// Pop the top of the value stack. Only for `execute`'s instructions,
    /// which take no more items than the verifier proved the frame's
    /// stack holds (`stack_inputs`).
    #[inline(always)]
    fn pop(&mut self) -> Value {
        let l = self.stack.len();
        debug_assert!(l > 0, "pop of an empty value stack");
        // SAFETY: the verifier (`pyx_compiler::verify_code`, run when the
        // code's cache is made) proved that every instruction finds at
        // least as many items above the frame's `sp0` as it pops or reads,
        // so `l >= 1` here; `l - 1` is then an initialised slot, and
        // values are `Copy` (shortening drops nothing).
        unsafe {
            self.stack.set_len(l - 1);
            *self.stack.as_ptr().add(l - 1)
        }
    }
    /// Push `v` where the frame's own depth allows it: the value stack
    /// has room reserved for the frame's `max_stack_depth` items above
    /// its `sp0` at every frame switch in `execute`, and the verifier
    /// proved the depth never passes it. Only for pushes that bring the
    /// depth to at most the instruction's verified depth after it.
    #[inline(always)]
    fn push_fast(&mut self, v: Value) {
        let l = self.stack.len();
        debug_assert!(l < self.stack.capacity(), "value stack pushed past its reserve");
        // SAFETY: `execute` reserved capacity for `sp0 + max_stack_depth`
        // items when it switched to this frame (capacity never shrinks
        // while the frame runs: the frame's stack is the same vector
        // throughout, as its locals at `base` require), and the verifier
        // proved this push keeps the depth within `max_stack_depth`, so
        // slot `l` is inside the allocation.
        unsafe {
            self.stack.as_mut_ptr().add(l).write(v);
            self.stack.set_len(l + 1);
        }
    }
    #[inline]
    fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::None)
    }
    #[inline]
    fn peek(&self, n: usize) -> Value {
        // n = 1 is TOS.
        let l = self.stack.len();
        if n <= l {
            self.stack[l - n]
        } else {
            Value::None
        }
    }

    fn locals_map_get(&mut self, map: Value, name: ObjRef) -> PyResult<Option<Value>> {
        match map {
            Value::Obj(m) if matches!(self.heap.get(m).payload, Payload::Dict(_)) && self.heap.get(m).class == self.t.dict => {
                Ok(self.dict_get_str(m, name))
            }
            Value::Null | Value::None => Ok(None),
            _ => match self.getitem(map, Value::Obj(name)) {
                Ok(v) => Ok(Some(v)),
                Err(Unwind::Exception(e)) if self.exc_is(e, self.t.key_error) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn name_error(&mut self, name: ObjRef) -> Unwind {
        let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        let e = self.exc_msg(self.t.name_error, format!("name '{}' is not defined", n));
        if let Unwind::Exception(r) = e {
            let key = self.intern("name");
            let _ = self.set_exc_attr(r, key, Value::Obj(name));
            if let Some(s) = self.name_suggestion(&n) {
                if let Payload::Exception(ed) = &mut self.heap.get_mut(r).payload {
                    ed.hint = Some(Box::new(crate::object::SuggestionHint::Name(s.into())));
                }
            }
        }
        e
    }

    /// CPython's "Did you mean" for a missing name: the closest among the
    /// running frame's locals, else its globals, else its builtins.
    fn name_suggestion(&mut self, wrong: &str) -> Option<String> {
        let f = self.frames.last()?;
        let (globals, builtins, locals_map) = (f.globals, f.builtins, f.locals_map);
        let mut lists: Vec<Vec<Value>> = Vec::new();
        match locals_map {
            Value::Obj(m) => {
                if let Payload::Dict(d) = &self.heap.get(m).payload {
                    lists.push(d.keys());
                }
            }
            _ => {
                let code = self.code_caches[f.ci as usize].code.clone();
                let base = f.base;
                let bound = code
                    .varnames
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| self.stack.get(base + i).is_some_and(|v| !matches!(v, Value::Null)))
                    .map(|(_, n)| n.to_string())
                    .collect::<Vec<_>>();
                if let Some(s) = crate::interp::suggestions::closest(wrong, &bound.iter().map(|s| s.as_str()).collect::<Vec<_>>()) {
                    return Some(s.to_string());
                }
            }
        }
        for d in [globals, builtins] {
            if let Payload::Dict(d) = &self.heap.get(d).payload {
                lists.push(d.keys());
            }
        }
        for keys in lists {
            self.tick(keys.len() as u64).ok()?;
            let names: Vec<&str> = keys.iter().filter_map(|k| self.str_of(*k)).collect();
            if let Some(s) = crate::interp::suggestions::closest(wrong, &names) {
                return Some(s.to_string());
            }
        }
        None
    }

    fn load_global(&mut self, globals: ObjRef, builtins: ObjRef, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    fn cell_at(&self, base: usize, nlocals: usize, i: u32) -> ObjRef {
        match self.stack.get(base + nlocals + i as usize) {
            Some(Value::Obj(c)) => *c,
            _ => ObjRef::unchecked(0),
        }
    }

    fn deref_error(&mut self, code: &CodeObject, i: u32) -> Unwind {
        let name = code.deref_name(i).unwrap_or("?").to_string();
        if (i as usize) < code.cellvars.len() {
            self.exc_msg(
                self.t.unbound_local_error,
                format!("cannot access local variable '{}' where it is not associated with a value", name),
            )
        } else {
            self.exc_msg(
                self.t.name_error,
                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
            )
        }
    }

    /// Execute instructions of the top frame (and frames it calls).
    fn execute(&mut self) -> PyResult<Exit> {
        'frame: loop {
            // Every frame switch (call, return, yield, resume) is a safe
            // point too: all values are on the VM stack or in frames. A
            // recursive function with no loop (pyperformance's coroutines)
            // would otherwise never reach a backward jump to collect at.
            if self.heap.gc_due {
                self.collect();
            }
            let fi = self.frames.len() - 1;
            // The code is reached through the per-interpreter cache (no
            // Arc clone per frame switch; error paths clone the frame's).
            let ci = self.frames[fi].ci as usize;
            let base = self.frames[fi].base;
            let nlocals = self.code_caches[ci].code.varnames.len();
            let mut pc = self.frames[fi].pc as usize;
            let mut kwnames: Option<u32> = None;
            let code_ptr: *const CodeObject = Arc::as_ptr(&self.code_caches[ci].code);
            // SAFETY: `code_ptr` points at the CodeObject that
            // `code_caches[ci]` holds through an `Arc`. Entries of
            // `code_caches` are only ever appended (never removed or
            // replaced while the Vm lives), so that Arc, and with it the
            // immutable CodeObject and its boxed instruction slice, stays
            // alive and in place for this whole loop, even when the
            // vector of caches reallocates. Reading the instructions this
            // way saves the cache-vector index, bounds check and Arc
            // dereference on every instruction; taking the slice once per
            // frame switch keeps its address and length in locals instead
            // of reloading them through the code object per instruction.
            let instructions: &[Instruction] = unsafe { &(*code_ptr).instructions };
            let consts_ptr: *const [Value] = Arc::as_ptr(&self.code_caches[ci].consts);
            // SAFETY: as for `instructions`: the `Arc` of `code_caches[ci]`
            // holds these immutable values, in place, for the whole loop.
            let consts: &[Value] = unsafe { &*consts_ptr };
            // Where the frame resumes must be an instruction: from there on
            // the verifier proved every jump target and fall-through inside
            // the code, so the loop fetches without a check.
            if pc >= instructions.len() {
                return Err(self.runtime_error("pyx: fell off the end of the code"));
            }
            // The locals lie below `sp0`, and the frame's items above it:
            // what the unchecked LoadFast/StoreFast and pops stand on.
            // Every frame is built that way (its locals, then its cells,
            // are put on the stack before `sp0` is taken); checking it
            // here in release builds cost about 1% (go +0.9%, richards
            // +1.3%), so debug builds check it.
            let sp0 = self.frames[fi].sp0;
            debug_assert!(sp0 >= base + nlocals && self.stack.len() >= sp0, "a frame's value stack is short");
            // Room for the frame's deepest stack (`push_fast`).
            {
                let need = sp0 + self.code_caches[ci].code.max_stack_depth as usize;
                self.stack.reserve(need.saturating_sub(self.stack.len()));
            }
            loop {
                let lasti = pc;
                debug_assert!(pc < instructions.len());
                #[cfg(debug_assertions)]
                {
                    let want = self.code_caches[ci].depths[pc].map(|d| self.frames[fi].sp0 + d as usize);
                    debug_assert_eq!(Some(self.stack.len()), want, "value stack depth at {} of {}: {:?}", pc, self.code_caches[ci].code.qualname, instructions[pc]);
                }
                // SAFETY: `pc` was checked against the length above when
                // the frame was entered, and since then only moved to a
                // jump target or to the next instruction, or (fused
                // instructions) past ones it read with a check: the verifier
                // proved jump targets in range and that no instruction
                // falls through past the end.
                let ins = unsafe { *instructions.get_unchecked(pc) };
                pc += 1;
                macro_rules! t {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(err) => {
                                let f = &mut self.frames[fi];
                                f.lasti = lasti as u32;
                                f.pc = pc as u32;
                                return Err(err);
                            }
                        }
                    };
                }
                macro_rules! fail {
                    ($e:expr) => {{
                        let err = $e;
                        let f = &mut self.frames[fi];
                        f.lasti = lasti as u32;
                        f.pc = pc as u32;
                        return Err(err);
                    }};
                }
                use Instruction as I;
                match ins {
                    I::Nop => {}
                    I::PopTop => {
                        self.pop();
                    }
                    I::Swap(n) => {
                        let l = self.stack.len();
                        self.stack.swap(l - 1, l - n as usize);
                    }
                    I::CopyItem(n) => {
                        let v = self.peek(n as usize);
                        self.push_fast(v);
                    }
                    I::LoadConst(i) => {
                        debug_assert!((i as usize) < consts.len());
                        // SAFETY: the verifier proved the operand below the
                        // code's constant count, the length of `consts`.
                        let v = unsafe { *consts.get_unchecked(i as usize) };
                        self.push_fast(v);
                    }
                    I::LoadFast(i) => {
                        debug_assert!(base + (i as usize) < self.stack.len());
                        // SAFETY: the verifier proved `i < nlocals`, and the
                        // frame's locals occupy `base..base + nlocals`, below
                        // its `sp0`, under every item its instructions take.
                        let v = unsafe { *self.stack.get_unchecked(base + i as usize) };
                        if v.is_null() {
                            fail!(self.unbound_local(ci, i));
                        }
                        self.push_fast(v);
                    }
                    I::StoreFast(i) => {
                        let v = self.pop();
                        debug_assert!(base + (i as usize) < self.stack.len());
                        // SAFETY: as for LoadFast.
                        unsafe { *self.stack.get_unchecked_mut(base + i as usize) = v };
                    }
                    I::DeleteFast(i) => {
                        if self.stack[base + i as usize].is_null() {
                            fail!(self.unbound_local(ci, i));
                        }
                        self.stack[base + i as usize] = Value::Null;
                    }
                    I::LoadDeref(i) => {
                        let c = self.cell_at(base, nlocals, i);
                        let v = match &self.heap.get(c).payload {
                            Payload::Cell(v) => *v,
                            _ => Value::Null,
                        };
                        if v.is_null() {
                            fail!({
                                let code = self.code_caches[ci].code.clone();
                                self.deref_error(&code, i)
                            });
                        }
                        self.push_fast(v);
                    }
                    I::StoreDeref(i) => {
                        let v = self.pop();
                        let c = self.cell_at(base, nlocals, i);
                        if let Payload::Cell(slot) = &mut self.heap.get_mut(c).payload {
                            *slot = v;
                        }
                    }
                    I::DeleteDeref(i) => {
                        let c = self.cell_at(base, nlocals, i);
                        let was = match &mut self.heap.get_mut(c).payload {
                            Payload::Cell(slot) => std::mem::replace(slot, Value::Null),
                            _ => Value::Null,
                        };
                        if was.is_null() {
                            fail!({
                                let code = self.code_caches[ci].code.clone();
                                self.deref_error(&code, i)
                            });
                        }
                    }
                    I::LoadClassDeref(i) => {
                        let name_s = self.code_caches[ci].code.deref_name(i).unwrap_or("").to_string();
                        let name = self.intern(&name_s);
                        let map = self.frames[fi].locals_map;
                        if let Some(v) = t!(self.locals_map_get(map, name)) {
                            self.push_fast(v);
                        } else {
                            let c = self.cell_at(base, nlocals, i);
                            let v = match &self.heap.get(c).payload {
                                Payload::Cell(v) => *v,
                                _ => Value::Null,
                            };
                            if v.is_null() {
                                fail!({
                                let code = self.code_caches[ci].code.clone();
                                self.deref_error(&code, i)
                            });
                            }
                            self.push_fast(v);
                        }
                    }
                    I::LoadClosure(i) => {
                        let c = self.cell_at(base, nlocals, i);
                        self.push_fast(Value::Obj(c));
                    }
                    I::LoadName(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let map = self.frames[fi].locals_map;
                        let v = match t!(self.locals_map_get(map, name)) {
                            Some(v) => v,
                            None => {
                                let (g, b) = (self.frames[fi].globals, self.frames[fi].builtins);
                                t!(self.load_global(g, b, name))
                            }
                        };
                        self.push_fast(v);
                    }
                    I::StoreName(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let v = self.pop();
                        let map = self.frames[fi].locals_map;
                        match map {
                            Value::Obj(m) if self.heap.get(m).class == self.t.dict => {
                                t!(self.dict_set(m, Value::Obj(name), v))
                            }
                            Value::Obj(_) => t!(self.setitem(map, Value::Obj(name), v)),
                            _ => {
                                let g = self.frames[fi].globals;
                                t!(self.dict_set(g, Value::Obj(name), v))
                            }
                        }
                    }
                    I::DeleteName(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let map = self.frames[fi].locals_map;
                        let target = match map {
                            Value::Obj(_) => map,
                            _ => Value::Obj(self.frames[fi].globals),
                        };
                        match self.delitem(target, Value::Obj(name)) {
                            Ok(()) => {}
                            Err(Unwind::Exception(e)) if self.exc_is(e, self.t.key_error) => {
                                fail!(self.name_error(name))
                            }
                            Err(e) => fail!(e),
                        }
                    }
                    I::LoadGlobal { name, cache } => {
                        let (g, b) = (self.frames[fi].globals, self.frames[fi].builtins);
                        let slot = cache.index().unwrap_or(usize::MAX);
                        if let Some(e) = self.code_caches[ci].ic.get(slot) {
                            if e.k1 == g
                                && e.k2 == b
                                && e.epoch == self.heap.collections
                                && e.v1 == self.dict_version(g)
                                && (e.keys != 0 || e.v2 == self.dict_version(b))
                            {
                                self.push_fast(e.val);
                                continue;
                            }
                            if let Some(v) = self.ic_global_at(ci, slot, g, b, self.code_caches[ci].names[name as usize]) {
                                self.push_fast(v);
                                continue;
                            }
                        }
                        let name = self.code_caches[ci].names[name as usize];
                        let v = match self.dict_get_str(g, name) {
                            Some(v) => v,
                            None => t!(self.load_global(g, b, name)),
                        };
                        let (v1, v2, epoch) = (self.dict_version(g), self.dict_version(b), self.heap.collections);
                        let keys = self.global_position(g, name);
                        if let Some(e) = self.code_caches[ci].ic.get_mut(slot) {
                            *e = Ic { epoch, k1: g, k2: b, v1, v2, val: v, keys };
                        }
                        self.push_fast(v);
                    }
                    I::StoreGlobal(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let v = self.pop();
                        let g = self.frames[fi].globals;
                        t!(self.dict_set(g, Value::Obj(name), v));
                    }
                    I::DeleteGlobal(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let g = self.frames[fi].globals;
                        match self.dict_del(g, Value::Obj(name)) {
                            Ok(true) => {}
                            Ok(false) => fail!(self.name_error(name)),
                            Err(e) => fail!(e),
                        }
                    }
                    I::LoadAttr { name, cache } => {
                        let name = self.code_caches[ci].names[name as usize];
                        let obj = self.pop();
                        let slot = cache.index().unwrap_or(usize::MAX);
                        if let Some(v) = self.ic_instance_dict_get(ci, slot, obj, name) {
                            self.push_fast(v);
                            continue;
                        }
                        let v = t!(self.getattr_at_site(ci, slot, obj, name));
                        self.ic_instance_dict_fill(ci, slot, obj, name, false);
                        self.ic_class_attr_fill(ci, slot, obj, name, v);
                        self.push_fast(v);
                    }
                    I::StoreAttr { name, cache } => {
                        let name = self.code_caches[ci].names[name as usize];
                        let obj = self.pop();
                        let v = self.pop();
                        let slot = cache.index().unwrap_or(usize::MAX);
                        if t!(self.ic_instance_dict_set(ci, slot, obj, name, v)) {
                            continue;
                        }
                        t!(self.setattr(obj, name, v));
                        self.ic_instance_dict_fill(ci, slot, obj, name, true);
                    }
                    I::DeleteAttr(name) => {
                        let name = self.code_caches[ci].names[name as usize];
                        let obj = self.pop();
                        t!(self.delattr(obj, name));
                    }
                    I::LoadMethod { name, cache } => {
                        let name = self.code_caches[ci].names[name as usize];
                        let obj = self.pop();
                        let slot = cache.index().unwrap_or(usize::MAX);
                        if let Some(m) = self.ic_method_get(ci, slot, obj, name) {
                            self.push_fast(m);
                            self.push_fast(obj);
                            continue;
                        }
                        let (m, slf) = t!(self.load_method_miss(ci, slot, obj, name));
                        self.push_fast(m);
                        self.push_fast(slf);
                    }
                    I::BinarySubscr { .. } => {
                        let l = self.stack.len();
                        // An item of an exact list or array by an int
                        // index, read in place (the rest: `Vm::getitem`).
                        if let (Value::Obj(r), Value::Int(i)) = (self.stack[l - 2], self.stack[l - 1]) {
                            let o = self.heap.get(r);
                            let v = match &o.payload {
                                Payload::List(items) if o.class == self.t.list => {
                                    let j = if i < 0 { i.wrapping_add(items.len() as i64) } else { i };
                                    usize::try_from(j).ok().and_then(|j| items.get(j)).copied()
                                }
                                Payload::Array(a) if o.class == self.t.array => a.get_inline(i),
                                _ => None,
                            };
                            if let Some(v) = v {
                                self.set_top2(v);
                                continue;
                            }
                        }
                        // `c[key]` of a class statement's type whose
                        // `__getitem__` is a plain Python function runs in
                        // this loop, like a call: [c, key] are its arguments.
                        if let Some(func) = self.subscript_function(self.stack[l - 2], self.n.__getitem__, 2) {
                            if let Some((ci2, builtins, globals, closure)) = self.simple_function(func, 2) {
                                t!(self.tick(1));
                                self.frames[fi].pc = pc as u32;
                                self.frames[fi].lasti = lasti as u32;
                                t!(self.push_simple_frame(func, ci2, builtins, globals, closure, l - 2, l - 2, 2, FrameKind::Normal));
                                continue 'frame;
                            }
                        }
                        let key = self.pop();
                        let c = self.pop();
                        let v = t!(self.getitem(c, key));
                        self.push_fast(v);
                    }
                    I::StoreSubscr { .. } => {
                        let l = self.stack.len();
                        // Any value stored into an exact list, an int or
                        // float into an exact array, by an int index in
                        // range (the rest: `Vm::setitem`).
                        if let (Value::Obj(r), Value::Int(i)) = (self.stack[l - 2], self.stack[l - 1]) {
                            // (The class first: `get_mut` of a shared base
                            // object would copy it.)
                            let class = self.heap.get(r).class;
                            if class == self.t.list {
                                let v = self.stack[l - 3];
                                if let Payload::List(items) = &mut self.heap.get_mut(r).payload {
                                    let j = if i < 0 { i.wrapping_add(items.len() as i64) } else { i };
                                    if let Some(slot) = usize::try_from(j).ok().and_then(|j| items.get_mut(j)) {
                                        *slot = v;
                                        self.stack.truncate(l - 3);
                                        continue;
                                    }
                                }
                            } else if class == self.t.array {
                                let v = self.stack[l - 3];
                                if let Payload::Array(a) = &mut self.heap.get_mut(r).payload {
                                    if a.set_inline(i, v) {
                                        self.stack.truncate(l - 3);
                                        continue;
                                    }
                                }
                            }
                        }
                        // As BinarySubscr, for `__setitem__`: [v, c, key]
                        // become its arguments (c, key, v); the result is
                        // dropped on return.
                        if let Some(func) = self.subscript_function(self.stack[l - 2], self.n.__setitem__, 3) {
                            if let Some((ci2, builtins, globals, closure)) = self.simple_function(func, 3) {
                                t!(self.tick(1));
                                self.stack[l - 3..].rotate_left(1);
                                self.frames[fi].pc = pc as u32;
                                self.frames[fi].lasti = lasti as u32;
                                t!(self.push_simple_frame(func, ci2, builtins, globals, closure, l - 3, l - 3, 3, FrameKind::Store));
                                continue 'frame;
                            }
                        }
                        let key = self.pop();
                        let c = self.pop();
                        let v = self.pop();
                        t!(self.setitem(c, key, v));
                    }
                    I::DeleteSubscr => {
                        let key = self.pop();
                        let c = self.pop();
                        t!(self.delitem(c, key));
                    }
                    I::UnaryOp(op) => {
                        let v = self.pop();
                        let r = match op {
                            UnaryOperator::Negative => t!(self.unary_neg(v)),
                            UnaryOperator::Positive => t!(self.unary_pos(v)),
                            UnaryOperator::Invert => t!(self.unary_invert(v)),
                            UnaryOperator::Not => Value::Bool(!match truthy_fast(v) {
                                Some(b) => b,
                                None => t!(self.truthy(v)),
                            }),
                        };
                        self.push_fast(r);
                    }
                    I::BinaryOp { op, .. } => {
                        // Small ints and floats: the result takes the left
                        // operand's place (no two pops and a push).
                        let l = self.stack.len();
                        if l >= 2 {
                            if let Some(r) = arith_fast(self.stack[l - 2], self.stack[l - 1], op) {
                                self.set_top2(r);
                                continue;
                            }
                        }
                        // Everything else (an int result past 64 bits, a
                        // division by zero, other types) takes the general
                        // path; a class's Python `__op__` runs in this loop.
                        let b = self.pop();
                        let a = self.pop();
                        let r = match (a, b, op) {
                            (Value::Obj(_), _, _) => {
                                // `a.__op__(b)` of a class statement's type
                                // runs in this loop, like a call.
                                let bop = binop_of(op);
                                if let Some(func) = self.binary_forward_function(a, b, bop) {
                                    if let Some((ci2, builtins, globals, closure)) = self.simple_function(func, 2) {
                                        t!(self.tick(1));
                                        self.stack.extend_from_slice(&[a, b, a, b]);
                                        let l = self.stack.len();
                                        self.frames[fi].pc = pc as u32;
                                        self.frames[fi].lasti = lasti as u32;
                                        t!(self.push_simple_frame(func, ci2, builtins, globals, closure, l - 4, l - 2, 2, FrameKind::BinOp(bop)));
                                        continue 'frame;
                                    }
                                }
                                t!(self.binary_op(a, b, bop))
                            }
                            _ => t!(self.binary_op(a, b, binop_of(op))),
                        };
                        self.push_fast(r);
                    }
                    I::InplaceOp { op, .. } => {
                        // An int or float has no in-place methods: `a op= b`
                        // is `a op b`, done in place as by BinaryOp.
                        let l = self.stack.len();
                        if l >= 2 {
                            if let Some(r) = arith_fast(self.stack[l - 2], self.stack[l - 1], op) {
                                self.set_top2(r);
                                continue;
                            }
                        }
                        let b = self.pop();
                        let a = self.pop();
                        let r = match (a, b, op) {
                            _ => t!(self.inplace_op(a, b, binop_of(op))),
                        };
                        self.push_fast(r);
                    }
                    I::CompareOp { op, .. } => {
                        let l = self.stack.len();
                        if l >= 2 {
                            let r = match (self.stack[l - 2], self.stack[l - 1]) {
                                (Value::Int(x), Value::Int(y)) => Some(cmpop_of(op).test(x.cmp(&y))),
                                (Value::Float(x), Value::Float(y)) if !x.is_nan() && !y.is_nan() => {
                                    Some(cmpop_of(op).test(x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)))
                                }
                                _ => None,
                            };
                            if let Some(r) = r {
                                self.set_top2(Value::Bool(r));
                                continue;
                            }
                        }
                        let b = self.pop();
                        let a = self.pop();
                        let r = match (a, b) {
                            (Value::Int(x), Value::Int(y)) => Value::Bool(cmpop_of(op).test(x.cmp(&y))),
                            (Value::Float(x), Value::Float(y)) if !x.is_nan() && !y.is_nan() => {
                                Value::Bool(cmpop_of(op).test(x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)))
                            }
                            _ => t!(self.rich_compare(a, b, cmpop_of(op))),
                        };
                        self.push_fast(r);
                    }
                    I::IsOp(neg) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.push_fast(Value::Bool(a.is(b) != neg));
                    }
                    I::ContainsOp(neg) => {
                        let b = self.pop();
                        let a = self.pop();
                        let r = t!(self.contains(b, a));
                        self.push_fast(Value::Bool(r != neg));
                    }
                    I::Jump(target) => pc = target as usize,
                    I::JumpBackward(target) => {
                        pc = target as usize;
                        t!(self.tick(1));
                        if self.heap.gc_due {
                            self.frames[fi].pc = pc as u32;
                            self.collect();
                            if !self.weak_pending.is_empty() || !self.finalize_pending.is_empty() {
                                self.frames[fi].lasti = lasti as u32;
                                t!(self.run_weak_callbacks());
                            }
                        }
                        if self.threads.others {
                            self.threads.slice_left = self.threads.slice_left.saturating_sub(1);
                            if self.threads.slice_left == 0 {
                                self.frames[fi].pc = pc as u32;
                                self.frames[fi].lasti = lasti as u32;
                                if t!(self.preempt()) {
                                    return Ok(Exit::Switch);
                                }
                            }
                        }
                    }
                    I::PopJumpIfFalse(target) => {
                        let v = self.pop();
                        let b = match truthy_fast(v) {
                            Some(b) => b,
                            None => t!(self.truthy(v)),
                        };
                        if !b {
                            pc = target as usize;
                        }
                    }
                    I::PopJumpIfTrue(target) => {
                        let v = self.pop();
                        let b = match truthy_fast(v) {
                            Some(b) => b,
                            None => t!(self.truthy(v)),
                        };
                        if b {
                            pc = target as usize;
                        }
                    }
                    I::PopJumpIfNone(target) => {
                        if self.pop().is_none() {
                            pc = target as usize;
                        }
                    }
                    I::PopJumpIfNotNone(target) => {
                        if !self.pop().is_none() {
                            pc = target as usize;
                        }
                    }
                    I::JumpIfFalseOrPop(target) => {
                        let v = self.top();
                        let b = match truthy_fast(v) {
                            Some(b) => b,
                            None => t!(self.truthy(v)),
                        };
                        if !b {
                            pc = target as usize;
                        } else {
                            self.pop();
                        }
                    }
                    I::JumpIfTrueOrPop(target) => {
                        let v = self.top();
                        let b = match truthy_fast(v) {
                            Some(b) => b,
                            None => t!(self.truthy(v)),
                        };
                        if b {
                            pc = target as usize;
                        } else {
                            self.pop();
                        }
                    }
                    I::GetIter => {
                        let v = self.pop();
                        let it = t!(self.iter(v));
                        self.push_fast(it);
                    }
                    I::ForIter { target, .. } => {
                        let it = self.top();
                        if let Value::Obj(r) = it {
                            if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                                if let IterData::Range { next, step, remaining, .. } = &mut **d {
                                    if *remaining > 0 {
                                        let v = *next;
                                        *remaining -= 1;
                                        *next = next.wrapping_add(*step);
                                        self.push_fast(Value::Int(v));
                                    } else {
                                        self.pop();
                                        pc = target as usize;
                                    }
                                    continue;
                                }
                                // A list or tuple iterator: read the item in
                                // place, as `next` does.
                                let seq_at = match &**d {
                                    IterData::Seq { seq: Value::Obj(s), index } => Some((*s, *index)),
                                    _ => None,
                                };
                                if let Some((s, i)) = seq_at {
                                    let item = match &self.heap.get(s).payload {
                                        Payload::List(l) => Some(l.get(i).copied()),
                                        Payload::Tuple(l) => Some(l.get(i).copied()),
                                        _ => None,
                                    };
                                    if let Some(item) = item {
                                        if let Payload::Iter(d) = &mut self.heap.get_mut(r).payload {
                                            match item {
                                                Some(v) => {
                                                    if let IterData::Seq { index, .. } = &mut **d {
                                                        *index += 1;
                                                    }
                                                    self.push_fast(v);
                                                }
                                                None => {
                                                    **d = IterData::Exhausted;
                                                    self.pop();
                                                    pc = target as usize;
                                                }
                                            }
                                        }
                                        continue;
                                    }
                                }
                            }
                        }
                        if let Value::Obj(r) = it {
                            // A generator resumes in this loop, like a call.
                            if self.resume_gen_inline(r, target, Value::None, GEN_ONLY) {
                                self.frames[fi].pc = pc as u32;
                                self.frames[fi].lasti = lasti as u32;
                                continue 'frame;
                            }
                        }
                        match t!(self.next(it)) {
                            Some(v) => self.push_fast(v),
                            None => {
                                self.pop();
                                pc = target as usize;
                            }
                        }
                    }
                    I::ReturnValue => {
                        let v = self.pop();
                        if let Some(f) = self.frames.last().filter(|f| matches!(f.kind, FrameKind::Normal) && !f.entry && f.gen.is_none()) {
                            // A plain call returns to the frame below (the
                            // common case, without moving the frame out).
                            let to = f.ret_sp.min(f.base);
                            let below = self.frames.len() - 1;
                            self.frames.truncate(below);
                            self.stack.truncate(to);
                            // Room without a check: `to` is below this
                            // (returning) frame's `sp0`, and entering it
                            // reserved `sp0 + max_stack_depth` (at least
                            // `sp0 + 1`: it returns with one item) on this
                            // same vector (a plain frame, not a generator's
                            // own stack), whose capacity `truncate` keeps.
                            self.push_fast(v);
                            continue 'frame;
                        }
                        let Some(f) = self.frames.pop() else { return Ok(Exit::Return(v)) };
                        if let FrameKind::BinOp(op) = f.kind {
                            // [a, b, locals...]: `a.__op__(b)` returned.
                            let at = f.ret_sp;
                            self.stack.truncate(at + 2);
                            let v = if matches!(v, Value::NotImplemented) {
                                let (a, b) = (self.stack[at], self.stack[at + 1]);
                                // Raised from the caller's operator instruction.
                                self.binary_op_after_forward(a, b, op)?
                            } else {
                                v
                            };
                            self.stack.truncate(at);
                            self.stack.push(v);
                            continue 'frame;
                        }
                        if f.gen.is_some() {
                            self.drop_segment();
                        } else {
                            self.stack.truncate(f.ret_sp.min(f.base));
                        }
                        if f.kind == FrameKind::Store {
                            // `c[key] = v` through `__setitem__`: no value.
                            continue 'frame;
                        }
                        let v = match f.kind {
                            FrameKind::Init(inst) => {
                                if !v.is_none() {
                                    let tn = self.type_name(v);
                                    let err = self.type_error(format!("__init__() should return None, not '{}'", tn));
                                    // Report from the caller's call instruction.
                                    if f.entry {
                                        return Err(err);
                                    }
                                    return Err(err);
                                }
                                Value::Obj(inst)
                            }
                            FrameKind::Normal | FrameKind::BinOp(_) | FrameKind::Call | FrameKind::Store => v,
                        };
                        if let Some(g) = f.gen {
                            crate::builtins::types::function::leave_gen_exc(self, g, f.outer_exc, false);
                            crate::builtins::types::function::gen_finish(self, g);
                            if f.for_target == YF_TARGET {
                                // The delegating frame's `yield from`
                                // evaluates to the return value.
                                self.stack.pop();
                                self.stack.push(v);
                                continue 'frame;
                            }
                            if f.for_target == CALL_TARGET {
                                // `next(g)`/`g.send(v)` in the caller raises
                                // StopIteration(value) there.
                                return Err(crate::builtins::types::function::stop_iteration(self, v));
                            }
                            if resumed_in_place(f.for_target) {
                                // Exhausted inside the caller's FOR_ITER:
                                // drop the iterator and leave the loop.
                                self.stack.pop();
                                if let Some(c) = self.frames.last_mut() {
                                    c.pc = f.for_target;
                                }
                                continue 'frame;
                            }
                        }
                        if f.entry {
                            return Ok(Exit::Return(v));
                        }
                        self.stack.push(v);
                        continue 'frame;
                    }
                    I::BuildTuple(n) => {
                        let at = self.stack.len() - n as usize;
                        // A copy of the slice, then a truncate: `drain().collect()`
                        // went item by item (~60 instructions a tuple).
                        let items: Vec<Value> = self.stack[at..].to_vec();
                        self.stack.truncate(at);
                        let v = t!(self.new_tuple(items));
                        self.stack.push(v);
                    }
                    I::BuildList(n) => {
                        let at = self.stack.len() - n as usize;
                        // A copy of the slice, then a truncate: `drain().collect()`
                        // went item by item (~60 instructions a tuple).
                        let items: Vec<Value> = self.stack[at..].to_vec();
                        self.stack.truncate(at);
                        let v = t!(self.new_list(items));
                        self.stack.push(v);
                    }
                    I::BuildSet(n) => {
                        let at = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack[at..].to_vec();
                        let v = t!(crate::builtins::types::set::new_set_from(self, self.t.set, &items));
                        self.stack.truncate(at);
                        self.stack.push(v);
                    }
                    I::BuildMap(n) => {
                        let at = self.stack.len() - 2 * n as usize;
                        let items: Vec<Value> = self.stack[at..].to_vec();
                        let d = t!(self.new_dict());
                        for kv in items.chunks(2) {
                            t!(self.dict_set(d, kv[0], kv[1]));
                        }
                        self.stack.truncate(at);
                        self.stack.push(Value::Obj(d));
                    }
                    I::BuildString(n) => {
                        let at = self.stack.len() - n as usize;
                        // Charge the result before building it (memory cap).
                        let total = self.stack[at..].iter().fold(0usize, |acc, v| acc.saturating_add(self.str_of(*v).map_or(0, str::len)));
                        t!(self.reserve(total.saturating_add(64)));
                        let mut s = String::with_capacity(total);
                        for v in &self.stack[at..] {
                            s.push_str(self.str_of(*v).unwrap_or(""));
                        }
                        self.stack.truncate(at);
                        let v = t!(self.new_string(s));
                        self.stack.push(v);
                    }
                    I::BuildSlice(n) => {
                        // `l[a:b]`, `l[a:b:c]` and `l[a:b] = v` of an exact
                        // list or tuple with int or None bounds: the
                        // subscript that follows is done here from the
                        // parts, without building the slice object or
                        // calling `__getitem__`/`__setitem__`. Errors are
                        // reported at the subscript, as its own would be.
                        let fused = match instructions.get(pc) {
                            Some(I::BinarySubscr { .. }) => 1,
                            Some(I::StoreSubscr { .. }) => 2,
                            _ => 0,
                        };
                        if fused != 0 {
                            let n = n as usize;
                            let l = self.stack.len();
                            let simple = |v: Value| matches!(v, Value::Int(_) | Value::None);
                            let (a, b) = (self.stack[l - n], self.stack[l - n + 1]);
                            let c = if n == 3 { self.stack[l - 1] } else { Value::None };
                            let seq = self.stack[l - n - 1];
                            let class = match seq {
                                Value::Obj(r) if simple(a) && simple(b) && simple(c) => Some((r, self.heap.get(r).class)),
                                _ => None,
                            };
                            let done = match class {
                                Some((_, k)) if fused == 1 && (k == self.t.list || k == self.t.tuple) => {
                                    let what = if k == self.t.list { "list" } else { "tuple" };
                                    Some(crate::builtins::types::list::seq_slice(self, seq, a, b, c, what).map(Some))
                                }
                                Some((_, k)) if fused == 1 && k == self.t.bytes => {
                                    Some(crate::builtins::types::bytes::slice_parts(self, seq, a, b, c).map(Some))
                                }
                                Some((r, k)) if fused == 2 && k == self.t.list => {
                                    let v = self.stack[l - n - 2];
                                    Some(crate::builtins::types::list::list_assign_slice(self, r, a, b, c, v).map(|()| None))
                                }
                                _ => None,
                            };
                            if let Some(res) = done {
                                match res {
                                    Ok(out) => {
                                        self.stack.truncate(l - n - fused);
                                        if let Some(v) = out {
                                            self.stack.push(v);
                                        }
                                        pc += 1;
                                        continue;
                                    }
                                    Err(err) => {
                                        let f = &mut self.frames[fi];
                                        f.lasti = pc as u32;
                                        f.pc = pc as u32 + 1;
                                        return Err(err);
                                    }
                                }
                            }
                        }
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        let v = t!(self.alloc_val(self.t.slice, Payload::Slice(Box::new([start, stop, step]))));
                        self.stack.push(v);
                    }
                    I::ListToTuple => {
                        let l = self.pop();
                        let items = self.list_items(l).cloned().unwrap_or_default();
                        let v = t!(self.new_tuple(items));
                        self.stack.push(v);
                    }
                    I::ListAppend(n) => {
                        let v = self.pop();
                        let l = self.peek(n as usize);
                        t!(self.list_append(l, v));
                    }
                    I::SetAdd(n) => {
                        let v = self.pop();
                        let s = self.peek(n as usize);
                        if let Value::Obj(s) = s {
                            t!(crate::builtins::types::set::set_add(self, s, v));
                        }
                    }
                    I::MapAdd(n) => {
                        let v = self.pop();
                        let k = self.pop();
                        if let Value::Obj(d) = self.peek(n as usize) {
                            t!(self.dict_set(d, k, v));
                        }
                    }
                    I::ListExtend(n) => {
                        let it = self.pop();
                        let l = self.peek(n as usize);
                        if let Err(e) = crate::builtins::types::list::list_extend(self, l, it) {
                            if let Unwind::Exception(x) = e {
                                let it_t = self.type_of(it);
                                if self.exc_is(x, self.t.type_error)
                                    && crate::interp::typesys::lookup(self, it_t, self.n.__iter__).is_none()
                                    && crate::interp::typesys::lookup(self, it_t, self.n.__getitem__).is_none()
                                {
                                    let tn = self.type_name(it);
                                    fail!(self.type_error(format!("Value after * must be an iterable, not {}", tn)));
                                }
                            }
                            fail!(e);
                        }
                    }
                    I::SetUpdate(n) => {
                        let it = self.pop();
                        if let Value::Obj(s) = self.peek(n as usize) {
                            t!(crate::builtins::types::set::set_update(self, s, it));
                        }
                    }
                    I::DictUpdate(n) => {
                        let m = self.pop();
                        if let Value::Obj(d) = self.peek(n as usize) {
                            if let Err(e) = crate::builtins::types::dict::dict_update_from(self, d, m) {
                                if let Unwind::Exception(ex) = e {
                                    if self.exc_is(ex, self.t.attribute_error) {
                                        let tn = self.type_name(m);
                                        fail!(self.type_error(format!("'{}' object is not a mapping", tn)));
                                    }
                                }
                                fail!(e);
                            }
                        }
                    }
                    I::DictMerge(n) => {
                        let m = self.pop();
                        let func = self.peek(n as usize + 2);
                        if let Value::Obj(d) = self.peek(n as usize) {
                            t!(crate::builtins::types::dict::dict_merge_kwargs(self, d, m, func));
                        }
                    }
                    I::UnpackSequence { count, .. } => {
                        let seq = self.pop();
                        // An exact tuple or list of the right length goes
                        // straight onto the stack (no Vec in between).
                        if let Some(items) = exact_sequence_items(&self.heap, &self.t, seq).filter(|i| i.len() == count as usize) {
                            self.stack.extend(items.iter().rev());
                        } else {
                            t!(self.unpack_onto_stack(seq, count as usize));
                        }
                    }
                    I::UnpackToLocals(count) => {
                        let seq = self.pop();
                        let n = count as usize;
                        let stores = instructions.get(pc..pc + n).unwrap_or(&[]);
                        match exact_sequence_items(&self.heap, &self.t, seq) {
                            Some(items) if items.len() == n && stores.len() == n => {
                                let locals = &mut self.stack[base..base + nlocals];
                                for k in 0..n {
                                    if let I::StoreFast(i) = stores[k] {
                                        if let Some(slot) = locals.get_mut(i as usize) {
                                            *slot = items[k];
                                        }
                                    }
                                }
                                pc += n;
                            }
                            _ => t!(self.unpack_onto_stack(seq, n)),
                        }
                    }
                    I::UnpackEx { before, after } => {
                        let seq = self.pop();
                        let items = t!(self.collect_iter(seq));
                        let (b, a) = (before as usize, after as usize);
                        if items.len() < b + a {
                            fail!(self.value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                b + a,
                                items.len()
                            )));
                        }
                        let mid_end = items.len() - a;
                        for v in items[mid_end..].iter().rev() {
                            self.stack.push(*v);
                        }
                        let mid = t!(self.new_list(items[b..mid_end].to_vec()));
                        self.stack.push(mid);
                        for v in items[..b].iter().rev() {
                            self.stack.push(*v);
                        }
                    }
                    I::KwNames(c) => kwnames = Some(c),
                    I::Call { argc, cache } => {
                        let argc = argc as usize;
                        let fpos = self.stack.len() - argc - 1;
                        let callable = self.stack[fpos];
                        let kwn = kwnames.take();
                        let f = &mut self.frames[fi];
                        f.pc = pc as u32;
                        f.lasti = lasti as u32;
                        let site = cache.index().unwrap_or(usize::MAX);
                        if kwn.is_none() && t!(self.cached_py_call(ci, site, callable, fpos, fpos + 1, argc)) {
                            continue 'frame;
                        }
                        match t!(self.call_from_stack(callable, fpos, fpos + 1, argc, kwn, ci, site)) {
                            true => continue 'frame,
                            false => {
                                if self.threads.switch_now {
                                    self.threads.switch_now = false;
                                    return Ok(Exit::Switch);
                                }
                            }
                        }
                    }
                    I::CallMethod { argc, cache } => {
                        let argc = argc as usize;
                        let fpos = self.stack.len() - argc - 2;
                        let m = self.stack[fpos];
                        let slf = self.stack[fpos + 1];
                        let kwn = kwnames.take();
                        let f = &mut self.frames[fi];
                        f.pc = pc as u32;
                        f.lasti = lasti as u32;
                        let site = cache.index().unwrap_or(usize::MAX);
                        let (args_at, n) = if slf.is_null() { (fpos + 2, argc) } else { (fpos + 1, argc + 1) };
                        if kwn.is_none() && t!(self.cached_py_call(ci, site, m, fpos, args_at, n)) {
                            continue 'frame;
                        }
                        let pushed = t!(self.call_from_stack(m, fpos, args_at, n, kwn, ci, site));
                        if pushed {
                            continue 'frame;
                        }
                        if self.threads.switch_now {
                            self.threads.switch_now = false;
                            return Ok(Exit::Switch);
                        }
                    }
                    I::CallFunctionEx { has_kwargs } => {
                        let kwargs = if has_kwargs { self.pop() } else { Value::Null };
                        let args = self.pop();
                        let callable = self.pop();
                        let pos = match self.tuple_items(args) {
                            Some(t) => t.to_vec(),
                            None => t!(crate::builtins::types::function::star_args(self, callable, args)),
                        };
                        let kw: Vec<(Value, Value)> = match kwargs {
                            Value::Obj(d) => self.dict_ref(d).map(|d| d.items()).unwrap_or_default(),
                            _ => Vec::new(),
                        };
                        let f = &mut self.frames[fi];
                        f.pc = pc as u32;
                        f.lasti = lasti as u32;
                        let fpos = self.stack.len();
                        if let Some(pushed) = t!(self.try_push_py_frame(callable, &pos, &kw, fpos)) {
                            if pushed {
                                continue 'frame;
                            }
                        } else {
                            let r = t!(self.call_kw(callable, &pos, &kw));
                            self.stack.push(r);
                        }
                    }
                    I::MakeFunction(flags) => {
                        let codev = self.pop();
                        let fcode = match self.payload(codev) {
                            Some(Payload::Code(c)) => c.clone(),
                            _ => fail!(self.type_error("MakeFunction needs a code object")),
                        };
                        let closure = if flags & make_function::CLOSURE != 0 {
                            let n = fcode.freevars.len();
                            let at = self.stack.len() - n;
                            let cells: Vec<Value> = self.stack.drain(at..).collect();
                            Some(t!(self.alloc(self.t.tuple, Payload::Tuple(cells.into_boxed_slice()))))
                        } else {
                            None
                        };
                        let annotations = if flags & make_function::ANNOTATIONS != 0 { self.pop() } else { Value::None };
                        let kwdefaults = if flags & make_function::KW_DEFAULTS != 0 { self.pop().as_obj() } else { None };
                        let defaults = if flags & make_function::DEFAULTS != 0 { self.pop().as_obj() } else { None };
                        let globals = self.frames[fi].globals;
                        let f = t!(self.make_function(fcode, globals, defaults, kwdefaults, closure, annotations));
                        self.stack.push(f);
                    }
                    I::LoadBuildClass => {
                        let b = self.frames[fi].builtins;
                        let name = self.intern("__build_class__");
                        match self.dict_get_str(b, name) {
                            Some(v) => self.stack.push(v),
                            None => fail!(self.exc_msg(self.t.name_error, "__build_class__ not found")),
                        }
                    }
                    I::LoadAssertionError => {
                        self.stack.push(Value::Obj(self.t.assertion_error));
                    }
                    I::RaiseVarargs(n) => {
                        let err = match n {
                            0 => {
                                let cur = self.topmost_exc();
                                match cur {
                                    Value::Obj(e) => {
                                        self.reraising = true;
                                        Unwind::Exception(e)
                                    }
                                    _ => self.runtime_error("No active exception to reraise"),
                                }
                            }
                            1 => {
                                let exc = self.pop();
                                match self.make_raisable(exc, Value::Null) {
                                    Ok(e) => Unwind::Exception(e),
                                    Err(e) => e,
                                }
                            }
                            _ => {
                                let cause = self.pop();
                                let exc = self.pop();
                                match self.make_raisable(exc, cause) {
                                    Ok(e) => Unwind::Exception(e),
                                    Err(e) => e,
                                }
                            }
                        };
                        fail!(err);
                    }
                    I::PushExcInfo => {
                        let exc = self.pop();
                        let prev = self.cur_exc;
                        self.stack.push(prev);
                        self.stack.push(exc);
                        self.cur_exc = exc;
                    }
                    I::PopExcept => {
                        let prev = self.pop();
                        self.cur_exc = if prev.is_null() { Value::None } else { prev };
                    }
                    I::Reraise(_) => {
                        let exc = self.pop();
                        match exc {
                            Value::Obj(e) => {
                                self.reraising = true;
                                fail!(Unwind::Exception(e));
                            }
                            _ => fail!(self.runtime_error("No active exception to reraise")),
                        }
                    }
                    I::CheckExcMatch => {
                        let ty = self.pop();
                        let exc = self.top();
                        let r = t!(self.exc_matches(exc, ty));
                        self.stack.push(Value::Bool(r));
                    }
                    I::CheckEgMatch => {
                        let ty = self.pop();
                        let eg = self.pop();
                        let (rest, m) = t!(crate::builtins::types::exceptions::eg_match(self, eg, ty));
                        self.stack.push(rest);
                        self.stack.push(m);
                    }
                    I::PrepReraiseStar => {
                        let raised = self.pop();
                        let orig = self.pop();
                        let r = t!(crate::builtins::types::exceptions::prep_reraise_star(self, orig, raised));
                        self.stack.push(r);
                    }
                    I::BeforeWith => {
                        let mgr = self.pop();
                        let t_ = self.type_of(mgr);
                        let enter = crate::interp::typesys::lookup(self, t_, self.n.__enter__);
                        let exit = crate::interp::typesys::lookup(self, t_, self.n.__exit__);
                        let (Some(enter), Some(exit)) = (enter, exit) else {
                            let tn = self.type_name(mgr);
                            fail!(self.type_error(format!("'{}' object does not support the context manager protocol", tn)));
                        };
                        let exitb = t!(self.descr_get(exit, mgr, t_));
                        self.stack.push(exitb);
                        if matches!(self.payload(enter), Some(Payload::Function(_))) {
                            // A Python `__enter__` runs in this loop (so a
                            // green thread may block in it and be switched out).
                            self.frames[fi].pc = pc as u32;
                            self.frames[fi].lasti = lasti as u32;
                            let fpos = self.stack.len();
                            self.temp_roots.push(mgr);
                            let pushed = self.try_push_py_frame(enter, &[mgr], &[], fpos);
                            self.temp_roots.pop();
                            if t!(pushed) == Some(true) {
                                continue 'frame;
                            }
                        } else {
                            let r = t!(self.call_unbound(enter, mgr, &[]));
                            self.stack.push(r);
                        }
                    }
                    I::BeforeAsyncWith => {
                        let mgr = self.pop();
                        let t_ = self.type_of(mgr);
                        let enter = crate::interp::typesys::lookup(self, t_, self.n.__aenter__);
                        let exit = crate::interp::typesys::lookup(self, t_, self.n.__aexit__);
                        let (Some(enter), Some(exit)) = (enter, exit) else {
                            let tn = self.type_name(mgr);
                            fail!(self.type_error(format!("'{}' object does not support the asynchronous context manager protocol", tn)));
                        };
                        let exitb = t!(self.descr_get(exit, mgr, t_));
                        self.stack.push(exitb);
                        let r = t!(self.call_unbound(enter, mgr, &[]));
                        self.stack.push(r);
                    }
                    I::WithExceptStart => {
                        let exc = self.peek(1);
                        let exit = self.peek(4);
                        let ty = Value::Obj(self.type_of(exc));
                        let tb = match self.payload(exc) {
                            Some(Payload::Exception(e)) => e.traceback,
                            _ => Value::None,
                        };
                        let r = t!(self.call(exit, &[ty, exc, tb]));
                        self.stack.push(r);
                    }
                    I::YieldValue => {
                        let v = self.pop();
                        let f = &mut self.frames[fi];
                        f.pc = pc as u32;
                        f.lasti = lasti as u32;
                        match self.yield_up(v) {
                            Some(x) => return Ok(x),
                            // Gathered by a native (`collect_yield`): this
                            // frame goes on, resumed with None.
                            None if self.frames.len() == fi + 1 => {}
                            None => continue 'frame,
                        }
                    }
                    I::YieldFrom => {
                        let v = self.pop();
                        let recv = self.top();
                        let f = &mut self.frames[fi];
                        f.pc = pc as u32;
                        f.lasti = lasti as u32;
                        if let Value::Obj(r) = recv {
                            // Delegate to a generator in this loop.
                            if self.resume_gen_inline(r, YF_TARGET, v, GEN_OR_CORO) {
                                continue 'frame;
                            }
                        }
                        match t!(crate::builtins::types::function::send_to(self, recv, v)) {
                            crate::builtins::types::function::SendResult::Yielded(y) => {
                                // Suspend without advancing.
                                self.frames[fi].pc = lasti as u32;
                                match self.yield_up(y) {
                                    Some(x) => return Ok(x),
                                    None => continue 'frame,
                                }
                            }
                            crate::builtins::types::function::SendResult::Returned(r) => {
                                self.stack.pop();
                                self.stack.push(r);
                            }
                        }
                    }
                    I::GetYieldFromIter => {
                        let v = self.pop();
                        let r = match self.payload(v) {
                            Some(Payload::Generator(_)) => v,
                            _ => t!(self.iter(v)),
                        };
                        self.stack.push(r);
                    }
                    I::GetAwaitable(src) => {
                        let v = self.pop();
                        let r = t!(crate::builtins::types::function::get_awaitable(self, v, src));
                        self.stack.push(r);
                    }
                    I::GetAIter => {
                        let v = self.pop();
                        let t_ = self.type_of(v);
                        match crate::interp::typesys::lookup(self, t_, self.n.__aiter__) {
                            Some(m) => {
                                let r = t!(self.call_unbound(m, v, &[]));
                                self.stack.push(r);
                            }
                            None => {
                                let tn = self.type_name(v);
                                fail!(self.type_error(format!("'async for' requires an object with __aiter__ method, got {}", tn)));
                            }
                        }
                    }
                    I::GetANext => {
                        let v = self.top();
                        let t_ = self.type_of(v);
                        match crate::interp::typesys::lookup(self, t_, self.n.__anext__) {
                            Some(m) => {
                                let r = t!(self.call_unbound(m, v, &[]));
                                let r = t!(crate::builtins::types::function::get_awaitable(self, r, AwaitableSource::Await));
                                self.stack.push(r);
                            }
                            None => {
                                let tn = self.type_name(v);
                                fail!(self.type_error(format!("'async for' requires an iterator with __anext__ method, got {}", tn)));
                            }
                        }
                    }
                    I::EndAsyncFor => {
                        let exc = self.pop();
                        self.stack.pop();
                        let stop = Value::Obj(self.t.stop_async_iteration);
                        if !t!(self.exc_matches(exc, stop)) {
                            if let Value::Obj(e) = exc {
                                self.reraising = true;
                                fail!(Unwind::Exception(e));
                            }
                        }
                        // Restore the previous exception pushed by PushExcInfo? The
                        // compiler emits EndAsyncFor as the handler itself.
                    }
                    I::FormatValue { conversion, has_spec } => {
                        let spec = if has_spec { self.pop() } else { Value::Null };
                        let v = self.pop();
                        let v = match conversion {
                            Conversion::None => v,
                            Conversion::Str => t!(self.to_str(v)),
                            Conversion::Repr => t!(self.repr(v)),
                            Conversion::Ascii => {
                                let s = t!(self.repr_string(v));
                                t!(self.new_string(crate::builtins::types::str::ascii_escape(&s)))
                            }
                        };
                        let r = if spec.is_null() && self.exact_str(v).is_some() {
                            v
                        } else {
                            let spec = if spec.is_null() { Value::Obj(self.n.empty) } else { spec };
                            t!(self.format(v, spec))
                        };
                        self.stack.push(r);
                    }
                    I::ImportName(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let fromlist = self.pop();
                        let level = self.pop();
                        let g = self.frames[fi].globals;
                        let m = t!(self.import_name(name, fromlist, level, g));
                        self.stack.push(m);
                    }
                    I::ImportFrom(i) => {
                        let name = self.code_caches[ci].names[i as usize];
                        let m = self.top();
                        let v = t!(self.import_from(m, name));
                        self.stack.push(v);
                    }
                    I::ImportStar => {
                        let m = self.pop();
                        let map = self.frames[fi].locals_map;
                        let target = match map {
                            Value::Obj(_) => map,
                            _ => Value::Obj(self.frames[fi].globals),
                        };
                        t!(self.import_star(m, target));
                    }
                    I::SetupAnnotations => {
                        let map = self.frames[fi].locals_map;
                        let name = self.n.__annotations__;
                        if t!(self.locals_map_get(map, name)).is_none() {
                            let d = t!(self.new_dict());
                            match map {
                                Value::Obj(_) => t!(self.setitem(map, Value::Obj(name), Value::Obj(d))),
                                _ => {
                                    let g = self.frames[fi].globals;
                                    t!(self.dict_set(g, Value::Obj(name), Value::Obj(d)))
                                }
                            }
                        }
                    }
                    I::PrintExpr => {
                        let v = self.pop();
                        if !v.is_none() {
                            let s = t!(self.repr_string(v));
                            t!(self.write_stdout(&s));
                            t!(self.write_stdout("\n"));
                            let b = self.builtins;
                            let us = self.intern("_");
                            t!(self.dict_set(b, Value::Obj(us), v));
                        }
                    }
                    I::GetLen => {
                        let v = self.top();
                        let n = t!(self.len(v));
                        self.stack.push(Value::Int(n as i64));
                    }
                    I::MatchMapping => {
                        let v = self.top();
                        let r = crate::builtins::types::dict::is_mapping(self, v);
                        self.stack.push(Value::Bool(r));
                    }
                    I::MatchSequence => {
                        let v = self.top();
                        let r = crate::builtins::types::list::is_match_sequence(self, v);
                        self.stack.push(Value::Bool(r));
                    }
                    I::MatchKeys => {
                        let keys = self.peek(1);
                        let subj = self.peek(2);
                        let r = t!(crate::builtins::types::dict::match_keys(self, subj, keys));
                        self.stack.push(r);
                    }
                    I::MatchClass(n) => {
                        let kw = self.pop();
                        let cls = self.pop();
                        let subj = self.pop();
                        let r = t!(crate::builtins::types::object::match_class(self, subj, cls, n as usize, kw));
                        self.stack.push(r);
                    }
                    I::CopyDictWithoutKeys => {
                        let keys = self.pop();
                        let subj = self.top();
                        let r = t!(crate::builtins::types::dict::copy_without_keys(self, subj, keys));
                        self.stack.push(r);
                    }
                }
            }
        }
    }

    /// Call the callable at `fpos` with `argc` arguments at `args_at`.
    /// Returns true if a Python frame was pushed (the loop must switch).
    fn call_from_stack(
        &mut self,
        callable: Value,
        fpos: usize,
        args_at: usize,
        argc: usize,
        kwn: Option<u32>,
        ci: usize,
        site: usize,
    ) -> PyResult<bool> {
        self.tick(1)?;
        // Keyword names.
        let nkw = match kwn {
            Some(c) => match self.code_caches[ci].consts.get(c as usize) {
                Some(&v) => self.tuple_items(v).map(|t| t.len()).unwrap_or(0),
                None => 0,
            },
            None => 0,
        };
        if nkw == 0 {
            if let Value::Obj(r) = callable {
                match &self.heap.get(r).payload {
                    Payload::Function(fd) => {
                        // `simple_function`'s test, written out on the
                        // payload already in hand: calling it re-reads the
                        // object (fib: +4% instructions).
                        let code = &fd.code;
                        let fits = self.positional_fits(argc, code.argcount as usize, fd.defaults)
                            && code.kwonlyargcount == 0
                            && code.flags.0 & (CodeFlags::VARARGS.0 | CodeFlags::VARKEYWORDS.0) == 0;
                        let makes_generator =
                            code.flags.0 & (CodeFlags::GENERATOR.0 | CodeFlags::COROUTINE.0 | CodeFlags::ASYNC_GENERATOR.0) != 0;
                        if fits && makes_generator {
                            // Its frame, bound where the arguments are,
                            // becomes a new generator's.
                            let (ci2, builtins, globals, closure) = (fd.ci, fd.builtins, fd.globals, fd.closure);
                            let frame = self.simple_frame(r, ci2, builtins, globals, closure, fpos, args_at, argc, FrameKind::Normal)?;
                            let g = self.make_generator(frame)?;
                            self.stack.push(g);
                            return Ok(false);
                        }
                        if fits {
                            let (ci2, builtins, globals, closure) = (fd.ci, fd.builtins, fd.globals, fd.closure);
                            if kwn.is_none() && argc == code.argcount as usize && code.cellvars.is_empty() && code.freevars.is_empty() {
                                // Later calls from this site to this
                                // function take `cached_py_call`.
                                let nlocals = code.varnames.len() as u64;
                                let epoch = self.heap.collections;
                                if let Some(e) = self.code_caches[ci].ic.get_mut(site) {
                                    *e = Ic {
                                        epoch,
                                        k1: r,
                                        k2: globals,
                                        v1: ci2 as u64 | nlocals << 32,
                                        v2: argc as u64,
                                        val: Value::Obj(builtins),
                                        keys: PY_EXACT_CALL,
                                    };
                                }
                            }
                            return self.push_simple_frame(r, ci2, builtins, globals, closure, fpos, args_at, argc, FrameKind::Normal);
                        }
                    }
                    Payload::Native(n) => {
                        let (f, bound, owner) = (n.f, n.bound, n.owner);
                        if bound.is_null() && argc <= 2 && self.try_resume_gen_call(f, owner, fpos, args_at, argc) {
                            return Ok(true);
                        }
                        // `len(x)` of a built-in sized type: its payload's
                        // length, without the door (as CPython's LEN-like
                        // specialisation of a call to the builtin).
                        if argc == 1 && f as usize == crate::builtins::b_len as crate::interp::vm::NativeFn as usize {
                            if let Some(n) = self.builtin_len(self.stack[args_at]) {
                                self.stack.truncate(fpos);
                                self.stack.push(Value::Int(n as i64));
                                return Ok(false);
                            }
                        }
                        // `d.get(k)` / `d.get(k, default)` of a dict with an
                        // int or exact str key found without running code
                        // (`counts.get(w, 0)`): no door.
                        if (argc == 2 || argc == 3) && f as usize == crate::builtins::types::dict::dict_get_m as crate::interp::vm::NativeFn as usize {
                            if let Value::Obj(d) = self.stack[args_at] {
                                if let Some(found) = self.dict_get_plain(d, self.stack[args_at + 1]) {
                                    let v = found.unwrap_or(if argc == 3 { self.stack[args_at + 2] } else { Value::None });
                                    self.stack.truncate(fpos);
                                    self.stack.push(v);
                                    return Ok(false);
                                }
                            }
                        }
                        let mut buf = [Value::Null; 8];
                        let res = if argc <= 8 {
                            buf[..argc].copy_from_slice(&self.stack[args_at..args_at + argc]);
                            // A native called from here may switch its green
                            // thread out (the call instruction checks).
                            self.threads.park_site = self.door_depth + 1;
                            let res = self.call_native(r, &buf[..argc], &[]);
                            self.threads.park_site = 0;
                            res
                        } else {
                            let v = self.stack[args_at..args_at + argc].to_vec();
                            self.call_native(r, &v, &[])
                        };
                        let r = res?;
                        self.stack.truncate(fpos);
                        self.stack.push(r);
                        return Ok(false);
                    }
                    Payload::Method(func, slf) => {
                        // Unwrap a bound Python method in place: self becomes
                        // the first argument.
                        let (func, slf) = (*func, *slf);
                        if let Some(Payload::Function(_)) = self.payload(func) {
                            if args_at == fpos + 1 {
                                // [method, a1..an] -> [func, self, a1..an]
                                self.stack.insert(fpos + 1, slf);
                                self.stack[fpos] = func;
                                return self.call_from_stack(func, fpos, fpos + 1, argc + 1, None, ci, usize::MAX);
                            } else {
                                // [method, NULL, a1..an]
                                self.stack[fpos] = func;
                                self.stack[fpos + 1] = slf;
                                return self.call_from_stack(func, fpos, fpos + 1, argc + 1, None, ci, usize::MAX);
                            }
                        }
                    }
                    Payload::Type(td) => {
                        if self.heap.get(r).class == self.t.type_ && td.layout == Layout::Object && !td.builtin {
                            if let Some(pushed) = self.try_init_frame(r, fpos, args_at, argc, ci)? {
                                return Ok(pushed);
                            }
                        }
                        if argc <= 8 {
                            // Any other class (a built-in, a subclass of
                            // one, one with its own `__new__` or metaclass)
                            // is called as the generic path would, through
                            // `type_call`, without its argument vectors.
                            let mut buf = [Value::Null; 8];
                            buf[..argc].copy_from_slice(&self.stack[args_at..args_at + argc]);
                            let r = self.type_call(r, &buf[..argc], &[])?;
                            self.stack.truncate(fpos);
                            self.stack.push(r);
                            return Ok(false);
                        }
                    }
                    Payload::Instance(..) => {
                        // An instance whose class has a Python `__call__`:
                        // [obj, a1..an] -> a frame of `__call__(obj, a1..an)`.
                        let class = self.heap.get(r).class;
                        if !self.type_data(class).builtin {
                            if let Some(Value::Obj(func)) = crate::interp::typesys::lookup(self, class, self.n.__call__) {
                                if let Some((ci2, builtins, globals, closure)) = self.simple_function(func, argc + 1) {
                                    // The call through `__call__` is a step of
                                    // its own, as it is from `call_kw`.
                                    self.tick(1)?;
                                    if self.call_depth_exceeded() {
                                        return Err(self.recursion_error());
                                    }
                                    let at = args_at - 1;
                                    self.stack[at] = callable;
                                    return self.push_simple_frame(func, ci2, builtins, globals, closure, fpos, at, argc + 1, FrameKind::Call);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        // Generic path.
        let total = argc;
        let npos = total - nkw;
        let pos: Vec<Value> = self.stack[args_at..args_at + npos].to_vec();
        let mut kw: Vec<(Value, Value)> = Vec::with_capacity(nkw);
        if nkw > 0 {
            let names: Vec<Value> = match kwn.and_then(|c| self.code_caches[ci].consts.get(c as usize).copied()) {
                Some(v) => self.tuple_items(v).map(|t| t.to_vec()).unwrap_or_default(),
                None => Vec::new(),
            };
            for (i, n) in names.iter().enumerate() {
                kw.push((*n, self.stack[args_at + npos + i]));
            }
        }
        if let Some(pushed) = self.try_push_py_frame(callable, &pos, &kw, fpos)? {
            return Ok(pushed);
        }
        let r = self.call_kw(callable, &pos, &kw)?;
        self.stack.truncate(fpos);
        self.stack.push(r);
        Ok(false)
    }

    /// A call from site `site` of code cache `ci` whose callable, a plain
    /// Python function, was cached there by `call_from_stack` with this
    /// many positional arguments (`PY_EXACT_CALL`): push its frame
    /// without reading the function or its code, and return true. False:
    /// not cached (the caller takes `call_from_stack`). Limits as on the
    /// generic path: the call is a step, then the recursion limit.
    #[inline(always)]
    fn cached_py_call(&mut self, ci: usize, site: usize, callable: Value, fpos: usize, args_at: usize, argc: usize) -> PyResult<bool> {
        let Value::Obj(r) = callable else { return Ok(false) };
        let Some(e) = self.code_caches[ci].ic.get(site) else { return Ok(false) };
        if e.k1 != r || e.keys != PY_EXACT_CALL || e.epoch != self.heap.collections || e.v2 != argc as u64 {
            return Ok(false);
        }
        let (ci2, nlocals, globals) = (e.v1 as u32, (e.v1 >> 32) as usize, e.k2);
        let Value::Obj(builtins) = e.val else { return Ok(false) };
        self.tick(1)?;
        if self.frames.len() as u32 >= self.limits.max_recursion {
            return Err(self.recursion_error());
        }
        debug_assert_eq!(self.stack.len(), args_at + argc);
        // Locals past the arguments start unbound.
        for _ in argc..nlocals {
            self.stack.push(Value::Null);
        }
        let sp0 = self.stack.len();
        self.frames.push(Frame {
            ci: ci2,
            pc: 0,
            lasti: 0,
            base: args_at,
            sp0,
            ret_sp: fpos,
            globals,
            builtins,
            locals_map: Value::Null,
            func: Some(r),
            gen: None,
            kind: FrameKind::Normal,
            entry: false,
            for_target: crate::interp::frame::NO_TARGET,
            outer_exc: Value::Null,
        });
        Ok(true)
    }

    /// If `callable` is a Python function (or a bound method of one), bind
    /// into a new frame and push it. `Some(true)`: pushed; `Some(false)`:
    /// handled (generator created and pushed as result); `None`: not Python.
    fn try_push_py_frame(&mut self, callable: Value, pos: &[Value], kw: &[(Value, Value)], fpos: usize) -> PyResult<Option<bool>> {
        let (func, args): (ObjRef, Vec<Value>) = match self.payload(callable) {
            Some(Payload::Function(_)) => (callable.as_obj().unwrap_or(ObjRef::unchecked(0)), pos.to_vec()),
            Some(Payload::Method(f, s)) if matches!(self.payload(*f), Some(Payload::Function(_))) => {
                let mut v = Vec::with_capacity(pos.len() + 1);
                v.push(*s);
                v.extend_from_slice(pos);
                (f.as_obj().unwrap_or(ObjRef::unchecked(0)), v)
            }
            _ => return Ok(None),
        };
        self.stack.truncate(fpos);
        // Keep the callable alive while binding (it is no longer on the stack).
        self.temp_roots.push(callable);
        let frame = self.bind_frame(func, &args, kw, fpos);
        self.temp_roots.pop();
        let frame = frame?;
        let flags = self.code_caches[frame.ci as usize].code.flags;
        if flags.0 & (CodeFlags::GENERATOR.0 | CodeFlags::COROUTINE.0 | CodeFlags::ASYNC_GENERATOR.0) != 0 {
            let g = self.make_generator(frame)?;
            self.stack.truncate(fpos);
            self.stack.push(g);
            return Ok(Some(false));
        }
        if self.frames.len() as u32 >= self.limits.max_recursion {
            self.stack.truncate(fpos);
            return Err(self.recursion_error());
        }
        self.frames.push(frame);
        Ok(Some(true))
    }

    // Inlined into its callers: as a call of its own, passing nine
    // arguments and saving registers cost about a quarter of it.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn push_simple_frame(
        &mut self,
        func: ObjRef,
        ci: u32,
        builtins: ObjRef,
        globals: ObjRef,
        closure: Option<ObjRef>,
        fpos: usize,
        args_at: usize,
        argc: usize,
        kind: FrameKind,
    ) -> PyResult<bool> {
        if self.frames.len() as u32 >= self.limits.max_recursion {
            return Err(self.recursion_error());
        }
        let frame = self.simple_frame(func, ci, builtins, globals, closure, fpos, args_at, argc, kind)?;
        self.frames.push(frame);
        Ok(true)
    }

    /// Call `func` with `args` when it is a plain generator function whose
    /// parameters take them positionally as they are: its frame, bound on
    /// the value stack as a call instruction binds it, becomes a new
    /// generator's (the general path's argument vectors, frame binding and
    /// checks are skipped). `None` (nothing done) for any other callable.
    pub(crate) fn call_generator_function(&mut self, func: ObjRef, args: &[Value]) -> PyResult<Option<Value>> {
        let Payload::Function(fd) = &self.heap.get(func).payload else { return Ok(None) };
        let code = &fd.code;
        let kinds = CodeFlags::GENERATOR.0 | CodeFlags::COROUTINE.0 | CodeFlags::ASYNC_GENERATOR.0;
        if code.flags.0 & kinds != CodeFlags::GENERATOR.0
            || code.flags.0 & (CodeFlags::VARARGS.0 | CodeFlags::VARKEYWORDS.0) != 0
            || code.kwonlyargcount != 0
            || !self.positional_fits(args.len(), code.argcount as usize, fd.defaults)
        {
            return Ok(None);
        }
        let (ci, builtins, globals, closure) = (fd.ci, fd.builtins, fd.globals, fd.closure);
        // A call is a step, also from native code (as `call_function`).
        self.tick(1)?;
        let fpos = self.stack.len();
        self.stack.push(Value::Obj(func));
        self.stack.extend_from_slice(args);
        let frame = match self.simple_frame(func, ci, builtins, globals, closure, fpos, fpos + 1, args.len(), FrameKind::Normal) {
            Ok(f) => f,
            Err(e) => {
                self.stack.truncate(fpos);
                return Err(e);
            }
        };
        self.make_generator(frame).map(Some)
    }

    /// The frame of a call of `func` as `push_simple_frame` makes it,
    /// bound where its `argc` arguments are, not yet pushed.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn simple_frame(
        &mut self,
        func: ObjRef,
        ci: u32,
        builtins: ObjRef,
        globals: ObjRef,
        closure: Option<ObjRef>,
        fpos: usize,
        args_at: usize,
        argc: usize,
        kind: FrameKind,
    ) -> PyResult<Frame> {
        let code = &self.code_caches[ci as usize].code;
        let nlocals = code.varnames.len();
        let argcount = code.argcount as usize;
        let has_cells = !code.cellvars.is_empty() || !code.freevars.is_empty();
        let base = args_at;
        self.stack.truncate(args_at + argc);
        if nlocals > argc {
            // (Not `resize` unconditionally: an out-of-line call even when
            // every local is an argument.)
            self.stack.resize(base + nlocals, Value::Null);
        }
        if argc < argcount {
            // The missing trailing positionals take their defaults (the
            // caller checked there are enough).
            if let Payload::Function(fd) = &self.heap.get(func).payload {
                if let Some(Payload::Tuple(d)) = fd.defaults.map(|d| &self.heap.get(d).payload) {
                    let first_default = argcount - d.len();
                    for i in argc..argcount {
                        self.stack[base + i] = d[i - first_default];
                    }
                }
            }
        }
        if has_cells {
            let code = self.code_caches[ci as usize].code.clone();
            self.push_cells(&code, closure)?;
        }
        let sp0 = self.stack.len();
        Ok(Frame {
            ci,
            pc: 0,
            lasti: 0,
            base,
            sp0,
            ret_sp: fpos,
            globals,
            builtins,
            locals_map: Value::Null,
            func: Some(func),
            gen: None,
            kind,
            entry: false,
            for_target: crate::interp::frame::NO_TARGET,
            outer_exc: Value::Null,
        })
    }

    /// Would one more `__call__` frame pass the recursion limit, counting
    /// each `__call__` frame twice? Scans the frames only when that is
    /// possible (past half the limit).
    fn call_depth_exceeded(&self) -> bool {
        let n = self.frames.len();
        let max = self.limits.max_recursion as usize;
        if 2 * n + 2 < max {
            return false;
        }
        let calls = self.frames.iter().filter(|f| matches!(f.kind, FrameKind::Call)).count();
        n + calls + 2 > max
    }

    /// The Python function `c.__getitem__`/`c.__setitem__` (`name`) is
    /// when `c`'s type is a class statement's: what a subscript of `c`
    /// calls first (`Vm::getitem`, `Vm::setitem`), so running it as a frame
    /// of this loop changes nothing but the Rust stack it needs.
    #[inline]
    fn subscript_function(&self, c: Value, name: ObjRef, _argc: usize) -> Option<ObjRef> {
        let Value::Obj(r) = c else { return None };
        let t = self.heap.get(r).class;
        if self.type_data(t).builtin {
            return None;
        }
        match crate::interp::typesys::lookup(self, t, name)? {
            Value::Obj(f) if matches!(self.heap.get(f).payload, Payload::Function(_)) => Some(f),
            _ => None,
        }
    }

    /// A Python function that `argc` positional arguments bind to simply
    /// (no keywords, no `*args`/`**kwargs`, not a generator or
    /// coroutine): what `push_simple_frame` needs of it.
    #[inline]
    fn simple_function(&self, func: ObjRef, argc: usize) -> Option<(u32, ObjRef, ObjRef, Option<ObjRef>)> {
        let Payload::Function(fd) = &self.heap.get(func).payload else { return None };
        let code = &fd.code;
        let simple = self.positional_fits(argc, code.argcount as usize, fd.defaults)
            && code.kwonlyargcount == 0
            && code.flags.0
                & (CodeFlags::VARARGS.0
                    | CodeFlags::VARKEYWORDS.0
                    | CodeFlags::GENERATOR.0
                    | CodeFlags::COROUTINE.0
                    | CodeFlags::ASYNC_GENERATOR.0)
                == 0;
        simple.then_some((fd.ci, fd.builtins, fd.globals, fd.closure))
    }

    /// `argc` positional arguments bind to a function of `argcount`
    /// positional parameters without keywords: exactly, or with the
    /// missing trailing ones covered by its `defaults`.
    #[inline]
    fn positional_fits(&self, argc: usize, argcount: usize, defaults: Option<ObjRef>) -> bool {
        argc == argcount
            || (argc < argcount
                && defaults.is_some_and(|d| matches!(&self.heap.get(d).payload, Payload::Tuple(t) if argc + t.len() >= argcount)))
    }

    /// Instantiate a plain user class whose `__init__` is a simple Python
    /// function without recursing on the Rust stack.
    fn try_init_frame(&mut self, cls: ObjRef, fpos: usize, args_at: usize, argc: usize, _ci: usize) -> PyResult<Option<bool>> {
        let init = match self.init_plan(cls) {
            Some(f) => Value::Obj(f),
            None => return Ok(None),
        };
        let Some(Payload::Function(fd)) = self.payload(init) else { return Ok(None) };
        let code = &fd.code;
        let simple = self.positional_fits(argc + 1, code.argcount as usize, fd.defaults)
            && code.kwonlyargcount == 0
            && code.flags.0
                & (CodeFlags::VARARGS.0 | CodeFlags::VARKEYWORDS.0 | CodeFlags::GENERATOR.0 | CodeFlags::COROUTINE.0 | CodeFlags::ASYNC_GENERATOR.0)
                == 0;
        if !simple {
            return Ok(None);
        }
        let (ci, builtins, globals, closure) = (fd.ci, fd.builtins, fd.globals, fd.closure);
        let inst = crate::builtins::types::object::new_instance(self, cls)?;
        // Put the instance just below the arguments.
        let slot = args_at - 1;
        if slot == fpos {
            // [cls, a1..an]: the class slot becomes self (the frame's ret_sp
            // still drops it; the frame keeps the instance alive).
            self.stack[fpos] = inst;
        } else {
            self.stack[slot] = inst;
        }
        let Value::Obj(io) = inst else { return Ok(None) };
        let initf = init.as_obj().unwrap_or(ObjRef::unchecked(0));
        self.push_simple_frame(initf, ci, builtins, globals, closure, fpos, slot, argc + 1, FrameKind::Init(io)).map(Some)
    }

    /// `LoadGlobal` past its version check (some global was stored since,
    /// as `go`'s `TIMESTAMP += 1` does on every move): a name the site
    /// found in the globals is read at the entry position it had, if the
    /// entry there still has that name as its key (keys are the interned
    /// names the compiler gave; `Ic::keys` is the position + 1). The
    /// caller checked globals, built-ins and the epoch.
    ///
    /// A hit fills the entry again for the versions and epoch of now, so
    /// the next loads (until the next store or collection) take the fast
    /// check.
    #[inline(never)]
    fn ic_global_at(&mut self, ci: usize, slot: usize, g: ObjRef, b: ObjRef, name: ObjRef) -> Option<Value> {
        let keys = self.code_caches[ci].ic.get(slot)?.keys;
        let pos = keys.checked_sub(1)? as usize;
        let Payload::Dict(dd) = &self.heap.get(g).payload else { return None };
        let en = dd.entry_at(pos)?;
        if !en.key.is(Value::Obj(name)) || en.value.is_null() {
            return None;
        }
        let (v, v1) = (en.value, dd.version());
        let (v2, epoch) = (self.dict_version(b), self.heap.collections);
        if let Some(e) = self.code_caches[ci].ic.get_mut(slot) {
            *e = Ic { epoch, k1: g, k2: b, v1, v2, val: v, keys };
        }
        Some(v)
    }

    /// Where the globals `g` hold `name` under that very key (+ 1, for
    /// `ic_global_at`); 0 when they do not. A `LoadGlobal` entry keeps it
    /// in `Ic::keys`: non-zero, the name was found in the globals, and
    /// while their version holds it is still there with the same value,
    /// whatever the built-ins became, so their version is not read.
    fn global_position(&self, g: ObjRef, name: ObjRef) -> u64 {
        let Payload::Dict(dd) = &self.heap.get(g).payload else { return 0 };
        let h = self.str_hash_cached(name);
        match dd.find(h, |k| k.is(Value::Obj(name))) {
            Some(p) => p as u64 + 1,
            None => 0,
        }
    }

    /// The `__init__` function `cls(...)` runs on a fresh instance when
    /// the class's `__new__` is `object.__new__` and its `__init__` a
    /// Python function; `None` for any other class. Kept in the class
    /// (`TypeData::init_plan`) for the current type-cache generation, so
    /// a call of a class skips the two MRO look-ups (method_calls: about
    /// 100 of the 590 instructions an instance creation took).
    #[inline]
    fn init_plan(&mut self, cls: ObjRef) -> Option<ObjRef> {
        let gen = self.type_cache_gen.get();
        if let Payload::Type(td) = &self.heap.get(cls).payload {
            if let Some((g, f)) = td.init_plan {
                if g == gen {
                    return Some(f);
                }
            }
        }
        let new = crate::interp::typesys::lookup(self, cls, self.n.__new__);
        if !new.is_some_and(|n| self.is_native_fn(n, crate::builtins::types::object::object_new)) {
            return None;
        }
        let init = crate::interp::typesys::lookup(self, cls, self.n.__init__)?;
        let Some(Payload::Function(_)) = self.payload(init) else { return None };
        let f = init.as_obj()?;
        if !self.heap.is_base(cls) {
            if let Payload::Type(td) = &mut self.heap.get_mut(cls).payload {
                td.init_plan = Some((gen, f));
            }
        }
        Some(f)
    }

    /// The built-ins of code run with `globals`: its `__builtins__` (a
    /// dict, or a module's namespace), else the interpreter's. Private
    /// namespaces (the importer's, the prelude's) carry their own.
    pub fn builtins_of(&self, globals: ObjRef) -> ObjRef {
        match self.dict_get_str(globals, self.n.__builtins__) {
            Some(Value::Obj(b)) => match &self.heap.get(b).payload {
                Payload::Dict(_) => b,
                Payload::Module(_) => self.heap.get(b).dict.unwrap_or(self.builtins),
                _ => self.builtins,
            },
            _ => self.builtins,
        }
    }

    pub fn make_function(
        &mut self,
        code: Arc<CodeObject>,
        globals: ObjRef,
        defaults: Option<ObjRef>,
        kwdefaults: Option<ObjRef>,
        closure: Option<ObjRef>,
        annotations: Value,
    ) -> PyResult<Value> {
        let ci = self.code_cache_index(&code)?;
        let [name, qualname, doc] = match self.code_caches[ci as usize].fn_strings {
            Some(s) => s,
            None => {
                let name = Value::Obj(self.intern(&code.name));
                self.temp_roots.push(name);
                let qualname = self.new_str(&code.qualname);
                let doc = match (&qualname, &code.docstring) {
                    (Ok(q), Some(d)) => {
                        self.temp_roots.push(*q);
                        let doc = self.new_str(d);
                        self.temp_roots.pop();
                        doc
                    }
                    _ => Ok(Value::None),
                };
                self.temp_roots.pop();
                let s = [name, qualname?, doc?];
                self.code_caches[ci as usize].fn_strings = Some(s);
                self.young_roots.extend_from_slice(&s);
                s
            }
        };
        let (epoch, version) = (self.heap.collections, self.dict_version(globals));
        let (module, builtins) = match self.code_caches[ci as usize].fn_env {
            Some(e) if e.epoch == epoch && e.globals == globals && e.version == version && version != u64::MAX => (e.module, e.builtins),
            _ => {
                let module = self.dict_get_str(globals, self.n.__name__).unwrap_or(Value::None);
                let builtins = self.builtins_of(globals);
                self.code_caches[ci as usize].fn_env = Some(FnEnv { epoch, globals, version, module, builtins });
                (module, builtins)
            }
        };
        let fd = FunctionData { code, ci, globals, builtins, name, qualname, defaults, kwdefaults, closure, doc, annotations, module, iterable_coroutine: false };
        let f = self.alloc(self.t.function, Payload::Function(Box::new(fd)))?;
        Ok(Value::Obj(f))
    }

    /// `raise X` / `raise X from Y`: instantiate classes, check types, set
    /// the cause.
    pub fn make_raisable(&mut self, exc: Value, cause: Value) -> PyResult<ObjRef> {
        let e = self.exception_instance(exc)?;
        if !cause.is_null() {
            // A class is called (its errors propagate); anything else
            // that is not an exception is refused.
            let is_exc_class = matches!(cause, Value::Obj(r) if matches!(self.heap.get(r).payload, Payload::Type(_))
                && self.is_subtype(r, self.t.base_exception));
            let is_exc = matches!(self.payload(cause), Some(Payload::Exception(_)));
            let c = if cause.is_none() {
                Value::None
            } else if is_exc || is_exc_class {
                Value::Obj(self.exception_instance(cause)?)
            } else {
                return Err(self.type_error("exception causes must derive from BaseException"));
            };
            if let Payload::Exception(ed) = &mut self.heap.get_mut(e).payload {
                ed.cause = c;
                ed.suppress_context = true;
            }
        }
        self.set_raise_context(e);
        Ok(e)
    }

    /// `raise e` while another exception is being handled: that one
    /// becomes `e.__context__` (replacing any earlier context, as in
    /// CPython), and a link back to `e` in its context chain is cut so
    /// the chain has no cycle.
    fn set_raise_context(&mut self, e: ObjRef) {
        let cur = self.topmost_exc();
        let Value::Obj(c) = cur else { return };
        if c == e {
            return;
        }
        let mut o = c;
        // The walk is bounded: an existing cycle not through `e` must not hang it.
        for _ in 0..10_000 {
            let next = match &self.heap.get(o).payload {
                Payload::Exception(ed) => ed.context,
                _ => break,
            };
            match next {
                Value::Obj(n) if n == e => {
                    if let Payload::Exception(ed) = &mut self.heap.get_mut(o).payload {
                        ed.context = Value::None;
                    }
                    break;
                }
                Value::Obj(n) => o = n,
                _ => break,
            }
        }
        if let Payload::Exception(ed) = &mut self.heap.get_mut(e).payload {
            ed.context = cur;
        }
    }

    fn exception_instance(&mut self, exc: Value) -> PyResult<ObjRef> {
        if let Value::Obj(r) = exc {
            if let Payload::Type(_) = &self.heap.get(r).payload {
                if self.is_subtype(r, self.t.base_exception) {
                    let v = self.call(exc, &[])?;
                    if let Value::Obj(o) = v {
                        if matches!(self.heap.get(o).payload, Payload::Exception(_)) {
                            return Ok(o);
                        }
                    }
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.type_data(r).name.clone(),
                        tn
                    )));
                }
            } else if matches!(self.heap.get(r).payload, Payload::Exception(_)) {
                return Ok(r);
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except T:` matching (`T` a class or tuple of classes).
    pub fn exc_matches(&mut self, exc: Value, ty: Value) -> PyResult<bool> {
        let et = self.type_of(exc);
        if let Some(items) = self.tuple_items(ty) {
            let items = items.to_vec();
            // Every item is checked before any matches, as CPython does.
            for &t in &items {
                if self.tuple_items(t).is_none() && !self.is_exception_class(t) {
                    return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
            }
            for t in items {
                if self.exc_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match ty {
            Value::Obj(t) if matches!(self.heap.get(t).payload, Payload::Type(_)) && self.is_subtype(t, self.t.base_exception) => {
                Ok(self.is_subtype(et, t))
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    fn is_exception_class(&self, t: Value) -> bool {
        matches!(t, Value::Obj(r) if matches!(self.heap.get(r).payload, Payload::Type(_)) && self.is_subtype(r, self.t.base_exception))
    }

    /// Unpack exactly `n` items onto the stack, the first on top (the
    /// general path of `UnpackSequence`, kept out of the dispatch loop).
    #[inline(never)]
    fn unpack_onto_stack(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let items = self.unpack(seq, n)?;
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// Unpack exactly `n` items.
    pub fn unpack(&mut self, seq: Value, n: usize) -> PyResult<Vec<Value>> {
        if let Some(items) = exact_sequence_items(&self.heap, &self.t, seq) {
            if items.len() == n {
                return Ok(items.to_vec());
            }
            let got = items.len();
            if got > n {
                return Err(self.value_error(format!("too many values to unpack (expected {})", n)));
            }
            return Err(self.value_error(format!("not enough values to unpack (expected {}, got {})", n, got)));
        }
        let it = match self.iter(seq) {
            Ok(it) => it,
            Err(Unwind::Exception(e)) if self.exc_is(e, self.t.type_error) => {
                let tn = self.type_name(seq);
                return Err(self.type_error(format!("cannot unpack non-iterable {} object", tn)));
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while let Some(v) = self.next(it)? {
            if out.len() == n {
                return Err(self.value_error(format!("too many values to unpack (expected {})", n)));
            }
            out.push(v);
        }
        if out.len() < n {
            return Err(self.value_error(format!("not enough values to unpack (expected {}, got {})", n, out.len())));
        }
        Ok(out)
    }
}

impl Vm {
    #[inline]
    fn dict_version(&self, d: ObjRef) -> u64 {
        match &self.heap.get(d).payload {
            Payload::Dict(dd) => dd.version(),
            _ => u64::MAX,
        }
    }

    /// The entry of attribute site `slot` for objects of type `t`: the
    /// primary one or one of its polymorphic side entries, if valid for
    /// the current type-cache generation.
    #[inline]
    fn ic_attr_find(&self, ci: usize, slot: usize, t: ObjRef) -> Option<&Ic> {
        let cc = &self.code_caches[ci];
        let e = cc.ic.get(slot)?;
        let gen = self.type_cache_gen.get() as u64;
        if e.k1 == t && e.epoch == gen {
            return Some(e);
        }
        if e.v2 == 0 {
            return None;
        }
        cc.poly.get(e.v2 as usize - 1)?.iter().find(|p| p.k1 == t && p.epoch == gen)
    }

    /// Record `new` (keyed by its type `k1`) for attribute site `slot`:
    /// in the primary entry when that is free, stale or of the same type,
    /// else in the site's side entries (made on first need; a full set
    /// replaces one by the type's id).
    fn ic_attr_store(&mut self, ci: usize, slot: usize, new: Ic) {
        let CodeCache { ic, poly, .. } = &mut self.code_caches[ci];
        let Some(e) = ic.get_mut(slot) else { return };
        let gen = new.epoch;
        if e.epoch != gen || e.k1 == new.k1 {
            let link = e.v2;
            *e = Ic { v2: link, ..new };
            return;
        }
        let idx = if e.v2 == 0 {
            poly.push([Ic::EMPTY; POLY]);
            e.v2 = poly.len() as u64;
            poly.len() - 1
        } else {
            e.v2 as usize - 1
        };
        let Some(ents) = poly.get_mut(idx) else { return };
        let i = ents.iter().position(|p| p.epoch != gen || p.k1 == new.k1).unwrap_or(new.k1.id() as usize % POLY);
        ents[i] = Ic { v2: 0, ..new };
    }

    /// `LoadAttr` hit: the type has no attribute `name` (no descriptor,
    /// no custom `__getattribute__`), so the instance dict decides.
    ///
    /// An instance keeping its values (`shape.rs`) under the keys the
    /// entry names: the value at the entry's position, if it has one.
    #[inline]
    fn ic_instance_dict_get(&self, ci: usize, slot: usize, obj: Value, name: ObjRef) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let o = self.heap.get(r);
        let Payload::Instance(vals, keys) = &o.payload else {
            if let Payload::Type(_) = &o.payload {
                let e = self.ic_attr_find(ci, slot, r)?;
                return if e.keys == CLASS_ATTR { Some(e.val) } else { None };
            }
            return None;
        };
        let e = self.ic_attr_find(ci, slot, o.class)?;
        if e.keys == CLASS_ATTR {
            return None;
        }
        if e.keys == SLOT_MEMBER {
            // An empty slot takes the generic path (AttributeError or
            // `__getattr__`).
            return if keys.is_none() { vals.get(e.v1 as usize).copied().filter(|v| !v.is_null()) } else { None };
        }
        if let Some(k) = keys {
            return if k.id() == e.keys { vals.get(e.v1 as usize).copied() } else { None };
        }
        let d = o.dict?;
        let Payload::Dict(dd) = &self.heap.get(d).payload else { return None };
        match dd.entry_at(e.v1 as usize) {
            Some(en) if matches!(en.key, Value::Obj(k) if k == name) => Some(en.value),
            _ => self.dict_get_str(d, name),
        }
    }

    /// `StoreAttr` hit: the type has no attribute `name` and no custom
    /// `__setattr__`, so the value goes into the instance dict (created on
    /// first use, as `generic_setattr` does).
    ///
    /// An instance keeping its values under the entry's keys: the value
    /// replaces the one at the entry's position, or is appended when the
    /// instance has values up to that position (the key there is `name`:
    /// `__init__` giving a new instance its attributes) and room for it.
    #[inline]
    fn ic_instance_dict_set(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef, v: Value) -> PyResult<bool> {
        let Value::Obj(r) = obj else { return Ok(false) };
        let o = self.heap.get(r);
        let Payload::Instance(vals, keys) = &o.payload else { return Ok(false) };
        let Some(e) = self.ic_attr_find(ci, slot, o.class) else { return Ok(false) };
        let pos = e.v1 as usize;
        if e.keys == SLOT_MEMBER {
            if keys.is_some() || pos >= vals.len() {
                return Ok(false);
            }
            if let Payload::Instance(vals, None) = &mut self.heap.get_mut(r).payload {
                vals[pos] = v;
            }
            return Ok(true);
        }
        if let Some(k) = keys {
            let (n, room) = (vals.len(), vals.len() < vals.capacity());
            if k.id() != e.keys || pos > n || (pos == n && !room) {
                return Ok(false);
            }
            if let Payload::Instance(vals, _) = &mut self.heap.get_mut(r).payload {
                if pos < n {
                    vals[pos] = v;
                } else {
                    vals.push(v);
                }
            }
            return Ok(true);
        }
        let cls = o.class;
        let d = match o.dict {
            Some(d) => d,
            None => {
                let d = self.new_instance_dict(cls)?;
                self.heap.get_mut(r).dict = Some(d);
                d
            }
        };
        if let Payload::Dict(dd) = &mut self.heap.get_mut(d).payload {
            if matches!(dd.entry_at(pos), Some(en) if matches!(en.key, Value::Obj(k) if k == name)) {
                dd.set_value_at(pos, v);
                return Ok(true);
            }
        }
        self.dict_set(d, Value::Obj(name), v)?;
        self.note_instance_dict_len(cls, d);
        Ok(true)
    }

    /// After a generic attribute load/store: cache when the type has no
    /// attribute `name` and no custom attribute hooks, and `name` is in
    /// the instance dict.
    fn ic_instance_dict_fill(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef, store: bool) {
        if slot == usize::MAX {
            return;
        }
        let Value::Obj(r) = obj else { return };
        let o = self.heap.get(r);
        let (t, dict) = (o.class, o.dict);
        if !matches!(o.payload, Payload::Instance(..)) || name == self.n.__class__ {
            return;
        }
        let shape = match &o.payload {
            Payload::Instance(vals, Some(k)) => Some((k.id(), vals.len(), k.clone())),
            _ => None,
        };
        let td = self.type_data(t);
        if td.builtin || td.flags.custom_getattribute || (store && td.flags.custom_setattr) {
            return;
        }
        if let Some(d) = crate::interp::typesys::lookup(self, t, name) {
            // A `__slots__` member (a data descriptor: it wins over any
            // instance dict): cache its index.
            if let (Some(Payload::Member(m)), None) = (self.payload(d), &shape) {
                let (index, epoch) = (m.index as u64, self.type_cache_gen.get() as u64);
                self.ic_attr_store(ci, slot, Ic { epoch, k1: t, k2: ObjRef::unchecked(0), v1: index, v2: 0, val: Value::Null, keys: SLOT_MEMBER });
            }
            return;
        }
        if (store && !self.type_data(t).has_dict) || (dict.is_none() && shape.is_none()) {
            return;
        }
        let h = self.str_hash_cached(name);
        let heap = &self.heap;
        let (pos, keys) = match (shape, dict) {
            (Some((id, n, k)), _) => (k.position(n, h, Value::Obj(name), |k| crate::interp::ops::str_key_eq(heap, k, name)), id),
            (None, Some(d)) => match &heap.get(d).payload {
                Payload::Dict(dd) => (dd.find(h, |k| crate::interp::ops::str_key_eq(heap, k, name)), 0),
                _ => (None, 0),
            },
            (None, None) => (None, 0),
        };
        let Some(pos) = pos else { return };
        let epoch = self.type_cache_gen.get() as u64;
        self.ic_attr_store(ci, slot, Ic { epoch, k1: t, k2: ObjRef::unchecked(0), v1: pos as u64, v2: 0, val: Value::Null, keys });
    }

    /// After a generic load of `name` from a class (`Strength.REQUIRED`,
    /// `Base.__init__` as a function): cache the value when loading it
    /// again from that class can only give the same value while no class
    /// changes (the epoch): the metaclass is `type`, or a class of ours
    /// deriving from it that keeps type's `__getattribute__` (an `Enum`'s
    /// `EnumType`: `Color.RED`), and has no attribute `name` (so no data
    /// descriptor of the metaclass comes first; its `__getattr__` only
    /// runs on a miss, never cached), the name is not a dunder (type
    /// computes some of those), and the class attribute is a function, a
    /// staticmethod (whose function the load gives) or a value whose type
    /// has no `__get__`. A class's metaclass changes only by `__class__`
    /// assignment, which starts a new epoch (`set_class`).
    fn ic_class_attr_fill(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef, v: Value) {
        if slot == usize::MAX {
            return;
        }
        let Value::Obj(r) = obj else { return };
        let o = self.heap.get(r);
        if !matches!(o.payload, Payload::Type(_)) {
            return;
        }
        let meta = o.class;
        if meta != self.t.type_ {
            let td = self.type_data(meta);
            if td.builtin || td.flags.custom_getattribute || !self.is_subtype(meta, self.t.type_) {
                return;
            }
        }
        if self.str_of(Value::Obj(name)).map_or(true, |s| s.starts_with("__")) {
            return;
        }
        if crate::interp::typesys::lookup(self, meta, name).is_some() {
            return;
        }
        let Some(raw) = crate::interp::typesys::lookup(self, r, name) else { return };
        let same = match self.payload(raw) {
            Some(Payload::Function(_)) => v.is(raw),
            Some(Payload::StaticMethod(f)) => v.is(*f),
            _ => v.is(raw) && crate::interp::typesys::lookup(self, self.type_of(raw), self.n.__get__).is_none(),
        };
        if !same {
            return;
        }
        let epoch = self.type_cache_gen.get() as u64;
        self.ic_attr_store(ci, slot, Ic { epoch, k1: r, k2: ObjRef::unchecked(0), v1: 0, v2: 0, val: v, keys: CLASS_ATTR });
    }

    /// `LoadMethod` hit: the cached plain method of the object's type,
    /// unless the instance dict shadows it.
    ///
    /// An instance keeping its values under the keys the entry names has
    /// none for `name` when it has values for fewer keys than the entry's
    /// `v1` (where `name` is in those keys, or their length when cached).
    #[inline]
    fn ic_method_get(&self, ci: usize, slot: usize, obj: Value, name: ObjRef) -> Option<Value> {
        let e = self.ic_attr_find(ci, slot, self.type_of(obj))?;
        if e.keys == CLASS_ATTR || e.keys == CLASS_METHOD {
            // An entry for loading from the class itself, not from its
            // instances.
            return None;
        }
        if let Value::Obj(r) = obj {
            let o = self.heap.get(r);
            match &o.payload {
                Payload::Type(_) | Payload::Module(_) | Payload::Super(_) => return None,
                Payload::Instance(vals, Some(k)) => {
                    if k.id() == e.keys && vals.len() as u64 <= e.v1 {
                        return Some(e.val);
                    }
                    return if self.instance_attr(r, name).is_some() { None } else { Some(e.val) };
                }
                _ => {}
            }
            if let Some(d) = o.dict {
                if self.dict_get_str(d, name).is_some() {
                    return None;
                }
            }
        }
        Some(e.val)
    }

    /// `LoadMethod` of a class's own attribute (`ic_class_attr_fill`): the
    /// value loading it gives, for the class the site's entry is keyed by.
    /// A classmethod's entry (`ic_class_method_fill`) gives its function
    /// and the class, as the unbound pair `CallMethod` calls.
    #[inline]
    fn ic_class_attr_get(&self, ci: usize, slot: usize, obj: Value) -> Option<(Value, Value)> {
        let Value::Obj(r) = obj else { return None };
        if !matches!(self.heap.get(r).payload, Payload::Type(_)) {
            return None;
        }
        let e = self.ic_attr_find(ci, slot, r)?;
        match e.keys {
            CLASS_ATTR => Some((e.val, Value::Null)),
            CLASS_METHOD => Some((e.val, obj)),
            _ => None,
        }
    }

    /// `LoadMethod` past the instance-method cache: the pair to push (a
    /// method and self, or a callable and NULL). Out of the loop: written
    /// in it, this code made the hits slower (callgrind, method_calls:
    /// +0.9% instructions).
    #[inline(never)]
    fn load_method_miss(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef) -> PyResult<(Value, Value)> {
        if let Some(pair) = self.ic_class_attr_get(ci, slot, obj) {
            return Ok(pair);
        }
        if let Some(pair) = self.super_method(obj, name) {
            return Ok(pair);
        }
        match self.load_method_at_site(ci, slot, obj, name)? {
            crate::interp::attr::MethodLookup::Unbound(m) => {
                let (t_, epoch) = (self.type_of(obj), self.type_cache_gen.get() as u64);
                let (keys, v1) = self.ic_method_keys(obj, name);
                self.ic_attr_store(ci, slot, Ic { epoch, k1: t_, k2: ObjRef::unchecked(0), v1, v2: 0, val: m, keys });
                Ok((m, obj))
            }
            crate::interp::attr::MethodLookup::Attr(v) => {
                // `Strength.stronger(a, b)`: a function or staticmethod of
                // a class (as `LoadAttr` caches it), or a classmethod.
                self.ic_class_attr_fill(ci, slot, obj, name, v);
                self.ic_class_method_fill(ci, slot, obj, name, v);
                Ok((v, Value::Null))
            }
        }
    }

    /// `super(...).name(args)` where `name` is found, past the super's
    /// class in the instance's MRO, as a Python function: that function
    /// and the instance, as the unbound pair `CallMethod` calls, which is
    /// what calling the bound method `super.__getattribute__` would make
    /// does (deltablue's `super(C, self).__init__(...)`). Anything else
    /// (a class as the second argument, a subclass of super, any other
    /// kind of attribute) takes the general path.
    fn super_method(&self, obj: Value, name: ObjRef) -> Option<(Value, Value)> {
        let Value::Obj(r) = obj else { return None };
        let o = self.heap.get(r);
        let Payload::Super(sd) = &o.payload else { return None };
        if o.class != self.t.super_ || name == self.n.__class__ {
            return None;
        }
        let (ty, inst, obj_type) = (sd.ty, sd.obj, sd.obj_type);
        if inst.as_obj() == Some(obj_type) {
            return None;
        }
        let Payload::Type(otd) = &self.heap.get(obj_type).payload else { return None };
        let start = otd.mro.iter().position(|&t| t == ty)? + 1;
        for &t in &otd.mro[start..] {
            if let Some(v) = crate::interp::typesys::own_attr(self, t, name) {
                return matches!(self.payload(v), Some(Payload::Function(_))).then_some((v, inst));
            }
        }
        None
    }

    /// After `LoadMethod` of `name` from a class gave `v`: when that is a
    /// classmethod of a Python function bound to the class, cache the
    /// function, so the next `Strength.stronger(a, b)` calls it with the
    /// class first and makes no bound method (deltablue). The same
    /// conditions as `ic_class_attr_fill`: while no class changes (the
    /// epoch), loading it again gives a method of the same function and
    /// class.
    fn ic_class_method_fill(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef, v: Value) {
        if slot == usize::MAX {
            return;
        }
        let Value::Obj(r) = obj else { return };
        let o = self.heap.get(r);
        if !matches!(o.payload, Payload::Type(_)) || o.class != self.t.type_ {
            return;
        }
        let Some(Payload::Method(f, slf)) = self.payload(v) else { return };
        let (f, slf) = (*f, *slf);
        if !slf.is(obj) || !matches!(self.payload(f), Some(Payload::Function(_))) {
            return;
        }
        if crate::interp::typesys::lookup(self, self.t.type_, name).is_some() {
            return;
        }
        let Some(raw) = crate::interp::typesys::lookup(self, r, name) else { return };
        if !matches!(self.payload(raw), Some(Payload::ClassMethod(g)) if g.is(f)) {
            return;
        }
        let epoch = self.type_cache_gen.get() as u64;
        self.ic_attr_store(ci, slot, Ic { epoch, k1: r, k2: ObjRef::unchecked(0), v1: 0, v2: 0, val: f, keys: CLASS_METHOD });
    }

    /// `LoadAttr` past the instance and class caches: a module's attribute
    /// from the site's module entry, else the generic load (which fills
    /// that entry for a module). Out of line, as the two below: written
    /// into the loop, the same checks made all its code slower (callgrind:
    /// +0.8% on method_calls, which loads no module attribute).
    #[inline(never)]
    fn getattr_at_site(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = self.ic_module_get(ci, slot, obj) {
            return Ok(v);
        }
        let v = self.getattr(obj, name)?;
        self.ic_module_fill(ci, slot, obj, name, v);
        Ok(v)
    }

    /// `LoadMethod` past the method cache: as `getattr_at_site`.
    #[inline(never)]
    fn load_method_at_site(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef) -> PyResult<crate::interp::attr::MethodLookup> {
        if let Some(v) = self.ic_module_get(ci, slot, obj) {
            return Ok(crate::interp::attr::MethodLookup::Attr(v));
        }
        let r = self.load_method(obj, name)?;
        if let crate::interp::attr::MethodLookup::Attr(v) = r {
            self.ic_module_fill(ci, slot, obj, name, v);
        }
        Ok(r)
    }

    /// `LoadAttr`/`LoadMethod` hit on a module: the attribute its dict
    /// held when the site last looked, if the dict has not changed since.
    #[inline]
    fn ic_module_get(&self, ci: usize, slot: usize, obj: Value) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let e = self.code_caches[ci].ic.get(slot)?;
        if e.keys != MODULE_ATTR || e.k1 != r || e.epoch != self.heap.collections {
            return None;
        }
        let o = self.heap.get(r);
        if o.class != self.t.module || o.dict != Some(e.k2) {
            return None;
        }
        (self.dict_version(e.k2) == e.v1).then_some(e.val)
    }

    /// After a generic load of `name` from `obj` gave `v`: if `obj` is a
    /// module (of the module type itself, whose attributes never change)
    /// and `v` is what its dict holds under `name`, cache it for the site
    /// by the dict's version. The site's link to its side entries stays.
    fn ic_module_fill(&mut self, ci: usize, slot: usize, obj: Value, name: ObjRef, v: Value) {
        let Value::Obj(r) = obj else { return };
        let o = self.heap.get(r);
        if o.class != self.t.module || !matches!(o.payload, Payload::Module(_)) {
            return;
        }
        let Some(d) = o.dict else { return };
        if !self.dict_get_str(d, name).is_some_and(|x| x.is(v)) {
            return;
        }
        let (v1, epoch) = (self.dict_version(d), self.heap.collections);
        if let Some(e) = self.code_caches[ci].ic.get_mut(slot) {
            let link = e.v2;
            *e = Ic { epoch, k1: r, k2: d, v1, v2: link, val: v, keys: MODULE_ATTR };
        }
    }

    /// For a `LoadMethod` entry: the keys id of an instance keeping its
    /// values, and the position of `name` in those keys (their length
    /// when it is not there); `(0, 0)` for any other object.
    fn ic_method_keys(&self, obj: Value, name: ObjRef) -> (u64, u64) {
        let Value::Obj(r) = obj else { return (0, 0) };
        let Payload::Instance(_, Some(k)) = &self.heap.get(r).payload else { return (0, 0) };
        let h = self.str_hash_cached(name);
        let heap = &self.heap;
        let p = k.position(k.len(), h, Value::Obj(name), |key| crate::interp::ops::str_key_eq(heap, key, name)).unwrap_or(k.len());
        (k.id(), p as u64)
    }

    /// Resume generator `g` (the iterator of a `FOR_ITER` jumping to
    /// `target` when exhausted) by pushing its frame on the frame stack,
    /// with the `yield from` chain parked with it, if any, above it.
    /// `false` when it must take the general path (not a plain suspended
    /// generator, or at the recursion limit).
    fn resume_gen_inline(&mut self, g: ObjRef, target: u32, send: Value, kinds: u8) -> bool {
        if !self.gen_inline_ok(g, send, kinds) {
            return false;
        }
        // A delegate resumed by the `yield from` of the frame on top joins
        // that frame's chain (whose foot is that frame's generator, or the
        // foot of the chain that one is in).
        let head = if target == YF_TARGET {
            match self.frames.last() {
                Some(f) if f.for_target == YF_TARGET => f.gen.and_then(|d| match &self.heap.get(d).payload {
                    Payload::Generator(dd) => dd.chain_head,
                    _ => None,
                }),
                Some(f) => f.gen,
                None => None,
            }
        } else {
            None
        };
        // One look-up of the generator for all it gives up (each costs a
        // heap access; this runs once per item of a generator loop).
        let Payload::Generator(gd) = &mut self.heap.get_mut(g).payload else { return false };
        let Some(mut frame) = gd.frame.take() else { return false };
        gd.running = true;
        if head.is_some() {
            gd.chain_head = head;
        }
        let started = std::mem::replace(&mut gd.started, true);
        let own_exc = gd.exc_state;
        let seg = std::mem::take(&mut gd.saved);
        frame.entry = false;
        frame.for_target = target;
        // The generator's own exception state becomes current, the
        // resumer's is kept in the frame (`enter_gen_exc`).
        frame.outer_exc = if self.cur_exc.is_null() { Value::None } else { self.cur_exc };
        self.frames.push(frame);
        let below = std::mem::replace(&mut self.stack, seg);
        self.segments.push(below);
        if gd.delegates.is_empty() {
            self.cur_exc = own_exc;
        } else {
            // Its parked chain goes back above it as it was.
            self.frames.extend_from_slice(&gd.delegates);
            gd.delegates.clear();
            restore_stacks(&mut self.stack, &mut self.segments, &mut gd.delegate_stacks);
            self.cur_exc = gd.delegate_exc;
        }
        if started {
            self.stack.push(send);
        }
        true
    }

    /// Can `g` be resumed in place with `send`? A plain generator (or,
    /// when `kinds` allows, a coroutine: `await` and `coro.send`), not
    /// running, not finished, below the recursion limit with its parked
    /// chain; a just-started one only with None (otherwise the general
    /// path raises).
    ///
    /// Coroutines resumed in place matter for memory as well as speed: a
    /// chain of awaits resumed through native calls nests one re-entry per
    /// await, and a collection inside a re-entry must keep everything
    /// older than it, so a recursive coroutine (pyperformance's
    /// coroutines) kept nearly all of its garbage.
    #[inline]
    fn gen_inline_ok(&self, g: ObjRef, send: Value, kinds: u8) -> bool {
        match &self.heap.get(g).payload {
            Payload::Generator(gd) => {
                let kind_ok = match gd.kind {
                    GenKind::Generator => kinds & GEN_ONLY != 0,
                    GenKind::Coroutine => kinds & CORO_ONLY != 0,
                    GenKind::AsyncGenerator => false,
                };
                kind_ok
                    && !gd.running
                    && gd.frame.is_some()
                    && (gd.started || send.is_none())
                    && ((self.frames.len() + gd.delegates.len()) as u32) < self.limits.max_recursion
            }
            _ => false,
        }
    }

    /// `next(g)`, `g.__next__()` or `g.send(v)` (unbound, from the stack at
    /// `fpos`) on a generator: resume it in this loop. `true` when pushed.
    fn try_resume_gen_call(&mut self, f: crate::interp::vm::NativeFn, owner: Option<ObjRef>, fpos: usize, args_at: usize, argc: usize) -> bool {
        let fp = f as usize;
        let is = |h: crate::interp::vm::NativeFn| fp == h as usize;
        let (g, send, kinds) = if argc == 1 && (is(crate::builtins::b_next) || is(crate::builtins::types::function::gen_next_m)) {
            (self.stack[args_at], Value::None, GEN_ONLY)
        } else if argc == 2 && is(crate::builtins::types::function::gen_send) {
            // `send` of the type the receiver is of (a generator's send
            // applied to a coroutine takes the general path, which refuses).
            let kinds = match owner {
                Some(t) if t == self.t.generator => GEN_ONLY,
                Some(t) if t == self.t.coroutine => CORO_ONLY,
                _ => return false,
            };
            (self.stack[args_at], self.stack[args_at + 1], kinds)
        } else {
            return false;
        };
        let Value::Obj(g) = g else { return false };
        if !self.gen_inline_ok(g, send, kinds) {
            return false;
        }
        self.stack.truncate(fpos);
        self.resume_gen_inline(g, CALL_TARGET, send, kinds)
    }

    /// The top frame (a generator, its pc already at the resumption point)
    /// yields `v`. An entry frame returns to its native resumer
    /// (`Some(Exit::Yield)`); an in-place resumed one suspends and hands
    /// `v` to its resumer: the caller's `FOR_ITER` or call gets it on its
    /// stack (`None`: continue with the new top frame). A delegate of a
    /// `yield from` chain hands `v` to the resumer of the chain's foot, in
    /// one step: the chain is parked with the foot's generator
    /// (`park_chain`), which suspends as if it had yielded `v` itself.
    fn yield_up(&mut self, v: Value) -> Option<Exit> {
        let top = self.frames.len().checked_sub(1)?;
        let mut target = self.frames[top].for_target;
        if target == YF_TARGET {
            let mut k = top;
            while k > 0 && self.frames[k].for_target == YF_TARGET {
                k -= 1;
            }
            let foot = self.frames[k].for_target;
            if foot == COLLECT_TARGET && self.collect_yield(v) {
                // Gathered by the native running the chain's foot: the
                // innermost frame goes on as if the chain were resumed
                // with None.
                self.stack.push(Value::None);
                return None;
            }
            if !self.park_chain(k) {
                return self.yield_up_by_levels(v);
            }
            target = foot;
        }
        if target == COLLECT_TARGET && self.collect_yield(v) {
            // Gathered: the frame goes on as if resumed with None.
            self.stack.push(Value::None);
            return None;
        }
        if target == NO_TARGET || target == COLLECT_TARGET {
            return Some(Exit::Yield(v));
        }
        self.suspend_gen_inline();
        self.stack.push(v);
        None
    }

    /// `yield_up` suspending each delegate on its own, up to a resumer
    /// that is not a `yield from` (when the chain cannot be parked).
    fn yield_up_by_levels(&mut self, v: Value) -> Option<Exit> {
        loop {
            let target = self.frames.last().map(|f| f.for_target).unwrap_or(NO_TARGET);
            if target == COLLECT_TARGET && self.collect_yield(v) {
                self.stack.push(Value::None);
                return None;
            }
            if target == NO_TARGET || target == COLLECT_TARGET {
                return Some(Exit::Yield(v));
            }
            self.suspend_gen_inline();
            if target != YF_TARGET {
                self.stack.push(v);
                return None;
            }
            // The delegator stays at its `yield from` (re-executed to send
            // the next value to the subgenerator).
            let d = self.frames.last_mut()?;
            d.pc = d.lasti;
        }
    }

    /// The frames above frame `k` (a generator frame) are a `yield from`
    /// chain, each resumed by the `yield from` of the one below, the top
    /// one yielding: move them, with their value stacks, into the
    /// generator of frame `k` (`GenData::delegates`), leaving frame `k` on
    /// top with its own exception state current, as if each delegate had
    /// suspended and frame `k` itself were yielding. `false` (nothing
    /// moved) when frame `k` has no generator.
    fn park_chain(&mut self, k: usize) -> bool {
        let Some(h) = self.frames[k].gen else { return false };
        let n = self.frames.len() - 1 - k;
        let s = self.segments.len();
        if n == 0 || s < n {
            return false;
        }
        let top_exc = if self.cur_exc.is_null() { Value::None } else { self.cur_exc };
        let foot_exc = self.frames[k + 1].outer_exc;
        let Payload::Generator(gd) = &mut self.heap.get_mut(h).payload else { return false };
        gd.delegates.extend_from_slice(&self.frames[k + 1..]);
        gd.delegate_stacks.extend(self.segments.drain(s - n + 1..));
        let foot_stack = self.segments.pop().unwrap_or_default();
        gd.delegate_stacks.push(std::mem::replace(&mut self.stack, foot_stack));
        gd.delegate_exc = top_exc;
        let listed = std::mem::replace(&mut gd.parked_listed, true);
        self.frames.truncate(k + 1);
        if !listed {
            self.parked_heads.push(h);
        }
        if !foot_exc.is_null() {
            self.cur_exc = foot_exc;
        }
        true
    }

    /// Give each generator of the chain parked with suspended generator
    /// `h` its own frame back, suspended at the point it would be had
    /// each delegate suspended on its own: a delegator at its `yield from`
    /// (re-executed when resumed), the innermost where it yielded.
    pub(crate) fn unpark_chain(&mut self, h: ObjRef) {
        let Payload::Generator(gd) = &mut self.heap.get_mut(h).payload else { return };
        if gd.delegates.is_empty() {
            return;
        }
        let frames = std::mem::take(&mut gd.delegates);
        let stacks = std::mem::take(&mut gd.delegate_stacks);
        let top_exc = std::mem::replace(&mut gd.delegate_exc, Value::None);
        if let Some(f) = gd.frame.as_mut() {
            f.pc = f.lasti;
        }
        let n = frames.len();
        for (i, (mut f, seg)) in frames.iter().copied().zip(stacks).enumerate() {
            let Some(g) = f.gen else { continue };
            let own_exc = match frames.get(i + 1) {
                Some(above) => {
                    f.pc = f.lasti;
                    above.outer_exc
                }
                None => top_exc,
            };
            debug_assert!(i + 1 < n || f.for_target == YF_TARGET);
            if let Payload::Generator(d) = &mut self.heap.get_mut(g).payload {
                d.frame = Some(f);
                d.saved = seg;
                d.running = false;
                d.chain_head = None;
                d.exc_state = if own_exc.is_null() { Value::None } else { own_exc };
            }
        }
    }

    /// Generator `g`'s frame was just pushed (on its own value stack, with
    /// its exception state current): put the chain parked with it, if
    /// any, back above it as it was.
    pub(crate) fn restore_chain(&mut self, g: ObjRef) {
        let Payload::Generator(gd) = &mut self.heap.get_mut(g).payload else { return };
        if gd.delegates.is_empty() {
            return;
        }
        self.frames.extend_from_slice(&gd.delegates);
        gd.delegates.clear();
        restore_stacks(&mut self.stack, &mut self.segments, &mut gd.delegate_stacks);
        self.cur_exc = gd.delegate_exc;
    }

    /// Before generator `g` is used other than by a plain resumption:
    /// if it has a chain parked with it, or is a delegate parked in one,
    /// give that chain's generators their own frames back.
    pub(crate) fn settle_gen(&mut self, g: ObjRef) {
        let Payload::Generator(gd) = &self.heap.get(g).payload else { return };
        if !gd.delegates.is_empty() {
            self.unpark_chain(g);
            return;
        }
        let Some(h) = gd.chain_head else { return };
        if gd.frame.is_some() {
            return;
        }
        let parked_here = match &self.heap.get(h).payload {
            Payload::Generator(hd) => hd.frame.is_some() && hd.delegates.iter().any(|f| f.gen == Some(g)),
            _ => false,
        };
        if parked_here {
            self.unpark_chain(h);
        }
    }

    /// Unpark every chain parked since the last collection (the collector
    /// then sees each generator holding its own frame, and a generator
    /// freed with a chain parked in it cannot take a live delegate's frame
    /// with it).
    pub(crate) fn unpark_all(&mut self) {
        let heads = std::mem::take(&mut self.parked_heads);
        for &h in &heads {
            if let Payload::Generator(gd) = &mut self.heap.get_mut(h).payload {
                gd.parked_listed = false;
            }
            self.unpark_chain(h);
        }
        let mut heads = heads;
        heads.clear();
        if self.parked_heads.is_empty() {
            self.parked_heads = heads;
        }
    }

    /// A generator in collecting mode yielded `v`: append it to the
    /// innermost collecting list, with the step and the list's growth
    /// charged as `collect_iter` charges a gathered item (or drop it, for
    /// `any`/`all`, or add it up, for `sum`, charging the step they
    /// charge). `false` (nothing
    /// charged, nothing appended) when that cannot be done here: a value
    /// the native must see, no step left before the meter's next check
    /// (which may end the run), or growth over the memory limit; the
    /// generator then suspends as usual and its resumer takes `v` itself,
    /// making those checks.
    fn collect_yield(&mut self, v: Value) -> bool {
        let Some(&sink) = self.collect_into.last() else { return false };
        if self.meter.budget == 0 {
            return false;
        }
        let hr = match sink {
            crate::interp::vm::Gather::SumInt(total) => {
                let Value::Int(x) = v else { return false };
                let Some(n) = total.checked_add(x) else { return false };
                if let Some(last) = self.collect_into.last_mut() {
                    *last = crate::interp::vm::Gather::SumInt(n);
                }
                self.meter.budget -= 1;
                return true;
            }
            crate::interp::vm::Gather::IntoSet(s) => {
                if !crate::builtins::types::set::add_native_only(self, s, v) {
                    return false;
                }
                self.meter.budget -= 1;
                return true;
            }
            crate::interp::vm::Gather::Into(hr) => hr,
            crate::interp::vm::Gather::SkipWhile(skip) => {
                if self.truthy_builtin(v) != Some(skip) {
                    return false;
                }
                self.meter.budget -= 1;
                return true;
            }
        };
        let Payload::List(l) = &self.heap.get(hr).payload else { return false };
        let (len, cap) = (l.len(), l.capacity());
        if len == cap {
            let new_cap = cap.saturating_mul(2).max(16);
            if self.heap.check_extra(new_cap.saturating_mul(16)).is_err() || self.heap.charge((new_cap - cap).saturating_mul(16)).is_err() {
                return false;
            }
            if let Payload::List(l) = &mut self.heap.get_mut(hr).payload {
                l.reserve_exact(new_cap - len);
            }
        }
        self.meter.budget -= 1;
        if let Payload::List(l) = &mut self.heap.get_mut(hr).payload {
            l.push(v);
        }
        true
    }

    /// Suspend the top frame, an inline-resumed generator, back into its
    /// generator object.
    #[inline(always)]
    fn suspend_gen_inline(&mut self) {
        let Some(f) = self.frames.pop() else { return };
        let Some(g) = f.gen else { return };
        // As `leave_gen_exc(.., suspended)`, in the one look-up of the
        // generator that stores the frame back.
        let own_exc = if self.cur_exc.is_null() { Value::None } else { self.cur_exc };
        let outer = f.outer_exc;
        let seg = self.leave_segment();
        if let Payload::Generator(gd) = &mut self.heap.get_mut(g).payload {
            gd.exc_state = own_exc;
            gd.saved = seg;
            gd.frame = Some(f);
            gd.running = false;
            gd.chain_head = None;
        }
        if !outer.is_null() {
            self.cur_exc = outer;
        }
    }

    /// Run a generator frame about to be pushed on `seg`, the generator's
    /// own value stack; the running one waits in `segments` until that
    /// frame leaves (`leave_segment`).
    #[inline]
    pub(crate) fn enter_segment(&mut self, seg: Vec<Value>) {
        let below = std::mem::replace(&mut self.stack, seg);
        self.segments.push(below);
    }

    /// The generator frame just popped leaves its value stack, returned
    /// (for the generator to keep while suspended); the frames below run
    /// on theirs again. A stack left much larger than what it holds (by
    /// the calls the generator made) is trimmed, as the generator keeps
    /// it while suspended.
    #[inline]
    pub(crate) fn leave_segment(&mut self) -> Vec<Value> {
        let below = self.segments.pop().unwrap_or_default();
        let mut seg = std::mem::replace(&mut self.stack, below);
        if seg.capacity() > 256 && seg.capacity() > 4 * seg.len() {
            seg.shrink_to(2 * seg.len() + 16);
        }
        seg
    }

    /// A finished generator frame just popped: its value stack is left and
    /// kept (emptied, if small) for a new generator.
    #[inline]
    pub(crate) fn drop_segment(&mut self) {
        let below = self.segments.pop().unwrap_or_default();
        let mut seg = std::mem::replace(&mut self.stack, below);
        if seg.capacity() <= 128 && self.spare_stacks.len() < 32 {
            seg.clear();
            self.spare_stacks.push(seg);
        }
    }

    /// Continue the top frame by raising `e` at its current instruction.
    pub fn run_with_exception(&mut self, e: ObjRef) -> PyResult<Exit> {
        match self.unwind_exception(e)? {
            Some(x) => Ok(x),
            None => self.run(),
        }
    }
}

/// A parked chain's value stacks (`parked`, outermost first) become the
/// running ones again above `stack`, the chain's foot's: the innermost
/// runs, the others wait in `segments` in order (`parked` is left empty,
/// its buffer kept).
#[inline]
fn restore_stacks(stack: &mut Vec<Value>, segments: &mut Vec<Vec<Value>>, parked: &mut Vec<Vec<Value>>) {
    let Some(innermost) = parked.pop() else { return };
    segments.push(std::mem::replace(stack, innermost));
    segments.append(parked);
}

/// The items of an exact `tuple` or `list` (not a subclass, whose
/// `__iter__` may say otherwise), read in place.
#[inline]
fn exact_sequence_items<'a>(heap: &'a crate::object::heap::Heap, t: &crate::interp::typesys::BuiltinTypes, seq: Value) -> Option<&'a [Value]> {
    let Value::Obj(r) = seq else { return None };
    let o = heap.get(r);
    match &o.payload {
        Payload::Tuple(items) if o.class == t.tuple => Some(items),
        Payload::List(items) if o.class == t.list => Some(items),
        _ => None,
    }
}
