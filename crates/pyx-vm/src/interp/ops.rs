//! Generic object operations: hashing, equality and rich comparison,
//! truth, repr/str, binary and unary operators with reflected operands,
//! item access, length, containment. Fast paths for ints, floats and strs
//! come first; everything else follows the data model through the type's
//! special methods.

use num_bigint::BigInt;

use crate::object::heap::{Heap, ObjRef};
use crate::object::*;
use crate::builtins::types::int::{self as int, Num};
use crate::object::value::Value;
use crate::interp::vm::{PyResult, Unwind, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
    /// (forward, reflected, in-place) method names.
    pub fn names(self, vm: &Vm) -> (ObjRef, ObjRef, ObjRef) {
        let n = &*vm.n;
        match self {
            BinOp::Add => (n.__add__, n.__radd__, n.__iadd__),
            BinOp::Sub => (n.__sub__, n.__rsub__, n.__isub__),
            BinOp::Mul => (n.__mul__, n.__rmul__, n.__imul__),
            BinOp::MatMul => (n.__matmul__, n.__rmatmul__, n.__imatmul__),
            BinOp::TrueDiv => (n.__truediv__, n.__rtruediv__, n.__itruediv__),
            BinOp::FloorDiv => (n.__floordiv__, n.__rfloordiv__, n.__ifloordiv__),
            BinOp::Mod => (n.__mod__, n.__rmod__, n.__imod__),
            BinOp::Pow => (n.__pow__, n.__rpow__, n.__ipow__),
            BinOp::LShift => (n.__lshift__, n.__rlshift__, n.__ilshift__),
            BinOp::RShift => (n.__rshift__, n.__rrshift__, n.__irshift__),
            BinOp::And => (n.__and__, n.__rand__, n.__iand__),
            BinOp::Or => (n.__or__, n.__ror__, n.__ior__),
            BinOp::Xor => (n.__xor__, n.__rxor__, n.__ixor__),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn name(self, vm: &Vm) -> ObjRef {
        let n = &*vm.n;
        match self {
            CmpOp::Lt => n.__lt__,
            CmpOp::Le => n.__le__,
            CmpOp::Eq => n.__eq__,
            CmpOp::Ne => n.__ne__,
            CmpOp::Gt => n.__gt__,
            CmpOp::Ge => n.__ge__,
        }
    }
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => o == Less,
            CmpOp::Le => o != Greater,
            CmpOp::Eq => o == Equal,
            CmpOp::Ne => o != Equal,
            CmpOp::Gt => o == Greater,
            CmpOp::Ge => o != Less,
        }
    }
}

/// The decimal text of `i` (as `str(i)`), laid out at the end of `buf`
/// (20 bytes hold `i64::MIN`, sign included).
pub fn int_decimal(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

/// Key equality for str-keyed namespaces: identity, else equal text.
#[inline]
pub fn str_key_eq(heap: &Heap, k: Value, name: ObjRef) -> bool {
    match k {
        Value::Obj(r) if r == name => true,
        Value::Obj(r) => match (&heap.get(r).payload, &heap.get(name).payload) {
            (Payload::Str(a), Payload::Str(b)) => a.s == b.s,
            _ => false,
        },
        _ => false,
    }
}

impl Vm {
    // ----- recursion guard for native re-entry ---------------------------

    #[inline]
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.native_depth >= self.limits.max_native_depth || crate::interp::native::stack_low() {
            return Err(self.recursion_error());
        }
        self.native_depth += 1;
        let mark = self.rooted_mark.take().unwrap_or(self.heap.allocs);
        self.reentry_marks.push(mark);
        Ok(())
    }
    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
        self.reentry_marks.pop();
    }

    /// Call Python function `f` from a native that started at allocation
    /// number `start` and keeps every object it made since in a root (a
    /// traced object or `temp_roots`): a collection while `f` runs may then
    /// free the garbage of the native's earlier calls back, not only what
    /// this call makes. Only a plain Python function is called this way
    /// (its frame is entered directly, with no other native in between);
    /// anything else is an ordinary call.
    pub(crate) fn call_rooted(&mut self, f: Value, args: &[Value], start: u64) -> PyResult<Value> {
        if matches!(self.payload(f), Some(Payload::Function(_))) {
            self.rooted_mark = Some(start);
        }
        let r = self.call(f, args);
        self.rooted_mark = None;
        r
    }

    /// `next(it)` for such a native: a Python generator is resumed directly
    /// with the native's mark; the iterators that call back (map, filter,
    /// enumerate, zip) open their own scope extending the native's; an
    /// instance of a class whose `__next__` is a plain Python function
    /// (itertools' classes, user iterators) has it called with the mark.
    pub(crate) fn next_rooted(&mut self, it: Value, start: u64) -> PyResult<Option<Value>> {
        enum Route {
            Generator,
            Scoped(crate::object::heap::ObjRef),
            Instance,
            Plain,
        }
        let route = match (it, self.payload(it)) {
            (_, Some(Payload::Generator(g))) if g.kind == crate::interp::frame::GenKind::Generator => Route::Generator,
            (Value::Obj(r), Some(Payload::Iter(d))) => match &**d {
                crate::object::IterData::Map { .. }
                | crate::object::IterData::Filter { .. }
                | crate::object::IterData::Enumerate { .. }
                | crate::object::IterData::Zip { .. } => Route::Scoped(r),
                _ => Route::Plain,
            },
            (_, Some(Payload::Instance(..))) => Route::Instance,
            _ => Route::Plain,
        };
        match route {
            Route::Generator => {
                self.rooted_mark = Some(start);
                let r = self.next(it);
                self.rooted_mark = None;
                r
            }
            Route::Scoped(r) => self.next_slow(r, Some(start)),
            Route::Instance => {
                let t = self.type_of(it);
                let m = crate::interp::typesys::lookup(self, t, self.n.__next__);
                match m {
                    Some(m) if matches!(self.payload(m), Some(Payload::Function(_))) => match self.call_rooted(m, &[it], start) {
                        Ok(v) => Ok(Some(v)),
                        Err(Unwind::Exception(e)) if self.exc_is(e, self.t.stop_iteration) => Ok(None),
                        Err(e) => Err(e),
                    },
                    _ => self.next(it),
                }
            }
            Route::Plain => self.next(it),
        }
    }

    /// Run `f`, a dispatch through a slot (`__get__`, `__call__`) that may
    /// lead straight back here with no Python frame in between, counted
    /// against the re-entry limit so such a loop ends as RecursionError.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_native()?;
        let r = f(self);
        self.leave_native();
        r
    }

    // ----- hashing ----------------------------------------------------

    pub fn str_hash(&self, r: ObjRef) -> i64 {
        self.str_hash_cached(r)
    }

    #[inline]
    pub fn str_hash_cached(&self, r: ObjRef) -> i64 {
        match &self.heap.get(r).payload {
            Payload::Str(s) => match s.cached_hash() {
                Some(h) => h,
                None => {
                    let h = crate::object::hash::hash_bytes(self.hash_seed, s.s.as_bytes());
                    s.set_hash(h);
                    h
                }
            },
            _ => 0,
        }
    }

    /// The hash of a tuple whose items are all ints, floats, bools, None
    /// or exact strs (nested such tuples too, to a small depth), computed in
    /// place; `None` when an item needs the general path.
    fn leaf_tuple_hash(&self, items: &[Value]) -> Option<i64> {
        self.leaf_tuple_hash_at(items, 0)
    }

    fn leaf_tuple_hash_at(&self, items: &[Value], depth: u32) -> Option<i64> {
        let mut h = crate::object::hash::TupleHasher::new();
        for &it in items {
            let ih = match it {
                Value::Int(i) => crate::object::hash::hash_i64(i),
                Value::Bool(b) => b as i64,
                Value::Float(f) => crate::object::hash::hash_f64(f),
                Value::None => -1_000_000_007i64.wrapping_mul(3),
                Value::Obj(r) => {
                    let o = self.heap.get(r);
                    if o.class == self.t.str {
                        self.str_hash_cached(r)
                    } else if o.class == self.t.tuple && depth < 4 {
                        match &o.payload {
                            Payload::Tuple(inner) => self.leaf_tuple_hash_at(inner, depth + 1)?,
                            _ => return None,
                        }
                    } else {
                        return None;
                    }
                }
                _ => return None,
            };
            h.add(ih);
        }
        Some(h.finish(items.len()))
    }

    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(crate::object::hash::hash_i64(i)),
            Value::Bool(b) => Ok(b as i64),
            Value::Float(f) => Ok(crate::object::hash::hash_f64(f)),
            Value::None => Ok(-1_000_000_007i64.wrapping_mul(3)),
            Value::Null | Value::NotImplemented | Value::Ellipsis => Ok(0x5eed_0001),
            Value::Obj(r) => {
                let class = self.heap.get(r).class;
                let exact_builtin = !self.type_data(class).flags.custom_eq_hash;
                if exact_builtin {
                    match &self.heap.get(r).payload {
                        Payload::Str(_) => return Ok(self.str_hash_cached(r)),
                        Payload::Int(b) => return Ok(crate::object::hash::hash_bigint(b)),
                        Payload::Float(f) => return Ok(crate::object::hash::hash_f64(*f)),
                        Payload::Tuple(items) => {
                            // Tuples of plain values (the usual dict keys)
                            // hash without copying: no item can run code.
                            if let Some(h) = self.leaf_tuple_hash(items) {
                                return Ok(h);
                            }
                            let items: Vec<Value> = items.to_vec();
                            self.enter_native()?;
                            let mut hs = Vec::with_capacity(items.len());
                            for it in items {
                                match self.hash(it) {
                                    Ok(h) => hs.push(h),
                                    Err(e) => {
                                        self.leave_native();
                                        return Err(e);
                                    }
                                }
                            }
                            self.leave_native();
                            return Ok(crate::object::hash::hash_tuple(&hs));
                        }
                        Payload::FrozenSet(s) => {
                            return Ok(crate::builtins::types::set::frozenset_hash(s));
                        }
                        // A class whose metaclass defines neither __eq__ nor
                        // __hash__ hashes as object.__hash__ (type has none
                        // of its own): by identity, without the MRO walk.
                        Payload::Type(_) => return Ok(self.object_hash(v)),
                        _ => {}
                    }
                }
                let name = self.n.__hash__;
                match crate::interp::typesys::lookup(self, class, name) {
                    Some(Value::None) | None => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    Some(m) => {
                        if self.is_native_fn(m, crate::builtins::types::object::object_hash) {
                            return Ok(self.object_hash(v));
                        }
                        let r = self.call_unbound(m, v, &[])?;
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            other => match self.payload(other) {
                                Some(Payload::Int(b)) => Ok(crate::object::hash::hash_bigint(b)),
                                _ => Err(self.type_error(
                                    "__hash__ method should return an integer",
                                )),
                            },
                        }
                    }
                }
            }
        }
    }

    pub fn identity_hash(&self, v: Value) -> i64 {
        match v {
            Value::Obj(r) => (r.id() as i64) << 4 | 0x7f00_0000_0000 >> 4,
            _ => 0,
        }
    }

    /// `object.__hash__`: the identity (`id()`) shifted right by four, as
    /// CPython rotates an address by four bits. The identity's low four
    /// bits are always zero, so hashing it unshifted sent every object of
    /// a small set or dict to one start slot (a frozenset of types probed
    /// a whole cluster on each miss).
    #[inline]
    pub fn object_hash(&self, v: Value) -> i64 {
        self.identity_hash(v) >> 4
    }

    pub fn is_native_fn(&self, v: Value, f: crate::interp::vm::NativeFn) -> bool {
        match self.payload(v) {
            Some(Payload::Native(n)) => n.f as usize == f as usize,
            _ => false,
        }
    }

    // ----- equality and comparison ----------------------------------------

    /// Native equality for values whose types have no Python-level `__eq__`.
    /// `None` means Python must decide.
    /// The order of two values whose comparison runs no Python code and
    /// cannot fail: ints and bools, floats that are not NaN, exact strs.
    /// `None` for anything else.
    #[inline]
    pub fn plain_order(&self, a: Value, b: Value) -> Option<std::cmp::Ordering> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(&y)),
            (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(&y)),
            (Value::Bool(x), Value::Int(y)) => Some((x as i64).cmp(&y)),
            (Value::Int(x), Value::Bool(y)) => Some(x.cmp(&(y as i64))),
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
            (Value::Obj(_), Value::Obj(_)) => match (self.exact_str(a), self.exact_str(b)) {
                (Some(x), Some(y)) => Some(x.cmp(y)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn native_eq(&self, a: Value, b: Value) -> Option<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
                Some(int::int_float_cmp(x, y) == Some(std::cmp::Ordering::Equal))
            }
            (Value::Bool(x), Value::Bool(y)) => Some(x == y),
            (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(x as i64 == y),
            (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
                Some(x as i64 as f64 == y)
            }
            (Value::None, Value::None) => Some(true),
            (Value::Obj(x), Value::Obj(y)) => {
                let (ox, oy) = (self.heap.get(x), self.heap.get(y));
                let (fx, fy) = (self.type_data(ox.class).flags, self.type_data(oy.class).flags);
                if fx.custom_eq_hash || fy.custom_eq_hash {
                    return if x == y { Some(true) } else { None };
                }
                match (&ox.payload, &oy.payload) {
                    (Payload::Str(s), Payload::Str(t)) => Some(x == y || s.s == t.s),
                    (Payload::Int(s), Payload::Int(t)) => Some(s == t),
                    (Payload::Tuple(s), Payload::Tuple(t)) => {
                        if s.len() != t.len() {
                            return Some(false);
                        }
                        if s.len() > 16 {
                            return None;
                        }
                        for (p, q) in s.iter().zip(t.iter()) {
                            if p.is(*q) {
                                continue;
                            }
                            match (p, q) {
                                (Value::Obj(_), Value::Obj(_)) => return None,
                                _ => {}
                            }
                            if !self.native_eq(*p, *q)? {
                                return Some(false);
                            }
                        }
                        Some(true)
                    }
                    (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                    (Payload::Instance(..), Payload::Instance(..)) => {
                        // Plain objects with no __eq__ anywhere compare by identity.
                        Some(x == y)
                    }
                    _ => {
                        if x == y {
                            Some(true)
                        } else {
                            None
                        }
                    }
                }
            }
            (Value::Obj(_), _) | (_, Value::Obj(_)) => {
                // A str/tuple/... never equals an immediate, but a user
                // object or an int subclass might.
                let o = if let Value::Obj(r) = a { r } else if let Value::Obj(r) = b { r } else { return None };
                let ob = self.heap.get(o);
                if self.type_data(ob.class).flags.custom_eq_hash {
                    return None;
                }
                match &ob.payload {
                    Payload::Str(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Bytes(_)
                    | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) => Some(false),
                    // A big int may equal a float (10**20 == 1e20); an int
                    // subclass's value may be small (and equal a small int).
                    Payload::Int(big) => match (a, b) {
                        (Value::Float(f), _) | (_, Value::Float(f)) => Some(int::big_float_cmp(big, f) == Some(std::cmp::Ordering::Equal)),
                        (Value::Int(i), _) | (_, Value::Int(i)) => Some(*big == num_bigint::BigInt::from(i)),
                        (Value::Bool(i), _) | (_, Value::Bool(i)) => Some(*big == num_bigint::BigInt::from(i as i64)),
                        _ => Some(false),
                    },
                    _ => None,
                }
            }
            _ => Some(a.is(b)),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.native_eq(a, b) {
            return Ok(r);
        }
        if a.is(b) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(r)
    }

    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.rich_compare(a, b, CmpOp::Lt)?;
        self.truthy(r)
    }

    pub fn compare_bool(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
        let r = self.rich_compare(a, b, op)?;
        self.truthy(r)
    }

    /// Instances of user class `t` compare with object's `__eq__` and
    /// `__ne__` (the flags are refreshed whenever a class namespace or MRO
    /// changes).
    #[inline]
    fn keeps_object_eq_type(&self, t: ObjRef) -> bool {
        let td = self.type_data(t);
        !td.builtin && !td.flags.eq_or_ne
    }

    /// For `==`: which kind of exact built-in `v` is, among those whose
    /// `==` is true only within their kind (0 real numbers, 1 None, 2 str,
    /// 3 list, 4 tuple, 5 dict); `None` for anything else (a subclass may
    /// define its own `__eq__`).
    #[inline]
    fn eq_kind(&self, v: Value) -> Option<u8> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => Some(0),
            Value::None => Some(1),
            Value::Obj(r) => {
                let (c, t) = (self.heap.get(r).class, &self.t);
                if c == t.str {
                    Some(2)
                } else if c == t.list {
                    Some(3)
                } else if c == t.tuple {
                    Some(4)
                } else if c == t.dict {
                    Some(5)
                } else if c == t.int || c == t.float {
                    Some(0)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    pub fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        // Fast paths.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(op.test(x.cmp(&y)))),
            // bool is an int subclass whose comparisons nobody can override.
            (Value::Bool(x), Value::Bool(y)) => return Ok(Value::Bool(op.test(x.cmp(&y)))),
            (Value::Bool(x), Value::Int(y)) => return Ok(Value::Bool(op.test((x as i64).cmp(&y)))),
            (Value::Int(x), Value::Bool(y)) => return Ok(Value::Bool(op.test(x.cmp(&(y as i64))))),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Value::Bool(match x.partial_cmp(&y) {
                    Some(o) => op.test(o),
                    None => op == CmpOp::Ne,
                }))
            }
            _ => {}
        }
        // Two objects, each looked up once: exact strs, exact tuples, and
        // plain instances that keep object's `==` and `!=`.
        if let (Value::Obj(ra), Value::Obj(rb)) = (a, b) {
            let (oa, ob) = (self.heap.get(ra), self.heap.get(rb));
            let str_t = self.t.str;
            if oa.class == str_t && ob.class == str_t {
                if let (Payload::Str(x), Payload::Str(y)) = (&oa.payload, &ob.payload) {
                    return Ok(Value::Bool(op.test((*x.s).cmp(&*y.s))));
                }
            }
            // Two exact tuples: what tuple's own comparison methods do,
            // without looking them up and calling them through the native
            // door (`seq_compare` counts the re-entry and charges each
            // element).
            if oa.class == self.t.tuple && ob.class == self.t.tuple {
                if let (Payload::Tuple(x), Payload::Tuple(y)) = (&oa.payload, &ob.payload) {
                    let mut buf = [Value::Null; 16];
                    if x.len() + y.len() <= buf.len() {
                        let (nx, ny) = (x.len(), y.len());
                        buf[..nx].copy_from_slice(x);
                        buf[nx..nx + ny].copy_from_slice(y);
                        let (xs, ys) = buf[..nx + ny].split_at(nx);
                        return crate::builtins::types::list::seq_compare(self, xs, ys, op);
                    }
                    let (x, y) = (x.to_vec(), y.to_vec());
                    return crate::builtins::types::list::seq_compare(self, &x, &y, op);
                }
            }
            // Two plain instances whose classes keep object's `==` and
            // `!=`: both sides give NotImplemented unless they are one
            // object, and the fallback compares identity (deltablue's
            // `c != determining` went through four look-ups and two native
            // calls).
            if matches!(op, CmpOp::Eq | CmpOp::Ne)
                && matches!(oa.payload, Payload::Instance(..))
                && matches!(ob.payload, Payload::Instance(..))
                && self.keeps_object_eq_type(oa.class)
                && (oa.class == ob.class || self.keeps_object_eq_type(ob.class))
            {
                return Ok(Value::Bool((ra == rb) == (op == CmpOp::Eq)));
            }
        }
        // `==`/`!=` between values of two different kinds among the exact
        // built-ins that only ever equal their own kind (numbers, None,
        // str, list, tuple, dict): both sides give NotImplemented and the
        // fallback compares identity, which differs.
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let (Some(x), Some(y)) = (self.eq_kind(a), self.eq_kind(b)) {
                if x != y {
                    return Ok(Value::Bool(op == CmpOp::Ne));
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if let Some(r) = crate::builtins::types::set::compare_exact_sets(self, a, b, ta, tb, op) {
            return r;
        }
        let name = op.name(self);
        let rname = op.swapped().name(self);
        let mut tried_reflected = false;
        if ta != tb && self.is_subtype(tb, ta) {
            if let Some(m) = crate::interp::typesys::lookup(self, tb, rname) {
                tried_reflected = true;
                let r = self.call_unbound(m, b, &[a])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = crate::interp::typesys::lookup(self, ta, name) {
            let r = self.call_unbound(m, a, &[b])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(m) = crate::interp::typesys::lookup(self, tb, rname) {
                let r = self.call_unbound(m, b, &[a])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// The text of an exact `str` (not a subclass).
    #[inline]
    pub fn exact_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => {
                let o = self.heap.get(r);
                match &o.payload {
                    Payload::Str(s) if o.class == self.t.str => Some(&s.s),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    // ----- truth --------------------------------------------------------

    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = self.truthy_builtin(v) {
            return Ok(b);
        }
        match v {
            Value::Obj(r) => {
                let class = self.heap.get(r).class;
                let td = self.type_data(class);
                if !td.builtin && !td.flags.has_truth {
                    // A class (flags kept by `refresh_flags`) with neither.
                    return Ok(true);
                }
                if let Some(m) = crate::interp::typesys::lookup(self, class, self.n.__bool__) {
                    let r = self.call_unbound(m, v, &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(r)
                        ))),
                    };
                }
                if let Some(m) = crate::interp::typesys::lookup(self, class, self.n.__len__) {
                    let r = self.call_unbound(m, v, &[])?;
                    let n = self.len_result(r)?;
                    return Ok(n != 0);
                }
                Ok(true)
            }
            _ => Ok(true),
        }
    }

    /// The truth of `v` when no Python code decides it (built-in values
    /// and types; `None` when a `__bool__` or `__len__` must be called).
    #[inline]
    pub(crate) fn truthy_builtin(&self, v: Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(b),
            Value::None => Some(false),
            Value::Int(i) => Some(i != 0),
            Value::Float(f) => Some(f != 0.0),
            Value::NotImplemented | Value::Ellipsis | Value::Null => Some(true),
            Value::Obj(r) => {
                let o = self.heap.get(r);
                if !self.type_data(o.class).builtin {
                    return None;
                }
                match &o.payload {
                    Payload::Str(s) => Some(!s.s.is_empty()),
                    Payload::List(l) => Some(!l.is_empty()),
                    Payload::Tuple(l) => Some(!l.is_empty()),
                    Payload::Dict(d) => Some(!d.is_empty()),
                    Payload::Set(s) | Payload::FrozenSet(s) => Some(!s.is_empty()),
                    Payload::Int(_) => Some(true),
                    Payload::Float(f) => Some(*f != 0.0),
                    Payload::Bytes(b) => Some(!b.is_empty()),
                    Payload::ByteArray(b) => Some(!b.is_empty()),
                    Payload::Array(a) => Some(!a.is_empty()),
                    Payload::Range(rg) => Some(rg.len() != 0),
                    Payload::Complex(a, b) => Some(*a != 0.0 || *b != 0.0),
                    Payload::Instance(..) | Payload::Function(_) | Payload::Native(_) | Payload::Type(_) | Payload::Module(_) => {
                        Some(true)
                    }
                    _ => None,
                }
            }
        }
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            _ => {
                if let Some(Payload::Int(_)) = self.payload(r) {
                    return Err(self.overflow_error(
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(r)
                )))
            }
        }
    }

    // ----- length -------------------------------------------------------

    /// The length of an instance of a built-in sized type (no `__len__`
    /// of a subclass can be involved): read from its payload, running
    /// no code. `None` for anything else.
    #[inline]
    pub fn builtin_len(&self, v: Value) -> Option<usize> {
        let Value::Obj(r) = v else { return None };
        let o = self.heap.get(r);
        if !self.type_data(o.class).builtin {
            return None;
        }
        match &o.payload {
            Payload::Str(s) => Some(s.chars),
            Payload::List(l) => Some(l.len()),
            Payload::Tuple(l) => Some(l.len()),
            Payload::Dict(d) => Some(d.len()),
            Payload::Set(s) | Payload::FrozenSet(s) => Some(s.len()),
            Payload::Bytes(b) => Some(b.len()),
            Payload::ByteArray(b) => Some(b.len()),
            Payload::Array(a) => Some(a.len()),
            Payload::Range(rg) => Some(rg.len() as usize),
            _ => None,
        }
    }

    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Some(n) = self.builtin_len(v) {
            return Ok(n);
        }
        let t = self.type_of(v);
        match crate::interp::typesys::lookup(self, t, self.n.__len__) {
            Some(m) => {
                let r = self.call_unbound(m, v, &[])?;
                self.len_result(r)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    // ----- repr and str -------------------------------------------------

    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Obj(r) => {
                let class = self.heap.get(r).class;
                if class == self.t.str {
                    // Measured first: the escaped text can be 10x the input.
                    let len = self.str_of(v).map_or(0, str::len);
                    self.tick_bytes(len)?;
                    let n = pyx_text::repr::repr_len(self.str_of(v).unwrap_or(""));
                    self.reserve(n)?;
                    if n <= 1 << 20 {
                        self.tick_bytes(n)?;
                        let s = crate::builtins::types::str::repr_str(self.str_of(v).unwrap_or(""));
                        return self.new_string(s);
                    }
                    // A big one is escaped a megabyte at a time, each piece
                    // charged first, so the time limit stops it on time
                    // (the attack table: 2.6 s for one 60 MB repr).
                    let quote = pyx_text::repr::repr_quote(self.str_of(v).unwrap_or(""));
                    let mut out = String::with_capacity(n);
                    out.push(quote);
                    let mut start = 0;
                    while start < len {
                        let s = self.str_of(v).unwrap_or("");
                        let mut end = (start + (1 << 20)).min(s.len());
                        while !s.is_char_boundary(end) {
                            end += 1;
                        }
                        self.tick_bytes((end - start).saturating_mul(4))?;
                        let s = self.str_of(v).unwrap_or("");
                        pyx_text::repr::push_repr_body(&mut out, &s[start..end], quote);
                        start = end;
                    }
                    out.push(quote);
                    return self.new_string(out);
                }
                let m = crate::interp::typesys::lookup(self, class, self.n.__repr__);
                match m {
                    Some(m) => {
                        self.enter_native()?;
                        let r = self.call_unbound(m, v, &[]);
                        self.leave_native();
                        let r = r?;
                        if self.pystr(r).is_none() {
                            return Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(r)
                            )));
                        }
                        Ok(r)
                    }
                    None => {
                        let s = self.default_repr(v);
                        self.new_string(s)
                    }
                }
            }
            _ => {
                let s = self.repr_immediate(v);
                self.new_string(s)
            }
        }
    }

    pub fn repr_immediate(&self, v: Value) -> String {
        match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => crate::builtins::format::float_repr(f),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Null => "<NULL>".into(),
            Value::Obj(_) => String::new(),
        }
    }

    pub fn default_repr(&self, v: Value) -> String {
        let t = self.type_of(v);
        let td = self.type_data(t);
        let module = self.str_of(td.module).unwrap_or("builtins");
        let qual = self.str_of(td.qualname).map(|s| s.to_string()).unwrap_or_else(|| td.name.to_string());
        let addr = self.identity_hash(v);
        if module == "builtins" {
            format!("<{} object at {:#x}>", qual, addr)
        } else {
            format!("<{}.{} object at {:#x}>", module, qual, addr)
        }
    }

    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(_) => {
                let r = self.repr(v)?;
                // The copy out of the heap is host memory too.
                self.reserve(self.str_of(r).map_or(0, str::len))?;
                Ok(self.str_of(r).unwrap_or("").to_string())
            }
            _ => Ok(self.repr_immediate(v)),
        }
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Obj(r) => {
                let class = self.heap.get(r).class;
                if class == self.t.str {
                    return Ok(v);
                }
                match crate::interp::typesys::lookup(self, class, self.n.__str__) {
                    Some(m) if !self.is_native_fn(m, crate::builtins::types::object::object_str) => {
                        self.enter_native()?;
                        let r = self.call_unbound(m, v, &[]);
                        self.leave_native();
                        let r = r?;
                        if self.pystr(r).is_none() {
                            return Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(r)
                            )));
                        }
                        Ok(r)
                    }
                    _ => self.repr(v),
                }
            }
            // `str(i)`, the usual key or text piece: the digits laid out
            // in place, one allocation (not `to_string`'s String and then
            // the str's own copy).
            Value::Int(i) => {
                let mut buf = [0u8; 20];
                self.new_str(int_decimal(i, &mut buf))
            }
            _ => {
                let s = self.repr_immediate(v);
                self.new_string(s)
            }
        }
    }

    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.exact_str(v) {
            return Ok(s.to_string());
        }
        match v {
            Value::Obj(_) => {
                let r = self.to_str(v)?;
                Ok(self.str_of(r).unwrap_or("").to_string())
            }
            _ => Ok(self.repr_immediate(v)),
        }
    }

    // ----- numbers ------------------------------------------------------

    /// Interpret as an index (`__index__`), e.g. for sequence subscripts.
    pub fn index_value(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            Value::Obj(r) => {
                if let Payload::Int(b) = &self.heap.get(r).payload {
                    let b = b.clone();
                    return self.new_int(b);
                }
                let t = self.type_of(v);
                match crate::interp::typesys::lookup(self, t, self.n.__index__) {
                    Some(m) => {
                        let r = self.call_unbound(m, v, &[])?;
                        match r {
                            Value::Int(_) | Value::Bool(_) => Ok(r),
                            _ if matches!(self.payload(r), Some(Payload::Int(_))) => Ok(r),
                            _ => Err(self.type_error(format!(
                                "__index__ returned non-int (type {})",
                                self.type_name(r)
                            ))),
                        }
                    }
                    None => Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// An integer argument as i64 (CPython's Py_ssize_t conversion): a
    /// bigger one is an OverflowError, as in `'a'.center(2**64)`.
    pub fn index_i64(&mut self, v: Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// An integer argument as a C `int` (CPython's `_PyLong_AsInt`, as for
    /// `str.splitlines(keepends)`): floats and non-integers are a TypeError,
    /// anything outside 32 bits an OverflowError.
    pub fn c_int(&mut self, v: Value) -> PyResult<i32> {
        if matches!(v, Value::Float(_)) {
            return Err(self.type_error("'float' object cannot be interpreted as an integer"));
        }
        let i = match self.index_value(v)? {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            _ => None,
        };
        match i.and_then(|i| i32::try_from(i).ok()) {
            Some(i) => Ok(i),
            None => Err(self.overflow_error("Python int too large to convert to C int")),
        }
    }

    /// A subscript as i64: a bigger one is an IndexError, as in
    /// `'abc'[2**64]`.
    pub fn subscript_i64(&mut self, v: Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => Err(self.index_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    /// A start/end argument (`str.find`, `list.index`): a bigger int is
    /// clamped, as slice bounds are.
    pub fn clamped_i64(&mut self, v: Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            big => Ok(if self.to_bigint(big).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { i64::MIN } else { i64::MAX }),
        }
    }

    /// A `Num` view of an int/float/complex value (including subclasses).
    pub fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(i)),
            Value::Bool(b) => Some(Num::I(b as i64)),
            Value::Float(f) => Some(Num::F(f)),
            Value::Obj(r) => match &self.heap.get(r).payload {
                Payload::Int(b) => Some(Num::B(b.clone())),
                Payload::Float(f) => Some(Num::F(*f)),
                Payload::Complex(a, b) => Some(Num::C(*a, *b)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            Value::Obj(r) => match &self.heap.get(r).payload {
                Payload::Int(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    // ----- binary operators ---------------------------------------------

    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        // Small-int and float fast paths.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                if let Some(v) = int::small_binop(op, x, y) {
                    return Ok(v);
                }
            }
            (Value::Float(x), Value::Float(y)) => {
                match op {
                    BinOp::Add => return Ok(Value::Float(x + y)),
                    BinOp::Sub => return Ok(Value::Float(x - y)),
                    BinOp::Mul => return Ok(Value::Float(x * y)),
                    BinOp::TrueDiv if y != 0.0 => return Ok(Value::Float(x / y)),
                    _ => {}
                }
            }
            (Value::Obj(_), Value::Obj(_)) if op == BinOp::Add => {
                // Charge the result before building it (memory cap).
                if let (Some(la), Some(lb)) = (self.exact_str(a).map(|s| s.len()), self.exact_str(b).map(|s| s.len())) {
                    self.reserve(la.saturating_add(lb).saturating_add(64))?;
                }
                if let (Some(x), Some(y)) = (self.exact_str(a), self.exact_str(b)) {
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    return self.new_string(s);
                }
                // Two exact lists: `list.__add__` without the lookup and
                // the native call (neither side can override anything).
                if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
                    let l = self.t.list;
                    if self.heap.get(x).class == l && self.heap.get(y).class == l {
                        return crate::builtins::types::list::concat(self, a, b);
                    }
                }
            }
            // `fmt % args` with an exact str format: straight to
            // `str.__mod__` unless a str subclass on the right would be
            // asked first (its `__rmod__`).
            (Value::Obj(_), _)
                if op == BinOp::Mod
                    && self.exact_str(a).is_some()
                    && !crate::builtins::types::str::percent_takes_precedence(self, b) =>
            {
                return crate::builtins::types::str::str_percent(self, a, b);
            }
            (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::Int(_) | Value::Float(_) | Value::Bool(_))
                if !matches!((a, b), (Value::Bool(_), Value::Bool(_))) =>
            {
                let r = self.num_binop(op, a, b)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            (Value::Obj(_), Value::Obj(_)) => {
                if let Some(r) = crate::builtins::types::set::binary_exact_sets(self, a, b, op) {
                    return r;
                }
            }
            _ => {}
        }
        self.binary_op_slow(a, b, op, false)
    }

    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        let num = |v: Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
        if num(a) && num(b) {
            return self.binary_op(a, b, op);
        }
        if op == BinOp::Add {
            // Charge the result before building it (memory cap).
            if let (Some(la), Some(lb)) = (self.exact_str(a).map(|s| s.len()), self.exact_str(b).map(|s| s.len())) {
                self.reserve(la.saturating_add(lb).saturating_add(64))?;
            }
        }
        if let Some(sa) = self.exact_str(a) {
            if op == BinOp::Add {
                if let Some(sb) = self.exact_str(b) {
                    let mut s = String::with_capacity(sa.len() + sb.len());
                    s.push_str(sa);
                    s.push_str(sb);
                    return self.new_string(s);
                }
            }
        }
        self.binary_op_slow(a, b, op, true)
    }

    fn binary_op_slow(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        // Numbers of the built-in types (and their subclasses without
        // overrides) are handled natively.
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let (fname, rname, iname) = op.names(self);
        if inplace {
            if let Some(m) = crate::interp::typesys::lookup(self, ta, iname) {
                if self.is_sequence_inplace(m) {
                    // An array's `+=`/`*=` is its sequence operation,
                    // which CPython tries after the operands' numeric
                    // slots: the other operand's reflected method first.
                    let rm = if ta != tb { crate::interp::typesys::lookup(self, tb, rname) } else { None };
                    if let Some(rmv) = rm {
                        let r = self.call_unbound(rmv, b, &[a])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                    return self.call_unbound(m, a, &[b]);
                }
                let r = self.call_unbound(m, a, &[b])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let fm = crate::interp::typesys::lookup(self, ta, fname);
        let rm = if ta != tb { crate::interp::typesys::lookup(self, tb, rname) } else { None };
        let mut rm_done = false;
        // A built-in sequence's `__add__` is its concatenation, which
        // CPython tries only after both operands' numeric slots: the other
        // operand's `__radd__` goes first, and the concatenation raises.
        let concat_last = fm.is_some_and(|f| self.is_sequence_concat(f, op));
        if let Some(rmv) = rm {
            if (concat_last || self.is_subtype(tb, ta)) && fm.map_or(true, |f| !f.is(rmv)) {
                rm_done = true;
                let r = self.call_unbound(rmv, b, &[a])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = fm {
            let r = self.call_unbound(f, a, &[b])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        self.binary_op_rest(a, b, op, inplace, if rm_done { None } else { rm })
    }

    /// Is `f` array's `__iadd__` or `__imul__` (CPython's
    /// `sq_inplace_concat`, `sq_inplace_repeat`), which raise for an
    /// operand they do not take.
    fn is_sequence_inplace(&self, f: Value) -> bool {
        match self.payload(f) {
            Some(Payload::Native(nd)) => matches!(nd.name, "__iadd__" | "__imul__") && nd.owner == Some(self.t.array),
            _ => false,
        }
    }

    /// Is `f`, for `op`, the `__add__` of a built-in sequence (str, bytes,
    /// bytearray, list, tuple, array) — a concatenation that raises for a
    /// foreign operand — or array's `__mul__`, a repetition that raises
    /// for a non-int (CPython's `sq_concat`, `sq_repeat`).
    fn is_sequence_concat(&self, f: Value, op: BinOp) -> bool {
        match self.payload(f) {
            Some(Payload::Native(nd)) => match op {
                BinOp::Add => {
                    nd.name == "__add__"
                        && nd.owner.is_some_and(|t| [self.t.str, self.t.bytes, self.t.bytearray, self.t.list, self.t.tuple, self.t.array].contains(&t))
                }
                BinOp::Mul => nd.name == "__mul__" && nd.owner == Some(self.t.array),
                _ => false,
            },
            _ => false,
        }
    }

    /// Where a binary operator stands when `a`'s forward method has been
    /// called: a `Python` method reached with a plain `a.__op__(b)` frame (see
    /// `binary_forward_frame`) returned NotImplemented: `b`'s reflected
    /// method, when it has one and has not been tried yet.
    pub(crate) fn binary_op_after_forward(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let rname = op.names(self).1;
        let rm = if ta != tb { crate::interp::typesys::lookup(self, tb, rname) } else { None };
        self.binary_op_rest(a, b, op, false, rm)
    }

    /// The Python function `a.__op__(b)` calls when that is the first (and
    /// a plain) step of `a <op> b` (not in place): `a`'s type is a class
    /// statement's, its method is a Python function taking `(self, other)`
    /// positionally, and `b` is not of a subclass whose reflected method
    /// goes first. `None`: use `binary_op`.
    pub(crate) fn binary_forward_function(&mut self, a: Value, b: Value, op: BinOp) -> Option<ObjRef> {
        let Value::Obj(ar) = a else { return None };
        let ta = self.heap.get(ar).class;
        if self.type_data(ta).builtin {
            return None;
        }
        let (fname, rname, _) = op.names(self);
        let f = crate::interp::typesys::lookup(self, ta, fname)?;
        let tb = self.type_of(b);
        if ta != tb {
            if let Some(rmv) = crate::interp::typesys::lookup(self, tb, rname) {
                if self.is_subtype(tb, ta) && !f.is(rmv) {
                    return None;
                }
            }
        }
        match f {
            Value::Obj(r) if matches!(self.heap.get(r).payload, Payload::Function(_)) => Some(r),
            _ => None,
        }
    }

    fn binary_op_rest(&mut self, a: Value, b: Value, op: BinOp, inplace: bool, rm: Option<Value>) -> PyResult<Value> {
        {
            if let Some(rmv) = rm {
                let r = self.call_unbound(rmv, b, &[a])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        // Sequence-specific messages, as CPython words them.
        let an = self.type_name(a);
        let bn = self.type_name(b);
        if op == BinOp::Add {
            let seq = matches!(self.payload(a), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)));
            if seq && self.type_data(ta).builtin {
                let what = if matches!(self.payload(a), Some(Payload::Str(_))) { "str" } else { &an };
                if matches!(self.payload(a), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
                    return Err(self.type_error(format!("can't concat {} to {}", bn, an)));
                }
                return Err(self.type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    what, bn, what
                )));
            }
        }
        if op == BinOp::Mul {
            let seq = |vm: &Vm, v: Value| {
                matches!(vm.payload(v), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Array(_)))
            };
            if seq(self, a) || seq(self, b) {
                let other = if seq(self, a) { bn.clone() } else { an.clone() };
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other
                )));
            }
        }
        let sym = if inplace && op != BinOp::Pow { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        let sym = if inplace && op == BinOp::Pow { "**=".to_string() } else { sym };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym, an, bn
        )))
    }

    pub fn unary_neg(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => match i.checked_neg() {
                Some(r) => Ok(Value::Int(r)),
                None => self.new_int(-BigInt::from(i)),
            },
            Value::Bool(b) => Ok(Value::Int(-(b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_dunder(v, self.n.__neg__, "unary -"),
        }
    }
    pub fn unary_pos(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v),
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ => self.unary_dunder(v, self.n.__pos__, "unary +"),
        }
    }
    pub fn unary_invert(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(b as i64))),
            _ => self.unary_dunder(v, self.n.__invert__, "unary ~"),
        }
    }
    pub fn unary_dunder(&mut self, v: Value, name: ObjRef, what: &str) -> PyResult<Value> {
        let t = self.type_of(v);
        match crate::interp::typesys::lookup(self, t, name) {
            Some(m) => self.call_unbound(m, v, &[]),
            None => Err(self.type_error(format!(
                "bad operand type for {}: '{}'",
                what,
                self.type_name(v)
            ))),
        }
    }

    // ----- containers ---------------------------------------------------

    pub fn getitem(&mut self, container: Value, key: Value) -> PyResult<Value> {
        if let Value::Obj(r) = container {
            let o = self.heap.get(r);
            if self.type_data(o.class).builtin {
                match (&o.payload, key) {
                    (Payload::List(l), Value::Int(i)) => {
                        let n = l.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j >= 0 && j < n {
                            return Ok(l[j as usize]);
                        }
                        return Err(self.index_error("list index out of range"));
                    }
                    (Payload::Tuple(l), Value::Int(i)) => {
                        let n = l.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j >= 0 && j < n {
                            return Ok(l[j as usize]);
                        }
                        return Err(self.index_error("tuple index out of range"));
                    }
                    (Payload::Dict(_), _) => {
                        if let Some(v) = self.dict_get(r, key)? {
                            return Ok(v);
                        }
                        return Err(self.key_error(key));
                    }
                    // An array item that needs no object (every error
                    // and the rest: `array.__getitem__`).
                    (Payload::Array(a), Value::Int(i)) => {
                        if let Some(v) = a.get_inline(i) {
                            return Ok(v);
                        }
                    }
                    // `b[i]` of bytes in range: the byte as an int (every
                    // error and the rest: `bytes.__getitem__`).
                    (Payload::Bytes(b), Value::Int(i)) => {
                        let n = b.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j >= 0 && j < n {
                            return Ok(Value::Int(b[j as usize] as i64));
                        }
                    }
                    (Payload::Bytes(_), Value::Obj(k)) if matches!(self.heap.get(k).payload, Payload::Slice(..)) => {
                        return crate::builtins::types::bytes::slice(self, container, key);
                    }
                    (Payload::List(_) | Payload::Tuple(_), Value::Obj(k)) if matches!(self.heap.get(k).payload, Payload::Slice(..)) => {
                        // `l[a:b]`: what `list.__getitem__` does, without
                        // the method lookup and the native call.
                        let what = if matches!(o.payload, Payload::List(_)) { "list" } else { "tuple" };
                        return crate::builtins::types::list::seq_getitem(self, container, key, what);
                    }
                    _ => {}
                }
            }
            let class = o.class;
            if let Some(m) = crate::interp::typesys::lookup(self, class, self.n.__getitem__) {
                return self.call_unbound(m, container, &[key]);
            }
            if let Payload::Type(_) = &self.heap.get(r).payload {
                // Class subscription: __class_getitem__.
                if let Some(m) = self.getattr_opt(container, self.n.__class_getitem__)? {
                    return self.call(m, &[key]);
                }
                let name = self.type_data(r).name.to_string();
                return Err(self.type_error(format!("type '{}' is not subscriptable", name)));
            }
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", self.type_name(container))))
    }

    pub fn setitem(&mut self, container: Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(r) = container {
            let class = self.heap.get(r).class;
            if class == self.t.list {
                if let Value::Int(i) = key {
                    if let Payload::List(l) = &mut self.heap.get_mut(r).payload {
                        let n = l.len() as i64;
                        let j = if i < 0 { i + n } else { i };
                        if j >= 0 && j < n {
                            l[j as usize] = value;
                            return Ok(());
                        }
                    }
                    return Err(self.index_error("list assignment index out of range"));
                }
            } else if class == self.t.dict {
                return self.dict_set(r, key, value);
            } else if class == self.t.array {
                // An int or float stored as it is (conversions, range
                // errors and the rest: `array.__setitem__`).
                if let (Value::Int(i), Payload::Array(a)) = (key, &mut self.heap.get_mut(r).payload) {
                    if a.set_inline(i, value) {
                        return Ok(());
                    }
                }
            }
            if let Some(m) = crate::interp::typesys::lookup(self, class, self.n.__setitem__) {
                self.call_unbound(m, container, &[key, value])?;
                return Ok(());
            }
        }
        self.sequence_key_first(container, key)?;
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(container)
        )))
    }

    /// Whether `key` reaches the sequence protocol of a type without the
    /// item method (CPython's `PyObject_SetItem`/`DelItem` fallback): the
    /// key is an index and the type is a sequence-like container.
    fn sequence_fallback(&mut self, container: Value, key: Value) -> bool {
        let t = self.type_of(container);
        let index_key = self.to_bigint(key).is_some() || {
            let kt = self.type_of(key);
            crate::interp::typesys::lookup(self, kt, self.n.__index__).is_some()
        };
        index_key
            && (!self.type_data(t).builtin
                || [self.n.__getitem__, self.n.__len__, self.n.__contains__].into_iter().any(|n| crate::interp::typesys::lookup(self, t, n).is_some()))
    }

    /// CPython converts an index key (`__index__`, IndexError when it does
    /// not fit) before it finds that a sequence cannot store or delete:
    /// `(1,)[k] = 0` calls `k.__index__()` first.
    fn sequence_key_first(&mut self, container: Value, key: Value) -> PyResult<bool> {
        if !self.sequence_fallback(container, key) {
            return Ok(false);
        }
        self.subscript_i64(key)?;
        Ok(true)
    }

    pub fn delitem(&mut self, container: Value, key: Value) -> PyResult<()> {
        // An exact dict (`del context[objid]`) without the method look-up
        // and native call; a subclass's own `__delitem__` goes below.
        if let Value::Obj(r) = container {
            if self.heap.get(r).class == self.t.dict {
                if !self.dict_del(r, key)? {
                    return Err(self.key_error(key));
                }
                return Ok(());
            }
        }
        let t = self.type_of(container);
        if let Some(m) = crate::interp::typesys::lookup(self, t, self.n.__delitem__) {
            self.call_unbound(m, container, &[key])?;
            return Ok(());
        }
        // CPython words it "doesn't" when an index reaches the sequence
        // protocol (PySequence_DelItem): every class statement's type has
        // one, built-ins when they are containers.
        let verb = if self.sequence_key_first(container, key)? { "doesn't" } else { "does not" };
        Err(self.type_error(format!("'{}' object {} support item deletion", self.type_name(container), verb)))
    }

    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(r) = container {
            let o = self.heap.get(r);
            let class = o.class;
            if self.type_data(class).builtin {
                match &o.payload {
                    Payload::Dict(_) => return Ok(self.dict_get(r, item)?.is_some()),
                    Payload::Set(_) | Payload::FrozenSet(_) => {
                        return crate::builtins::types::set::set_contains(self, r, item)
                    }
                    Payload::Str(_) => {
                        let Some(needle) = self.str_of(item) else {
                            return Err(self.type_error(format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            )));
                        };
                        return Ok(self.str_of(container).unwrap_or("").contains(needle));
                    }
                    Payload::List(_) | Payload::Instance(..) => {
                        return self.seq_contains(container, item);
                    }
                    Payload::Tuple(_) => return self.seq_contains(container, item),
                    _ => {}
                }
            }
            if let Some(m) = crate::interp::typesys::lookup(self, class, self.n.__contains__) {
                let r = self.call_unbound(m, container, &[item])?;
                return self.truthy(r);
            }
        }
        let t = self.type_of(container);
        if crate::interp::typesys::lookup(self, t, self.n.__iter__).is_none()
            && crate::interp::typesys::lookup(self, t, self.n.__getitem__).is_none()
        {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(it)? {
            // An endless iterator (`x in itertools.count()`, a class whose
            // `__getitem__` never raises IndexError) must still meet the
            // step and time limits.
            self.tick(1)?;
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Membership in a list/tuple by index, re-reading the length each step
    /// (Python `__eq__` may mutate the list).
    pub fn seq_contains(&mut self, seq: Value, item: Value) -> PyResult<bool> {
        let mut i = 0;
        loop {
            let x = match self.payload(seq) {
                Some(Payload::List(l)) => l.get(i).copied(),
                Some(Payload::Tuple(l)) => l.get(i).copied(),
                _ => None,
            };
            let Some(x) = x else { return Ok(false) };
            self.tick(1)?;
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
            i += 1;
        }
    }
}
