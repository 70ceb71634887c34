//! The attack programs of `tests/security/`: each runs under the
//! configuration its header states and must end the way the header says,
//! with no line of output reporting an escape (`ESCAPED`, `LEAK`, `GHOST`,
//! `CAUGHT`, `FINALLY`), and the host unharmed: the same interpreter and a
//! fresh one still compute `1 + 1` afterwards.
//!
//! Header lines:
//!   `# config: default` or `key=value ...` with keys max_memory, max_steps,
//!   max_time, max_output (sizes like `256M`), remove_builtins=a,b,
//!   grant=DIR (a temp tree: `granted/ok.txt`, `secret.txt` beside it,
//!   `granted/link -> ../secret.txt`, `granted/dirlink -> ..`; `open()`
//!   and the built-in `cap` over `granted`, read-only), interpreter=on
//!   (`import interpreter` available), net=HOST[:PORT],... (network
//!   grants, `Builder::allow_net`).
//!   `# expect: ok` | `exit=N` | `limit=memory|steps|time|output|intsize`
//!   | `exception=TypeName`.
//!
//! A program that expects the memory limit gives itself `max_time=60`:
//! how long filling the memory takes depends on the machine (an `ascii()`
//! of 20M characters took 3.5 s at a load average of 8), and a test may
//! not (the README's command must pass on a machine ten times slower).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pyx::embed::{Access, Data, DirCapability, Error, Interpreter, Limit, Output};

fn security_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/security")
}

fn header<'a>(src: &'a str, key: &str) -> Option<&'a str> {
    src.lines().find_map(|l| l.strip_prefix(&format!("# {key}:")).map(str::trim))
}

fn size(s: &str) -> usize {
    let (n, m) = match s.chars().last() {
        Some('K') => (&s[..s.len() - 1], 1 << 10),
        Some('M') => (&s[..s.len() - 1], 1 << 20),
        Some('G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    n.parse::<usize>().expect("size") * m
}

struct Tree {
    _tmp: tempfile::TempDir,
    granted: PathBuf,
}

fn make_tree() -> Tree {
    let tmp = tempfile::tempdir().expect("tempdir");
    let granted = tmp.path().join("granted");
    std::fs::create_dir_all(granted.join("sub")).expect("mkdir");
    std::fs::write(granted.join("ok.txt"), "inside\n").expect("write");
    std::fs::write(tmp.path().join("secret.txt"), "TOP SECRET\n").expect("write");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("../secret.txt", granted.join("link")).expect("symlink");
        std::os::unix::fs::symlink("..", granted.join("dirlink")).expect("symlink");
    }
    Tree { _tmp: tmp, granted }
}

/// How a case runs: as configured, or also with a collection at every safe
/// point (`Builder::gc_stress`), where a native that holds an unrooted
/// object across a call back into Python would see it freed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Plain,
    GcStress,
}

/// Under GC stress a run is much slower: it also stops after this long
/// (unless its own config stops it sooner), and such a stop is not judged
/// against the expected outcome — only the escape markers and the host's
/// health are. (A step cap would change what the programs that hand steps
/// to child interpreters may do.)
const STRESS_TIME: Duration = Duration::from_secs(2);

fn run_case(path: &Path, mode: Mode) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let config = header(&src, "config").ok_or("no config header")?;
    let expect = header(&src, "expect").ok_or("no expect header")?;
    // As the `pyx` command runs them: no time or output cap unless the
    // program's config asks for one.
    // The system clock, as the `pyx` command grants it (`time.sleep`
    // against the time limit is one of the attacks).
    let mut b = Interpreter::builder()
        .stdout(Output::Capture)
        .stderr(Output::Capture)
        .max_native_depth(150)
        .no_time_limit()
        .no_output_limit()
        .clock(std::sync::Arc::new(pyx::embed::SystemClock::new()));
    let mut tree = None;
    for kv in config.split_whitespace().filter(|s| *s != "default") {
        let (k, v) = kv.split_once('=').ok_or(format!("bad config {kv}"))?;
        b = match k {
            "max_memory" => b.max_memory(size(v)),
            "max_steps" => b.max_steps(v.parse().map_err(|_| "steps")?),
            "max_time" => b.max_time(Duration::from_secs_f64(v.parse().map_err(|_| "time")?)),
            "max_output" => b.max_output(size(v)),
            "remove_builtins" => v.split(',').fold(b, |b, n| b.remove_builtin(n)),
            "interpreter" if v == "on" => b.interpreter_module(),
            "grant" => {
                let t = make_tree();
                let cap = DirCapability::open_host_dir(&t.granted, v, Access::ReadOnly).map_err(|e| e.to_string())?;
                tree = Some(t);
                b.allow_open("", cap.clone()).grant_dir("cap", cap)
            }
            "net" => b.allow_net(&v.split(',').collect::<Vec<_>>()).map_err(|e| e.to_string())?,
            _ => return Err(format!("unknown config key {k}")),
        };
    }
    if mode == Mode::GcStress {
        let time = config.split_whitespace().find_map(|kv| kv.strip_prefix("max_time=")?.parse::<f64>().ok());
        b = b
            .gc_stress(true)
            .max_time(time.map(Duration::from_secs_f64).unwrap_or(STRESS_TIME).min(STRESS_TIME));
    }
    let mut interp = b.build().map_err(|e| e.to_string())?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("case.py");
    let started = Instant::now();
    let r = interp.run(&src, name);
    let elapsed = started.elapsed();
    let out = interp.take_stdout();
    let err = interp.take_stderr();
    let outcome_ok = match (expect, &r) {
        ("ok", Ok(())) => true,
        (e, Err(Error::Exit(c))) if e.strip_prefix("exit=").map(|n| n == c.to_string()).unwrap_or(false) => true,
        (e, Err(Error::Exception { type_name, .. })) if e.strip_prefix("exception=") == Some(type_name.as_str()) => true,
        (e, Err(Error::Limit(l))) if e.strip_prefix("limit=").is_some() => {
            let want = match &e[6..] {
                "memory" => Limit::Memory,
                "steps" => Limit::Steps,
                "time" => Limit::Time,
                "output" => Limit::Output,
                "intsize" => Limit::IntSize,
                other => return Err(format!("unknown limit {other}")),
            };
            *l == want
        }
        _ => false,
    };
    let stress_stop = mode == Mode::GcStress && matches!(r, Err(Error::Limit(Limit::Time)));
    if !outcome_ok && !stress_stop {
        return Err(format!("expected {expect}, got {r:?}\nstdout: {}\nstderr: {err}", &out[..out.len().min(2000)]));
    }
    if expect == "ok" && !stress_stop && !out.contains("done") {
        return Err(format!("did not finish: {out}"));
    }
    for bad in ["ESCAPED", "LEAK", "GHOST", "CAUGHT", "FINALLY", "TOP SECRET"] {
        if out.contains(bad) || err.contains(bad) {
            return Err(format!("{bad} in output:\n{out}\n{err}"));
        }
    }
    if expect == "limit=time" && mode == Mode::Plain && elapsed > Duration::from_secs(3) {
        return Err(format!("time limit took {elapsed:?}"));
    }
    // The host is unharmed: this interpreter still works, and so does a new one.
    let again = interp.eval::<Data>("1 + 1").map_err(|e| format!("interpreter unusable after run: {e}"))?;
    if again != Data::Int(2) {
        return Err(format!("1 + 1 = {again:?}"));
    }
    drop(interp);
    let mut fresh = Interpreter::new().map_err(|e| e.to_string())?;
    if fresh.eval::<Data>("1 + 1").map_err(|e| e.to_string())? != Data::Int(2) {
        return Err("fresh interpreter broken".into());
    }
    drop(tree);
    Ok(())
}

#[test]
fn attack_programs_fail_cleanly() {
    run_all(Mode::Plain);
}

#[test]
fn attack_programs_fail_cleanly_under_gc_stress() {
    run_all(Mode::GcStress);
}

fn run_all(mode: Mode) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(security_dir())
        .expect("tests/security")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("py"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "attack programs missing");
    // `PYX_SECURITY_ONLY=name` runs the programs whose file name contains it.
    if let Ok(only) = std::env::var("PYX_SECURITY_ONLY") {
        files.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.contains(&only)));
    }
    // Run on a large stack, as the `pyx` command does.
    let failures = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut failures = Vec::new();
            for f in &files {
                let t = Instant::now();
                let r = run_case(f, mode);
                eprintln!("{:<28} {:>8.1?} {}", f.file_name().and_then(|n| n.to_str()).unwrap_or("?"), t.elapsed(), if r.is_ok() { "ok" } else { "FAIL" });
                if let Err(e) = r {
                    failures.push(format!("{}: {}", f.display(), e));
                }
            }
            failures
        })
        .expect("thread")
        .join()
        .expect("join");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn finalizers_do_not_outlive_the_interpreter() {
    let sink = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let s2 = sink.clone();
    let mut i = Interpreter::builder()
        .stdout(Output::Callback(Box::new(move |s| s2.lock().expect("lock").push_str(s))))
        .build()
        .expect("build");
    i.run("class G:\n    def __del__(self):\n        print('GHOST')\ng = G()\ng.me = g\n__builtins__['keep'] = G()\n", "f.py").expect("run");
    drop(i);
    // Nothing of that interpreter runs after it is gone.
    let mut j = Interpreter::new().expect("build");
    j.run("x = [0] * 1000\n", "g.py").expect("run");
    drop(j);
    assert!(!sink.lock().expect("lock").contains("GHOST"));
}

#[test]
fn host_functions_convert_arguments_and_raise_type_errors() {
    let mut i = Interpreter::builder()
        .stdout(Output::Capture)
        .function("add", |a: i64, b: i64| a + b)
        .function("greet", |name: String| format!("hello {name}"))
        .function("fail", || -> Result<i64, pyx::embed::HostError> { Err(pyx::embed::HostError::value_error("nope")) })
        .module(pyx::embed::HostModule::new("host").function("twice", |x: f64| x * 2.0).constant("K", Data::Int(7)))
        .build()
        .expect("build");
    assert_eq!(i.eval::<Data>("add(2, 3)").expect("add"), Data::Int(5));
    assert_eq!(i.eval::<Data>("greet('bob')").expect("greet"), Data::Str("hello bob".into()));
    let e = i.eval::<Data>("add('x', 1)").expect_err("type");
    assert!(matches!(&e, Error::Exception { type_name, message, .. } if type_name == "TypeError" && message.contains("argument 1 must be int, not str")), "{e:?}");
    let e = i.eval::<Data>("add(1)").expect_err("count");
    assert!(matches!(&e, Error::Exception { type_name, .. } if type_name == "TypeError"), "{e:?}");
    let e = i.eval::<Data>("add(1, lambda: 0)").expect_err("not data");
    assert!(matches!(&e, Error::Exception { type_name, .. } if type_name == "TypeError"), "{e:?}");
    let e = i.eval::<Data>("fail()").expect_err("raises");
    assert!(matches!(&e, Error::Exception { type_name, message, .. } if type_name == "ValueError" && message == "nope"), "{e:?}");
    i.run("import host\nprint(host.twice(2), host.K)\ntry:\n    fail()\nexcept ValueError as e:\n    print('caught', e)\n", "m.py").expect("run");
    assert_eq!(i.take_stdout(), "4.0 7\ncaught nope\n");
    // Host functions show no internals.
    i.run("print(add, type(add).__name__)\nprint(hasattr(add, '__dict__'), hasattr(add, '__closure__'), hasattr(add, '__globals__'))\n", "n.py").expect("run");
    assert_eq!(i.take_stdout(), "<built-in function add> builtin_function_or_method\nFalse False False\n");
}

#[test]
fn values_cross_as_plain_data_and_functions_are_callable_from_the_host() {
    let mut i = Interpreter::builder().stdout(Output::Capture).build().expect("build");
    i.run("def f(x, d):\n    return {'n': x * 2, 't': (1, 2.5, None, True), 'b': b'ab', 'k': sorted(d)}\n", "f.py").expect("run");
    let d = Data::Dict(vec![(Data::Str("z".into()), Data::Int(1)), (Data::Str("a".into()), Data::Int(2))].into());
    let r = i.call::<Data>("f", &[Data::Int(21), d]).expect("call");
    assert_eq!(
        r,
        Data::Dict(vec![
            (Data::Str("n".into()), Data::Int(42)),
            (Data::Str("t".into()), Data::Tuple(vec![Data::Int(1), Data::Float(2.5), Data::None, Data::Bool(true)])),
            (Data::Str("b".into()), Data::Bytes(b"ab".to_vec())),
            (Data::Str("k".into()), Data::List(vec![Data::Str("a".into()), Data::Str("z".into())])),
        ].into())
    );
    assert!(matches!(i.eval::<Data>("2 ** 100").expect("big"), Data::BigInt(_)));
    // Cycles and non-data values are refused, not crashed on.
    i.run("l = []\nl.append(l)\n", "c.py").expect("run");
    assert!(i.eval::<Data>("l").is_err());
    assert!(matches!(i.eval::<Data>("len").expect_err("fn"), Error::Host(m) if m.contains("not plain data")));
    assert!(matches!(i.call::<Data>("nope", &[]).expect_err("missing"), Error::Host(m) if m.contains("no function named 'nope'")));
    i.set_global("g", &Data::Str("hi".into())).expect("set");
    assert_eq!(i.eval::<Data>("g * 2").expect("g"), Data::Str("hihi".into()));
    let e = i.run("def g():\n    1/0\ng()\n", "boom.py").expect_err("exc");
    match e {
        Error::Exception { type_name, message, traceback } => {
            assert_eq!(type_name, "ZeroDivisionError");
            assert_eq!(message, "division by zero");
            assert!(traceback.contains("File \"boom.py\", line 2, in g"), "{traceback}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn builtins_are_granted_and_removed() {
    let mut i = Interpreter::builder().remove_builtin("eval").remove_builtin("exec").build().expect("build");
    assert!(matches!(i.eval::<Data>("eval('1')").expect_err("gone"), Error::Exception { type_name, .. } if type_name == "NameError"));
    assert_eq!(i.eval::<Data>("'open' in dir(__builtins__) if isinstance(__builtins__, dict) else 0").expect("dir"), Data::Bool(false));
    let mut j = Interpreter::builder().stdin("alice\nbob\n").stdout(Output::Capture).build().expect("build");
    j.run("print(input('name? '))\nimport sys\nprint(sys.stdin.readline().strip())\n", "in.py").expect("run");
    assert_eq!(j.take_stdout(), "name? alice\nbob\n");
}

#[test]
fn directory_capabilities_read_write_and_confine() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::write(tmp.path().join("in.txt"), "a\nb\n").expect("write");
    let cap = DirCapability::open_host_dir(tmp.path(), "work", Access::ReadWrite).expect("cap");
    let mut i = Interpreter::builder().stdout(Output::Capture).allow_open("", cap.clone()).grant_dir("work", cap).build().expect("build");
    i.run(
        "with open('in.txt') as f:\n    lines = [l.strip() for l in f]\nprint(lines)\nwith open('out.txt', 'w') as f:\n    f.write('xyz')\nprint(work.read_text('out.txt'), work.listdir('.'), work.exists('nope'), work)\n",
        "io.py",
    )
    .expect("run");
    assert_eq!(i.take_stdout(), "['a', 'b']\nxyz ['in.txt', 'out.txt'] False <DirCapability 'work' read-write>\n");
    assert_eq!(std::fs::read_to_string(tmp.path().join("out.txt")).expect("read"), "xyz");
    let e = i.run("open('../x', 'w')\n", "esc.py").expect_err("escape");
    assert!(matches!(&e, Error::Exception { type_name, .. } if type_name == "PermissionError"), "{e:?}");
    assert!(!e.to_string().contains(tmp.path().to_str().unwrap_or("/tmp")), "{e}");
}

#[test]
fn interrupt_handle_stops_a_run_from_another_thread() {
    let mut i = Interpreter::new().expect("build");
    let h = i.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        h.interrupt();
    });
    let r = i.run("while True:\n    pass\n", "loop.py");
    t.join().expect("join");
    assert_eq!(r, Err(Error::Limit(Limit::Interrupted)));
    assert_eq!(i.eval::<Data>("1 + 1").expect("again"), Data::Int(2));
}

/// A collection is long work that is not Python steps (marking a large
/// heap, or hundreds of deep thread stacks): it stops at the deadline, the
/// host's interrupt or Ctrl-C instead of marking everything first, and
/// the limit (here a `KeyboardInterrupt`) arrives at once. With a
/// collection at every safe point (GC stress), the first one after Ctrl-C
/// stops it and the next step raises; a collector that ignored the request
/// would finish, and the loop would run on to the next regular poll (about
/// a thousand iterations). Counted in steps, not time: the same on any
/// machine.
#[test]
fn a_collection_stops_at_ctrl_c() {
    use std::sync::{Arc, Mutex};
    let handle: Arc<Mutex<Option<pyx::embed::KeyboardInterrupt>>> = Arc::default();
    let h2 = handle.clone();
    let mut i = Interpreter::builder()
        .stdout(Output::Capture)
        .gc_stress(true)
        .function("ctrl_c", move || {
            if let Some(k) = h2.lock().expect("lock").as_ref() {
                k.send();
            }
            0i64
        })
        .build()
        .expect("build");
    *handle.lock().expect("lock") = Some(i.keyboard_interrupt_handle());
    let src = "import gc\nlive = [[i] for i in range(1000)]\nn = 0\ngc.collect()\ntry:\n    ctrl_c()\n    while True:\n        n += 1\n        x = [n]\nexcept KeyboardInterrupt:\n    pass\nprint(n, len(live), live[999])\n";
    i.run(src, "c.py").expect("run");
    let out = i.take_stdout();
    let n: u32 = out.split_whitespace().next().and_then(|n| n.parse().ok()).expect("count");
    assert!(n <= 2, "the loop ran {n} times after Ctrl-C: a collection did not stop for it");
    assert!(out.ends_with(" 1000 [999]\n"), "{out}");
}
