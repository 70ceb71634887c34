//! The clock and the entropy of `secrets` are grants: without them Python
//! code cannot read time or draw secrets; a virtual clock makes runs repeat.

use std::sync::Arc;
use std::time::{Duration, Instant};

use pyx::embed::{Error, Interpreter, Limit, SystemClock, VirtualClock};

fn exc(e: &Error) -> (&str, &str) {
    match e {
        Error::Exception { type_name, message, .. } => (type_name, message),
        other => panic!("expected a Python exception, got {other:?}"),
    }
}

#[test]
fn no_clock_means_no_time() {
    let mut i = Interpreter::builder().build().unwrap();
    i.run("import time, datetime", "setup").unwrap();
    for expr in ["time.time()", "time.monotonic()", "time.sleep(0)", "datetime.datetime.now()"] {
        let e = i.eval::<f64>(expr).unwrap_err();
        assert_eq!(exc(&e), ("RuntimeError", "no clock: the host did not grant one"), "{expr}");
    }
    // Converting a given timestamp needs no clock.
    assert_eq!(i.eval::<i64>("time.gmtime(86400 * 365).tm_year").unwrap(), 1971);
}

#[test]
fn virtual_clock_moves_only_when_sleeping() {
    let mut i = Interpreter::builder().clock(Arc::new(VirtualClock::starting_at(1_700_000_000))).build().unwrap();
    i.run("import time, datetime", "setup").unwrap();
    assert_eq!(i.eval::<f64>("time.time()").unwrap(), 1_700_000_000.0);
    assert_eq!(i.eval::<f64>("time.monotonic()").unwrap(), 0.0);
    let started = Instant::now();
    i.run("time.sleep(3600)", "sleep").unwrap();
    // A virtual sleep does not wait (bound far above any machine's speed).
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(i.eval::<f64>("time.time()").unwrap(), 1_700_003_600.0);
    assert_eq!(i.eval::<String>("str(datetime.datetime.now())").unwrap(), "2023-11-14 23:13:20");
}

#[test]
fn system_clock_sleep_stops_at_the_time_limit() {
    let mut i = Interpreter::builder()
        .clock(Arc::new(SystemClock::new()))
        .max_time(Duration::from_millis(300))
        .build()
        .unwrap();
    let e = i.run("import time\ntry:\n    time.sleep(1000)\nfinally:\n    time.sleep(1000)", "sleep").unwrap_err();
    assert!(matches!(e, Error::Limit(Limit::Time)), "{e:?}");
    assert!(i.eval::<f64>("time.time()").unwrap() > 1.6e9);
}

#[test]
fn secrets_need_entropy_and_differ_by_key() {
    let mut none = Interpreter::builder().build().unwrap();
    let e = none.run("import secrets\nsecrets.token_bytes(4)", "s").unwrap_err();
    assert_eq!(exc(&e), ("RuntimeError", "no entropy: the host did not grant a random source"));
    let draw = |key: [u8; 32]| {
        let mut i = Interpreter::builder().entropy(key).build().unwrap();
        i.run("import secrets", "s").unwrap();
        i.eval::<String>("secrets.token_hex(16)").unwrap()
    };
    let (a, b, c) = (draw([1; 32]), draw([1; 32]), draw([2; 32]));
    assert_eq!(a.len(), 32);
    assert_eq!(a, b, "the same key gives the same stream");
    assert_ne!(a, c, "another key, another stream");
}
