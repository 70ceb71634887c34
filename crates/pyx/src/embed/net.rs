//! Outgoing TCP connections as a capability the host grants (issue 15).
//!
//! The host side of pyx's `socket` module: Python code reaches the network
//! only through the native module `_pyx_net`, installed when the host
//! grants at least one endpoint ([`NetGrants`]). Names resolve here, on the
//! host; a grant names a host *as written* (a name or an IP literal) with
//! one port or any, and a grant for a name does not cover the addresses it
//! resolves to, nor the reverse. Blocking waits run in short slices that
//! poll the interpreter's interrupt and deadline flags, so `--max-time`
//! and the host's interrupt end a stalled read; received bytes are charged
//! to memory before they are buffered, and an optional byte cap bounds the
//! traffic of the whole interpreter.

use std::io::{ErrorKind, Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pyx_vm::host::{new_host_function, new_host_object, raise, register_module, HostObject};
use pyx_vm::Payload;
use pyx_vm::{Args, PyResult, Unwind, Vm};
use pyx_vm::Value;

use super::tls;

/// How long one blocking wait lasts before the interrupt flags are polled
/// again. Short enough that `--max-time` ends a stalled read promptly.
pub(super) const SLICE: Duration = Duration::from_millis(50);
/// The most one `recv` brings in at once.
const MAX_CHUNK: usize = 1 << 16;
/// A connection attempt without a timeout still gives up after this.
const DEFAULT_CONNECT: Duration = Duration::from_secs(30);

/// One granted endpoint: a host as written (or any host) and a port (or
/// any port).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetGrant {
    /// `None`: every host.
    host: Option<Host>,
    /// `None`: every port.
    port: Option<u16>,
}

/// A host as a grant or a program writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Host {
    /// A name, lower-cased, without a trailing dot.
    Name(String),
    /// An IP literal (`127.0.0.1`, `[::1]`), compared as an address.
    Ip(IpAddr),
}

impl Host {
    fn parse(s: &str) -> Option<Host> {
        let inner = s.strip_prefix('[').and_then(|r| r.strip_suffix(']'));
        if let Some(v6) = inner {
            return v6.parse::<std::net::Ipv6Addr>().ok().map(|a| Host::Ip(IpAddr::V6(a)));
        }
        if let Ok(ip) = s.parse::<IpAddr>() {
            return Some(Host::Ip(ip));
        }
        let name = s.trim_end_matches('.').to_ascii_lowercase();
        let ok = !name.is_empty()
            && name.len() <= 253
            && name.split('.').all(|l| !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        ok.then_some(Host::Name(name))
    }
}

impl NetGrant {
    /// Every outgoing connection (a bare `--allow-net`).
    pub fn any() -> NetGrant {
        NetGrant { host: None, port: None }
    }

    /// Parse `HOST`, `HOST:PORT`, `[V6]` or `[V6]:PORT` (`*` as HOST: any
    /// host). A bare IPv6 address without brackets is taken whole (any
    /// port).
    pub fn parse(s: &str) -> Result<NetGrant, String> {
        let bad = || format!("invalid network grant '{s}': expected HOST, HOST:PORT, [IPv6] or [IPv6]:PORT");
        let s = s.trim();
        let (host, port) = if s.starts_with('[') {
            match s.find(']') {
                Some(end) => {
                    let rest = &s[end + 1..];
                    let port = match rest.strip_prefix(':') {
                        Some(p) => Some(p),
                        None if rest.is_empty() => None,
                        None => return Err(bad()),
                    };
                    (&s[..=end], port)
                }
                None => return Err(bad()),
            }
        } else if s.matches(':').count() == 1 {
            let (h, p) = s.split_once(':').ok_or_else(bad)?;
            (h, Some(p))
        } else {
            (s, None)
        };
        let port = match port {
            None => None,
            Some(p) => Some(p.parse::<u16>().map_err(|_| bad())?),
        };
        let host = if host == "*" { None } else { Some(Host::parse(host).ok_or_else(bad)?) };
        Ok(NetGrant { host, port })
    }

    fn covers(&self, host: &Host, port: u16) -> bool {
        self.port.map_or(true, |p| p == port) && self.host.as_ref().map_or(true, |h| h == host)
    }
}

/// What an interpreter may reach on the network, and how much traffic it
/// may have.
pub struct NetGrants {
    grants: Vec<NetGrant>,
    /// Refused whatever `grants` say (`--deny-net`).
    denied: Vec<NetGrant>,
    max_bytes: Option<u64>,
    /// Shared with every narrowed copy: one traffic budget per
    /// interpreter tree.
    used: Arc<AtomicU64>,
}

impl NetGrants {
    pub fn new(grants: Vec<NetGrant>, max_bytes: Option<u64>) -> NetGrants {
        NetGrants { grants, denied: Vec::new(), max_bytes, used: Arc::new(AtomicU64::new(0)) }
    }

    /// These grants less `denied` (a denial wins over every grant).
    pub fn with_denied(mut self, denied: Vec<NetGrant>) -> NetGrants {
        self.denied = denied;
        self
    }

    /// Whether `host` (as the program wrote it) and `port` are granted.
    pub fn allows(&self, host: &str, port: u16) -> bool {
        match Host::parse(host) {
            Some(h) => self.grants.iter().any(|g| g.covers(&h, port)) && !self.denied.iter().any(|g| g.covers(&h, port)),
            None => false,
        }
    }

    /// A subset of these grants, for a child interpreter: each endpoint
    /// asked for must lie within one grant (same host or any host, same
    /// port or any port); the denials and the traffic budget carry over.
    pub fn narrowed(&self, wanted: &[&str]) -> Result<NetGrants, String> {
        let mut grants = Vec::new();
        for w in wanted {
            let g = NetGrant::parse(w)?;
            let within = self.grants.iter().any(|p| {
                (p.host.is_none() || (g.host.is_some() && p.host == g.host)) && (p.port.is_none() || (g.port.is_some() && p.port == g.port))
            });
            if !within {
                return Err(format!("cannot grant network endpoint '{w}': the creator does not have it"));
            }
            grants.push(g);
        }
        Ok(NetGrants { grants, denied: self.denied.clone(), max_bytes: self.max_bytes, used: self.used.clone() })
    }

    /// Count `n` bytes of traffic; `false` when that passes the cap.
    pub(super) fn spend(&self, n: usize) -> bool {
        let Some(max) = self.max_bytes else { return true };
        let before = self.used.fetch_add(n as u64, Ordering::Relaxed);
        before.saturating_add(n as u64) <= max
    }

    pub(super) fn left(&self) -> u64 {
        match self.max_bytes {
            Some(m) => m.saturating_sub(self.used.load(Ordering::Relaxed)),
            None => u64::MAX,
        }
    }
}

/// The endpoint as the program wrote it, for messages.
fn endpoint(host: &str, port: u16) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// Stop if the host interrupted the run or its deadline passed (or raise
/// `KeyboardInterrupt` for a pending Ctrl-C): force the VM's next tick to
/// poll its flags, without costing any step.
pub(super) fn poll_interrupt(vm: &mut Vm) -> PyResult<()> {
    vm.poll()
}

fn timeout_of(vm: &mut Vm, v: Value) -> PyResult<Option<Duration>> {
    let secs = match v {
        Value::None => return Ok(None),
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        Value::Float(f) => f,
        _ => return Err(vm.type_error(format!("'{}' object cannot be interpreted as a timeout", vm.type_name(v)))),
    };
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("Timeout value out of range"));
    }
    Ok(Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::from_secs(1 << 30))))
}

pub(super) fn io_err(vm: &mut Vm, e: &std::io::Error, what: &str) -> Unwind {
    let name = match e.kind() {
        ErrorKind::ConnectionRefused => "ConnectionRefusedError",
        ErrorKind::ConnectionReset => "ConnectionResetError",
        ErrorKind::ConnectionAborted => "ConnectionAbortedError",
        ErrorKind::BrokenPipe => "BrokenPipeError",
        ErrorKind::TimedOut | ErrorKind::WouldBlock => "TimeoutError",
        _ => "OSError",
    };
    let msg = match e.kind() {
        ErrorKind::ConnectionRefused => "[Errno 111] Connection refused".to_string(),
        ErrorKind::ConnectionReset => "[Errno 104] Connection reset by peer".to_string(),
        ErrorKind::BrokenPipe => "[Errno 32] Broken pipe".to_string(),
        ErrorKind::TimedOut | ErrorKind::WouldBlock => "timed out".to_string(),
        _ => format!("{what}: {e}"),
    };
    raise(vm, name, msg)
}

pub(super) fn is_wait(e: &std::io::Error) -> bool {
    matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted)
}

/// `_pyx_net.connect(host, port, timeout)`: a [`Connection`], or a
/// `("gaierror", message)` tuple when the name does not resolve (the
/// `socket` module raises its own `gaierror` for it).
fn connect(vm: &mut Vm, grants: &Arc<NetGrants>, a: Args<'_>) -> PyResult<Value> {
    let hv = a.get(0).unwrap_or(Value::None);
    let host = match vm.str_of(hv) {
        Some(s) => s.to_string(),
        None => return Err(vm.type_error(format!("str, bytes or bytearray expected, not {}", vm.type_name(hv)))),
    };
    let port = match a.get(1) {
        Some(Value::Int(p)) if (0..=65535).contains(&p) => p as u16,
        Some(Value::Int(_)) => return Err(raise(vm, "OverflowError", "connect(): port must be 0-65535.")),
        other => {
            let t = other.map(|v| vm.type_name(v).to_string()).unwrap_or_else(|| "NoneType".into());
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    let timeout = timeout_of(vm, a.get(2).unwrap_or(Value::None))?;
    if !grants.allows(&host, port) {
        return Err(raise(vm, "PermissionError", format!("pyx: no network grant for {} (grant it with --allow-net={})", endpoint(&host, port), endpoint(&host, port))));
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']').to_string();
    let addrs: Vec<SocketAddr> = match (bare.as_str(), port).to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(_) => return gai(vm, "[Errno -2] Name or service not known"),
    };
    if addrs.is_empty() {
        return gai(vm, "[Errno -2] Name or service not known");
    }
    let started = Instant::now();
    let limit = timeout.unwrap_or(DEFAULT_CONNECT);
    let mut last: Option<std::io::Error> = None;
    for addr in addrs {
        // Each attempt waits at most one slice, so the interrupt flags are
        // polled while a slow peer is being reached.
        loop {
            poll_interrupt(vm)?;
            let left = limit.saturating_sub(started.elapsed());
            if left.is_zero() {
                return Err(raise(vm, "TimeoutError", "timed out"));
            }
            match TcpStream::connect_timeout(&addr, left.min(SLICE)) {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    let conn = Connection { state: Mutex::new(ConnState { stream: Some(s), timeout, tls: None, secure: false, server_name: None }), grants: grants.clone() };
                    return new_host_object(vm, Arc::new(conn));
                }
                Err(e) if e.kind() == ErrorKind::TimedOut => continue,
                Err(e) => {
                    last = Some(e);
                    break;
                }
            }
        }
    }
    let e = last.unwrap_or_else(|| std::io::Error::from(ErrorKind::ConnectionRefused));
    Err(io_err(vm, &e, "connect"))
}

fn gai(vm: &mut Vm, msg: &str) -> PyResult<Value> {
    let k = vm.new_str("gaierror")?;
    let m = vm.new_str(msg)?;
    vm.new_tuple(vec![k, m])
}

struct ConnState {
    stream: Option<TcpStream>,
    timeout: Option<Duration>,
    /// The TLS session once `start_tls` ran. Taken out while an operation
    /// uses it (no lock is held across a poll of the interpreter, which
    /// may run Python code that uses this connection again).
    tls: Option<Box<rustls::ClientConnection>>,
    /// Whether the connection speaks TLS (`tls` may be out in use).
    secure: bool,
    /// The name the session was started for (for messages).
    server_name: Option<String>,
}

/// A connected TCP stream: the only way Python code talks to a peer.
pub struct Connection {
    state: Mutex<ConnState>,
    grants: Arc<NetGrants>,
}

const CONN_METHODS: &[&str] = &["send", "recv", "shutdown", "close", "settimeout", "gettimeout", "peer", "start_tls", "tls_info"];

impl Connection {
    fn stream(&self, vm: &mut Vm) -> PyResult<(TcpStream, Option<Duration>)> {
        let st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match &st.stream {
            Some(s) => match s.try_clone() {
                Ok(c) => Ok((c, st.timeout)),
                Err(e) => Err(io_err(vm, &e, "socket")),
            },
            None => Err(raise(vm, "OSError", "[Errno 9] Bad file descriptor")),
        }
    }

    /// Run `f` over the TLS session (taken out of the state meanwhile).
    fn with_tls<R>(&self, vm: &mut Vm, f: impl FnOnce(&mut Vm, &mut tls::TlsIo<'_>) -> PyResult<R>) -> PyResult<R> {
        let (mut stream, timeout) = self.stream(vm)?;
        let (mut session, name) = {
            let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
            match st.tls.take() {
                Some(t) => (t, st.server_name.clone()),
                None => return Err(raise(vm, "OSError", "pyx: this TLS connection is in use by another operation")),
            }
        };
        let r = {
            let mut io = tls::TlsIo { tls: &mut session, stream: &mut stream, grants: &self.grants, timeout, name: name.as_deref() };
            f(vm, &mut io)
        };
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if st.stream.is_some() {
            st.tls = Some(session);
        }
        r
    }

    fn is_secure(&self) -> bool {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).secure
    }

    fn recv(&self, vm: &mut Vm, n: usize) -> PyResult<Value> {
        if self.is_secure() {
            let want = n.min(MAX_CHUNK);
            let data = self.with_tls(vm, |vm, io| io.recv(vm, want))?;
            return vm.new_bytes(data);
        }
        let (mut s, timeout) = self.stream(vm)?;
        let left = self.grants.left();
        if left == 0 && n > 0 {
            return Err(raise(vm, "OSError", "pyx: network byte limit (--max-net-bytes) reached"));
        }
        let want = n.min(MAX_CHUNK).min(left.min(usize::MAX as u64) as usize);
        // Charge what may arrive before the buffer exists.
        vm.reserve(want)?;
        let mut buf = vec![0u8; want];
        let started = Instant::now();
        loop {
            poll_interrupt(vm)?;
            let slice = match timeout {
                Some(t) => {
                    let rest = t.saturating_sub(started.elapsed());
                    if rest.is_zero() {
                        return Err(raise(vm, "TimeoutError", "timed out"));
                    }
                    rest.min(SLICE)
                }
                None => SLICE,
            };
            let _ = s.set_read_timeout(Some(slice));
            match s.read(&mut buf) {
                Ok(got) => {
                    buf.truncate(got);
                    if !self.grants.spend(got) {
                        return Err(raise(vm, "OSError", "pyx: network byte limit (--max-net-bytes) reached"));
                    }
                    vm.tick_bytes(got)?;
                    return vm.new_bytes(buf);
                }
                Err(e) if is_wait(&e) => continue,
                Err(e) => return Err(io_err(vm, &e, "recv")),
            }
        }
    }

    fn send(&self, vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
        if self.is_secure() {
            let n = self.with_tls(vm, |vm, io| io.send(vm, data))?;
            return Ok(Value::Int(n as i64));
        }
        let (mut s, timeout) = self.stream(vm)?;
        if !self.grants.spend(data.len()) {
            return Err(raise(vm, "OSError", "pyx: network byte limit (--max-net-bytes) reached"));
        }
        let started = Instant::now();
        let mut sent = 0;
        while sent < data.len() {
            poll_interrupt(vm)?;
            let slice = match timeout {
                Some(t) => {
                    let rest = t.saturating_sub(started.elapsed());
                    if rest.is_zero() {
                        return Err(raise(vm, "TimeoutError", "timed out"));
                    }
                    rest.min(SLICE)
                }
                None => SLICE,
            };
            let _ = s.set_write_timeout(Some(slice));
            match s.write(&data[sent..]) {
                Ok(0) => return Err(raise(vm, "BrokenPipeError", "[Errno 32] Broken pipe")),
                Ok(k) => sent += k,
                Err(e) if is_wait(&e) => continue,
                Err(e) => return Err(io_err(vm, &e, "send")),
            }
            vm.tick_bytes(sent)?;
        }
        Ok(Value::Int(sent as i64))
    }
}

impl Connection {
    /// `start_tls(server_name, cas, default_roots, verify, tls12, tls13,
    /// alpn)`: make this a TLS client connection and run the handshake.
    /// `cas` is a list of `(is_pem, bytes)`; `verify` is 0 (nothing),
    /// 1 (chain only) or 2 (chain and name).
    fn start_tls(&self, vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
        let nv = a.get(0).unwrap_or(Value::None);
        let server_name = match nv {
            Value::None => None,
            v => match vm.str_of(v) {
                Some(s) if !s.is_empty() && s.len() <= 253 && !s.contains('\0') => Some(s.to_string()),
                Some(_) => return Err(vm.value_error("server_hostname cannot be an empty string, contain NUL or be longer than 253 characters")),
                None => return Err(vm.type_error(format!("server_hostname must be str or None, not '{}'", vm.type_name(v)))),
            },
        };
        let mut cas = Vec::new();
        let cv = a.get(1).unwrap_or(Value::None);
        let items = match vm.payload(cv) {
            Some(Payload::List(l)) => l.clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => return Err(vm.type_error("start_tls(): cas must be a list of (is_pem, bytes)")),
        };
        for it in items {
            let pair = match vm.payload(it) {
                Some(Payload::Tuple(t)) if t.len() == 2 => [t[0], t[1]],
                _ => return Err(vm.type_error("start_tls(): cas must be a list of (is_pem, bytes)")),
            };
            let is_pem = matches!(pair[0], Value::Bool(true));
            let data = match vm.payload(pair[1]) {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(b)) => b.clone(),
                _ => return Err(vm.type_error("start_tls(): cas must be a list of (is_pem, bytes)")),
            };
            vm.tick_bytes(data.len())?;
            cas.push((is_pem, data));
        }
        let flag = |i: usize| matches!(a.get(i), Some(Value::Bool(true)));
        let verify = match a.get(3) {
            Some(Value::Int(0)) => tls::Verify::Nothing,
            Some(Value::Int(1)) => tls::Verify::ChainOnly,
            Some(Value::Int(2)) => tls::Verify::Full,
            _ => return Err(vm.value_error("start_tls(): verify must be 0, 1 or 2")),
        };
        if verify == tls::Verify::Full && server_name.is_none() {
            return Err(vm.value_error("check_hostname requires server_hostname"));
        }
        let mut alpn = Vec::new();
        if let Some(v) = a.get(6) {
            if let Some(Payload::List(l)) = vm.payload(v) {
                for p in l.clone() {
                    match vm.payload(p) {
                        Some(Payload::Bytes(b)) if !b.is_empty() && b.len() < 256 => alpn.push(b.to_vec()),
                        _ => return Err(vm.value_error("start_tls(): bad ALPN protocol")),
                    }
                }
            }
        }
        let req = tls::TlsRequest { server_name: server_name.clone(), cas, default_roots: flag(2), verify, tls12: flag(4), tls13: flag(5), alpn };
        let (stream, _) = self.stream(vm)?;
        let peer = stream.peer_addr().map_err(|e| io_err(vm, &e, "getpeername"))?.ip();
        {
            let st = self.state.lock().unwrap_or_else(|p| p.into_inner());
            if st.secure {
                return Err(vm.value_error("pyx: this connection already speaks TLS"));
            }
        }
        let session = tls::new_session(vm, &req, peer)?;
        {
            let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
            st.tls = Some(Box::new(session));
            st.secure = true;
            st.server_name = server_name;
        }
        self.with_tls(vm, |vm, io| io.handshake(vm))?;
        Ok(Value::None)
    }

    /// `tls_info()`: `(version, cipher, bits, alpn, peer_der)`, or `None`
    /// before a TLS handshake.
    fn tls_info(&self, vm: &mut Vm) -> PyResult<Value> {
        let info = {
            let st = self.state.lock().unwrap_or_else(|p| p.into_inner());
            match &st.tls {
                Some(t) => tls::session_info(t),
                None => return Ok(Value::None),
            }
        };
        let (version, cipher, bits, alpn, peer) = info;
        let v = match version {
            Some(v) => vm.new_str(v)?,
            None => Value::None,
        };
        let c = match cipher {
            Some(c) => vm.new_str(&c)?,
            None => Value::None,
        };
        let al = match alpn {
            Some(b) => vm.new_bytes(b)?,
            None => Value::None,
        };
        let p = match peer {
            Some(b) => vm.new_bytes(b)?,
            None => Value::None,
        };
        vm.new_tuple(vec![v, c, Value::Int(bits as i64), al, p])
    }
}

impl HostObject for Connection {
    fn class_name(&self) -> &'static str {
        "Connection"
    }
    fn methods(&self) -> &'static [&'static str] {
        CONN_METHODS
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        match index {
            0 => {
                let v = a.get(0).unwrap_or(Value::None);
                let data = match vm.payload(v) {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    Some(Payload::ByteArray(b)) => b.clone(),
                    _ => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
                };
                self.send(vm, &data)
            }
            1 => {
                let n = match a.get(0) {
                    Some(Value::Int(n)) if n >= 0 => n as usize,
                    Some(Value::Int(_)) => return Err(vm.value_error("negative buffersize in recv")),
                    _ => return Err(vm.type_error("recv() argument must be an integer")),
                };
                self.recv(vm, n)
            }
            2 => {
                let how = match a.get(0) {
                    Some(Value::Int(0)) => Shutdown::Read,
                    Some(Value::Int(1)) => Shutdown::Write,
                    Some(Value::Int(2)) => Shutdown::Both,
                    _ => return Err(raise(vm, "OSError", "[Errno 22] Invalid argument")),
                };
                let (s, _) = self.stream(vm)?;
                s.shutdown(how).map_err(|e| io_err(vm, &e, "shutdown"))?;
                Ok(Value::None)
            }
            3 => {
                let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
                let stream = st.stream.as_ref().and_then(|s| s.try_clone().ok());
                if let (Some(t), Some(mut s)) = (st.tls.as_mut(), stream) {
                    {
                        let _ = s.set_write_timeout(Some(SLICE));
                        t.send_close_notify();
                        let _ = t.write_tls(&mut s);
                    }
                }
                st.tls = None;
                st.stream = None;
                Ok(Value::None)
            }
            4 => {
                let t = timeout_of(vm, a.get(0).unwrap_or(Value::None))?;
                self.state.lock().unwrap_or_else(|p| p.into_inner()).timeout = t;
                Ok(Value::None)
            }
            5 => {
                let t = self.state.lock().unwrap_or_else(|p| p.into_inner()).timeout;
                Ok(match t {
                    Some(d) => vm.new_float(d.as_secs_f64()),
                    None => Value::None,
                })
            }
            6 => {
                let (s, _) = self.stream(vm)?;
                let p = s.peer_addr().map_err(|e| io_err(vm, &e, "getpeername"))?;
                let h = vm.new_str(&p.ip().to_string())?;
                vm.new_tuple(vec![h, Value::Int(p.port() as i64)])
            }
            7 => self.start_tls(vm, a),
            8 => self.tls_info(vm),
            _ => Err(vm.type_error("no such method")),
        }
    }
    fn repr(&self) -> String {
        "<pyx network connection>".to_string()
    }
}

/// A set of grants as a capability a creator can hand to a child
/// interpreter (`_pyx_net.narrow([...])`, passed in `caps=`): `socket`
/// connects through it when the child has no `_pyx_net` of its own.
pub struct NetCap {
    grants: Arc<NetGrants>,
}

const CAP_METHODS: &[&str] = &["connect", "allowed", "narrow"];

impl HostObject for NetCap {
    fn class_name(&self) -> &'static str {
        "NetGrants"
    }
    fn methods(&self) -> &'static [&'static str] {
        CAP_METHODS
    }
    fn call_method(&self, vm: &mut Vm, index: usize, a: Args<'_>) -> PyResult<Value> {
        match index {
            0 => connect(vm, &self.grants, a),
            1 => allowed(vm, &self.grants, a),
            2 => narrow(vm, &self.grants, a),
            _ => Err(vm.type_error("no such method")),
        }
    }
    fn repr(&self) -> String {
        "<pyx network grants>".to_string()
    }
}

fn allowed(vm: &mut Vm, g: &NetGrants, a: Args<'_>) -> PyResult<Value> {
    let host = a.get(0).and_then(|v| vm.str_of(v).map(str::to_string)).unwrap_or_default();
    let port = match a.get(1) {
        Some(Value::Int(p)) if (0..=65535).contains(&p) => p as u16,
        _ => return Ok(Value::Bool(false)),
    };
    Ok(Value::Bool(g.allows(&host, port)))
}

/// `narrow(endpoints)`: a [`NetCap`] over a subset of these grants.
fn narrow(vm: &mut Vm, g: &NetGrants, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0).unwrap_or(Value::None);
    let items = match vm.payload(v) {
        Some(Payload::List(l)) => l.clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error(format!("narrow() argument must be a list of str, not '{}'", vm.type_name(v)))),
    };
    let mut wanted = Vec::new();
    for it in items {
        match vm.str_of(it) {
            Some(s) => wanted.push(s.to_string()),
            None => return Err(vm.type_error("narrow() argument must be a list of str")),
        }
    }
    let list: Vec<&str> = wanted.iter().map(String::as_str).collect();
    match g.narrowed(&list) {
        Ok(n) => new_host_object(vm, Arc::new(NetCap { grants: Arc::new(n) })),
        Err(m) => Err(raise(vm, "PermissionError", format!("pyx: {m}"))),
    }
}

/// Install `_pyx_net` (for the `socket` module) with these grants.
pub fn install(vm: &mut Vm, grants: Arc<NetGrants>) -> Result<(), Unwind> {
    let g = grants.clone();
    let connect_fn = new_host_function(vm, "connect", move |vm, a| connect(vm, &g, a))?;
    let g = grants.clone();
    let allowed_fn = new_host_function(vm, "allowed", move |vm, a| allowed(vm, &g, a))?;
    let g = grants.clone();
    let narrow_fn = new_host_function(vm, "narrow", move |vm, a| narrow(vm, &g, a))?;
    register_module(vm, "_pyx_net", vec![("connect".into(), connect_fn), ("allowed".into(), allowed_fn), ("narrow".into(), narrow_fn)])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grants(list: &[&str]) -> NetGrants {
        NetGrants::new(list.iter().map(|s| NetGrant::parse(s).unwrap()).collect(), None)
    }

    #[test]
    fn name_and_port() {
        let g = grants(&["example.com:80", "localhost"]);
        assert!(g.allows("example.com", 80));
        assert!(g.allows("EXAMPLE.com.", 80));
        assert!(!g.allows("example.com", 443));
        assert!(g.allows("localhost", 1));
        assert!(g.allows("localhost", 65535));
        assert!(!g.allows("sub.example.com", 80));
    }

    #[test]
    fn name_does_not_cover_address_nor_reverse() {
        let g = grants(&["localhost"]);
        assert!(!g.allows("127.0.0.1", 80));
        let g = grants(&["127.0.0.1:8080"]);
        assert!(!g.allows("localhost", 8080));
        assert!(g.allows("127.0.0.1", 8080));
    }

    #[test]
    fn ipv6_literals() {
        let g = grants(&["[::1]:9000", "[fe80::1]"]);
        assert!(g.allows("::1", 9000));
        assert!(g.allows("[0:0::1]", 9000));
        assert!(!g.allows("::1", 9001));
        assert!(g.allows("fe80::1", 5));
        let g = grants(&["::1"]);
        assert!(g.allows("::1", 7));
    }

    #[test]
    fn any_host_and_bad_grants() {
        let g = grants(&["*:80"]);
        assert!(g.allows("a.b", 80) && g.allows("10.0.0.1", 80) && !g.allows("a.b", 81));
        for bad in ["", "a:b", "a:70000", "[::1", "[::1]x", "exa mple.com", "a..b"] {
            assert!(NetGrant::parse(bad).is_err(), "{bad}");
        }
        assert!(!grants(&["a.b"]).allows("", 1));
    }

    #[test]
    fn denial_wins() {
        let g = grants(&["*"]).with_denied(vec![NetGrant::parse("10.0.0.1").unwrap(), NetGrant::parse("a.b:22").unwrap()]);
        assert!(!g.allows("10.0.0.1", 80) && !g.allows("a.b", 22));
        assert!(g.allows("a.b", 80) && g.allows("10.0.0.2", 80));
    }

    #[test]
    fn narrowing_gives_subsets_only() {
        let g = grants(&["localhost", "127.0.0.1:80"]).with_denied(vec![NetGrant::parse("localhost:22").unwrap()]);
        let n = g.narrowed(&["localhost:8080", "127.0.0.1:80"]).unwrap();
        assert!(n.allows("localhost", 8080) && n.allows("127.0.0.1", 80));
        assert!(!n.allows("localhost", 8081) && !n.allows("localhost", 22));
        for wider in ["127.0.0.1", "127.0.0.1:81", "*:80", "*", "example.com"] {
            assert!(g.narrowed(&[wider]).is_err(), "{wider}");
        }
        let any = grants(&["*"]).with_denied(vec![NetGrant::parse("10.0.0.1").unwrap()]);
        let n = any.narrowed(&["10.0.0.1:80"]).unwrap();
        assert!(!n.allows("10.0.0.1", 80), "a denial carries over");
    }

    #[test]
    fn byte_cap() {
        let g = NetGrants::new(vec![NetGrant::any()], Some(10));
        assert!(g.spend(6));
        assert_eq!(g.left(), 4);
        assert!(!g.spend(6));
    }
}
