//! `pyx_builder_allow_net` seen from C's side: the test starts a real
//! server on 127.0.0.1 and drives the C API as a C program would (the
//! functions are `extern "C"`; calling them from Rust exercises the same
//! symbols the header declares).

use std::ffi::{CStr, CString};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::ptr;

use pyx_capi::*;

/// A one-page HTTP server; it answers until the test process ends.
fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for s in listener.incoming() {
            let Ok(mut s) = s else { continue };
            let mut r = BufReader::new(s.try_clone().expect("clone"));
            let mut line = String::new();
            let _ = r.read_line(&mut line);
            loop {
                let mut h = String::new();
                match r.read_line(&mut h) {
                    Ok(0) | Err(_) => break,
                    Ok(_) if h.trim().is_empty() => break,
                    Ok(_) => {}
                }
            }
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nfrom C!!");
        }
    });
    port
}

/// Run `code`; on failure the error's type name (and free it).
unsafe fn run(i: *mut PyxInterpreter, code: &str) -> Result<(), String> {
    let c = CString::new(code).expect("code");
    let mut err: *mut PyxError = ptr::null_mut();
    if pyx_run(i, c.as_ptr(), ptr::null(), &mut err) == PYX_OK {
        return Ok(());
    }
    let e = &*err;
    let text = format!("{}: {}", CStr::from_ptr(e.type_name).to_string_lossy(), CStr::from_ptr(e.message).to_string_lossy());
    pyx_error_free(err);
    Err(text)
}

unsafe fn eval(i: *mut PyxInterpreter, expr: &str) -> String {
    let c = CString::new(expr).expect("expr");
    let mut out: *mut std::ffi::c_char = ptr::null_mut();
    let mut err: *mut PyxError = ptr::null_mut();
    assert_eq!(pyx_eval_json(i, c.as_ptr(), &mut out, &mut err), PYX_OK);
    let s = CStr::from_ptr(out).to_string_lossy().into_owned();
    pyx_string_free(out);
    s
}

#[test]
fn allow_net_reaches_the_granted_server_and_nothing_else() {
    let port = serve();
    unsafe {
        let b = pyx_builder_new();
        let ep = CString::new(format!("127.0.0.1:{port}")).expect("ep");
        let mut err: *mut PyxError = ptr::null_mut();
        assert_eq!(pyx_builder_allow_net(b, ep.as_ptr(), &mut err), PYX_OK);
        let denied = CString::new(format!("127.0.0.1:{}", port.wrapping_add(1))).expect("ep");
        assert_eq!(pyx_builder_deny_net(b, denied.as_ptr(), &mut err), PYX_OK);
        // A bad endpoint is an error that leaves the builder usable.
        let bad = CString::new("no such:host").expect("bad");
        assert_eq!(pyx_builder_allow_net(b, bad.as_ptr(), &mut err), PYX_ERROR);
        assert_eq!((*err).kind, PyxErrorKind::Host);
        assert!(CStr::from_ptr((*err).message).to_string_lossy().contains("invalid network grant"));
        pyx_error_free(err);
        assert_eq!(pyx_builder_allow_net(b, ptr::null(), &mut err), PYX_ERROR);
        pyx_error_free(err);
        let i = pyx_builder_build(b, &mut err);
        assert!(!i.is_null());
        run(i, &format!("import urllib.request\nbody = urllib.request.urlopen('http://127.0.0.1:{port}/').read().decode()")).expect("granted fetch");
        assert_eq!(eval(i, "body"), "\"from C!!\"");
        for other in [format!("localhost:{port}"), format!("127.0.0.1:{}", port.wrapping_add(1))] {
            let (h, p) = other.rsplit_once(':').expect("split");
            let r = run(i, &format!("import socket\nsocket.create_connection(({h:?}, {p}))"));
            let e = r.expect_err("ungranted endpoint reached");
            assert!(e.starts_with("PermissionError: pyx: no network grant"), "{e}");
        }
        pyx_interpreter_free(i);

        // No grant: no network.
        let b = pyx_builder_new();
        let i = pyx_builder_build(b, &mut err);
        let e = run(i, &format!("import socket\nsocket.create_connection(('127.0.0.1', {port}))")).expect_err("reached without a grant");
        assert!(e.starts_with("PermissionError"), "{e}");
        pyx_interpreter_free(i);
    }
}
