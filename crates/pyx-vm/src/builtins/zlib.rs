//! `zlib`: DEFLATE compression over `flate2` (its pure-Rust `zlib-rs`
//! backend), with CPython's API and errors.
//!
//! Decompression is where a small input can ask for a huge output (a zip
//! bomb), so output grows in steps and each step is checked against the
//! interpreter's memory budget *before* the host buffer grows: over the
//! cap the run ends with the memory limit, and the host never holds more
//! than the budget allows. Every step's work is charged as fuel.

use std::sync::{Arc, Mutex};

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::object::heap::ObjRef;
use crate::interp::host::{new_host_object, HostObject};
use crate::interp::native::{kw, pos, Const, Decl, NativeModule};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Unwind, Vm};

const DEF_BUF_SIZE: usize = 16384;
/// The largest single growth step of an output buffer.
const MAX_STEP: usize = 1 << 20;
const ERROR_KEY: &str = "zlib.error";

fn zlib_error(vm: &mut Vm, msg: impl Into<String>) -> Unwind {
    match crate::interp::host::named(vm, ERROR_KEY) {
        Some(c) => vm.exc_msg(c, msg),
        None => vm.runtime_error(msg),
    }
}

/// Run `f` over the bytes of a bytes-like argument without copying them.
/// The buffer is moved out of its object for the call and put back after
/// (whatever `f` returns): `f` needs `vm` to charge work and memory, and
/// runs no Python code, so nothing can see the object meanwhile.
/// CPython converts the data argument first: its error comes before
/// those of the arguments after it.
fn require_bytes_like(vm: &mut Vm, v: Value) -> PyResult<()> {
    with_bytes(vm, v, |_, _| Ok(()))
}

fn with_bytes<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vm, &[u8]) -> PyResult<R>) -> PyResult<R> {
    let bad = |vm: &mut Vm| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)));
    let Value::Obj(r) = v else { return Err(bad(vm)) };
    match &mut vm.heap.get_mut(r).payload {
        Payload::Bytes(b) => {
            let data = std::mem::take(b);
            let out = f(vm, &data);
            if let Payload::Bytes(b) = &mut vm.heap.get_mut(r).payload {
                *b = data;
            }
            out
        }
        Payload::ByteArray(b) => {
            let data = std::mem::take(b);
            let out = f(vm, &data);
            if let Payload::ByteArray(b) = &mut vm.heap.get_mut(r).payload {
                *b = data;
            }
            out
        }
        _ => Err(bad(vm)),
    }
}

/// A C `int` argument (level, wbits, method, memLevel, strategy), or its
/// default when not given (the declarations name CPython's symbolic
/// defaults, `wbits=MAX_WBITS`, which the door leaves to the function).
fn int_arg(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => vm.c_int(v).map(i64::from),
        None => Ok(default),
    }
}

/// An output buffer that grows in chunks (never reallocated, so the host
/// never holds an old and a new copy at once), each charged to the heap
/// before it is allocated.
struct Out {
    chunks: Vec<Vec<u8>>,
    len: usize,
    charged: usize,
}

impl Out {
    fn new() -> Out {
        Out { chunks: Vec::new(), len: 0, charged: 0 }
    }

    /// Room for more output, at most `limit` bytes in all (0: no limit).
    /// `false`: the limit is reached.
    fn room(&mut self, vm: &mut Vm, limit: usize) -> PyResult<bool> {
        if limit > 0 && self.len >= limit {
            return Ok(false);
        }
        if let Some(last) = self.chunks.last() {
            if last.len() < last.capacity() {
                return Ok(true);
            }
        }
        let mut step = self.len.clamp(DEF_BUF_SIZE, MAX_STEP);
        if limit > 0 {
            step = step.min(limit - self.len);
        }
        vm.charge(step)?;
        self.charged += step;
        vm.tick_bytes(step)?;
        self.chunks.push(Vec::with_capacity(step));
        Ok(true)
    }

    fn last(&mut self) -> &mut Vec<u8> {
        if self.chunks.is_empty() {
            self.chunks.push(Vec::new());
        }
        let n = self.chunks.len() - 1;
        &mut self.chunks[n]
    }

    /// Bytes written since `before` (a `len` taken earlier) are counted.
    fn wrote(&mut self, n: usize) {
        self.len += n;
    }

    /// Give the charge back (the chunks are dropped with `self`).
    fn release(self, vm: &mut Vm) {
        vm.heap.uncharge(self.charged);
    }

    /// The whole output in one buffer: the memory for it is checked while
    /// the chunks are still charged, so chunks and copy fit the budget.
    fn join(self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        if let Err(e) = vm.reserve(self.len) {
            self.release(vm);
            return Err(e);
        }
        let mut v = Vec::with_capacity(self.len);
        for c in &self.chunks {
            v.extend_from_slice(c);
        }
        self.release(vm);
        Ok(v)
    }
}

enum Header {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    Auto(u8),
}

fn decompress_header(wbits: i64) -> Option<Header> {
    Some(match wbits {
        0 => Header::Zlib(15),
        8..=15 => Header::Zlib(wbits.max(9) as u8),
        -15..=-8 => Header::Raw((-wbits).max(9) as u8),
        24..=31 => Header::Gzip((wbits - 16).max(9) as u8),
        40..=47 => Header::Auto((wbits - 32).max(9) as u8),
        _ => return None,
    })
}

fn make_decompress(h: &Header, first: &[u8]) -> Decompress {
    match *h {
        Header::Zlib(w) => Decompress::new_with_window_bits(true, w),
        Header::Raw(w) => Decompress::new_with_window_bits(false, w),
        Header::Gzip(w) => Decompress::new_gzip(w),
        Header::Auto(w) => {
            if first.starts_with(&[0x1f, 0x8b]) {
                Decompress::new_gzip(w)
            } else {
                Decompress::new_with_window_bits(true, w)
            }
        }
    }
}

fn compress_header(wbits: i64, level: Compression) -> Option<Compress> {
    Some(match wbits {
        9..=15 => Compress::new_with_window_bits(level, true, wbits as u8),
        -15..=-9 => Compress::new_with_window_bits(level, false, (-wbits) as u8),
        25..=31 => Compress::new_gzip(level, (wbits - 16) as u8),
        _ => return None,
    })
}

fn level_of(vm: &mut Vm, v: Option<Value>) -> PyResult<Compression> {
    let l = int_arg(vm, v, -1)?;
    match l {
        -1 => Ok(Compression::default()),
        0..=9 => Ok(Compression::new(l as u32)),
        _ => Err(zlib_error(vm, "Bad compression level")),
    }
}

/// What one decompression pass did.
struct Inflated {
    out: Vec<u8>,
    consumed: usize,
    end: bool,
}

/// Inflate `input` until the stream ends, the input is used up, or `limit`
/// bytes are out (0: no limit).
fn inflate(vm: &mut Vm, d: &mut Decompress, input: &[u8], limit: usize, flush: FlushDecompress, zdict: Option<&[u8]>) -> PyResult<Inflated> {
    let mut out = Out::new();
    let start_in = d.total_in();
    match inflate_into(vm, d, input, limit, flush, zdict, &mut out, start_in) {
        Ok(end) => {
            let consumed = (d.total_in() - start_in) as usize;
            Ok(Inflated { out: out.join(vm)?, consumed, end })
        }
        Err(e) => {
            out.release(vm);
            Err(e)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn inflate_into(vm: &mut Vm, d: &mut Decompress, input: &[u8], limit: usize, flush: FlushDecompress, zdict: Option<&[u8]>, out: &mut Out, start_in: u64) -> PyResult<bool> {
    loop {
        if !out.room(vm, limit)? {
            return Ok(false);
        }
        let consumed = ((d.total_in() - start_in) as usize).min(input.len());
        let before = (d.total_in(), d.total_out());
        let r = d.decompress_vec(&input[consumed..], out.last(), flush);
        out.wrote((d.total_out() - before.1) as usize);
        match r {
            Ok(Status::StreamEnd) => return Ok(true),
            Ok(_) => {
                if (d.total_in(), d.total_out()) == before {
                    return Ok(false);
                }
            }
            Err(e) => {
                // A stream made with a preset dictionary asks for it first.
                if let (Some(_), Some(z)) = (e.needs_dictionary(), zdict) {
                    if d.set_dictionary(z).is_ok() {
                        continue;
                    }
                }
                if e.needs_dictionary().is_some() {
                    return Err(zlib_error(vm, "Error 2 while decompressing data"));
                }
                let msg = e.message().unwrap_or("invalid stream").to_string();
                return Err(zlib_error(vm, format!("Error -3 while decompressing data: {msg}")));
            }
        }
    }
}

/// Deflate `input` with `flush`, growing the output as needed.
fn deflate(vm: &mut Vm, c: &mut Compress, input: &[u8], flush: FlushCompress) -> PyResult<Vec<u8>> {
    let mut out = Out::new();
    match deflate_into(vm, c, input, flush, &mut out) {
        Ok(()) => out.join(vm),
        Err(e) => {
            out.release(vm);
            Err(e)
        }
    }
}

fn deflate_into(vm: &mut Vm, c: &mut Compress, input: &[u8], flush: FlushCompress, out: &mut Out) -> PyResult<()> {
    let start_in = c.total_in();
    vm.tick_bytes(input.len())?;
    loop {
        out.room(vm, 0)?;
        let consumed = ((c.total_in() - start_in) as usize).min(input.len());
        let before = c.total_out();
        let r = c.compress_vec(&input[consumed..], out.last(), flush);
        out.wrote((c.total_out() - before) as usize);
        match r {
            Ok(Status::StreamEnd) => return Ok(()),
            Ok(_) => {
                // As zlib: finished when all input is in and the output
                // buffer was not filled.
                let consumed = (c.total_in() - start_in) as usize;
                let last = out.last();
                if consumed == input.len() && last.len() < last.capacity() {
                    return Ok(());
                }
            }
            Err(e) => return Err(zlib_error(vm, format!("Error -2 while compressing data: {e}"))),
        }
    }
}

fn new_bytes_from(vm: &mut Vm, v: Vec<u8>) -> PyResult<Value> {
    // `v` has exactly its length as capacity (`Out::join`): no copy here.
    vm.new_bytes(v)
}

/// `compress(data, /, level=-1, wbits=15)`.
fn z_compress(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    require_bytes_like(vm, a.arg(0))?;
    let level = level_of(vm, a.get(1))?;
    let wbits = int_arg(vm, a.get(2), 15)?;
    let Some(mut c) = compress_header(wbits, level) else { return Err(zlib_error(vm, "Bad compression level")) };
    let out = with_bytes(vm, a.arg(0), |vm, data| deflate(vm, &mut c, data, FlushCompress::Finish))?;
    new_bytes_from(vm, out)
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn z_decompress(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    require_bytes_like(vm, a.arg(0))?;
    let wbits = int_arg(vm, a.get(1), 15)?;
    let bufsize = match a.get(2) {
        Some(v) => vm.index_i64(v)?,
        None => DEF_BUF_SIZE as i64,
    };
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let Some(h) = decompress_header(wbits) else {
        return Err(zlib_error(vm, "Error -2 while preparing to decompress data: inconsistent stream state"));
    };
    let res = with_bytes(vm, a.arg(0), |vm, data| {
        let mut d = make_decompress(&h, data);
        inflate(vm, &mut d, data, 0, FlushDecompress::Finish, None)
    })?;
    if !res.end {
        return Err(zlib_error(vm, "Error -5 while decompressing data: incomplete or truncated stream"));
    }
    new_bytes_from(vm, res.out)
}

// ----- compressobj ----------------------------------------------------------

struct CompressState {
    c: Compress,
    finished: bool,
}

struct CompressObj(Mutex<CompressState>);

const COMPRESS_METHODS: &[&str] = &["compress", "flush"];

impl HostObject for CompressObj {
    fn class_name(&self) -> &'static str {
        "Compress"
    }
    fn methods(&self) -> &'static [&'static str] {
        COMPRESS_METHODS
    }
    fn decls(&self) -> &'static [Decl] {
        { const D: &[Decl] = &[kw("data, /"), kw("mode=zlib.Z_FINISH, /")]; D }
    }
    fn module(&self) -> &'static str {
        "zlib"
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        // Arguments are converted before the state is locked: an
        // `__index__` may call back into this object.
        match index {
            0 => {
                let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
                if st.finished {
                    return Err(zlib_error(vm, "Error -2 while compressing data: inconsistent stream state"));
                }
                let out = with_bytes(vm, a.arg(0), |vm, data| deflate(vm, &mut st.c, data, FlushCompress::None))?;
                drop(st);
                new_bytes_from(vm, out)
            }
            _ => {
                let mode = int_arg(vm, a.get(0), 4)?;
                let flush = match mode {
                    0 => return vm.new_bytes(Vec::new()),
                    1 => FlushCompress::Partial,
                    2 => FlushCompress::Sync,
                    3 => FlushCompress::Full,
                    4 => FlushCompress::Finish,
                    _ => FlushCompress::Sync,
                };
                let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
                if st.finished {
                    return Err(zlib_error(vm, "Error -2 while flushing: inconsistent stream state"));
                }
                let out = deflate(vm, &mut st.c, &[], flush)?;
                if mode == 4 {
                    st.finished = true;
                }
                drop(st);
                new_bytes_from(vm, out)
            }
        }
    }
    fn repr(&self) -> String {
        "<zlib.Compress object>".to_string()
    }
    fn size(&self) -> usize {
        // zlib's deflate state: window, hash chains and pending buffer.
        300 << 10
    }
}

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`.
fn z_compressobj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let level = level_of(vm, a.get(0))?;
    let method = int_arg(vm, a.get(1), 8)?;
    let wbits = int_arg(vm, a.get(2), 15)?;
    let mem = int_arg(vm, a.get(3), 8)?;
    let strategy = int_arg(vm, a.get(4), 0)?;
    if method != 8 || !(1..=9).contains(&mem) || !(0..=4).contains(&strategy) {
        return Err(vm.value_error("Invalid initialization option"));
    }
    let Some(mut c) = compress_header(wbits, level) else { return Err(vm.value_error("Invalid initialization option")) };
    if let Some(z) = a.get(5).filter(|z| !matches!(z, Value::None)) {
        let r = with_bytes(vm, z, |_, d| Ok(c.set_dictionary(d).is_ok()))?;
        if !r {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    vm.reserve(300 << 10)?;
    new_host_object(vm, Arc::new(CompressObj(Mutex::new(CompressState { c, finished: false }))))
}

// ----- decompressobj --------------------------------------------------------

struct DecompressState {
    header: Header,
    d: Option<Decompress>,
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

struct DecompressObj(Mutex<DecompressState>);

const DECOMPRESS_METHODS: &[&str] = &["decompress", "flush"];

impl DecompressState {
    /// Feed `data`; at most `limit` bytes out (0: all).
    fn feed(&mut self, vm: &mut Vm, data: &[u8], limit: usize, flush: FlushDecompress) -> PyResult<Vec<u8>> {
        if self.eof {
            vm.reserve(self.unused_data.len() + data.len())?;
            self.unused_data.extend_from_slice(data);
            return Ok(Vec::new());
        }
        if self.d.is_none() {
            if data.is_empty() {
                return Ok(Vec::new());
            }
            self.d = Some(make_decompress(&self.header, data));
        }
        let Some(d) = self.d.as_mut() else { return Ok(Vec::new()) };
        let res = inflate(vm, d, data, limit, flush, self.zdict.as_deref())?;
        let rest = &data[res.consumed.min(data.len())..];
        if res.end {
            self.eof = true;
            vm.reserve(self.unused_data.len() + rest.len())?;
            self.unused_data.extend_from_slice(rest);
            self.unconsumed_tail.clear();
        } else {
            vm.reserve(rest.len())?;
            self.unconsumed_tail = rest.to_vec();
        }
        Ok(res.out)
    }
}

impl HostObject for DecompressObj {
    fn class_name(&self) -> &'static str {
        "Decompress"
    }
    fn methods(&self) -> &'static [&'static str] {
        DECOMPRESS_METHODS
    }
    fn decls(&self) -> &'static [Decl] {
        { const D: &[Decl] = &[kw("data, /, max_length=0"), kw("length=zlib.DEF_BUF_SIZE, /")]; D }
    }
    fn module(&self) -> &'static str {
        "zlib"
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        // Arguments are converted before the state is locked: an
        // `__index__` may call back into this object.
        match index {
            0 => {
                let (d, max_length) = (a.arg(0), a.get(1));
                require_bytes_like(vm, d)?;
                let limit = match max_length {
                    Some(v) => vm.index_i64(v)?,
                    None => 0,
                };
                if limit < 0 {
                    return Err(vm.value_error("max_length must be non-negative"));
                }
                let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
                let out = with_bytes(vm, d, |vm, data| st.feed(vm, data, limit as usize, FlushDecompress::Sync))?;
                drop(st);
                new_bytes_from(vm, out)
            }
            _ => {
                let length = match a.get(0) {
                    Some(v) => vm.index_i64(v)?,
                    None => DEF_BUF_SIZE as i64,
                };
                if length <= 0 {
                    return Err(vm.value_error("length must be greater than zero"));
                }
                let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
                let tail = std::mem::take(&mut st.unconsumed_tail);
                let out = st.feed(vm, &tail, 0, FlushDecompress::Finish)?;
                drop(st);
                new_bytes_from(vm, out)
            }
        }
    }
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let st = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match name {
            "eof" => Some(Ok(Value::Bool(st.eof))),
            "unused_data" => {
                let v = st.unused_data.clone();
                drop(st);
                Some(vm.new_bytes(v))
            }
            "unconsumed_tail" => {
                let v = st.unconsumed_tail.clone();
                drop(st);
                Some(vm.new_bytes(v))
            }
            _ => None,
        }
    }
    fn repr(&self) -> String {
        "<zlib.Decompress object>".to_string()
    }
    fn size(&self) -> usize {
        // zlib's inflate state and window.
        48 << 10
    }
}

/// `decompressobj(wbits=15, zdict=b'')`.
fn z_decompressobj(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let wbits = int_arg(vm, a.get(0), 15)?;
    let zdict = match a.get(1).filter(|z| !matches!(z, Value::None)) {
        Some(z) => match with_bytes(vm, z, |_, d| Ok(d.to_vec())) {
            Ok(d) => Some(d),
            Err(_) => return Err(vm.type_error("zdict argument must support the buffer protocol")),
        },
        None => None,
    };
    let Some(header) = decompress_header(wbits) else { return Err(vm.value_error("Invalid initialization option")) };
    vm.reserve(48 << 10)?;
    let st = DecompressState { header, d: None, zdict, unused_data: Vec::new(), unconsumed_tail: Vec::new(), eof: false };
    new_host_object(vm, Arc::new(DecompressObj(Mutex::new(st))))
}

// ----- checksums ------------------------------------------------------------

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static CRC_TABLE: [u32; 256] = crc_table();

/// CRC-32 (the zlib/PNG polynomial) of `data`, continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 of `data`, continuing from `adler`.
pub fn adler32(data: &[u8], adler: u32) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// A start value as C's `unsigned int` conversion takes it (mod 2**32).
fn start_value(vm: &mut Vm, v: Value) -> PyResult<u32> {
    match v {
        Value::Int(i) => Ok(i as u32),
        Value::Bool(b) => Ok(b as u32),
        _ => match vm.to_bigint(v) {
            Some(big) => {
                let m: num_bigint::BigInt = big & num_bigint::BigInt::from(u32::MAX);
                Ok(u32::try_from(m).unwrap_or(0))
            }
            None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    }
}

fn z_crc32(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    require_bytes_like(vm, a.arg(0))?;
    let start = start_value(vm, a.arg(1))?;
    let r = with_bytes(vm, a.arg(0), |vm, d| {
        vm.tick_bytes(d.len())?;
        Ok(crc32(d, start))
    })?;
    Ok(Value::Int(r as i64))
}

fn z_adler32(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    require_bytes_like(vm, a.arg(0))?;
    let start = start_value(vm, a.arg(1))?;
    let r = with_bytes(vm, a.arg(0), |vm, d| {
        vm.tick_bytes(d.len())?;
        Ok(adler32(d, start))
    })?;
    Ok(Value::Int(r as i64))
}

fn make_error_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let base = vm.temp_roots.len();
    let n = vm.new_str("error")?;
    vm.temp_roots.push(n);
    let r = (|| {
        let bases = vm.new_tuple(vec![Value::Obj(vm.t.exception)])?;
        vm.temp_roots.push(bases);
        let ns = vm.new_dict()?;
        vm.temp_roots.push(Value::Obj(ns));
        let mk = vm.intern("__module__");
        let mv = vm.new_str("zlib")?;
        vm.dict_set(ns, Value::Obj(mk), mv)?;
        let ty = Value::Obj(vm.t.type_);
        vm.call(ty, &[n, bases, Value::Obj(ns)])
    })();
    vm.temp_roots.truncate(base);
    match r? {
        Value::Obj(c) => Ok(c),
        _ => Err(vm.runtime_error("could not make zlib.error")),
    }
}

/// `zlib`.
pub static MODULE: NativeModule = NativeModule {
    name: "zlib",
    functions: &[
        ("compress", kw("data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS"), z_compress),
        ("decompress", kw("data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE"), z_decompress),
        (
            "compressobj",
            kw("level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None"),
            z_compressobj,
        ),
        ("decompressobj", kw("wbits=MAX_WBITS, zdict=b''"), z_decompressobj),
        ("crc32", pos("data, value=0"), z_crc32),
        ("adler32", pos("data, value=1"), z_adler32),
    ],
    constants: &[
        ("DEFLATED", Const::Int(8)), ("DEF_BUF_SIZE", Const::Int(16384)), ("DEF_MEM_LEVEL", Const::Int(8)), ("MAX_WBITS", Const::Int(15)),
        ("Z_BEST_COMPRESSION", Const::Int(9)), ("Z_BEST_SPEED", Const::Int(1)), ("Z_BLOCK", Const::Int(5)), ("Z_DEFAULT_COMPRESSION", Const::Int(-1)),
        ("Z_DEFAULT_STRATEGY", Const::Int(0)), ("Z_FILTERED", Const::Int(1)), ("Z_FINISH", Const::Int(4)), ("Z_FIXED", Const::Int(4)),
        ("Z_FULL_FLUSH", Const::Int(3)), ("Z_HUFFMAN_ONLY", Const::Int(2)), ("Z_NO_COMPRESSION", Const::Int(0)), ("Z_NO_FLUSH", Const::Int(0)),
        ("Z_PARTIAL_FLUSH", Const::Int(1)), ("Z_RLE", Const::Int(3)), ("Z_SYNC_FLUSH", Const::Int(2)), ("Z_TREES", Const::Int(6)),
        ("ZLIB_VERSION", Const::Str("1.2.13")), ("ZLIB_RUNTIME_VERSION", Const::Str("1.2.13")),
    ],
    init: Some(add_error_class),
    ..NativeModule::EMPTY
};

/// `zlib.error`, also kept where the functions raising it find it.
fn add_error_class(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let Some(d) = vm.heap.get(m).dict else { return Ok(()) };
    let err = make_error_class(vm)?;
    crate::interp::host::register_named(vm, ERROR_KEY, err);
    let k = vm.intern("error");
    vm.dict_set(d, Value::Obj(k), Value::Obj(err))
}
