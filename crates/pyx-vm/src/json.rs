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
//! Calls back into Python (hooks, `default=`) go through [`call_back`], the
//! one place that knows how this module roots what it holds across them.

use std::collections::HashMap;

use crate::heap::ObjRef;
use crate::native::{pos, NativeDef};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{Args, PyResult, Unwind, Vm};

/// Fill module `m` with the natives.
pub fn make_module(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let Some(d) = vm.heap.get(m).dict else { return Ok(()) };
    let funcs: &[NativeDef] = &[
        (
            "decode",
            pos("s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, errcls"),
            j_decode,
        ),
        ("scanstring", pos("s, end, strict, errcls"), j_scanstring),
    ];
    for &(name, decl, func) in funcs {
        let r = crate::types::new_function(vm, name, decl, func)?;
        let k = vm.intern(name);
        vm.dict_set(d, Value::Obj(k), Value::Obj(r))?;
    }
    Ok(())
}

/// Call `f(args)` from inside a decode or encode. Everything this module
/// holds in Rust locals was allocated before the call, and a re-entry from
/// a native keeps all such objects alive through any collection it runs
/// (`Vm::enter_native`'s mark), so no extra rooting is needed here; the
/// only cost is that garbage of earlier calls back waits until the native
/// returns. Kept in one function so a scoped-roots API can replace it.
fn call_back(vm: &mut Vm, f: Value, args: &[Value]) -> PyResult<Value> {
    vm.call(f, args)
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
    /// One str object per distinct key text (CPython's memo).
    memo: HashMap<Box<str>, Value>,
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
                Ok(call_back(vm, f, &[s])?)
            }
        }
    }

    /// An array or object, counted against the recursion limit as
    /// CPython's scanner counts it.
    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> DResult<(Value, usize)> {
        if self.depth >= self.max_depth || crate::native::stack_low() {
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
        let mut items: Vec<Value> = Vec::new();
        let mut i = self.skip_ws(start);
        if i < n && self.b[i] != b']' {
            while i < n {
                let (v, next) = self.value(vm, i)?;
                if items.len() == items.capacity() {
                    vm.reserve((items.capacity().max(4) * 2) * std::mem::size_of::<Value>())?;
                }
                items.push(v);
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
        Ok((vm.new_list(items)?, i + 1))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let n = self.b.len();
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if i >= n || self.b[i] != b'}' {
            while i < n {
                if self.b[i] != b'"' {
                    return Err(DecErr::Syntax("Expecting property name enclosed in double quotes", i));
                }
                let (piece, next) = self.string(i + 1)?;
                let key = self.key(vm, piece)?;
                i = self.skip_ws(next);
                if i >= n || self.b[i] != b':' {
                    return Err(DecErr::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, next) = self.value(vm, i)?;
                if pairs.len() == pairs.capacity() {
                    vm.reserve((pairs.capacity().max(4) * 2) * 2 * std::mem::size_of::<Value>())?;
                }
                pairs.push((key, v));
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
        if let Some(hook) = self.pairs_hook {
            let mut tuples = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                tuples.push(vm.new_tuple(vec![k, v])?);
            }
            let list = vm.new_list(tuples)?;
            return Ok((call_back(vm, hook, &[list])?, end));
        }
        let d = vm.new_dict()?;
        if let Some(dd) = vm.dict_mut(d) {
            dd.reserve(pairs.len());
        }
        vm.charge(pairs.len() * 3 * std::mem::size_of::<Value>())?;
        for (k, v) in pairs {
            vm.dict_set(d, k, v)?;
        }
        let mut obj = Value::Obj(d);
        if let Some(hook) = self.object_hook {
            obj = call_back(vm, hook, &[obj])?;
        }
        Ok((obj, end))
    }

    fn key(&mut self, vm: &mut Vm, piece: StrPiece) -> DResult<Value> {
        let text = match piece {
            StrPiece::Slice(a, z) => &self.text[a..z],
            StrPiece::Buf => self.buf.as_str(),
        };
        if let Some(&v) = self.memo.get(text) {
            return Ok(v);
        }
        let v = vm.new_str(text)?;
        self.memo.insert(text.into(), v);
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
            return Ok((call_back(vm, f, &[s])?, i));
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
        Ok((crate::types::int::parse_int_text(vm, text, 10)?, i))
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
            match call_back(vm, errcls, &args) {
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
    let idx = vm.index_i64(a.arg(1))?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let whole = vm.truthy(a.arg(2))?;
    let strict = vm.truthy(a.arg(3))?;
    let errcls = a.arg(9);
    let pf = a.arg(6);
    let pi = a.arg(7);
    let max_depth = vm.limits.max_recursion.saturating_sub(vm.frames.len() as u32);
    let mut d = Decoder {
        b: text.as_bytes(),
        text: &text,
        strict,
        object_hook: opt(a.arg(4)),
        pairs_hook: opt(a.arg(5)),
        parse_float: opt(pf).filter(|&f| !f.is(Value::Obj(vm.t.float))),
        parse_int: opt(pi).filter(|&f| !f.is(Value::Obj(vm.t.int))),
        parse_constant: opt(a.arg(8)),
        memo: HashMap::new(),
        depth: 0,
        max_depth,
        since_tick: 0,
        ticked_at: 0,
        buf: String::new(),
    };
    let start = byte_index(&text, ascii, idx as usize);
    let r = (|| {
        if whole {
            let i = d.skip_ws(start);
            let (v, end) = d.value(vm, i)?;
            let end = d.skip_ws(end);
            if end != d.b.len() {
                return Err(DecErr::Syntax("Extra data", end));
            }
            Ok((v, end))
        } else {
            d.value(vm, start)
        }
    })();
    vm.tick_bytes(text.len())?;
    match r {
        Ok((v, _)) if whole => Ok(v),
        Ok((v, end)) => {
            let e = Value::Int(char_index(&text, ascii, end) as i64);
            vm.new_tuple(vec![v, e])
        }
        Err(e) => Err(raise_dec(vm, e, s, &text, ascii, errcls)),
    }
}

/// `scanstring(s, end, strict, errcls)`: `json.decoder.scanstring`, the
/// string whose body starts at code point `end`, and the index after it.
fn j_scanstring(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = a.arg(0);
    let (text, ascii) = text_copy(vm, s, "first argument")?;
    let end = vm.index_i64(a.arg(1))?;
    let strict = vm.truthy(a.arg(2))?;
    let errcls = a.arg(3);
    let nchars = vm.pystr(s).map(|p| p.chars).unwrap_or(0);
    if end < 0 || end as usize > nchars {
        return Err(vm.value_error("end is out of bounds"));
    }
    vm.tick_bytes(text.len())?;
    let mut d = Decoder {
        b: text.as_bytes(),
        text: &text,
        strict,
        object_hook: None,
        pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
        memo: HashMap::new(),
        depth: 0,
        max_depth: 0,
        since_tick: 0,
        ticked_at: 0,
        buf: String::new(),
    };
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
