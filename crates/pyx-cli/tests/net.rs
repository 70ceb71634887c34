//! Network grants seen from outside (issue 15): each test starts real
//! servers on 127.0.0.1 (std `TcpListener` threads, never the internet) and
//! runs the release `pyx` with `--allow-net` grants over a program that
//! uses `socket`, `http.client` or `urllib.request`.
//!
//! What is shown: granted fetches work through all three; an ungranted
//! port, a redirect to an ungranted port and a name/address mismatch are
//! refused with `PermissionError` naming the endpoint *and the refused
//! server never sees a connection*; a stalled server ends at `--max-time`;
//! a large response under `--max-memory` ends at the memory cap with the
//! process's peak RSS within it; `--max-net-bytes` caps traffic.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const PYX: &str = env!("CARGO_BIN_EXE_pyx");

/// A server on 127.0.0.1 that counts the connections it accepted.
struct Server {
    port: u16,
    accepted: Arc<AtomicUsize>,
}

/// Start a server whose `handle(path, stream)` answers each request.
fn serve(handle: fn(&str, &mut TcpStream, u16)) -> Server {
    serve_with(handle, 0)
}

fn serve_with(handle: fn(&str, &mut TcpStream, u16), other: u16) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut first = String::new();
                if reader.read_line(&mut first).is_err() {
                    return;
                }
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => break,
                        Ok(_) if line == "\r\n" || line == "\n" => break,
                        Ok(_) => {
                            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                                length = v.trim().parse().unwrap_or(0);
                            }
                        }
                    }
                }
                let mut body = vec![0u8; length];
                let _ = std::io::Read::read_exact(&mut reader, &mut body);
                let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
                handle(&path, &mut stream, other);
            });
        }
    });
    Server { port, accepted }
}

/// The test site: a page, a chunked page, redirects (inside the grant and
/// out of it), a response that never ends, one that stalls.
fn site(path: &str, s: &mut TcpStream, other: u16) {
    let _ = match path {
        "/hello" => s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 19\r\n\r\nhello from the test"),
        "/chunked" => s.write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Part: a\r\nX-Part: b\r\n\r\n6\r\nchunk-\r\n3;x=y\r\ned!\r\n0\r\n\r\n"),
        "/redirect-in" => s.write_all(b"HTTP/1.1 302 Found\r\nLocation: /hello\r\nContent-Length: 0\r\n\r\n"),
        "/redirect-out" => {
            let head = format!("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{other}/secret\r\nContent-Length: 0\r\n\r\n");
            s.write_all(head.as_bytes())
        }
        "/big" => {
            // Far more than any cap in these tests; ends when the client
            // goes away.
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n");
            let block = vec![b'x'; 1 << 16];
            for _ in 0..(1 << 14) {
                if s.write_all(&block).is_err() {
                    break;
                }
            }
            Ok(())
        }
        "/stall" => {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst bytes");
            std::thread::sleep(Duration::from_secs(120));
            Ok(())
        }
        _ => s.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found"),
    };
}

fn secret(_path: &str, s: &mut TcpStream, _other: u16) {
    let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nSECRET");
}

struct Run {
    code: i32,
    out: String,
    err: String,
    wall: Duration,
    peak_rss: u64,
}

/// Run `pyx ARGS -c CODE`, measuring its wall time and peak RSS (from
/// `wait4`); a run past 60 s is killed (the test then fails on its
/// output, instead of hanging).
fn pyx(args: &[&str], code: &str) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("prog.py");
    std::fs::write(&script, code).expect("write");
    let out_path = dir.path().join("out");
    let err_path = dir.path().join("err");
    let started = Instant::now();
    let child = Command::new(PYX)
        .args(args)
        .arg(&script)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("out"))
        .stderr(std::fs::File::create(&err_path).expect("err"))
        .spawn()
        .expect("spawn pyx");
    let pid = child.id() as i32;
    let (code, peak_rss) = loop {
        let mut status = 0;
        // SAFETY: a zeroed rusage is a valid out-parameter for wait4.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: pid is our child; status and usage are valid pointers.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -libc::WTERMSIG(status) };
            break (code, usage.ru_maxrss as u64 * 1024);
        }
        if started.elapsed() > Duration::from_secs(60) {
            // SAFETY: killing our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let wall = started.elapsed();
    let out = std::fs::read_to_string(&out_path).unwrap_or_default();
    let err = std::fs::read_to_string(&err_path).unwrap_or_default();
    Run { code, out, err, wall, peak_rss }
}

fn grant(host: &str, port: u16) -> String {
    format!("--allow-net={host}:{port}")
}

#[test]
fn granted_urlopen_http_client_and_socket_work() {
    let site = serve(site);
    let p = site.port;
    let code = format!(
        r#"
import urllib.request, http.client, socket
r = urllib.request.urlopen('http://127.0.0.1:{p}/hello', timeout=10)
print('urlopen', r.status, r.reason, r.headers['Content-Type'], r.read())
r = urllib.request.urlopen('http://127.0.0.1:{p}/redirect-in')
print('redirected', r.status, r.url, r.read())
c = http.client.HTTPConnection('127.0.0.1', {p}, timeout=10)
c.request('GET', '/chunked')
r = c.getresponse()
print('http.client', r.status, r.chunked, r.getheader('X-Part'), r.read())
with socket.create_connection(('127.0.0.1', {p}), timeout=10) as s:
    s.sendall(b'GET /hello HTTP/1.0\r\n\r\n')
    f = s.makefile('rb')
    print('socket', f.readline(), f.read().endswith(b'hello from the test'))
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.settimeout(10)
    s.connect(('127.0.0.1', {p}))
    s.send(b'GET /hello HTTP/1.0\r\n\r\n')
    data = b''
    while True:
        b = s.recv(7)
        if not b:
            break
        data += b
    print(s.gettimeout(), data.endswith(b'hello from the test'))
try:
    urllib.request.urlopen('http://127.0.0.1:{p}/nothing')
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, e.read())
"#
    );
    let r = pyx(&[&grant("127.0.0.1", p)], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let expected = format!(
        "urlopen 200 OK text/plain b'hello from the test'\n\
         redirected 200 http://127.0.0.1:{p}/hello b'hello from the test'\n\
         http.client 200 True a, b b'chunk-ed!'\n\
         socket b'HTTP/1.1 200 OK\\r\\n' True\n\
         10.0 True\n\
         HTTPError 404 b'not found'\n"
    );
    assert_eq!(r.out, expected, "{}", r.err);
}

#[test]
fn ungranted_port_is_refused_and_never_reached() {
    let site = serve(site);
    let other = serve(secret);
    let code = format!(
        r#"
import socket, urllib.request
for attempt in (lambda: socket.create_connection(('127.0.0.1', {o})),
                lambda: socket.socket().connect(('127.0.0.1', {o})),
                lambda: urllib.request.urlopen('http://127.0.0.1:{o}/secret')):
    try:
        attempt()
        print('ESCAPED')
    except PermissionError as e:
        print('refused', e)
"#,
        o = other.port
    );
    let r = pyx(&[&grant("127.0.0.1", site.port)], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let line = format!("refused pyx: no network grant for 127.0.0.1:{o} (grant it with --allow-net=127.0.0.1:{o})\n", o = other.port);
    assert_eq!(r.out, line.repeat(3), "{}", r.err);
    assert_eq!(other.accepted.load(Ordering::SeqCst), 0, "the ungranted server was reached");
}

#[test]
fn redirect_to_ungranted_port_is_refused() {
    let other = serve(secret);
    let site = serve_with(site, other.port);
    let code = format!(
        r#"
import urllib.request
try:
    print(urllib.request.urlopen('http://127.0.0.1:{p}/redirect-out').read())
    print('ESCAPED')
except PermissionError as e:
    print('refused', e)
"#,
        p = site.port
    );
    let r = pyx(&[&grant("127.0.0.1", site.port)], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.out.starts_with(&format!("refused pyx: no network grant for 127.0.0.1:{}", other.port)), "{}{}", r.out, r.err);
    assert_eq!(site.accepted.load(Ordering::SeqCst), 1, "the first hop was made");
    assert_eq!(other.accepted.load(Ordering::SeqCst), 0, "the redirect reached the ungranted server");
}

#[test]
fn a_name_grant_does_not_cover_its_address_nor_the_reverse() {
    let site = serve(site);
    let p = site.port;
    let probe = |host: &str| {
        format!(
            r#"
import socket
try:
    socket.create_connection(('{host}', {p}), timeout=10).close()
    print('connected')
except PermissionError as e:
    print('refused', e)
"#
        )
    };
    // "localhost" granted: the name connects (the host resolves it), the
    // address it resolves to is refused.
    let r = pyx(&[&grant("localhost", p)], &probe("localhost"));
    assert_eq!(r.out, "connected\n", "{}", r.err);
    let r = pyx(&[&grant("localhost", p)], &probe("127.0.0.1"));
    assert_eq!(r.out, format!("refused pyx: no network grant for 127.0.0.1:{p} (grant it with --allow-net=127.0.0.1:{p})\n"), "{}", r.err);
    // "127.0.0.1" granted: the address connects, the name is refused, and
    // so are other spellings of the address.
    let r = pyx(&[&grant("127.0.0.1", p)], &probe("127.0.0.1"));
    assert_eq!(r.out, "connected\n", "{}", r.err);
    for other in ["localhost", "127.1", "2130706433", "0x7f.0.0.1", "::ffff:127.0.0.1"] {
        let r = pyx(&[&grant("127.0.0.1", p)], &probe(other));
        assert!(r.out.starts_with("refused pyx: no network grant for "), "{other}: {}{}", r.out, r.err);
    }
    assert_eq!(site.accepted.load(Ordering::SeqCst), 2, "only the two granted probes connected");
}

#[test]
fn a_stalled_server_ends_at_max_time() {
    let site = serve(site);
    let code = format!(
        r#"
import urllib.request
r = urllib.request.urlopen('http://127.0.0.1:{p}/stall')
print('headers', r.status, flush=True)
try:
    r.read()
except BaseException:
    print('CAUGHT')
finally:
    print('FINALLY')
"#,
        p = site.port
    );
    let r = pyx(&[&grant("127.0.0.1", site.port), "--max-time=1"], &code);
    // The time cap is a termination: not caught, no finally.
    assert_eq!(r.code, 3, "{}{}", r.out, r.err);
    assert_eq!(r.out, "headers 200\n", "{}", r.err);
    assert!(r.err.contains("time limit exceeded"), "{}", r.err);
    // Generous: the run ends within a grain of its cap, far from the
    // server's 120 s stall, whatever the machine's speed.
    assert!(r.wall < Duration::from_secs(20), "took {:?}", r.wall);
    eprintln!("stalled read ended after {:?} under --max-time=1", r.wall);
}

#[test]
fn a_large_response_ends_at_the_memory_cap() {
    let site = serve(site);
    let code = format!(
        r#"
import urllib.request
body = urllib.request.urlopen('http://127.0.0.1:{p}/big').read()
print('ESCAPED', len(body))
"#,
        p = site.port
    );
    // The cap the attack programs of tests/security use: the process's
    // own ~20 MiB (binary, frozen stdlib) is then inside the 1.25x bound.
    let cap: u64 = 256 << 20;
    let r = pyx(&[&grant("127.0.0.1", site.port), "--max-memory=256M"], &code);
    assert_eq!(r.code, 3, "{}{}", r.out, r.err);
    assert!(r.err.contains("memory"), "{}", r.err);
    assert!(!r.out.contains("ESCAPED"), "{}", r.out);
    assert!(r.peak_rss <= cap + cap / 4, "peak RSS {} MiB over 1.25x the 256 MiB cap", r.peak_rss >> 20);
    eprintln!("1 GiB response under --max-memory=256M: peak RSS {} MiB, {:?}", r.peak_rss >> 20, r.wall);
}

#[test]
fn max_net_bytes_caps_traffic() {
    let site = serve(site);
    let code = format!(
        r#"
import socket
s = socket.create_connection(('127.0.0.1', {p}))
s.sendall(b'GET /big HTTP/1.0\r\n\r\n')
got = 0
try:
    while True:
        data = s.recv(300)
        if not data:
            break
        got += len(data)
except OSError as e:
    print(type(e).__name__, e)
print('received', got, got <= 5000)
"#,
        p = site.port
    );
    let r = pyx(&[&grant("127.0.0.1", site.port), "--max-net-bytes=5000"], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.out.starts_with("OSError pyx: network byte limit (--max-net-bytes) reached\n"), "{}{}", r.out, r.err);
    assert!(r.out.ends_with(" True\n"), "{}", r.out);
}

#[test]
fn without_a_grant_there_is_no_network() {
    let site = serve(site);
    let code = format!(
        r#"
import socket
try:
    import _pyx_net
    print('ESCAPED _pyx_net')
except ImportError:
    pass
try:
    socket.create_connection(('127.0.0.1', {p}))
    print('ESCAPED')
except PermissionError as e:
    print('refused', e)
"#,
        p = site.port
    );
    let r = pyx(&[], &code);
    assert_eq!(r.out, format!("refused pyx: no network grant for 127.0.0.1:{p} (grant it with --allow-net=127.0.0.1:{p})\n", p = site.port), "{}", r.err);
    // --deny-net wins over -A.
    let r = pyx(&["-A", "--deny-net"], &code);
    assert!(r.out.starts_with("refused"), "{}{}", r.out, r.err);
    assert_eq!(site.accepted.load(Ordering::SeqCst), 0);
}

#[test]
fn bad_grants_are_clear_errors_with_status_2() {
    for bad in ["a:b", "host:70000", "[::1", "exa mple.com"] {
        let r = pyx(&[&format!("--allow-net={bad}")], "print('ran')");
        assert_eq!(r.code, 2, "{bad}: {}{}", r.out, r.err);
        assert!(r.err.contains(&format!("invalid network grant '{bad}'")), "{bad}: {}", r.err);
        assert_eq!(r.out, "", "{bad}");
    }
}

#[test]
fn a_child_interpreter_reaches_the_network_only_through_its_creator() {
    let site = serve(site);
    let code = format!(
        r#"
import interpreter
probe = '''
import socket
try:
    socket.create_connection(('127.0.0.1', {p})).close()
    r = 'connected'
except PermissionError as e:
    r = 'refused'
'''
for modules in (['socket'], ['_pyx_net', 'socket']):
    c = interpreter.new(modules=modules)
    c.run(probe)
    print(modules, c.eval('r'))
"#,
        p = site.port
    );
    let r = pyx(&[&grant("127.0.0.1", site.port)], &code);
    assert_eq!(r.out, "['socket'] refused\n['_pyx_net', 'socket'] connected\n", "{}", r.err);
    assert_eq!(site.accepted.load(Ordering::SeqCst), 1);
    // A creator without the network cannot hand it on.
    let r = pyx(&[], "import interpreter\ntry:\n    interpreter.new(modules=['_pyx_net'])\nexcept ModuleNotFoundError as e:\n    print(e)\n");
    assert_eq!(r.out, "new(): cannot grant module '_pyx_net': the creator cannot import it\n", "{}", r.err);
    // A narrowed grant: the child reaches only the subset it was given.
    let other = serve(secret);
    let code = format!(
        r#"
import interpreter, _pyx_net
child = interpreter.new(modules=['socket'], caps={{'_pyx_net': _pyx_net.narrow(['127.0.0.1:{p}'])}})
child.run('''
import socket
out = []
for port in ({p}, {o}):
    try:
        socket.create_connection(('127.0.0.1', port)).close()
        out.append('connected')
    except PermissionError:
        out.append('refused')
''')
print(child.eval('out'))
try:
    _pyx_net.narrow(['127.0.0.1'])
except PermissionError as e:
    print(e)
"#,
        p = site.port,
        o = other.port
    );
    let r = pyx(&[&grant("127.0.0.1", site.port), &grant("127.0.0.1", other.port)], &code);
    assert_eq!(
        r.out,
        "['connected', 'refused']\npyx: cannot grant network endpoint '127.0.0.1': the creator does not have it\n",
        "{}",
        r.err
    );
    assert_eq!(other.accepted.load(Ordering::SeqCst), 0);
}

// ---- TLS ---------------------------------------------------------------
//
// A test CA and a server certificate for `localhost` (no IP address in it)
// are made at test time with rcgen; nothing secret is committed. The TLS
// server is rustls over a std listener on 127.0.0.1.

/// The test CA's certificate (PEM) and a server config presenting a
/// certificate for `localhost` signed by it.
fn test_pki() -> (String, Arc<rustls::ServerConfig>) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose};
    let ca_key = KeyPair::generate().expect("ca key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("ca params");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name.push(DnType::CommonName, "pyx test CA (made by the test)");
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature];
    let ca_cert = ca.self_signed(&ca_key).expect("ca cert");
    let leaf_key = KeyPair::generate().expect("leaf key");
    let mut leaf = CertificateParams::new(vec!["localhost".to_string()]).expect("leaf params");
    leaf.distinguished_name.push(DnType::CommonName, "localhost");
    leaf.is_ca = IsCa::ExplicitNoCa;
    leaf.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let leaf_cert = leaf.signed_by(&leaf_key, &ca_cert, &ca_key).expect("leaf cert");
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(rustls::pki_types::PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    #[allow(deprecated)] // ring's provider: no post-quantum groups, fine for a test
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(vec![leaf_cert.der().clone()], key)
        .expect("server config");
    (ca_cert.pem(), Arc::new(config))
}

/// A TLS server on 127.0.0.1 answering like [`site`] (`/redirect-out`
/// points at `other`), or, for `/stall-handshake` servers, one that
/// accepts and never speaks.
fn serve_tls(config: Arc<rustls::ServerConfig>, other: u16, stall_handshake: bool) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(tcp) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            let config = config.clone();
            std::thread::spawn(move || {
                if stall_handshake {
                    std::thread::sleep(Duration::from_secs(120));
                    drop(tcp);
                    return;
                }
                let _ = tcp.set_read_timeout(Some(Duration::from_secs(30)));
                let Ok(conn) = rustls::ServerConnection::new(config) else { return };
                let mut tls = rustls::StreamOwned::new(conn, tcp);
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    match std::io::Read::read(&mut tls, &mut byte) {
                        Ok(1) => head.push(byte[0]),
                        _ => return,
                    }
                }
                let text = String::from_utf8_lossy(&head);
                let path = text.split_whitespace().nth(1).unwrap_or("/");
                let _ = match path {
                    "/hello" => tls.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 16\r\n\r\nhello over TLS!!"),
                    "/redirect-in" => tls.write_all(b"HTTP/1.1 302 Found\r\nLocation: /hello\r\nContent-Length: 0\r\n\r\n"),
                    "/redirect-out" => {
                        let head = format!("HTTP/1.1 302 Found\r\nLocation: https://127.0.0.1:{other}/secret\r\nContent-Length: 0\r\n\r\n");
                        tls.write_all(head.as_bytes())
                    }
                    "/big" => {
                        let _ = tls.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n");
                        let block = vec![b'x'; 1 << 16];
                        for _ in 0..(1 << 14) {
                            if tls.write_all(&block).is_err() {
                                break;
                            }
                        }
                        Ok(())
                    }
                    _ => tls.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found"),
                };
                tls.conn.send_close_notify();
                let _ = tls.flush();
            });
        }
    });
    Server { port, accepted }
}

/// A directory holding `ca.pem`, for `--allow-read`.
fn ca_dir(ca_pem: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("ca.pem"), ca_pem).expect("write ca");
    dir
}

#[test]
fn granted_https_works_through_urllib_http_client_and_ssl() {
    let (ca, config) = test_pki();
    let site = serve_tls(config, 0, false);
    let p = site.port;
    let dir = ca_dir(&ca);
    let read = format!("--allow-read={}", dir.path().display());
    let code = format!(
        r#"
import ssl, socket, urllib.request, http.client
ctx = ssl.create_default_context(cafile='{cafile}')
print(ctx.verify_mode, ctx.check_hostname)
r = urllib.request.urlopen('https://localhost:{p}/hello', context=ctx, timeout=10)
print('urlopen', r.status, r.headers['Content-Type'], r.read())
r = urllib.request.urlopen('https://localhost:{p}/redirect-in', context=ctx)
print('redirected', r.status, r.url, r.read())
c = http.client.HTTPSConnection('localhost', {p}, context=ctx, timeout=10)
c.request('GET', '/hello')
r = c.getresponse()
print('http.client', r.status, r.read())
c.close()
cadata = ssl.create_default_context(cadata={ca:?})
with socket.create_connection(('localhost', {p}), timeout=10) as s:
    with cadata.wrap_socket(s, server_hostname='localhost') as t:
        print('ssl', type(t).__name__, t.version() in ('TLSv1.2', 'TLSv1.3'), t.cipher()[2] >= 128,
              len(t.getpeercert(binary_form=True)) > 100, s.fileno())
        t.sendall(b'GET /hello HTTP/1.0\r\n\r\n')
        f = t.makefile('rb')
        print('makefile', f.readline(), f.read().endswith(b'hello over TLS!!'))
        f.close()
"#,
        cafile = dir.path().join("ca.pem").display(),
        ca = ca
    );
    let r = pyx(&[&grant("localhost", p), &read], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let expected = format!(
        "2 True\n\
         urlopen 200 text/plain b'hello over TLS!!'\n\
         redirected 200 https://localhost:{p}/hello b'hello over TLS!!'\n\
         http.client 200 b'hello over TLS!!'\n\
         ssl SSLSocket True True True -1\n\
         makefile b'HTTP/1.1 200 OK\\r\\n' True\n"
    );
    assert_eq!(r.out, expected, "{}", r.err);
}

#[test]
fn untrusted_and_misnamed_certificates_are_refused() {
    let (ca, config) = test_pki();
    let site = serve_tls(config, 0, false);
    let p = site.port;
    let code = format!(
        r#"
import ssl, socket, urllib.request, urllib.error, http.client
# Not granted trust: Mozilla's roots do not include the test CA.
try:
    urllib.request.urlopen('https://localhost:{p}/hello', timeout=10)
    print('ESCAPED')
except urllib.error.URLError as e:
    print('URLError', type(e.reason).__name__, e.reason.verify_code, e)
try:
    c = http.client.HTTPSConnection('localhost', {p}, timeout=10)
    c.request('GET', '/hello')
    print('ESCAPED')
except ssl.SSLCertVerificationError as e:
    print('http.client', isinstance(e, ssl.SSLError), isinstance(e, ValueError), e.verify_message)
ctx = ssl.create_default_context(cadata={ca:?})
# Trusted CA, but the certificate names localhost, not these.
for host, name in (('127.0.0.1', '127.0.0.1'), ('localhost', 'wrong.test')):
    with socket.create_connection((host, {p}), timeout=10) as s:
        try:
            ctx.wrap_socket(s, server_hostname=name)
            print('ESCAPED')
        except ssl.SSLCertVerificationError as e:
            print('mismatch', e.verify_code, e)
try:
    urllib.request.urlopen('https://127.0.0.1:{p}/hello', context=ctx)
    print('ESCAPED')
except urllib.error.URLError as e:
    print('URLError', e.reason.verify_message)
# Chain checked, name not: the program's own choice.
ctx.check_hostname = False
with socket.create_connection(('127.0.0.1', {p}), timeout=10) as s:
    with ctx.wrap_socket(s) as t:
        t.sendall(b'GET /hello HTTP/1.0\r\n\r\n')
        print('chain only', t.recv(15))
"#,
        ca = ca
    );
    let r = pyx(&[&grant("localhost", p), &grant("127.0.0.1", p)], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    let expected = "URLError SSLCertVerificationError 20 <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:992)>\n\
         http.client True True unable to get local issuer certificate\n\
         mismatch 64 [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: IP address mismatch, certificate is not valid for '127.0.0.1'. (_ssl.c:992)\n\
         mismatch 62 [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'wrong.test'. (_ssl.c:992)\n\
         URLError IP address mismatch, certificate is not valid for '127.0.0.1'.\n\
         chain only b'HTTP/1.1 200 OK'\n";
    assert_eq!(r.out, expected, "{}", r.err);
}

#[test]
fn https_redirect_to_ungranted_endpoint_is_refused() {
    let (ca, config) = test_pki();
    let other = serve_tls(config.clone(), 0, false);
    let site = serve_tls(config, other.port, false);
    let code = format!(
        r#"
import ssl, urllib.request
ctx = ssl.create_default_context(cadata={ca:?})
try:
    print(urllib.request.urlopen('https://localhost:{p}/redirect-out', context=ctx).read())
    print('ESCAPED')
except PermissionError as e:
    print('refused', e)
"#,
        p = site.port
    );
    let r = pyx(&[&grant("localhost", site.port)], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert_eq!(r.out, format!("refused pyx: no network grant for 127.0.0.1:{o} (grant it with --allow-net=127.0.0.1:{o})\n", o = other.port), "{}", r.err);
    assert_eq!(site.accepted.load(Ordering::SeqCst), 1, "the first hop was made");
    assert_eq!(other.accepted.load(Ordering::SeqCst), 0, "the redirect reached the ungranted server");
}

#[test]
fn a_stalled_tls_handshake_ends_at_max_time() {
    let (ca, config) = test_pki();
    let site = serve_tls(config, 0, true);
    let code = format!(
        r#"
import ssl, socket
ctx = ssl.create_default_context(cadata={ca:?})
s = socket.create_connection(('localhost', {p}))
print('connected', flush=True)
try:
    ctx.wrap_socket(s, server_hostname='localhost')
except BaseException:
    print('CAUGHT')
finally:
    print('FINALLY')
"#,
        p = site.port
    );
    let r = pyx(&[&grant("localhost", site.port), "--max-time=1"], &code);
    assert_eq!(r.code, 3, "{}{}", r.out, r.err);
    assert_eq!(r.out, "connected\n", "{}", r.err);
    assert!(r.err.contains("time limit exceeded"), "{}", r.err);
    assert!(r.wall < Duration::from_secs(20), "took {:?}", r.wall);
    eprintln!("stalled TLS handshake ended after {:?} under --max-time=1", r.wall);
}

#[test]
fn a_large_tls_response_is_capped_by_memory_and_net_bytes() {
    let (ca, config) = test_pki();
    let site = serve_tls(config, 0, false);
    let code = format!(
        r#"
import ssl, urllib.request
ctx = ssl.create_default_context(cadata={ca:?})
body = urllib.request.urlopen('https://localhost:{p}/big', context=ctx).read()
print('ESCAPED', len(body))
"#,
        p = site.port
    );
    let cap: u64 = 256 << 20;
    let r = pyx(&[&grant("localhost", site.port), "--max-memory=256M"], &code);
    assert_eq!(r.code, 3, "{}{}", r.out, r.err);
    assert!(r.err.contains("memory"), "{}", r.err);
    assert!(r.peak_rss <= cap + cap / 4, "peak RSS {} MiB over 1.25x the 256 MiB cap", r.peak_rss >> 20);
    eprintln!("1 GiB TLS response under --max-memory=256M: peak RSS {} MiB, {:?}", r.peak_rss >> 20, r.wall);
    let r = pyx(&[&grant("localhost", site.port), "--max-net-bytes=100000"], &code);
    assert_ne!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.err.contains("--max-net-bytes"), "{}", r.err);
    assert!(!r.out.contains("ESCAPED"), "{}", r.out);
}

#[test]
fn tls_to_a_plain_server_is_an_ssl_error() {
    let site = serve(site);
    let code = format!(
        r#"
import ssl, socket
ctx = ssl.create_default_context()
with socket.create_connection(('localhost', {p}), timeout=10) as s:
    try:
        ctx.wrap_socket(s, server_hostname='localhost')
        print('ESCAPED')
    except ssl.SSLError as e:
        print(type(e).__name__, e.reason)
"#,
        p = site.port
    );
    let r = pyx(&[&grant("localhost", site.port)], &code);
    assert_eq!(r.code, 0, "{}{}", r.out, r.err);
    assert!(r.out.starts_with("SSL"), "{}{}", r.out, r.err);
}

#[test]
fn a_child_interpreter_speaks_tls_only_within_its_narrowed_grant() {
    let (ca, config) = test_pki();
    let site = serve_tls(config.clone(), 0, false);
    let other = serve_tls(config, 0, false);
    let code = format!(
        r#"
import interpreter, _pyx_net
child = interpreter.new(modules=['socket', 'ssl', 'http', 'sys'],
                        caps={{'_pyx_net': _pyx_net.narrow(['localhost:{p}'])}})
child.run('''
import ssl, http.client
ctx = ssl.create_default_context(cadata={ca})
out = []
for port in ({p}, {o}):
    try:
        c = http.client.HTTPSConnection('localhost', port, context=ctx)
        c.request('GET', '/hello')
        out.append(c.getresponse().read())
    except PermissionError:
        out.append('refused')
''')
print(child.eval('out'))
"#,
        p = site.port,
        o = other.port,
        // Inside the parent's triple-quoted string the PEM's \n escapes must be doubled.
        ca = format!("{ca:?}").replace('\\', "\\\\")
    );
    let r = pyx(&[&grant("localhost", site.port), &grant("localhost", other.port)], &code);
    assert_eq!(r.out, "[b'hello over TLS!!', 'refused']\n", "{}", r.err);
    assert_eq!(other.accepted.load(Ordering::SeqCst), 0, "the child reached a server outside its grant");
}
