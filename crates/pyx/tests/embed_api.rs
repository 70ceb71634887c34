//! The Rust embedding API as an embedder holds it: typed host functions,
//! typed results, keyword arguments, errors, interrupts and defaults.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

use pyx::embed::{CallArgs, Data, Error, HostError, HostModule, Interpreter, Kwargs, Limit, Map, Rest};

fn exc(e: &Error) -> (&str, &str) {
    match e {
        Error::Exception { type_name, message, .. } => (type_name, message),
        other => panic!("expected a Python exception, got {other:?}"),
    }
}

#[test]
fn host_functions_take_typed_parameters() {
    let mut i = Interpreter::builder()
        .function("upper", |s: &str| s.to_uppercase())
        .function("join", |sep: &str, parts: Vec<String>| parts.join(sep))
        .function("mixed", |a: i32, s: &str, f: f64, b: bool| format!("{a}|{s}|{f}|{b}"))
        .function("total", |m: HashMap<String, i64>| m.values().sum::<i64>())
        .function("sorted_keys", |m: BTreeMap<String, Data>| m.into_keys().collect::<Vec<_>>())
        .function("pair", |t: (i64, String)| (t.1, t.0 * 2))
        .function("opt", |x: i64, y: Option<i64>| x + y.unwrap_or(100))
        .function("ident", |d: Data| d)
        .function("uniq", |v: HashSet<i64>| v.len())
        .function("small", |x: u16| x as i64)
        .function("bytes_len", |b: Vec<u8>| b.len())
        .build()
        .unwrap();
    assert_eq!(i.eval::<String>("upper('abc')").unwrap(), "ABC");
    assert_eq!(i.eval::<String>("join('-', ['a', 'b', 'c'])").unwrap(), "a-b-c");
    assert_eq!(i.eval::<String>("mixed(1, 'x', 2, True)").unwrap(), "1|x|2|true");
    assert_eq!(i.eval::<i64>("total({'a': 1, 'b': 2})").unwrap(), 3);
    assert_eq!(i.eval::<Vec<String>>("sorted_keys({'z': 1, 'a': None})").unwrap(), ["a", "z"]);
    assert_eq!(i.eval::<(String, i64)>("pair((21, 'k'))").unwrap(), ("k".to_string(), 42));
    assert_eq!(i.eval::<i64>("opt(1)").unwrap(), 101);
    assert_eq!(i.eval::<i64>("opt(1, 2)").unwrap(), 3);
    assert_eq!(i.eval::<i64>("opt(1, None)").unwrap(), 101);
    assert_eq!(i.eval::<Data>("ident([1, (2,)])").unwrap(), Data::List(vec![Data::Int(1), Data::Tuple(vec![Data::Int(2)])]));
    assert_eq!(i.eval::<usize>("uniq([1, 1, 2])").unwrap(), 2);
    assert_eq!(i.eval::<usize>("bytes_len(b'abc')").unwrap(), 3);
    // Wrong types and counts are TypeErrors with CPython-shaped messages.
    let e = i.eval::<Data>("upper(1)").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "upper() argument 1 must be str, not int"));
    let e = i.eval::<Data>("join('-', ['a', 1])").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "join() argument 2 must be str (an item was int), not list"));
    let e = i.eval::<Data>("opt()").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "opt() takes from 1 to 2 positional arguments but 0 were given"));
    let e = i.eval::<Data>("upper('a', 'b')").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "upper() takes 1 positional argument but 2 were given"));
    let e = i.eval::<Data>("small(70000)").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "small() argument 1 must be int in range for u16, not int"));
    let e = i.eval::<Data>("upper(s='a')").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "upper() takes 1 positional argument but 0 were given"));
    let e = i.eval::<Data>("upper('a', s='a')").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "upper() takes no keyword arguments"));
}

#[test]
fn host_functions_take_keyword_and_rest_arguments() {
    let mut i = Interpreter::builder()
        .function("fmt", |x: i64, mut kw: Kwargs| -> Result<String, HostError> {
            let width: Option<usize> = kw.take("width")?;
            let fill: Option<String> = kw.take("fill")?;
            kw.finish("fmt")?;
            let s = x.to_string();
            let pad = width.unwrap_or(0).saturating_sub(s.len());
            Ok(fill.unwrap_or_else(|| " ".into()).repeat(pad) + &s)
        })
        .function("sum_all", |first: i64, rest: Rest<i64>| first + rest.0.iter().sum::<i64>())
        .function("kw_names", |kw: Kwargs| kw.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>())
        .build()
        .unwrap();
    assert_eq!(i.eval::<String>("fmt(42, width=5, fill='0')").unwrap(), "00042");
    assert_eq!(i.eval::<String>("fmt(42)").unwrap(), "42");
    let e = i.eval::<Data>("fmt(1, colour='red')").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "fmt() got an unexpected keyword argument 'colour'"));
    let e = i.eval::<Data>("fmt(1, width='wide')").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "argument 'width' must be int, not str"));
    assert_eq!(i.eval::<i64>("sum_all(1, 2, 3, 4)").unwrap(), 10);
    assert_eq!(i.eval::<i64>("sum_all(1)").unwrap(), 1);
    let e = i.eval::<Data>("sum_all()").unwrap_err();
    assert_eq!(exc(&e), ("TypeError", "sum_all() takes at least 1 positional argument (0 given)"));
    // Keyword order is the caller's.
    assert_eq!(i.eval::<Vec<String>>("kw_names(z=1, a=2, m=3)").unwrap(), ["z", "a", "m"]);
}

#[test]
fn host_functions_may_be_fnmut_with_state() {
    let mut count = 0i64;
    let mut log = Vec::new();
    let mut i = Interpreter::builder()
        .function("tick", move || {
            count += 1;
            count
        })
        .function("remember", move |s: &str| {
            log.push(s.to_string());
            log.len()
        })
        .build()
        .unwrap();
    i.run("for _ in range(5):\n    tick()\nremember('a')\n", "t.py").unwrap();
    assert_eq!(i.eval::<i64>("tick()").unwrap(), 6);
    assert_eq!(i.eval::<usize>("remember('b')").unwrap(), 2);
}

#[test]
fn host_errors_keep_their_type_name() {
    let mut i = Interpreter::builder()
        .function("quota", || -> Result<(), HostError> { Err(HostError::new("MyCustomError", "over quota")) })
        .function("perm", || -> Result<(), HostError> { Err(HostError::new("PermissionError", "no")) })
        .function("io", || -> Result<String, HostError> { Ok(std::fs::read_to_string("/definitely/not/here")?) })
        .build()
        .unwrap();
    let e = i.eval::<Data>("quota()").unwrap_err();
    assert_eq!(exc(&e), ("MyCustomError", "over quota"));
    if let Error::Exception { traceback, .. } = &e {
        assert!(traceback.trim_end().ends_with("MyCustomError: over quota"), "{traceback}");
    }
    // Python code sees one class per name, an Exception it can catch.
    i.run(
        "try:\n    quota()\nexcept Exception as e:\n    first = type(e)\n    print(type(e).__name__, e, isinstance(e, Exception))\ntry:\n    quota()\nexcept first:\n    print('same class')\n",
        "c.py",
    )
    .unwrap();
    assert_eq!(i.take_stdout(), "MyCustomError over quota True\nsame class\n");
    assert_eq!(exc(&i.eval::<Data>("perm()").unwrap_err()), ("PermissionError", "no"));
    assert_eq!(i.eval::<bool>("issubclass(PermissionError, OSError)").unwrap(), true);
    let e = i.eval::<Data>("io()").unwrap_err();
    assert_eq!(exc(&e).0, "RuntimeError");
    // A name that is not an identifier does not make a class.
    let mut j = Interpreter::builder().function("bad", || -> Result<(), HostError> { Err(HostError::new("no such", "x")) }).build().unwrap();
    assert_eq!(exc(&j.eval::<Data>("bad()").unwrap_err()), ("RuntimeError", "no such: x"));
}

#[test]
fn typed_results_and_errors_of_eval_call_get() {
    let mut i = Interpreter::new().unwrap();
    i.run("def f(a, b, key=0):\n    return {'sum': a + b + key, 'args': [a, b]}\nclass K:\n    @staticmethod\n    def m(x):\n        return x * 3\nobj = K()\n", "m.py").unwrap();
    let m: Map = i.call("f", (1, 2)).unwrap();
    assert_eq!(m.get("sum"), Some(&Data::Int(3)));
    assert_eq!(m.keys().map(|k| k.as_str().unwrap()).collect::<Vec<_>>(), ["sum", "args"]);
    let m: HashMap<String, Data> = i.call("f", CallArgs::new().arg(1).arg(2).kwarg("key", 10)).unwrap();
    assert_eq!(m["sum"], Data::Int(13));
    assert_eq!(i.call::<i64>("K.m", (5,)).unwrap(), 15);
    assert_eq!(i.call::<i64>("obj.m", (2,)).unwrap(), 6);
    // Modules: a stdlib module is imported on first use.
    assert_eq!(i.call::<String>("json.dumps", (vec![1i64, 2],)).unwrap(), "[1, 2]");
    assert_eq!(i.call::<f64>("math.sqrt", (16,)).unwrap(), 4.0);
    // Missing names, non-data results, wrong types: Error::Host.
    assert!(matches!(i.call::<Data>("nope", ()), Err(Error::Host(m)) if m.contains("no function named 'nope'")));
    assert!(matches!(i.call::<Data>("nomodule_xyz.f", ()), Err(Error::Host(m)) if m.contains("no global or module named 'nomodule_xyz'")));
    assert!(matches!(i.call::<Data>("K.zz", ()), Err(Error::Host(m)) if m.contains("no attribute 'zz'")));
    assert!(matches!(i.eval::<Data>("K"), Err(Error::Host(m)) if m.contains("not plain data")));
    assert!(matches!(i.eval::<i64>("'s'"), Err(Error::Host(m)) if m == "eval(): expected int, not str"));
    assert!(matches!(i.get::<i64>("undefined_name"), Err(Error::Host(_))));
    // Exceptions raised inside stay Python exceptions.
    assert_eq!(exc(&i.call::<Data>("f", (1, "x")).unwrap_err()).0, "TypeError");
    i.set("g", vec!["a", "b"]).unwrap();
    assert_eq!(i.get::<Vec<String>>("g").unwrap(), ["a", "b"]);
    i.set("big", num_bigint::BigInt::from(1u8) << 100).unwrap();
    assert_eq!(i.eval::<String>("str(big)").unwrap(), "1267650600228229401496703205376");
    assert_eq!(i.eval::<u128>("big").unwrap(), 1u128 << 100);
}

#[test]
fn dicts_sets_and_frozensets_cross_in_order() {
    let mut i = Interpreter::new().unwrap();
    let d: Data = i.eval("{'z': 1, 'a': {3, 4}, 'm': frozenset([5])}").unwrap();
    let Data::Dict(m) = &d else { panic!("{d:?}") };
    assert_eq!(m.keys().map(|k| k.as_str().unwrap()).collect::<Vec<_>>(), ["z", "a", "m"]);
    assert_eq!(m.get("a"), Some(&Data::Set(vec![Data::Int(4), Data::Int(3)])));
    assert_eq!(m.get("m"), Some(&Data::FrozenSet(vec![Data::Int(5)])));
    i.set("d", &d).unwrap();
    assert_eq!(i.eval::<String>("repr(d)").unwrap(), "{'z': 1, 'a': {3, 4}, 'm': frozenset({5})}");
    let keys = Map::from([("b", 2i64), ("a", 1)]);
    i.set("k", keys).unwrap();
    assert_eq!(i.eval::<String>("repr(k)").unwrap(), "{'b': 2, 'a': 1}");
}

#[test]
fn an_interrupt_sent_before_a_run_stops_it() {
    let mut i = Interpreter::new().unwrap();
    let h = i.interrupt_handle();
    h.interrupt();
    assert_eq!(i.run("x = 1", "a.py").unwrap_err(), Error::Limit(Limit::Interrupted));
    // Consumed: the next run goes on.
    i.run("x = 2", "a.py").unwrap();
    assert_eq!(i.eval::<i64>("x").unwrap(), 2);
    // From another thread, during a run.
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        h.interrupt();
    });
    assert_eq!(i.run("while True:\n    pass\n", "loop.py").unwrap_err(), Error::Limit(Limit::Interrupted));
    t.join().unwrap();
    assert_eq!(i.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn defaults_capture_output_and_limit_time() {
    let mut i = Interpreter::new().unwrap();
    i.run("import sys\nprint('out')\nprint('err', file=sys.stderr)\n", "p.py").unwrap();
    assert_eq!(i.take_stdout(), "out\n");
    assert_eq!(i.take_stderr(), "err\n");
    assert_eq!(pyx::embed::DEFAULT_MAX_TIME, Duration::from_secs(10));
    // The default output cap holds (a run that writes past it ends).
    let e = i.run("s = 'x' * 1000000\nfor _ in range(100):\n    print(s)\n", "big.py").unwrap_err();
    assert_eq!(e, Error::Limit(Limit::Output));
    // The time limit a builder sets ends an endless loop.
    let mut j = Interpreter::builder().max_time(Duration::from_millis(100)).build().unwrap();
    assert_eq!(j.run("while True:\n    pass\n", "loop.py").unwrap_err(), Error::Limit(Limit::Time));
    assert_eq!(j.eval::<i64>("2 + 2").unwrap(), 4);
}

#[test]
fn host_modules_take_any_host_function() {
    let m = HostModule::new("store").function("put", |k: &str, v: Data| format!("{k}={v:?}")).constant("VERSION", "1.0");
    let mut i = Interpreter::builder().module(m).build().unwrap();
    assert_eq!(i.eval::<String>("__import__('store').VERSION").unwrap(), "1.0");
    assert_eq!(i.call::<String>("store.put", ("a", 1)).unwrap(), "a=Int(1)");
}

#[cfg(feature = "serde")]
#[test]
fn serde_types_cross_both_ways() {
    use pyx::embed::Serde;
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Point {
        x: i64,
        y: f64,
        tags: Vec<String>,
        kind: Kind,
    }
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    enum Kind {
        Plain,
        Named(String),
    }
    let mut i = Interpreter::builder()
        .function("shift", |Serde(mut p): Serde<Point>, dx: i64| {
            p.x += dx;
            Serde(p)
        })
        .build()
        .unwrap();
    let p: Serde<Point> = i.eval("{'x': 1, 'y': 2.5, 'tags': ['a'], 'kind': {'Named': 'n'}}").unwrap();
    assert_eq!(p.0, Point { x: 1, y: 2.5, tags: vec!["a".into()], kind: Kind::Named("n".into()) });
    i.set("p", Serde(Point { x: 1, y: 0.0, tags: vec![], kind: Kind::Plain })).unwrap();
    assert_eq!(i.eval::<String>("repr(p)").unwrap(), "{'x': 1, 'y': 0.0, 'tags': [], 'kind': 'Plain'}");
    let q: Serde<Point> = i.eval("shift(p, 10)").unwrap();
    assert_eq!(q.0.x, 11);
    let e = i.eval::<Data>("shift({'x': 'no'}, 1)").unwrap_err();
    assert_eq!(exc(&e).0, "TypeError");
}

/// Timings for the book (run with `--ignored --nocapture`); asserts nothing
/// about speed.
#[test]
#[ignore]
fn measure_new_and_eval() {
    use std::time::Instant;
    let _ = Interpreter::new().unwrap().eval::<i64>("1 + 1");
    let n = 2000;
    for (label, timed) in [("default (10 s limit)", true), ("no time limit", false)] {
        let t = Instant::now();
        for _ in 0..n {
            let mut b = Interpreter::builder();
            if !timed {
                b = b.no_time_limit();
            }
            let _ = b.build().unwrap();
        }
        let build = t.elapsed() / n;
        let t = Instant::now();
        for _ in 0..n {
            let mut b = Interpreter::builder();
            if !timed {
                b = b.no_time_limit();
            }
            let mut i = b.build().unwrap();
            assert_eq!(i.eval::<i64>("1 + 1").unwrap(), 2);
        }
        let both = t.elapsed() / n;
        let mut i = if timed { Interpreter::new().unwrap() } else { Interpreter::builder().no_time_limit().build().unwrap() };
        let t = Instant::now();
        for _ in 0..n {
            i.eval::<i64>("1 + 1").unwrap();
        }
        let eval = t.elapsed() / n;
        println!("{label}: build {build:?}, build+eval {both:?}, eval alone {eval:?}");
    }
}

/// The example at the top of the book's "Embedding pyx from Rust" chapter,
/// with a temporary directory for the grant.
#[test]
fn the_book_example_runs() -> Result<(), Box<dyn std::error::Error>> {
    use pyx::embed::{Access, DirCapability};
    let tmp = tempfile::tempdir()?;
    let data = DirCapability::open_host_dir(tmp.path(), "data", Access::ReadOnly)?;
    let mut interp = Interpreter::builder()
        .max_memory(256 << 20)
        .max_time(Duration::from_secs(2))
        .max_steps(50_000_000)
        .max_output(1 << 20)
        .function("double", |x: i64| x * 2)
        .function("greet", |name: &str, mut kw: Kwargs| -> Result<String, HostError> {
            let greeting: Option<String> = kw.take("greeting")?;
            kw.finish("greet")?;
            Ok(format!("{}, {name}", greeting.as_deref().unwrap_or("hello")))
        })
        .module(HostModule::new("host").function("upper", |s: &str| s.to_uppercase()).constant("VERSION", "1.2"))
        .grant_dir("data", data.clone())
        .allow_open("", data)
        .remove_builtin("exec")
        .build()?;
    interp.run("def score(xs, *, weight=1):\n    return sum(xs) / len(xs) * weight\nprint(greet('you', greeting='hi'))\n", "plugin.py")?;
    assert_eq!(interp.take_stdout(), "hi, you\n");
    let avg: f64 = interp.call("score", (vec![1, 2],))?;
    assert_eq!(avg, 1.5);
    let twice: f64 = interp.call("score", CallArgs::new().arg(vec![1, 2]).kwarg("weight", 2))?;
    assert_eq!(twice, 3.0);
    assert_eq!(interp.eval::<i64>("double(21)")?, 42);
    assert_eq!(interp.call::<String>("host.upper", ("abc",))?, "ABC");
    assert!(matches!(interp.eval::<Data>("greet('x', colour=1)"), Err(Error::Exception { .. })));
    Ok(())
}

#[test]
fn a_panic_is_an_error_for_its_interpreter_only() {
    let mut i = Interpreter::builder()
        .function("boom", |n: i64| -> i64 {
            if n > 2 {
                panic!("host function bug at {n}");
            }
            n
        })
        .build()
        .expect("build");
    assert_eq!(i.eval::<i64>("boom(1) + boom(2)").expect("no panic yet"), 3);
    // The panic does not unwind through the host: it is an Error...
    match i.run("x = [boom(k) for k in range(5)]", "p.py") {
        Err(Error::Internal(m)) => assert!(m.contains("host function bug at 3"), "{m}"),
        other => panic!("expected Error::Internal, got {other:?}"),
    }
    // ...and the interpreter, whose state is unknown, is retired.
    assert!(matches!(i.eval::<i64>("1 + 1"), Err(Error::Internal(_))));
    // Others are unaffected.
    let mut j = Interpreter::new().expect("build");
    assert_eq!(j.eval::<i64>("1 + 1").expect("fresh"), 2);
}

// The one host front: what a REPL or command needs is here too, so no host
// drives the VM by hand (each front resetting different state).

#[test]
fn interactive_runs_print_values_and_bind_underscore() {
    let mut i = Interpreter::new().unwrap();
    i.run_interactive("1 + 1\n", "<stdin>").unwrap();
    i.run_interactive("None\n", "<stdin>").unwrap();
    i.run_interactive("x = 5\n", "<stdin>").unwrap();
    i.run_interactive("_ * 10 + x\n", "<stdin>").unwrap();
    assert_eq!(i.take_stdout(), "2\n25\n");
    let e = i.run_interactive("1/0\n", "<stdin>").unwrap_err();
    assert_eq!(exc(&e).0, "ZeroDivisionError");
    // Still usable, with its namespace.
    i.run_interactive("'a' * x\n", "<stdin>").unwrap();
    assert_eq!(i.take_stdout(), "'aaaaa'\n");
    let names = i.global_names();
    assert!(names.iter().any(|n| n == "x") && names.iter().any(|n| n == "len"), "{names:?}");
    assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
}

#[test]
fn quiet_evaluation_drops_output_and_caps_its_steps() {
    let mut i = Interpreter::builder().max_steps(1_000_000_000).build().unwrap();
    i.run("class C:\n    def __dir__(self):\n        print('noise')\n        return ['b', 'a']\nc = C()\n", "t.py").unwrap();
    let names: Vec<String> = i.eval_quietly("sorted(dir(c))", 10_000).unwrap();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(i.take_stdout(), "", "what the probe printed is dropped");
    let e = i.eval_quietly::<i64>("sum(1 for _ in iter(int, 1))", 10_000).unwrap_err();
    assert_eq!(e, Error::Limit(Limit::Steps));
    // The interpreter's own step limit is back for its next run.
    i.run("print(sum(range(10**5)))", "t.py").unwrap();
    assert_eq!(i.take_stdout(), "4999950000\n");
}

#[test]
fn keyboard_interrupt_is_a_catchable_exception_in_the_run() {
    let mut i = Interpreter::new().unwrap();
    let kb = i.keyboard_interrupt_handle();
    kb.send();
    let src = "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n";
    i.run(src, "t.py").unwrap();
    assert_eq!(i.take_stdout(), "caught\n");
    // Consumed: the next run is not interrupted; a withdrawn one never comes.
    kb.send();
    kb.clear();
    assert_eq!(i.eval::<i64>("sum(range(1000))").unwrap(), 499500);
    kb.send();
    let e = i.run("while True:\n    pass\n", "t.py").unwrap_err();
    assert_eq!(exc(&e).0, "KeyboardInterrupt");
}

#[test]
fn setup_code_runs_outside_the_programs_budget() {
    let setup = "import sys\nsys.ready = sum(range(20000))\nprint('setup output is the host\\'s')\n";
    let mut i = Interpreter::builder().max_steps(5_000).setup(setup, "<host setup>").build().unwrap();
    i.take_stdout();
    assert_eq!(i.eval::<i64>("__import__('sys').ready").unwrap(), 199990000);
    let e = Interpreter::builder().setup("raise ValueError('no')", "<host setup>").build().err().expect("an exception fails the build");
    assert_eq!(exc(&e), ("ValueError", "no"));
}

#[test]
fn setup_code_finds_sys_bound_and_host_modules_in_sys_modules() {
    // No import needed (an import would start the import system in every
    // interpreter built, whether its programs import or not).
    let m = HostModule::new("_host_cfg").constant("level", 3);
    let setup = "sys.level = sys.modules['_host_cfg'].level * 2\n";
    let mut i = Interpreter::builder().module(m).setup(setup, "<host setup>").build().unwrap();
    assert_eq!(i.eval::<i64>("__import__('sys').level").unwrap(), 6);
}

#[test]
fn input_reads_a_host_stream_as_asked() {
    let mut i = Interpreter::builder().stdin_stream(std::io::Cursor::new("first\nsecond\n")).build().unwrap();
    assert_eq!(i.eval::<String>("input() + '|' + input()").unwrap(), "first|second");
    let e = i.eval::<String>("input()").unwrap_err();
    assert_eq!(exc(&e).0, "EOFError");
}

#[test]
fn the_exit_status_is_system_exits_code_attribute() {
    let mut i = Interpreter::new().unwrap();
    assert_eq!(i.run("raise SystemExit(4)", "t.py"), Err(Error::Exit(4)));
    assert_eq!(i.run("e = SystemExit(4)\ne.code = 7\nraise e", "t.py"), Err(Error::Exit(7)));
    assert_eq!(i.run("import sys\nsys.exit('bye')", "t.py"), Err(Error::Exit(1)));
    assert_eq!(i.take_stderr(), "bye\n");
    assert_eq!(i.run("raise SystemExit", "t.py"), Err(Error::Exit(0)));
}
