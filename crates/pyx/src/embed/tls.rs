//! TLS on a granted connection (issue 15): the host side of pyx's `ssl`.
//!
//! A [`super::net::Connection`] becomes a TLS client when the `ssl`
//! module calls its `start_tls` method; the session (keys, buffers) lives
//! here, on the host, in a rustls [`ClientConnection`]; Python code only
//! ever sees plaintext and a few facts about the session (version, cipher,
//! the peer's certificate as DER). Certificates are verified by
//! rustls-webpki against the roots the program names: Mozilla's set
//! compiled into the binary (`webpki-roots`, so nothing is read from the
//! host's disk) and/or CA certificates the program hands over as bytes —
//! which it can only have read through a file capability it was granted.
//!
//! Failures are raised as `OSError` whose message is CPython's text
//! (`[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ...`); the
//! `ssl` module turns them into `SSLCertVerificationError`, `SSLEOFError`
//! or `SSLError` by that prefix.

use std::io::{Read, Write};
use std::net::{IpAddr, TcpStream};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{ring, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore, SignatureScheme};

use pyx_vm::host::raise;
use pyx_vm::{PyResult, Unwind, Vm};

use super::net::{io_err, is_wait, poll_interrupt, NetGrants, SLICE};

/// The `_ssl.c` location CPython 3.11 puts at the end of its messages.
const WHERE: &str = "(_ssl.c:992)";
/// What a TLS session may hold in buffers at once (records being
/// decrypted, handshake state), charged to memory when it starts.
pub const SESSION_BYTES: usize = 64 * 1024;
/// At most this many CA certificates in one context (a program's own
/// `cadata`; Mozilla's set is about 150).
const MAX_CAS: usize = 4096;

/// How the program wants the peer checked (CPython's `verify_mode` and
/// `check_hostname`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verify {
    /// `CERT_REQUIRED` with `check_hostname`: chain and name.
    Full,
    /// `CERT_REQUIRED` without `check_hostname`: the chain only.
    ChainOnly,
    /// `CERT_NONE`: nothing (the handshake's signatures still are).
    Nothing,
}

/// What `start_tls` needs, already checked by the caller.
pub struct TlsRequest {
    /// The name the peer's certificate must carry (also sent as SNI), or
    /// `None` (no SNI; only allowed when the name is not checked).
    pub server_name: Option<String>,
    /// CA certificates the program loaded: `(is_pem, bytes)`.
    pub cas: Vec<(bool, Vec<u8>)>,
    /// Also trust Mozilla's roots (`load_default_certs`).
    pub default_roots: bool,
    pub verify: Verify,
    pub tls12: bool,
    pub tls13: bool,
    pub alpn: Vec<Vec<u8>>,
}

// ring's provider is deprecated only for lacking post-quantum key
// exchange; aws-lc-rs (which has it) needs cmake and a C toolchain to build.
#[allow(deprecated)]
fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(ring::default_provider())).clone()
}

/// An `ssl.SSLError` message (the `ssl` module picks the class by it).
fn ssl_err(vm: &mut Vm, lib_reason: &str, text: &str) -> Unwind {
    raise(vm, "OSError", format!("[SSL: {lib_reason}] {text} {WHERE}"))
}

/// The roots a context trusts, parsed from what the program loaded.
fn root_store(vm: &mut Vm, req: &TlsRequest) -> PyResult<RootCertStore> {
    let mut store = RootCertStore::empty();
    if req.default_roots {
        store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    for (is_pem, data) in &req.cas {
        let ders: Vec<CertificateDer<'static>> = if *is_pem {
            let mut v = Vec::new();
            for c in CertificateDer::pem_slice_iter(data) {
                match c {
                    Ok(c) => v.push(c),
                    Err(_) => return Err(raise(vm, "OSError", format!("[X509: PEM_LIB] PEM lib {WHERE}"))),
                }
                if v.len() > MAX_CAS {
                    break;
                }
            }
            v
        } else {
            split_der(data).ok_or_else(|| raise(vm, "OSError", format!("[X509: NOT_ENOUGH_DATA] not enough data {WHERE}")))?
        };
        if ders.is_empty() {
            return Err(raise(vm, "OSError", format!("[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found {WHERE}")));
        }
        for d in ders {
            if store.len() > MAX_CAS + webpki_roots::TLS_SERVER_ROOTS.len() {
                return Err(vm.value_error(format!("pyx: at most {MAX_CAS} CA certificates per SSL context")));
            }
            if store.add(d).is_err() {
                return Err(raise(vm, "OSError", format!("[X509: BAD_CERTIFICATE] not a usable CA certificate {WHERE}")));
            }
        }
    }
    Ok(store)
}

/// Split concatenated DER certificates (`cadata` as bytes) by their
/// outer SEQUENCE lengths.
fn split_der(mut data: &[u8]) -> Option<Vec<CertificateDer<'static>>> {
    let mut out = Vec::new();
    while !data.is_empty() {
        if data.len() < 2 || data[0] != 0x30 || out.len() > MAX_CAS {
            return None;
        }
        let (len, head) = match data[1] {
            n if n < 0x80 => (n as usize, 2),
            0x81 => (*data.get(2)? as usize, 3),
            0x82 => (((*data.get(2)? as usize) << 8) | *data.get(3)? as usize, 4),
            0x83 => (((*data.get(2)? as usize) << 16) | ((*data.get(3)? as usize) << 8) | *data.get(4)? as usize, 5),
            _ => return None,
        };
        let end = (head as usize).checked_add(len)?;
        if end > data.len() {
            return None;
        }
        out.push(CertificateDer::from(data[..end].to_vec()));
        data = &data[end..];
    }
    Some(out)
}

/// rustls' verifier, told how much of its verdict the program asked for.
#[derive(Debug)]
struct ProgramVerifier {
    /// `None` when no CA is trusted at all: every chain fails.
    chain: Option<Arc<WebPkiServerVerifier>>,
    verify: Verify,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for ProgramVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if self.verify == Verify::Nothing {
            return Ok(ServerCertVerified::assertion());
        }
        let Some(chain) = &self.chain else {
            return Err(rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer));
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            // webpki checks the name after the chain: a name error means
            // the chain itself was good.
            Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }))
                if self.verify == Verify::ChainOnly =>
            {
                Ok(ServerCertVerified::assertion())
            }
            r => r,
        }
    }

    fn verify_tls12_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// A client session for `req`, not yet started. `peer` names the server
/// when the program gave no `server_hostname` (then no SNI is sent).
pub fn new_session(vm: &mut Vm, req: &TlsRequest, peer: IpAddr) -> PyResult<ClientConnection> {
    vm.reserve(SESSION_BYTES)?;
    let store = root_store(vm, req)?;
    let provider = provider();
    let chain = if store.is_empty() {
        None
    } else {
        match WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider.clone()).build() {
            Ok(v) => Some(v),
            Err(e) => return Err(ssl_err(vm, "CERTIFICATE_VERIFY_FAILED", &format!("certificate verify failed: {e}"))),
        }
    };
    let verifier = Arc::new(ProgramVerifier { chain, verify: req.verify, provider: provider.clone() });
    let mut versions: Vec<&'static rustls::SupportedProtocolVersion> = Vec::new();
    if req.tls13 {
        versions.push(&rustls::version::TLS13);
    }
    if req.tls12 {
        versions.push(&rustls::version::TLS12);
    }
    if versions.is_empty() {
        return Err(ssl_err(vm, "NO_PROTOCOLS_AVAILABLE", "no protocols available"));
    }
    let builder = match ClientConfig::builder_with_provider(provider).with_protocol_versions(&versions) {
        Ok(b) => b,
        Err(e) => return Err(ssl_err(vm, "NO_PROTOCOLS_AVAILABLE", &e.to_string())),
    };
    let mut config = builder.dangerous().with_custom_certificate_verifier(verifier).with_no_client_auth();
    config.alpn_protocols = req.alpn.clone();
    let name = match &req.server_name {
        Some(n) => {
            let bare = n.trim_start_matches('[').trim_end_matches(']');
            match ServerName::try_from(bare.to_string()) {
                Ok(s) => s,
                Err(_) => return Err(vm.value_error(format!("invalid server_hostname {n:?}"))),
            }
        }
        None => ServerName::IpAddress(peer.into()),
    };
    // An IP name (also the peer's, when no name was given) sends no SNI.
    ClientConnection::new(Arc::new(config), name).map_err(|e| tls_error(vm, &e, req.server_name.as_deref()))
}

/// CPython's message for a rustls failure.
pub fn tls_error(vm: &mut Vm, e: &rustls::Error, name: Option<&str>) -> Unwind {
    use rustls::Error as E;
    let verify = |vm: &mut Vm, text: &str| ssl_err(vm, "CERTIFICATE_VERIFY_FAILED", &format!("certificate verify failed: {text}"));
    match e {
        E::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer => verify(vm, "unable to get local issuer certificate"),
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                let n = name.unwrap_or("").trim_start_matches('[').trim_end_matches(']');
                if n.parse::<IpAddr>().is_ok() {
                    verify(vm, &format!("IP address mismatch, certificate is not valid for '{n}'."))
                } else {
                    verify(vm, &format!("Hostname mismatch, certificate is not valid for '{n}'."))
                }
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => verify(vm, "certificate has expired"),
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => verify(vm, "certificate is not yet valid"),
            CertificateError::Revoked => verify(vm, "certificate revoked"),
            CertificateError::BadSignature => verify(vm, "certificate signature failure"),
            CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => verify(vm, "unsupported certificate purpose"),
            other => verify(vm, &format!("unspecified certificate verification error ({other:?})")),
        },
        E::AlertReceived(a) => {
            let words = alert_words(&format!("{a:?}"));
            ssl_err(vm, &format!("TLSV1_ALERT_{}", words.to_ascii_uppercase().replace(' ', "_")), &format!("tlsv1 alert {words}"))
        }
        E::InvalidMessage(_) => ssl_err(vm, "WRONG_VERSION_NUMBER", "wrong version number"),
        E::PeerIncompatible(_) | E::NoCertificatesPresented => ssl_err(vm, "SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure"),
        other => ssl_err(vm, "INTERNAL_ERROR", &format!("{other}")),
    }
}

/// `HandshakeFailure` → `handshake failure`.
fn alert_words(debug: &str) -> String {
    let mut s = String::new();
    let mut prev_lower = false;
    for ch in debug.chars() {
        if ch.is_ascii_uppercase() && prev_lower {
            s.push(' ');
        }
        prev_lower = ch.is_ascii_lowercase();
        s.push(ch.to_ascii_lowercase());
    }
    s
}

/// How long the next blocking wait may last, or a timeout error.
fn slice(vm: &mut Vm, timeout: Option<Duration>, started: Instant) -> PyResult<Duration> {
    match timeout {
        Some(t) => {
            let rest = t.saturating_sub(started.elapsed());
            if rest.is_zero() {
                return Err(raise(vm, "TimeoutError", "timed out"));
            }
            Ok(rest.min(SLICE))
        }
        None => Ok(SLICE),
    }
}

/// The I/O a TLS session does over its TCP stream, in slices that poll
/// the interpreter's interrupt and deadline.
pub struct TlsIo<'a> {
    pub tls: &'a mut ClientConnection,
    pub stream: &'a mut TcpStream,
    pub grants: &'a NetGrants,
    pub timeout: Option<Duration>,
    pub name: Option<&'a str>,
}

impl TlsIo<'_> {
    /// Send everything rustls has queued.
    fn flush(&mut self, vm: &mut Vm, started: Instant) -> PyResult<()> {
        while self.tls.wants_write() {
            poll_interrupt(vm)?;
            let s = slice(vm, self.timeout, started)?;
            let _ = self.stream.set_write_timeout(Some(s));
            match self.tls.write_tls(self.stream) {
                Ok(0) => return Err(raise(vm, "BrokenPipeError", "[Errno 32] Broken pipe")),
                Ok(n) => {
                    if !self.grants.spend(n) {
                        return Err(raise(vm, "OSError", "pyx: network byte limit (--max-net-bytes) reached"));
                    }
                    vm.tick_bytes(n)?;
                }
                Err(e) if is_wait(&e) => continue,
                Err(e) => return Err(io_err(vm, &e, "send")),
            }
        }
        Ok(())
    }

    /// Bring in more TLS records; `true` at the end of the stream.
    fn fill(&mut self, vm: &mut Vm, started: Instant) -> PyResult<bool> {
        loop {
            poll_interrupt(vm)?;
            if self.grants.left() == 0 {
                return Err(raise(vm, "OSError", "pyx: network byte limit (--max-net-bytes) reached"));
            }
            let s = slice(vm, self.timeout, started)?;
            let _ = self.stream.set_read_timeout(Some(s));
            match self.tls.read_tls(self.stream) {
                Ok(0) => return Ok(true),
                Ok(n) => {
                    if !self.grants.spend(n) {
                        return Err(raise(vm, "OSError", "pyx: network byte limit (--max-net-bytes) reached"));
                    }
                    vm.tick_bytes(n)?;
                    if let Err(e) = self.tls.process_new_packets() {
                        // Tell the peer why before giving up (an alert).
                        let _ = self.tls.write_tls(self.stream);
                        return Err(tls_error(vm, &e, self.name));
                    }
                    return Ok(false);
                }
                Err(e) if is_wait(&e) => continue,
                Err(e) => return Err(io_err(vm, &e, "recv")),
            }
        }
    }

    /// Run the handshake to its end.
    pub fn handshake(&mut self, vm: &mut Vm) -> PyResult<()> {
        let started = Instant::now();
        while self.tls.is_handshaking() {
            self.flush(vm, started)?;
            if !self.tls.is_handshaking() {
                break;
            }
            if !self.tls.wants_read() {
                // Neither side has anything to say: never spin.
                return Err(ssl_err(vm, "INTERNAL_ERROR", "handshake stalled"));
            }
            if self.fill(vm, started)? {
                return Err(ssl_err(vm, "UNEXPECTED_EOF_WHILE_READING", "EOF occurred in violation of protocol"));
            }
        }
        self.flush(vm, started)
    }

    /// Up to `want` bytes of plaintext (`b''` at the end of the stream).
    pub fn recv(&mut self, vm: &mut Vm, want: usize) -> PyResult<Vec<u8>> {
        vm.reserve(want)?;
        let mut buf = vec![0u8; want];
        let started = Instant::now();
        loop {
            match self.tls.reader().read(&mut buf) {
                Ok(n) => {
                    buf.truncate(n);
                    vm.tick_bytes(n)?;
                    return Ok(buf);
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                // The peer closed without close_notify: CPython's
                // `suppress_ragged_eofs` (on by default) reads it as EOF.
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(Vec::new()),
                Err(e) => return Err(io_err(vm, &e, "recv")),
            }
            if want == 0 {
                return Ok(Vec::new());
            }
            self.flush(vm, started)?;
            if self.fill(vm, started)? {
                // Whatever the records held is still to be read; the next
                // read returns it, then EOF.
                match self.tls.reader().read(&mut buf) {
                    Ok(n) => {
                        buf.truncate(n);
                        return Ok(buf);
                    }
                    Err(_) => return Ok(Vec::new()),
                }
            }
        }
    }

    /// Encrypt and send all of `data`.
    pub fn send(&mut self, vm: &mut Vm, data: &[u8]) -> PyResult<usize> {
        let started = Instant::now();
        // In record-sized pieces, so rustls never buffers much at once.
        for piece in data.chunks(16 * 1024) {
            vm.tick_bytes(piece.len())?;
            if let Err(e) = self.tls.writer().write_all(piece) {
                return Err(io_err(vm, &e, "send"));
            }
            self.flush(vm, started)?;
        }
        Ok(data.len())
    }
}

/// `(version, cipher, bits, alpn, peer_der)` of an established session.
pub fn session_info(tls: &ClientConnection) -> (Option<&'static str>, Option<String>, u32, Option<Vec<u8>>, Option<Vec<u8>>) {
    let version = tls.protocol_version().map(|v| match v {
        rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3",
        rustls::ProtocolVersion::TLSv1_2 => "TLSv1.2",
        _ => "unknown",
    });
    let (cipher, bits) = match tls.negotiated_cipher_suite() {
        Some(s) => {
            let name = format!("{:?}", s.suite());
            let bits = if name.contains("256") || name.contains("CHACHA20") { 256 } else { 128 };
            (Some(name.replacen("TLS13_", "TLS_", 1)), bits)
        }
        None => (None, 0),
    };
    let alpn = tls.alpn_protocol().map(<[u8]>::to_vec);
    let peer = tls.peer_certificates().and_then(|c| c.first()).map(|c| c.as_ref().to_vec());
    (version, cipher, bits, alpn, peer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_splitting() {
        let one = [0x30u8, 0x03, 1, 2, 3];
        let mut two = one.to_vec();
        two.extend_from_slice(&[0x30, 0x81, 0x01, 9]);
        assert_eq!(split_der(&two).unwrap().len(), 2);
        assert!(split_der(&[0x30, 0x05, 1]).is_none(), "short");
        assert!(split_der(&[0x31, 0x00]).is_none(), "not a SEQUENCE");
        assert!(split_der(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_none(), "huge length form");
        assert_eq!(split_der(&[]).unwrap().len(), 0);
    }

    #[test]
    fn alert_names() {
        assert_eq!(alert_words("HandshakeFailure"), "handshake failure");
        assert_eq!(alert_words("UnknownCA"), "unknown ca");
    }
}
