//! `_pyx_hash`, the native core of `hashlib` (`stdlib/hashlib.py`): the
//! message digests of the RustCrypto crates behind one hash object type,
//! and `pbkdf2_hmac`. Pure computation: no OS, no randomness.

use std::sync::{Arc, Mutex};

use blake2::digest::{ExtendableOutput, Update, VariableOutput};
use sha2::Digest;

use crate::interp::host::{new_host_object, HostObject};
use crate::interp::native::{kw, noargs, one, Decl, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// One running digest.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2::Blake2bVar),
    Blake2s(blake2::Blake2sVar),
}

/// The algorithms `hashlib` guarantees, as CPython names them.
pub const ALGORITHMS: &[&str] = &[
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
    "blake2b", "blake2s",
];

macro_rules! each_fixed {
    ($s:expr, $h:ident => $e:expr, shake $k:ident => $se:expr, blake $b:ident => $be:expr) => {
        match $s {
            State::Md5($h) => $e,
            State::Sha1($h) => $e,
            State::Sha224($h) => $e,
            State::Sha256($h) => $e,
            State::Sha384($h) => $e,
            State::Sha512($h) => $e,
            State::Sha3_224($h) => $e,
            State::Sha3_256($h) => $e,
            State::Sha3_384($h) => $e,
            State::Sha3_512($h) => $e,
            State::Shake128($k) => $se,
            State::Shake256($k) => $se,
            State::Blake2b($b) => $be,
            State::Blake2s($b) => $be,
        }
    };
}

impl State {
    fn new(name: &str, digest_size: Option<usize>) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            "sha3_224" => State::Sha3_224(Default::default()),
            "sha3_256" => State::Sha3_256(Default::default()),
            "sha3_384" => State::Sha3_384(Default::default()),
            "sha3_512" => State::Sha3_512(Default::default()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2b" => State::Blake2b(blake2::Blake2bVar::new(digest_size.unwrap_or(64)).ok()?),
            "blake2s" => State::Blake2s(blake2::Blake2sVar::new(digest_size.unwrap_or(32)).ok()?),
            _ => return None,
        })
    }
    fn update(&mut self, data: &[u8]) {
        each_fixed!(self, h => Digest::update(h, data), shake k => k.update(data), blake b => b.update(data))
    }
    /// The digest so far (the state goes on); `len` for the SHAKEs.
    fn digest(&self, len: usize) -> Vec<u8> {
        each_fixed!(self.clone(),
            h => h.finalize().to_vec(),
            shake k => { let mut out = vec![0u8; len]; k.finalize_xof_into(&mut out); out },
            blake b => { let mut out = vec![0u8; b.output_size()]; let _ = b.finalize_variable(&mut out); out })
    }
    fn digest_size(&self) -> usize {
        match self {
            State::Md5(_) => 16,
            State::Sha1(_) => 20,
            State::Sha224(_) | State::Sha3_224(_) => 28,
            State::Sha256(_) | State::Sha3_256(_) => 32,
            State::Sha384(_) | State::Sha3_384(_) => 48,
            State::Sha512(_) | State::Sha3_512(_) => 64,
            State::Shake128(_) | State::Shake256(_) => 0,
            State::Blake2b(b) => b.output_size(),
            State::Blake2s(b) => b.output_size(),
        }
    }
    fn block_size(&self) -> usize {
        match self {
            State::Md5(_) | State::Sha1(_) | State::Sha224(_) | State::Sha256(_) | State::Blake2s(_) => 64,
            State::Sha384(_) | State::Sha512(_) | State::Blake2b(_) => 128,
            State::Sha3_224(_) => 144,
            State::Sha3_256(_) => 136,
            State::Sha3_384(_) => 104,
            State::Sha3_512(_) => 72,
            State::Shake128(_) => 168,
            State::Shake256(_) => 136,
        }
    }
    fn is_shake(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }
}

/// A hash object as Python sees it (`hashlib.md5()` and the rest).
struct Hash {
    name: &'static str,
    state: Mutex<State>,
}

const HASH_METHODS: &[&str] = &["update", "digest", "hexdigest", "copy"];
/// The same methods for SHAKE (`HASHXOF`, whose digests take a length):
/// another class, so another list.
const XOF_METHODS: &[&str] = &["update", "digest", "hexdigest", "copy"];

/// Feed the bytes of `v` to `state`, charging the work first.
fn feed(vm: &mut Vm, state: &Mutex<State>, v: Value) -> PyResult<()> {
    let n = match vm.payload(v) {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.len(),
        Some(Payload::Str(_)) => return Err(vm.type_error("Strings must be encoded before hashing")),
        _ => {
            // Any other buffer (memoryview, array.array): its bytes, copied
            // (buffer_bytes reserves and charges the copy).
            let Some(bytes) = crate::builtins::types::memoryview::buffer_bytes(vm, v)? else {
                return Err(vm.type_error("object supporting the buffer API required"));
            };
            vm.tick_bytes(bytes.len())?;
            state.lock().unwrap_or_else(|e| e.into_inner()).update(&bytes);
            return Ok(());
        }
    };
    vm.tick_bytes(n)?;
    let mut st = state.lock().unwrap_or_else(|e| e.into_inner());
    match vm.payload(v) {
        Some(Payload::Bytes(b)) => st.update(b),
        Some(Payload::ByteArray(b)) => st.update(b),
        _ => {}
    }
    Ok(())
}

/// `length` of a SHAKE `digest(length)` (the door has bound it), with
/// CPython's errors.
fn shake_length(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = vm.index_i64(v)?;
    if n < 0 {
        return Err(vm.value_error("negative digest length"));
    }
    if n >= 1 << 29 {
        return Err(vm.overflow_error("digest length is too large"));
    }
    vm.reserve(n as usize * 2)?;
    vm.tick_bytes(n as usize)?;
    Ok(n as usize)
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

impl Hash {
    fn is_shake(&self) -> bool {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).is_shake()
    }
}

impl HostObject for Hash {
    fn class_name(&self) -> &'static str {
        if self.is_shake() {
            "HASHXOF"
        } else {
            "HASH"
        }
    }
    fn module(&self) -> &'static str {
        "_hashlib"
    }
    fn methods(&self) -> &'static [&'static str] {
        if self.is_shake() {
            XOF_METHODS
        } else {
            HASH_METHODS
        }
    }
    fn decls(&self) -> &'static [Decl] {
        if self.is_shake() {
            { const D: &[Decl] = &[one("obj"), kw("length"), kw("length"), noargs()]; D }
        } else {
            { const D: &[Decl] = &[one("obj"), noargs(), noargs(), noargs()]; D }
        }
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        let shake = self.is_shake();
        match HASH_METHODS[index] {
            "update" => {
                feed(vm, &self.state, a.arg(0))?;
                Ok(Value::None)
            }
            m @ ("digest" | "hexdigest") => {
                let len = if shake { shake_length(vm, a.arg(0))? } else { 0 };
                let d = self.state.lock().unwrap_or_else(|e| e.into_inner()).digest(len);
                if m == "digest" {
                    vm.new_bytes(d)
                } else {
                    vm.new_str(&hex(&d))
                }
            }
            _ => {
                let st = self.state.lock().unwrap_or_else(|e| e.into_inner()).clone();
                new_host_object(vm, Arc::new(Hash { name: self.name, state: Mutex::new(st) }))
            }
        }
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let (ds, bs) = (st.digest_size(), st.block_size());
        drop(st);
        match name {
            "name" => Some(vm.new_str(self.name)),
            "digest_size" => Some(Ok(Value::Int(ds as i64))),
            "block_size" => Some(Ok(Value::Int(bs as i64))),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        format!("<{} _hashlib.HASH object>", self.name)
    }
    fn size(&self) -> usize {
        512
    }
}

fn algorithm(vm: &mut Vm, name: Value) -> PyResult<&'static str> {
    let Some(s) = vm.str_of(name) else {
        return Err(vm.type_error("name must be a string"));
    };
    let lower = s.to_ascii_lowercase().replace('-', "_");
    let canon = match lower.as_str() {
        "sha3-224" => "sha3_224",
        other => other,
    };
    match ALGORITHMS.iter().find(|a| **a == canon) {
        Some(a) => Ok(a),
        None => {
            let msg = format!("unsupported hash type {s}");
            Err(vm.value_error(msg))
        }
    }
}

/// `new(name, data=b'', digest_size=None)`.
fn h_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = algorithm(vm, a.arg(0))?;
    let size = match a.get(2) {
        Some(Value::None) | None => None,
        Some(v) => {
            let n = vm.index_i64(v)?;
            let max = if name == "blake2b" { 64 } else { 32 };
            if !(1..=max).contains(&n) {
                return Err(vm.value_error(format!("digest_size must be between 1 and {max} bytes")));
            }
            Some(n as usize)
        }
    };
    let Some(state) = State::new(name, size) else { return Err(vm.value_error(format!("unsupported hash type {name}"))) };
    let h = Hash { name, state: Mutex::new(state) };
    if let Some(d) = a.get(1).filter(|d| !matches!(d, Value::None)) {
        feed(vm, &h.state, d)?;
    }
    new_host_object(vm, Arc::new(h))
}

fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    let n = match vm.payload(v) {
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.len(),
        Some(Payload::Str(_)) | None => {
            return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
        }
        _ => {
            return match crate::builtins::types::memoryview::buffer_bytes(vm, v)? {
                Some(b) => Ok(b),
                None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
            }
        }
    };
    vm.reserve(n)?;
    crate::builtins::types::bytes::bytes_like(vm, v)
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn h_pbkdf2(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let name = algorithm(vm, a.arg(0))?;
    let password = bytes_arg(vm, a.arg(1))?;
    let salt = bytes_arg(vm, a.arg(2))?;
    let iterations = vm.index_i64(a.arg(3))?;
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    let Some(proto) = State::new(name, None) else { return Err(vm.value_error(format!("unsupported hash type {name}"))) };
    if proto.is_shake() {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    }
    let hlen = proto.digest_size();
    let dklen = match a.get(4) {
        Some(Value::None) | None => hlen as i64,
        Some(v) => vm.index_i64(v)?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dklen > (1 << 30) {
        return Err(vm.overflow_error("key length is too great."));
    }
    let dklen = dklen as usize;
    vm.reserve(dklen)?;
    // HMAC (RFC 2104) keyed with the password, built from the digest.
    let bs = proto.block_size();
    let mut key = if password.len() > bs {
        let mut h = proto.clone();
        h.update(&password);
        h.digest(0)
    } else {
        password
    };
    key.resize(bs, 0);
    let mut inner = proto.clone();
    inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = proto.clone();
    outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    let prf = |msg: &[u8]| -> Vec<u8> {
        let mut i = inner.clone();
        i.update(msg);
        let mut o = outer.clone();
        o.update(&i.digest(0));
        o.digest(0)
    };
    let blocks = dklen.div_ceil(hlen);
    let mut out = Vec::with_capacity(blocks * hlen);
    for block in 1..=blocks as u32 {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = prf(&msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            // Two compressions at least per round: charge a step each.
            vm.tick(4)?;
            u = prf(&u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
    }
    out.truncate(dklen);
    vm.new_bytes(out)
}

/// `compare_digest(a, b)`: equality in time independent of where the
/// inputs differ (for `hmac.compare_digest` and `secrets`).
fn h_compare_digest(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.arg(0), a.arg(1));
    let both_str = vm.str_of(x).is_some() && vm.str_of(y).is_some();
    let pair = if both_str {
        let (sx, sy) = (vm.str_of(x).unwrap_or(""), vm.str_of(y).unwrap_or(""));
        if !sx.is_ascii() || !sy.is_ascii() {
            return Err(vm.type_error("comparing strings with non-ASCII characters is not supported"));
        }
        (sx.as_bytes().to_vec(), sy.as_bytes().to_vec())
    } else {
        let bx = matches!(vm.payload(x), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
        let by = matches!(vm.payload(y), Some(Payload::Bytes(_) | Payload::ByteArray(_)));
        if !bx || !by {
            let bad = if bx { y } else { x };
            if bx || by {
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(bad))));
            }
            return Err(vm.type_error(format!(
                "unsupported operand types(s) or combination of types: '{}' and '{}'",
                vm.type_name(x),
                vm.type_name(y)
            )));
        }
        (crate::builtins::types::bytes::bytes_like(vm, x)?, crate::builtins::types::bytes::bytes_like(vm, y)?)
    };
    vm.tick_bytes(pair.0.len())?;
    let mut diff = (pair.0.len() != pair.1.len()) as u8;
    for (i, b) in pair.0.iter().enumerate() {
        diff |= b ^ pair.1.get(i).copied().unwrap_or(!b);
    }
    Ok(Value::Bool(diff == 0))
}

/// A generator of secret bytes keyed by entropy the host granted
/// (`Vm::entropy`): block `i` is SHA-512(key, i). Python code never sees
/// the key, so it cannot predict or replay what `secrets` hands out.
pub struct EntropyPool {
    key: [u8; 32],
    counter: u64,
}

impl EntropyPool {
    pub fn new(key: [u8; 32]) -> EntropyPool {
        EntropyPool { key, counter: 0 }
    }
    fn fill(&mut self, out: &mut Vec<u8>, n: usize) {
        while out.len() < n {
            let mut h = sha2::Sha512::new();
            Digest::update(&mut h, self.key);
            Digest::update(&mut h, self.counter.to_le_bytes());
            self.counter = self.counter.wrapping_add(1);
            let block = h.finalize();
            let take = (n - out.len()).min(block.len());
            out.extend_from_slice(&block[..take]);
        }
    }
}

/// `random_bytes(n)`: `n` secret bytes (`RuntimeError` without a grant).
fn h_random_bytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let n = vm.index_i64(a.arg(0))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    vm.reserve(n)?;
    vm.tick_bytes(n.saturating_mul(4))?;
    let mut out = Vec::with_capacity(n);
    match vm.entropy.as_mut() {
        Some(pool) => pool.fill(&mut out, n),
        None => return Err(vm.runtime_error("no entropy: the host did not grant a random source")),
    }
    vm.new_bytes(out)
}

/// `_pyx_hash`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_hash",
    functions: &[
        ("new", kw("name, data=None, digest_size=None"), h_new),
        ("pbkdf2_hmac", kw("hash_name, password, salt, iterations, dklen=None"), h_pbkdf2),
        ("compare_digest", kw("a, b, /"), h_compare_digest),
        ("random_bytes", kw("n, /"), h_random_bytes),
    ],
    ..NativeModule::EMPTY
};
