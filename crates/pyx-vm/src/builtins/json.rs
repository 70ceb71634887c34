//! `_pyx_json`: the native half of the `json` module (decoder and encoder).
//!
//! `stdlib/json/__init__.py` keeps the public classes and their Python
//! semantics (subclass overrides, `dump`'s chunks); it hands whole documents
//! to these functions. Behaviour, messages and error positions are
//! CPython 3.11's `_json` module's. Never touches the OS.
//!
//! Decoding runs over a private copy of the document's UTF-8 text; error
//! positions and returned indices are converted back to code points.
//! Encoding writes one Rust `String`, checking the memory cap before it
//! grows and charging the work as it goes.
//!
//! Calls back into Python (hooks, `default=`) go through `call_back`, the
//! one place that knows how this module roots what it holds across them.


use crate::object::heap::ObjRef;
use crate::interp::native::{one, pos, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

/// `_pyx_json`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_json",
    functions: &[
        ("decode", pos("s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, errcls"), j_decode),
        ("scanstring", pos("s, end, strict, errcls"), j_scanstring),
        (
            "encode",
            pos("o, indent, item_separator, key_separator, sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular, default"),
            j_encode,
        ),
        ("encode_basestring_ascii", one("s"), j_encode_basestring_ascii),
        ("encode_basestring", one("s"), j_encode_basestring),
    ],
    ..NativeModule::EMPTY
};

/// Run `body` with a rooted stack: everything a decode or encode holds
/// while it may call back into Python is kept in `vm.temp_roots` (pushed
/// above the level this call found, dropped when it ends however it
/// ends), so a call back made with [`call_back`] may collect the garbage
/// of the ones before it. `body` gets the allocation number it started at.
/// This and `call_back` are the only places that know how rooting works.
fn with_rooted_stack<T>(vm: &mut Vm, body: impl FnOnce(&mut Vm, u64) -> T) -> T {
    let slot = vm.temp_roots.len();
    let cap = vm.temp_roots.capacity();
    let outer = ROOTS_CHARGED.with(|c| c.replace(0));
    let start = vm.heap.allocs;
    let r = body(vm, start);
    vm.temp_roots.truncate(slot);
    // Give back the stack's growth, and what it was charged.
    vm.temp_roots.shrink_to(cap);
    vm.heap.uncharge(ROOTS_CHARGED.with(|c| c.replace(outer)));
    r
}

thread_local! {
    /// Bytes `root` charged for growing the rooted stack in the innermost
    /// `with_rooted_stack` (one VM runs on one thread at a time).
    static ROOTS_CHARGED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Call `f(args)` from inside `with_rooted_stack`: the arguments are
/// rooted by the callee's frame, the rest by the stack. Then, with the
/// result rooted for the moment, collect if due: the garbage of this and
/// earlier calls back goes now, not when the native returns.
fn call_back(vm: &mut Vm, f: Value, args: &[Value], start: u64) -> PyResult<Value> {
    let r = vm.call_rooted(f, args, start)?;
    root(vm, r)?;
    vm.collect_if_due_rooted(start);
    vm.temp_roots.pop();
    Ok(r)
}

/// Push `v` on the rooted stack, checking the memory cap before the
/// stack grows.
#[inline]
fn root(vm: &mut Vm, v: Value) -> PyResult<()> {
    if vm.temp_roots.len() == vm.temp_roots.capacity() {
        grow_roots(vm)?;
    }
    vm.temp_roots.push(v);
    Ok(())
}

#[cold]
fn grow_roots(vm: &mut Vm) -> PyResult<()> {
    let more = vm.temp_roots.capacity().max(16);
    let bytes = more * std::mem::size_of::<Value>();
    // The old and the new buffer live together while it moves.
    vm.reserve(bytes * 2)?;
    vm.charge(bytes)?;
    ROOTS_CHARGED.with(|c| c.set(c.get() + bytes));
    vm.temp_roots.reserve_exact(more);
    Ok(())
}

// ---------------------------------------------------------------- decoding

/// A decoding failure: a JSON syntax error (message, byte position) to be
/// raised as `JSONDecodeError`, or an exception/termination already made.
enum DecErr {
    Syntax(&'static str, usize),
    /// A `\\uXXXX` escape naming a lone surrogate (the code point).
    Surrogate(u32),
    Vm(Unwind),
}

impl From<Unwind> for DecErr {
    fn from(u: Unwind) -> DecErr {
        DecErr::Vm(u)
    }
}

type DResult<T> = Result<T, DecErr>;

struct Decoder<'t> {
    b: &'t [u8],
    text: &'t str,
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    /// One str object per distinct key text (CPython's memo), found by
    /// the str's own hash, which the key object keeps for its dict.
    memo: hashbrown::HashTable<(i64, ObjRef)>,
    /// With hooks (calls back into Python), a list on the rooted stack
    /// that keeps the memo's strings alive.
    memo_roots: Option<ObjRef>,
    /// Allocation number at the start (see `with_rooted_stack`).
    start: u64,
    depth: u32,
    max_depth: u32,
    /// Values made since the last charge of work, and where it was.
    since_tick: u32,
    ticked_at: usize,
    /// Scratch for strings with escapes.
    buf: String,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let d = b.get(at..at + 4)?;
    let mut v = 0u32;
    for &c in d {
        v = v << 4 | (c as char).to_digit(16)?;
    }
    Some(v)
}

impl<'t> Decoder<'t> {
    /// A decoder over `text` with no hooks.
    fn new(text: &'t str, strict: bool, start: u64) -> Decoder<'t> {
        Decoder {
            b: text.as_bytes(),
            text,
            strict,
            object_hook: None,
            pairs_hook: None,
            parse_float: None,
            parse_int: None,
            parse_constant: None,
            memo: hashbrown::HashTable::new(),
            memo_roots: None,
            start,
            depth: 0,
            max_depth: 0,
            since_tick: 0,
            ticked_at: 0,
            buf: String::new(),
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// Charge the work done so far now and then, so the step and time
    /// limits and the host's interrupt see a long decode.
    fn count(&mut self, vm: &mut Vm, at: usize) -> DResult<()> {
        self.since_tick += 1;
        if self.since_tick >= 1024 {
            self.since_tick = 0;
            vm.tick(1024 + (at.saturating_sub(self.ticked_at) / 64) as u64)?;
            self.ticked_at = at;
        }
        Ok(())
    }

    /// One value starting exactly at `i`; `Expecting value` when none.
    fn value(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        let Some(&c) = self.b.get(i) else { return Err(DecErr::Syntax("Expecting value", i)) };
        self.count(vm, i)?;
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                let v = match s {
                    StrPiece::Slice(a, z) => vm.new_str(&self.text[a..z])?,
                    StrPiece::Buf => vm.new_str(&self.buf)?,
                };
                Ok((v, end))
            }
            b'{' => self.nested(vm, i, true),
            b'[' => self.nested(vm, i, false),
            b'n' if self.b[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if self.b[i..].starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if self.b[i..].starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if self.b[i..].starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if self.b[i..].starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if self.b[i..].starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(DecErr::Syntax("Expecting value", i)),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, x: f64) -> DResult<Value> {
        match self.parse_constant {
            None => Ok(Value::Float(x)),
            Some(f) => {
                let s = vm.new_str(name)?;
                Ok(call_back(vm, f, &[s], self.start)?)
            }
        }
    }

    /// An array or object, counted against the recursion limit as
    /// CPython's scanner counts it.
    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> DResult<(Value, usize)> {
        if self.depth >= self.max_depth || crate::interp::native::stack_low() {
            let what = if object { "object" } else { "array" };
            let msg = format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
            return Err(vm.exc_msg(vm.t.recursion_error, msg).into());
        }
        self.depth += 1;
        let r = if object { self.object(vm, i + 1) } else { self.array(vm, i + 1) };
        self.depth -= 1;
        r
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let n = self.b.len();
        // The items so far wait on the rooted stack.
        let base = vm.temp_roots.len();
        let mut i = self.skip_ws(start);
        if i < n && self.b[i] != b']' {
            while i < n {
                let (v, next) = self.value(vm, i)?;
                root(vm, v)?;
                i = self.skip_ws(next);
                if i < n && self.b[i] == b']' {
                    break;
                }
                if i >= n || self.b[i] != b',' {
                    return Err(DecErr::Syntax("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        if i >= n || self.b[i] != b']' {
            return Err(DecErr::Syntax("Expecting value", i));
        }
        let items: Vec<Value> = vm.temp_roots.drain(base..).collect();
        Ok((vm.new_list(items)?, i + 1))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let n = self.b.len();
        // Keys and values so far wait on the rooted stack, in turn.
        let base = vm.temp_roots.len();
        let mut i = self.skip_ws(start);
        if i >= n || self.b[i] != b'}' {
            while i < n {
                if self.b[i] != b'"' {
                    return Err(DecErr::Syntax("Expecting property name enclosed in double quotes", i));
                }
                let (piece, next) = self.string(i + 1)?;
                let key = self.key(vm, piece)?;
                root(vm, key)?;
                i = self.skip_ws(next);
                if i >= n || self.b[i] != b':' {
                    return Err(DecErr::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, next) = self.value(vm, i)?;
                root(vm, v)?;
                i = self.skip_ws(next);
                if i < n && self.b[i] == b'}' {
                    break;
                }
                if i >= n || self.b[i] != b',' {
                    return Err(DecErr::Syntax("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        if i >= n || self.b[i] != b'}' {
            return Err(DecErr::Syntax("Expecting property name enclosed in double quotes", i));
        }
        let end = i + 1;
        let flat: Vec<Value> = vm.temp_roots.drain(base..).collect();
        if let Some(hook) = self.pairs_hook {
            let mut tuples = Vec::with_capacity(flat.len() / 2);
            for kv in flat.chunks_exact(2) {
                tuples.push(vm.new_tuple(kv.to_vec())?);
            }
            let list = vm.new_list(tuples)?;
            return Ok((call_back(vm, hook, &[list], self.start)?, end));
        }
        let d = vm.new_dict()?;
        if let Some(dd) = vm.dict_mut(d) {
            dd.reserve(flat.len() / 2);
        }
        vm.charge(flat.len() / 2 * 3 * std::mem::size_of::<Value>())?;
        for kv in flat.chunks_exact(2) {
            vm.dict_set(d, kv[0], kv[1])?;
        }
        let mut obj = Value::Obj(d);
        if let Some(hook) = self.object_hook {
            obj = call_back(vm, hook, &[obj], self.start)?;
        }
        Ok((obj, end))
    }

    fn key(&mut self, vm: &mut Vm, piece: StrPiece) -> DResult<Value> {
        let text = match piece {
            StrPiece::Slice(a, z) => &self.text[a..z],
            StrPiece::Buf => self.buf.as_str(),
        };
        let h = crate::object::hash::hash_bytes(vm.hash_seed, text.as_bytes());
        let heap = &vm.heap;
        if let Some(&(_, r)) = self.memo.find(h as u64, |&(kh, r)| kh == h && matches!(&heap.get(r).payload, Payload::Str(p) if &*p.s == text)) {
            return Ok(Value::Obj(r));
        }
        let v = vm.new_str(text)?;
        let Value::Obj(r) = v else { return Ok(v) };
        // The dict the key goes into reads this instead of hashing again
        // (an interned one-character key has it already).
        if let Payload::Str(p) = &vm.heap.get(r).payload {
            p.set_hash(h);
        }
        self.memo.insert_unique(h as u64, (h, r), |&(kh, _)| kh as u64);
        if let Some(l) = self.memo_roots {
            vm.charge(std::mem::size_of::<Value>())?;
            vm.list_vec(l).push(v);
        }
        Ok(v)
    }

    /// The string whose body starts at `start` (just after its quote):
    /// either a slice of the document or the text left in `self.buf`, and
    /// the index after the closing quote.
    fn string(&mut self, start: usize) -> DResult<(StrPiece, usize)> {
        let b = self.b;
        let n = b.len();
        let begin = start.saturating_sub(1);
        let mut i = start;
        while i < n {
            let c = b[i];
            if c == b'"' {
                return Ok((StrPiece::Slice(start, i), i + 1));
            }
            if c == b'\\' || c < 0x20 {
                break;
            }
            i += 1;
        }
        self.buf.clear();
        self.buf.push_str(&self.text[start..i]);
        loop {
            let run = i;
            while i < n && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            self.buf.push_str(&self.text[run..i]);
            if i >= n {
                return Err(DecErr::Syntax("Unterminated string starting at", begin));
            }
            match b[i] {
                b'"' => return Ok((StrPiece::Buf, i + 1)),
                b'\\' => {}
                _ => return Err(DecErr::Syntax("Invalid control character at", i)),
            }
            // An escape: `i` is the backslash.
            let Some(&e) = b.get(i + 1) else { return Err(DecErr::Syntax("Unterminated string starting at", begin)) };
            let simple = match e {
                b'"' => Some('"'),
                b'\\' => Some('\\'),
                b'/' => Some('/'),
                b'b' => Some('\u{8}'),
                b'f' => Some('\u{c}'),
                b'n' => Some('\n'),
                b'r' => Some('\r'),
                b't' => Some('\t'),
                b'u' => None,
                _ => return Err(DecErr::Syntax("Invalid \\escape", i)),
            };
            if let Some(ch) = simple {
                self.buf.push(ch);
                i += 2;
                continue;
            }
            // \uXXXX: CPython wants a character after the four digits.
            let u = i + 1;
            if u + 5 >= n {
                return Err(DecErr::Syntax("Invalid \\uXXXX escape", u));
            }
            let Some(mut c) = hex4(b, u + 1) else { return Err(DecErr::Syntax("Invalid \\uXXXX escape", u)) };
            i = u + 5;
            if (0xd800..0xdc00).contains(&c) && i + 6 < n && b[i] == b'\\' && b[i + 1] == b'u' {
                let Some(c2) = hex4(b, i + 2) else { return Err(DecErr::Syntax("Invalid \\uXXXX escape", i + 1)) };
                if (0xdc00..0xe000).contains(&c2) {
                    c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                    i += 6;
                }
            }
            match char::from_u32(c) {
                Some(ch) => self.buf.push(ch),
                None => return Err(DecErr::Surrogate(c)),
            }
        }
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let b = self.b;
        let n = b.len();
        let digits = |mut i: usize| {
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => i = digits(i + 1),
            Some(b'0') => i += 1,
            _ => return Err(DecErr::Syntax("Expecting value", start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i = digits(i + 2);
            is_float = true;
        }
        if i < n && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < n && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            let k = digits(j);
            if k > j {
                i = k;
                is_float = true;
            }
        }
        let text = &self.text[start..i];
        let hook = if is_float { self.parse_float } else { self.parse_int };
        if let Some(f) = hook {
            let s = vm.new_str(text)?;
            return Ok((call_back(vm, f, &[s], self.start)?, i));
        }
        if is_float {
            // The JSON number grammar is a subset of what Rust parses, and
            // Rust's parse is correctly rounded like CPython's.
            let x: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok((Value::Float(x), i));
        }
        if i - start <= 18 {
            if let Ok(v) = text.parse::<i64>() {
                return Ok((Value::Int(v), i));
            }
        }
        Ok((crate::builtins::types::int::parse_int_text(vm, text, 10)?, i))
    }
}

enum StrPiece {
    Slice(usize, usize),
    Buf,
}

fn char_index(text: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        text[..byte.min(text.len())].chars().count() + byte.saturating_sub(text.len())
    }
}

fn byte_index(text: &str, ascii: bool, ch: usize) -> usize {
    if ascii {
        return ch;
    }
    match text.char_indices().nth(ch) {
        Some((b, _)) => b,
        None => text.len() + (ch - text.chars().count()),
    }
}

/// Turn a decoding failure into the Python exception: a syntax error
/// becomes `errcls(msg, s, pos)`, raised.
fn raise_dec(vm: &mut Vm, e: DecErr, s: Value, text: &str, ascii: bool, errcls: Value) -> Unwind {
    match e {
        DecErr::Vm(u) => u,
        // pyx strings are UTF-8 and cannot hold a lone surrogate, which
        // CPython would return: refused with a ValueError instead.
        DecErr::Surrogate(c) => vm.value_error(format!("JSON string holds the lone surrogate \\u{c:04x}, which a pyx str cannot represent")),
        DecErr::Syntax(msg, at) => {
            let p = char_index(text, ascii, at);
            let args = match vm.new_str(msg) {
                Ok(m) => [m, s, Value::Int(p as i64)],
                Err(u) => return u,
            };
            match vm.call(errcls, &args) {
                Ok(Value::Obj(e)) if matches!(vm.heap.get(e).payload, Payload::Exception(_)) => {
                    vm.set_implicit_context(e);
                    Unwind::Exception(e)
                }
                Ok(_) => vm.type_error("exceptions must derive from BaseException"),
                Err(u) => u,
            }
        }
    }
}

/// An index argument as CPython's `n` format reads it.
fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if matches!(vm.payload(v), Some(Payload::Int(_))) {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    vm.index_i64(v)
}

fn opt(v: Value) -> Option<Value> {
    if v.is_none() {
        None
    } else {
        Some(v)
    }
}

/// A private copy of the text of str `s` (checked against the memory cap).
fn text_copy(vm: &mut Vm, s: Value, what: &str) -> PyResult<(String, bool)> {
    let Some(p) = vm.pystr(s) else {
        return Err(vm.type_error(format!("{what} must be a string, not {}", vm.type_name(s))));
    };
    let len = p.s.len();
    let ascii = p.is_ascii();
    vm.reserve(len)?;
    let text = vm.pystr(s).map(|p| p.s.to_string()).unwrap_or_default();
    Ok((text, ascii))
}

/// `decode(s, idx, whole, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant, errcls)`: with `whole`, the
/// document `s` (whitespace around it allowed) as `JSONDecoder.decode`;
/// otherwise `(value, end)` for the value starting exactly at code point
/// `idx`, as `raw_decode`. `parse_float`/`parse_int` of `float`/`int` and
/// `parse_constant` of None mean the built-in conversions.
fn j_decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = a.arg(0);
    let (text, ascii) = text_copy(vm, s, "first argument")?;
    let idx = ssize(vm, a.arg(1))?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let whole = vm.truthy(a.arg(2))?;
    let strict = vm.truthy(a.arg(3))?;
    let errcls = a.arg(9);
    let hooks = [a.arg(4), a.arg(5), a.arg(6), a.arg(7), a.arg(8)];
    // The private copy of the text is charged while the decode runs.
    vm.charge(text.len())?;
    let r = decode_text(vm, s, &text, ascii, idx as usize, whole, strict, hooks, errcls);
    vm.heap.uncharge(text.len());
    r
}

#[allow(clippy::too_many_arguments)]
fn decode_text(vm: &mut Vm, s: Value, text: &str, ascii: bool, idx: usize, whole: bool, strict: bool, hooks: [Value; 5], errcls: Value) -> PyResult<Value> {
    let at = byte_index(text, ascii, idx);
    let r = with_rooted_stack(vm, |vm, start| {
        let mut d = Decoder::new(text, strict, start);
        d.max_depth = vm.limits.max_recursion.saturating_sub(vm.frames.len() as u32);
        d.object_hook = opt(hooks[0]);
        d.pairs_hook = opt(hooks[1]);
        d.parse_float = opt(hooks[2]).filter(|&f| !f.is(Value::Obj(vm.t.float)));
        d.parse_int = opt(hooks[3]).filter(|&f| !f.is(Value::Obj(vm.t.int)));
        d.parse_constant = opt(hooks[4]);
        if d.object_hook.is_some() || d.pairs_hook.is_some() || d.parse_float.is_some() || d.parse_int.is_some() || d.parse_constant.is_some() {
            let l = vm.new_list(Vec::new())?;
            root(vm, l)?;
            d.memo_roots = l.as_obj();
        }
        let r = if whole {
            let i = d.skip_ws(at);
            d.value(vm, i).and_then(|(v, end)| {
                let end = d.skip_ws(end);
                if end != d.b.len() {
                    return Err(DecErr::Syntax("Extra data", end));
                }
                Ok((v, end))
            })
        } else {
            d.value(vm, at)
        };
        vm.tick_bytes(text.len())?;
        Ok::<_, Unwind>(r)
    })?;
    match r {
        Ok((v, _)) if whole => Ok(v),
        Ok((v, end)) => {
            let e = Value::Int(char_index(text, ascii, end) as i64);
            vm.new_tuple(vec![v, e])
        }
        Err(e) => Err(raise_dec(vm, e, s, text, ascii, errcls)),
    }
}

/// `scanstring(s, end, strict, errcls)`: `json.decoder.scanstring`, the
/// string whose body starts at code point `end`, and the index after it.
fn j_scanstring(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = a.arg(0);
    // The index is parsed first, as CPython's "On" format does.
    let end = ssize(vm, a.arg(1))?;
    let (text, ascii) = text_copy(vm, s, "first argument")?;
    let strict = vm.truthy(a.arg(2))?;
    let errcls = a.arg(3);
    let nchars = vm.pystr(s).map(|p| p.chars).unwrap_or(0);
    if end < 0 || end as usize > nchars {
        return Err(vm.value_error("end is out of bounds"));
    }
    vm.tick_bytes(text.len())?;
    let mut d = Decoder::new(&text, strict, 0);
    let start = byte_index(&text, ascii, end as usize);
    let r = d.string(start).and_then(|(piece, next)| {
        let v = match piece {
            StrPiece::Slice(a, z) => vm.new_str(&text[a..z])?,
            StrPiece::Buf => vm.new_str(&d.buf)?,
        };
        Ok((v, next))
    });
    match r {
        Ok((v, next)) => {
            let e = Value::Int(char_index(&text, ascii, next) as i64);
            vm.new_tuple(vec![v, e])
        }
        Err(e) => Err(raise_dec(vm, e, s, &text, ascii, errcls)),
    }
}

// ---------------------------------------------------------------- encoding

/// Bytes `s` takes once escaped (quotes not counted).
fn escaped_len(s: &str, ascii: bool) -> usize {
    let mut n = 0;
    for c in s.chars() {
        n += match c {
            '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
            c if (c as u32) < 0x20 => 6,
            c if !ascii || (c as u32) < 0x7f => c.len_utf8(),
            c if (c as u32) < 0x10000 => 6,
            _ => 12,
        };
    }
    n
}

/// Does `s` go out as it is (nothing to escape)?
fn plain(s: &str, ascii: bool) -> bool {
    s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\' && (!ascii || b < 0x7f))
}

fn push_u(out: &mut String, u: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[(u >> shift & 0xf) as usize] as char);
    }
}

/// Write `s` as a JSON string (with quotes), as CPython's
/// `encode_basestring` / `encode_basestring_ascii` do.
fn escape_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    if plain(s, ascii) {
        out.push_str(s);
    } else {
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => push_u(out, c as u32),
                c if !ascii || (c as u32) < 0x7f => out.push(c),
                c if (c as u32) < 0x10000 => push_u(out, c as u32),
                c => {
                    let v = c as u32 - 0x10000;
                    push_u(out, 0xd800 | (v >> 10 & 0x3ff));
                    push_u(out, 0xdc00 | (v & 0x3ff));
                }
            }
        }
    }
    out.push('"');
}

/// Identity of an object for the circular-reference markers.
fn marker_id(v: Value) -> u64 {
    match v {
        Value::Obj(r) => r.id() as u64,
        Value::NotImplemented => 1 << 40,
        Value::Ellipsis => (1 << 40) + 1,
        _ => (1 << 40) + 2,
    }
}

struct Encoder {
    out: String,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ascii: bool,
    allow_nan: bool,
    /// Indented output is CPython's pure-Python encoder (`_iterencode`),
    /// whose messages differ a little from the C encoder's.
    python_messages: bool,
    markers: Option<hashbrown::HashSet<u64>>,
    default: Value,
    depth: u32,
    max_depth: u32,
    /// Indentation level (containers open; `default` adds none).
    level: usize,
    /// Allocation number at the start (see `with_rooted_stack`).
    start: u64,
    since_tick: u32,
}

impl Encoder {
    /// Room for `n` more bytes, checked against the memory cap (and the
    /// work of the copy charged) before the buffer grows.
    #[inline]
    fn room(&mut self, vm: &mut Vm, n: usize) -> PyResult<()> {
        if self.out.capacity() - self.out.len() < n {
            self.grow(vm, n)?;
        }
        Ok(())
    }

    #[cold]
    fn grow(&mut self, vm: &mut Vm, n: usize) -> PyResult<()> {
        let want = self.out.len().saturating_add(n).max(self.out.capacity().saturating_mul(2)).max(256);
        vm.reserve(want)?;
        vm.tick_bytes(want)?;
        self.out.reserve_exact(want - self.out.len());
        Ok(())
    }

    fn put(&mut self, vm: &mut Vm, s: &str) -> PyResult<()> {
        self.room(vm, s.len())?;
        self.out.push_str(s);
        Ok(())
    }

    fn put_str(&mut self, vm: &mut Vm, s: Value) -> PyResult<()> {
        let ascii = self.ascii;
        let need = match vm.pystr(s) {
            Some(p) if plain(&p.s, ascii) => p.s.len() + 2,
            Some(p) => escaped_len(&p.s, ascii) + 2,
            None => 2,
        };
        self.room(vm, need)?;
        if let Some(p) = vm.pystr(s) {
            escape_into(&mut self.out, &p.s, ascii);
        }
        Ok(())
    }

    fn count(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.since_tick += 1;
        if self.since_tick >= 1024 {
            self.since_tick = 0;
            vm.tick(1024)?;
        }
        Ok(())
    }

    /// The text of a float, or ValueError when it is not finite and NaN
    /// and infinities are not allowed.
    fn float_text(&self, vm: &mut Vm, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::builtins::format::float_repr(x));
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(if self.python_messages {
                vm.value_error(format!("{msg}: {}", crate::builtins::format::float_repr(x)))
            } else {
                vm.value_error(msg)
            });
        }
        Ok(if x.is_nan() { "NaN" } else if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string())
    }

    fn big_int_text(&self, vm: &mut Vm, v: Value) -> PyResult<String> {
        let text = match vm.payload(v) {
            Some(Payload::Int(b)) => pyx_text::int_text::IntArg::Big(b).to_decimal(vm.digit_limit()),
            _ => return Ok(String::new()),
        };
        text.map_err(|e| vm.text_err(e))
    }

    fn enter(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.depth >= self.max_depth || crate::interp::native::stack_low() {
            let msg = if self.python_messages {
                "maximum recursion depth exceeded while calling a Python object"
            } else {
                "maximum recursion depth exceeded while encoding a JSON object"
            };
            return Err(vm.exc_msg(vm.t.recursion_error, msg));
        }
        self.depth += 1;
        Ok(())
    }

    fn mark(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(marker_id(o)) {
                return Err(vm.value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn unmark(&mut self, o: Value) {
        if let Some(m) = &mut self.markers {
            m.remove(&marker_id(o));
        }
    }

    fn value(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        self.count(vm)?;
        match o {
            Value::None => self.put(vm, "null"),
            Value::Bool(true) => self.put(vm, "true"),
            Value::Bool(false) => self.put(vm, "false"),
            Value::Int(i) => {
                self.room(vm, 20)?;
                use std::fmt::Write;
                let _ = write!(self.out, "{i}");
                Ok(())
            }
            Value::Float(x) => {
                let t = self.float_text(vm, x)?;
                self.put(vm, &t)
            }
            Value::Obj(r) => match &vm.heap.get(r).payload {
                Payload::Str(_) => self.put_str(vm, o),
                Payload::Int(_) => {
                    let t = self.big_int_text(vm, o)?;
                    self.put(vm, &t)
                }
                &Payload::Float(x) => {
                    let t = self.float_text(vm, x)?;
                    self.put(vm, &t)
                }
                Payload::List(_) | Payload::Tuple(_) => self.list(vm, o),
                Payload::Dict(_) => self.dict(vm, o),
                _ => self.other(vm, o),
            },
            _ => self.other(vm, o),
        }
    }

    /// Newline and indentation for `level`, when indenting.
    fn newline(&mut self, vm: &mut Vm, level: usize) -> PyResult<()> {
        let Some(ind) = &self.indent else { return Ok(()) };
        let n = 1 + ind.len().saturating_mul(level);
        self.room(vm, n)?;
        self.out.push('\n');
        for _ in 0..level {
            let ind = self.indent.as_deref().unwrap_or("");
            self.out.push_str(ind);
        }
        Ok(())
    }

    fn item_sep(&mut self, vm: &mut Vm, level: usize) -> PyResult<()> {
        let sep = std::mem::take(&mut self.item_sep);
        let r = self.put(vm, &sep);
        self.item_sep = sep;
        r?;
        self.newline(vm, level)
    }

    fn seq_item(vm: &Vm, o: Value, i: usize) -> Option<Value> {
        match vm.payload(o) {
            Some(Payload::List(v)) => v.get(i).copied(),
            Some(Payload::Tuple(t)) => t.get(i).copied(),
            _ => None,
        }
    }

    fn list(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        if Self::seq_item(vm, o, 0).is_none() {
            return self.put(vm, "[]");
        }
        self.mark(vm, o)?;
        self.enter(vm)?;
        // Rooted while its items are encoded: a call back may drop it.
        let base = vm.temp_roots.len();
        root(vm, o)?;
        self.level += 1;
        let level = self.level;
        self.put(vm, "[")?;
        self.newline(vm, level)?;
        let mut i = 0;
        // The list is read again at each step: a `default` called on the
        // way may change it, as in CPython.
        while let Some(item) = Self::seq_item(vm, o, i) {
            if i > 0 {
                self.item_sep(vm, level)?;
            }
            self.value(vm, item)?;
            i += 1;
        }
        vm.temp_roots.truncate(base);
        self.depth -= 1;
        self.level -= 1;
        self.newline(vm, level - 1)?;
        self.put(vm, "]")?;
        self.unmark(o);
        Ok(())
    }

    /// The `(key, value)` pairs of dict `o`: its entries for a plain dict,
    /// `o.items()` for a subclass (as `PyMapping_Items`).
    fn items(&mut self, vm: &mut Vm, o: Value, r: ObjRef) -> PyResult<Vec<(Value, Value)>> {
        if vm.type_of(o) == vm.t.dict {
            return Ok(vm.dict_ref(r).map(|d| d.items()).unwrap_or_default());
        }
        let f = vm.getattr_str(o, "items")?;
        let view = call_back(vm, f, &[], self.start)?;
        root(vm, view)?;
        let it = vm.iter(view)?;
        root(vm, it)?;
        let mut out = Vec::new();
        while let Some(pair) = vm.next(it)? {
            match vm.tuple_items(pair) {
                Some(&[k, v]) => out.push((k, v)),
                _ => return Err(vm.value_error("items must return 2-tuples")),
            }
        }
        Ok(out)
    }

    fn dict(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        let Value::Obj(r) = o else { return Ok(()) };
        if vm.dict_ref(r).map_or(true, |d| d.is_empty()) {
            return self.put(vm, "{}");
        }
        self.mark(vm, o)?;
        self.enter(vm)?;
        let base = vm.temp_roots.len();
        root(vm, o)?;
        self.level += 1;
        let level = self.level;
        self.put(vm, "{")?;
        self.newline(vm, level)?;
        let mut items = self.items(vm, o, r)?;
        if self.sort_keys {
            items = sort_items(vm, items)?;
        }
        // The snapshot is rooted: a call back may change the dict.
        for &(k, v) in &items {
            root(vm, k)?;
            root(vm, v)?;
        }
        let mut first = true;
        for (k, v) in items {
            let key_text: Option<String> = match k {
                Value::Obj(kr) => match &vm.heap.get(kr).payload {
                    Payload::Str(_) => None,
                    &Payload::Float(x) => Some(self.float_text(vm, x)?),
                    Payload::Int(_) => Some(self.big_int_text(vm, k)?),
                    _ => Some(self.bad_key(vm, k)?),
                },
                Value::Float(x) => Some(self.float_text(vm, x)?),
                Value::Bool(b) => Some(if b { "true" } else { "false" }.to_string()),
                Value::None => Some("null".to_string()),
                Value::Int(i) => Some(i.to_string()),
                _ => Some(self.bad_key(vm, k)?),
            };
            if key_text.as_deref() == Some(SKIP) {
                continue;
            }
            if !first {
                self.item_sep(vm, level)?;
            }
            first = false;
            match key_text {
                None => self.put_str(vm, k)?,
                Some(t) => {
                    self.room(vm, t.len() + 2)?;
                    escape_into(&mut self.out, &t, self.ascii);
                }
            }
            let sep = std::mem::take(&mut self.key_sep);
            let r = self.put(vm, &sep);
            self.key_sep = sep;
            r?;
            self.value(vm, v)?;
        }
        vm.temp_roots.truncate(base);
        self.depth -= 1;
        self.level -= 1;
        self.newline(vm, level - 1)?;
        self.put(vm, "}")?;
        self.unmark(o);
        Ok(())
    }

    /// A key that is not str, int, float, bool or None: skipped (the
    /// [`SKIP`] marker) with `skipkeys`, else TypeError.
    fn bad_key(&self, vm: &mut Vm, k: Value) -> PyResult<String> {
        if self.skipkeys {
            return Ok(SKIP.to_string());
        }
        Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {}", vm.type_name(k))))
    }

    /// Anything else: `default(o)`, encoded in its place.
    fn other(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        self.mark(vm, o)?;
        let f = self.default;
        let new = if f.is_none() {
            return Err(vm.type_error(format!("Object of type {} is not JSON serializable", vm.type_name(o))));
        } else {
            call_back(vm, f, &[o], self.start)?
        };
        self.enter(vm)?;
        let base = vm.temp_roots.len();
        root(vm, new)?;
        self.value(vm, new)?;
        vm.temp_roots.truncate(base);
        self.depth -= 1;
        self.unmark(o);
        Ok(())
    }
}

/// Marks a skipped key (never a valid key text: it holds a NUL).
const SKIP: &str = "\0skip";

/// Sort the items of a dict as `sorted(d.items())` does: by key (keys of
/// a dict never compare equal), natively when every key is a plain str.
fn sort_items(vm: &mut Vm, mut items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    vm.tick(items.len() as u64)?;
    let str_t = vm.t.str;
    if items.iter().all(|&(k, _)| matches!(k, Value::Obj(_)) && vm.type_of(k) == str_t) {
        let heap = &vm.heap;
        let text = |v: Value| match v {
            Value::Obj(r) => match &heap.get(r).payload {
                Payload::Str(p) => &*p.s,
                _ => "",
            },
            _ => "",
        };
        // UTF-8 byte order is code point order, as str comparison.
        items.sort_by(|a, b| text(a.0).cmp(text(b.0)));
        return Ok(items);
    }
    let mut pairs = Vec::with_capacity(items.len());
    for (k, v) in items {
        pairs.push(vm.new_tuple(vec![k, v])?);
    }
    let sorted = crate::builtins::types::list::sort_values(vm, pairs, Value::None, false)?;
    Ok(sorted
        .into_iter()
        .filter_map(|t| match vm.tuple_items(t) {
            Some(&[k, v]) => Some((k, v)),
            _ => None,
        })
        .collect())
}

fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
    }
}

/// `encode(o, indent, item_separator, key_separator, sort_keys, skipkeys,
/// ensure_ascii, allow_nan, check_circular, default)`: the whole JSON
/// text of `o`, as `JSONEncoder.encode` (indent already a str or None).
fn j_encode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let indent = match a.arg(1) {
        Value::None => None,
        v => Some(str_arg(vm, v, "indent")?),
    };
    let item_sep = str_arg(vm, a.arg(2), "item_separator")?;
    let key_sep = str_arg(vm, a.arg(3), "key_separator")?;
    let sort_keys = vm.truthy(a.arg(4))?;
    let skipkeys = vm.truthy(a.arg(5))?;
    let ascii = vm.truthy(a.arg(6))?;
    let allow_nan = vm.truthy(a.arg(7))?;
    let check_circular = vm.truthy(a.arg(8))?;
    let (o, default) = (a.arg(0), a.arg(9));
    let mut e = Encoder {
        out: String::new(),
        python_messages: indent.is_some(),
        indent,
        item_sep,
        key_sep,
        sort_keys,
        skipkeys,
        ascii,
        allow_nan,
        markers: check_circular.then(hashbrown::HashSet::new),
        default,
        depth: 0,
        max_depth: vm.limits.max_recursion.saturating_sub(vm.frames.len() as u32),
        level: 0,
        start: 0,
        since_tick: 0,
    };
    with_rooted_stack(vm, |vm, start| {
        e.start = start;
        e.value(vm, o)
    })?;
    vm.new_string(e.out)
}

/// `encode_basestring_ascii(s)` / `encode_basestring(s)`.
fn encode_basestring(vm: &mut Vm, s: Value, ascii: bool) -> PyResult<Value> {
    let need = match vm.pystr(s) {
        Some(p) => escaped_len(&p.s, ascii) + 2,
        None => return Err(vm.type_error(format!("first argument must be a string, not {}", vm.type_name(s)))),
    };
    vm.reserve(need)?;
    vm.tick_bytes(need)?;
    let mut out = String::with_capacity(need);
    if let Some(p) = vm.pystr(s) {
        escape_into(&mut out, &p.s, ascii);
    }
    vm.new_string(out)
}

fn j_encode_basestring_ascii(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    encode_basestring(vm, a.arg(0), true)
}

fn j_encode_basestring(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    encode_basestring(vm, a.arg(0), false)
}
