//! The `pyx` command line, driven as a user would: every flag and form,
//! bad command lines, grants over temporary directories, `open()`'s
//! encodings and newlines (checked against CPython, `python3`, running
//! the same program), stdin and environment grants, and Ctrl-C.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const PYX: &str = env!("CARGO_BIN_EXE_pyx");

struct Run {
    out: String,
    err: String,
    code: i32,
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    run_with(Command::new(PYX).args(args).current_dir(dir), stdin)
}

fn run_with(cmd: &mut Command, stdin: Option<&str>) -> Run {
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() }).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("pyx starts");
    if let Some(text) = stdin {
        let mut s = child.stdin.take().expect("stdin");
        s.write_all(text.as_bytes()).expect("write stdin");
    }
    let o: Output = child.wait_with_output().expect("pyx ends");
    Run {
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o.status.code().unwrap_or(-1),
    }
}

fn pyx(args: &[&str]) -> Run {
    run_in(Path::new("."), args, None)
}

/// A temporary directory holding `data/` (a CSV with CRLF line ends, a
/// Latin-1 file, a cp1252 file, a file starting with an invalid UTF-8
/// byte), `other/secret.txt` and an empty `out/`.
fn workspace() -> tempfile::TempDir {
    let t = tempfile::tempdir().expect("tempdir");
    let p = t.path();
    for d in ["data", "other", "out"] {
        std::fs::create_dir(p.join(d)).expect("mkdir");
    }
    std::fs::write(p.join("data/a.csv"), b"a,b\r\n1,2\r\nlast\rline").expect("write");
    std::fs::write(p.join("data/latin.txt"), b"caf\xe9 \xe0 la cr\xe8me\n").expect("write");
    std::fs::write(p.join("data/cp1252.txt"), b"\x80 5, \x93quoted\x94\n").expect("write");
    std::fs::write(p.join("data/bad.txt"), b"\xffabc").expect("write");
    std::fs::write(p.join("data/utf8.txt"), "h\u{e9}llo w\u{f6}rld \u{1f600}\n".repeat(5000)).expect("write");
    std::fs::write(p.join("other/secret.txt"), b"secret\n").expect("write");
    t
}

/// Run `program` (a file in `dir`) under pyx with `flags` and under
/// CPython; their stdout must be the same.
fn same_as_cpython(dir: &Path, flags: &[&str], program: &str) {
    std::fs::write(dir.join("prog.py"), program).expect("write program");
    let mut args = flags.to_vec();
    args.push("prog.py");
    let ours = run_in(dir, &args, None);
    let theirs = run_with(Command::new("python3").arg("prog.py").current_dir(dir), None);
    assert_eq!(theirs.code, 0, "CPython failed: {}", theirs.err);
    assert_eq!(ours.out, theirs.out, "pyx differs from CPython; pyx stderr:\n{}", ours.err);
    assert_eq!(ours.code, 0, "{}", ours.err);
}

/// The built-in `help` documents objects through pydoc (as CPython's
/// `site` provides it); its repr says how to use it.
#[test]
fn builtin_help_uses_pydoc() {
    let src = "def area(w, h=2):\n    'Area of a box.'\nprint(repr(help))\nhelp(area)\nhelp('no_such_module_zz')\n";
    let r = pyx(&["-c", src]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        r.out,
        "Type help() for interactive help, or help(object) for help about object.\n\
         Help on function area in module __main__:\n\narea(w, h=2)\n    Area of a box.\n\n\
         No Python documentation found for 'no_such_module_zz'.\n\
         Use help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n"
    );
}

#[test]
fn version_and_help() {
    for flag in ["-V", "--version"] {
        let r = pyx(&[flag]);
        assert_eq!(r.code, 0);
        assert!(r.out.starts_with("pyx ") && r.out.contains("Python 3.11"), "{}", r.out);
    }
    let r = pyx(&["--help"]);
    assert_eq!(r.code, 0);
    for needle in [
        "-c <CMD>", "-m <MOD>", "[FILE]", "-i", "-u", "-q", "-W <ARG>", "-X <OPT>", "--allow-read", "--allow-write", "--allow-env",
        "--allow-stdin", "--allow-all", "--deny-read", "--deny-write", "--deny-env", "--import-path", "--max-memory", "--max-time",
        "--max-steps", "--max-output", "--allow-net", "--deny-net", "--max-net-bytes", "--ast", "--tokens", "--check", "completions", "Examples:",
    ] {
        assert!(r.out.contains(needle), "--help does not mention {needle}");
    }
}

#[test]
fn bad_command_lines_are_clear_errors_with_status_2() {
    for (args, says) in [
        (&["--frobnicate"][..], "unexpected argument '--frobnicate'"),
        (&["-c"], "a value is required for '-c <CMD>'"),
        (&["-m"], "a value is required for '-m <MOD>'"),
        (&["--max-memory=lots", "-c", "1"], "'lots' is not a size"),
        (&["--max-memory"], "a value is required"),
        (&["--max-time=-1", "-c", "1"], "not a positive number of seconds"),
        (&["--max-steps=many", "-c", "1"], "invalid digit"),
        (&["completions", "tcsh"], "invalid value 'tcsh'"),
        (&["-c", "1", "-m"], ""),
    ] {
        let r = pyx(args);
        if says.is_empty() {
            // `-m` after `-c CMD` is the program's argument, not ours.
            assert_eq!(r.code, 0, "{args:?}: {}", r.err);
            continue;
        }
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.err.contains(says), "{args:?}: {}", r.err);
    }
    let r = pyx(&["missing-script.py"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("can't open file 'missing-script.py': [Errno 2] No such file or directory"), "{}", r.err);
}

#[test]
fn program_arguments_become_sys_argv() {
    let t = workspace();
    let d = t.path();
    std::fs::write(d.join("s.py"), "import sys\nprint(sys.argv)\n").expect("write");
    let show = "import sys; print(sys.argv)";
    assert_eq!(run_in(d, &["-c", show, "a", "-b", "--allow-read", "-c"], None).out, "['-c', 'a', '-b', '--allow-read', '-c']\n");
    assert_eq!(run_in(d, &["s.py", "-i", "--x=1"], None).out, "['s.py', '-i', '--x=1']\n");
    assert_eq!(run_in(d, &["--", "s.py", "x"], None).out, "['s.py', 'x']\n");
    assert_eq!(run_in(d, &["-", "p", "-q"], Some(show)).out, "['-', 'p', '-q']\n");
    // No program and stdin not a terminal: stdin is the program.
    assert_eq!(run_in(d, &[], Some(show)).out, "['']\n");
    // Clustered short options and an attached value.
    assert_eq!(run_in(d, &["-qc", show, "z"], None).out, "['-c', 'z']\n");
    assert_eq!(run_in(d, &["-uc", "print(1)"], None).out, "1\n");
}

/// A script's `__file__` is the path as typed (what it needs to find its
/// data beside it, `os.path.dirname(__file__)`), never the working
/// directory made absolute; stdin's is `<stdin>`; `-c` has none, as in
/// CPython.
#[test]
fn main_file_is_the_script_path_as_typed() {
    let t = workspace();
    let d = t.path();
    let show = "import os, sys\nprint(__file__, os.path.dirname(__file__), sys.modules['__main__'].__file__)\n";
    std::fs::write(d.join("data/s.py"), show).expect("write");
    assert_eq!(run_in(d, &["data/s.py"], None).out, "data/s.py data data/s.py\n");
    assert_eq!(run_in(&d.join("data"), &["s.py"], None).out, "s.py  s.py\n");
    assert_eq!(run_in(d, &["-"], Some(show)).out, "<stdin>  <stdin>\n");
    let r = run_in(d, &["-c", "print(__file__)"], None);
    assert!(r.err.contains("NameError: name '__file__' is not defined"), "{}", r.err);
}

#[test]
fn dash_m_runs_a_module_from_the_import_path() {
    let t = workspace();
    let d = t.path();
    std::fs::create_dir(d.join("lib")).expect("mkdir");
    std::fs::write(d.join("lib/tool.py"), "import sys\nprint(__name__, sys.argv)\n").expect("write");
    for flags in [&["--import-path", "lib"][..], &["--import-path=lib"]] {
        let mut args = flags.to_vec();
        args.extend(["-m", "tool", "-v", "x"]);
        let r = run_in(d, &args, None);
        assert_eq!(r.out, "__main__ ['tool', '-v', 'x']\n", "{}", r.err);
    }
    let r = run_in(d, &["-m", "no_such_module"], None);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("No module named 'no_such_module'"), "{}", r.err);
}

#[test]
fn python_options_w_x_i_u_q() {
    let r = pyx(&["-W", "error", "-Wignore::DeprecationWarning", "-X", "dev", "-Xa=b", "-c", "import sys; print(sys.warnoptions, sys._xoptions)"]);
    assert_eq!(r.out, "['error', 'ignore::DeprecationWarning'] {'dev': True, 'a': 'b'}\n", "{}", r.err);
    // -i with stdin not a terminal: the program runs, its status stands.
    let r = run_in(Path::new("."), &["-i", "-q", "-u", "-c", "print('ran'); raise SystemExit(4)"], Some(""));
    assert_eq!((r.out.as_str(), r.code), ("ran\n", 4));
}

#[test]
fn limits_take_both_forms_and_end_the_run_with_status_3() {
    for flags in [&["--max-memory=10M"][..], &["--max-memory", "10M"]] {
        let mut args = flags.to_vec();
        args.extend(["-c", "x = [0] * 50_000_000"]);
        let r = pyx(&args);
        assert_eq!(r.code, 3, "{}", r.err);
        assert!(r.err.contains("pyx: terminated: memory limit exceeded"), "{}", r.err);
    }
    let r = pyx(&["--max-time=0.3", "-c", "while True: pass"]);
    assert_eq!(r.code, 3);
    assert!(r.err.contains("time limit exceeded"), "{}", r.err);
    let r = pyx(&["--max-steps", "10000", "-c", "while True: pass"]);
    assert_eq!(r.code, 3);
    assert!(r.err.contains("execution step limit exceeded"), "{}", r.err);
    let r = pyx(&["--max-output=1k", "-c", "while True: print('x' * 100)"]);
    assert_eq!(r.code, 3);
    assert!(r.err.contains("output limit exceeded"), "{}", r.err);
}

#[test]
fn completions_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let r = pyx(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.err);
        assert!(r.out.contains("allow-read") && r.out.contains("max-memory"), "{shell}: {}", r.out);
    }
}

#[test]
fn front_end_commands_still_work() {
    let t = workspace();
    std::fs::write(t.path().join("ok.py"), "x = 1\n").expect("write");
    std::fs::write(t.path().join("bad.py"), "x = (1,\n").expect("write");
    assert!(run_in(t.path(), &["--ast", "ok.py"], None).out.contains("Assign("));
    assert!(run_in(t.path(), &["--tokens", "ok.py"], None).out.contains("NAME"));
    assert_eq!(run_in(t.path(), &["--check", "ok.py"], None).code, 0);
    let r = run_in(t.path(), &["--check", "ok.py", "bad.py"], None);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("was never closed"), "{}", r.err);
}

const TRY_OPEN: &str = "
import sys
for p in sys.argv[1:]:
    try:
        with open(p) as f:
            print(p, 'ok', f.read(3))
    except NameError as e:
        print(p, 'NameError')
    except OSError as e:
        print(p, type(e).__name__)
";

fn try_open(dir: &Path, flags: &[&str], paths: &[&str]) -> String {
    std::fs::write(dir.join("try_open.py"), TRY_OPEN).expect("write");
    let mut args = flags.to_vec();
    args.push("try_open.py");
    args.extend(paths);
    let r = run_in(dir, &args, None);
    assert_eq!(r.code, 0, "{}", r.err);
    r.out
}

#[test]
fn grants_are_paths_resolved_against_the_current_directory() {
    let t = workspace();
    let d = t.path();
    let abs = d.join("data/a.csv").to_string_lossy().into_owned();
    let paths = ["data/a.csv", "./data/a.csv", "data/../data/a.csv", "data/x/../a.csv", &abs, "other/secret.txt", "data/../other/secret.txt"];
    let out = try_open(d, &["--allow-read=./data"], &paths);
    let expected = format!(
        "data/a.csv ok a,b\n./data/a.csv ok a,b\ndata/../data/a.csv ok a,b\ndata/x/../a.csv ok a,b\n{abs} ok a,b\n\
         other/secret.txt PermissionError\ndata/../other/secret.txt PermissionError\n"
    );
    assert_eq!(out, expected);
    // No grant: no open() at all.
    assert_eq!(try_open(d, &[], &["data/a.csv"]), "data/a.csv NameError\n");
    // Several paths in one flag, and from inside the granted directory.
    assert_eq!(try_open(d, &["--allow-read=data,other"], &["data/a.csv", "other/secret.txt"]), "data/a.csv ok a,b\nother/secret.txt ok sec\n");
    let sub = d.join("data");
    std::fs::write(sub.join("try_open.py"), TRY_OPEN).expect("write");
    let r = run_in(&sub, &["--allow-read=.", "try_open.py", "a.csv", "../other/secret.txt"], None);
    assert_eq!(r.out, "a.csv ok a,b\n../other/secret.txt PermissionError\n", "{}", r.err);
    // A grant that is not a directory is a command-line error.
    let r = run_in(d, &["--allow-read=nowhere", "-c", "1"], None);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("can't grant directory 'nowhere'"), "{}", r.err);
}

#[test]
fn bare_grants_and_denials() {
    let t = workspace();
    let d = t.path();
    let abs = d.join("other/secret.txt").to_string_lossy().into_owned();
    assert_eq!(try_open(d, &["--allow-read"], &["other/secret.txt", &abs]), format!("other/secret.txt ok sec\n{abs} ok sec\n"));
    assert_eq!(try_open(d, &["-A"], &["other/secret.txt"]), "other/secret.txt ok sec\n");
    assert_eq!(
        try_open(d, &["--allow-read", "--deny-read=other"], &["data/a.csv", "other/secret.txt", &abs]),
        format!("data/a.csv ok a,b\nother/secret.txt PermissionError\n{abs} PermissionError\n")
    );
    assert_eq!(try_open(d, &["--allow-read=data", "--deny-read"], &["data/a.csv"]), "data/a.csv PermissionError\n");
    // Writing: a read grant does not write; a write grant does (and reads);
    // --deny-write refuses writing only.
    let write = "import sys\ntry:\n    open(sys.argv[1], 'w').write('hi')\n    print('wrote', open(sys.argv[1]).read())\nexcept OSError as e:\n    print(type(e).__name__)\n";
    std::fs::write(d.join("w.py"), write).expect("write");
    assert_eq!(run_in(d, &["--allow-read=out", "w.py", "out/f.txt"], None).out, "PermissionError\n");
    assert_eq!(run_in(d, &["--allow-write=out", "w.py", "out/f.txt"], None).out, "wrote hi\n");
    assert_eq!(std::fs::read_to_string(d.join("out/f.txt")).expect("written"), "hi");
    assert_eq!(run_in(d, &["--allow-write", "--deny-write=out", "w.py", "out/g.txt"], None).out, "PermissionError\n");
    assert_eq!(try_open(d, &["--allow-write=out", "--deny-write=out"], &["out/f.txt"]), "out/f.txt ok hi\n");
}

#[test]
fn the_old_space_separated_grant_still_works_with_a_note() {
    let t = workspace();
    let d = t.path();
    std::fs::write(d.join("try_open.py"), TRY_OPEN).expect("write");
    let r = run_in(d, &["--allow-read", "data", "try_open.py", "data/a.csv"], None);
    assert_eq!(r.out, "data/a.csv ok a,b\n", "{}", r.err);
    assert!(r.err.contains("--allow-read=data"), "{}", r.err);
    // Not a directory: the flag is bare and the word is the script.
    let r = run_in(d, &["--allow-read", "try_open.py", "other/secret.txt"], None);
    assert_eq!(r.out, "other/secret.txt ok sec\n", "{}", r.err);
    assert!(r.err.is_empty(), "{}", r.err);
    // And not a flag's value either.
    let r = run_in(d, &["--allow-read", "-c", "print(open('data/a.csv').read(1))"], None);
    assert_eq!(r.out, "a\n", "{}", r.err);
}

#[test]
fn open_decodes_and_translates_newlines_as_cpython() {
    let t = workspace();
    let program = r#"
print(repr(open('data/a.csv').read()))
print(repr(open('data/a.csv', newline='').read()))
print(open('data/a.csv', newline='').readlines())
print(open('data/a.csv', newline='\n').readlines())
print(open('data/a.csv', newline='\r').readlines())
print(open('data/a.csv', newline='\r\n').readlines())
print(list(open('data/a.csv')))
f = open('data/a.csv')
print(repr(f.read(4)), repr(f.readline()), repr(f.read()))
f = open('data/a.csv')
print(repr(f.readline(2)), repr(f.readline(0)), repr(f.readline()), repr(f.readline(100)), repr(f.readline(-1)), repr(f.readline()))
f = open('data/a.csv', 'rb')
print(f.readline(2), f.readline(), f.readline(3), f.read())
f = open('data/utf8.txt')
print(repr(f.readline(3)), repr(f.readline(10)))
print(open('data/latin.txt', encoding='latin-1').read(), end='')
print(open('data/latin.txt', encoding='iso-8859-1').readline(), end='')
print(open('data/cp1252.txt', encoding='cp1252').read(), end='')
print(repr(open('data/latin.txt', encoding='ascii', errors='replace').read()))
print(repr(open('data/latin.txt', errors='ignore').read()))
print(repr(open('data/latin.txt', errors='backslashreplace').read()))
for enc in ['utf-8', 'ascii']:
    try:
        open('data/latin.txt', encoding=enc).read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    open('data/bad.txt').read(1)
except UnicodeDecodeError as e:
    print('read(1):', e)
text = open('data/utf8.txt', encoding='utf-8').read()
print(len(text), text[:12])
f = open('data/utf8.txt')
chunks = []
while True:
    c = f.read(7)
    if not c:
        break
    chunks.append(c)
print(len(chunks), ''.join(chunks) == text)
for bad in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', newline=''), dict(newline='x'), dict(encoding='nope')]:
    try:
        open('data/a.csv', **bad)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
"#;
    let mut flags = vec!["--allow-read=data"];
    same_as_cpython(t.path(), &flags, program);
    let writes = r#"
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('out/w.txt', 'w', newline=nl) as f:
        print(f.write('a\nb\n'), end=' ')
    print(repr(open('out/w.txt', 'rb').read()))
with open('out/l.txt', 'w', encoding='latin-1') as f:
    f.write('café')
print(open('out/l.txt', 'rb').read())
with open('out/c.txt', 'w', encoding='cp1252') as f:
    f.write('€ “x”')
print(open('out/c.txt', 'rb').read(), open('out/c.txt', encoding='cp1252').read())
try:
    open('out/a.txt', 'w', encoding='ascii').write('café')
except UnicodeEncodeError as e:
    print(e)
with open('out/a.txt', 'w', encoding='ascii', errors='replace') as f:
    f.write('café')
print(open('out/a.txt').read())
"#;
    flags = vec!["--allow-write=out"];
    same_as_cpython(t.path(), &flags, writes);
}

#[test]
fn stdin_is_granted_by_allow_stdin() {
    let program = "import sys\ntry:\n    n = int(input('n? '))\n    print('got', n)\n    print('rest', sys.stdin.readline().strip(), list(sys.stdin))\nexcept NameError as e:\n    print(e)\n";
    let t = workspace();
    std::fs::write(t.path().join("s.py"), program).expect("write");
    let r = run_in(t.path(), &["--allow-stdin", "s.py"], Some("5\nsix\nseven\neight\n"));
    assert_eq!(r.out, "n? got 5\nrest six ['seven\\n', 'eight\\n']\n", "{}", r.err);
    let r = run_in(t.path(), &["-A", "s.py"], Some("7\n"));
    assert_eq!(r.out, "n? got 7\nrest  []\n", "{}", r.err);
    let r = run_in(t.path(), &["s.py"], Some("5\n"));
    assert_eq!(r.out, "name 'input' is not defined\n");
    let r = run_in(t.path(), &["-A", "--deny-stdin", "s.py"], Some("5\n"));
    assert_eq!(r.out, "name 'input' is not defined\n");
    // EOF is EOFError, as in CPython.
    let r = run_in(t.path(), &["--allow-stdin", "-c", "input()"], Some(""));
    assert!(r.err.contains("EOFError: EOF when reading a line"), "{}", r.err);
}

/// The real clock by default; `--deny-clock` a virtual one fixed at
/// 2000-01-01 UTC that moves only when the program sleeps; `--no-clock` none.
#[test]
fn the_clock_is_real_virtual_or_absent() {
    let t = workspace();
    let program = "import time, datetime\nt = time.time()\ntime.sleep(2.5)\nprint(t, time.time() - t, datetime.datetime.now(datetime.timezone.utc))\n";
    std::fs::write(t.path().join("c.py"), program).expect("write");
    let r = run_in(t.path(), &["--deny-clock", "c.py"], None);
    assert_eq!(r.out, "946684800.0 2.5 2000-01-01 00:00:02.500000+00:00\n", "{}", r.err);
    let r = run_in(t.path(), &["--deny-clock", "--fixed-clock=86400", "c.py"], None);
    assert_eq!(r.out, "86400.0 2.5 1970-01-02 00:00:02.500000+00:00\n", "{}", r.err);
    let r = run_in(t.path(), &["-c", "import time; print(time.time() > 1.7e9)"], None);
    assert_eq!(r.out, "True\n", "{}", r.err);
    let r = run_in(t.path(), &["--no-clock", "-c", "import time\ntry:\n    time.time()\nexcept RuntimeError:\n    print('no clock')"], None);
    assert_eq!(r.out, "no clock\n", "{}", r.err);
    let r = run_in(t.path(), &["--no-clock", "--deny-clock", "-c", "pass"], None);
    assert!(r.err.contains("cannot be used with"), "{}", r.err);
}

#[test]
fn environment_variables_are_granted_by_name() {
    let show = "import os; print(sorted(k for k in os.environ if k.startswith('PYX_T_')), os.getenv('PYX_T_A'))";
    let env = |args: &[&str]| {
        let r = run_with(Command::new(PYX).args(args).args(["-c", show]).env("PYX_T_A", "1").env("PYX_T_B", "2"), None);
        assert_eq!(r.code, 0, "{}", r.err);
        r.out
    };
    assert_eq!(env(&[]), "[] None\n");
    assert_eq!(env(&["--allow-env=PYX_T_A,PYX_T_NOT_SET"]), "['PYX_T_A'] 1\n");
    assert_eq!(env(&["--allow-env"]), "['PYX_T_A', 'PYX_T_B'] 1\n");
    assert_eq!(env(&["-A", "--deny-env=PYX_T_A"]), "['PYX_T_B'] None\n");
}

/// A pyx process running `program`, its stdout read line by line.
struct Running {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Running {
    fn start(program: &str) -> Running {
        Running::start_with(&[], program)
    }

    /// With `flags`; stdin is a pipe that stays open and silent.
    fn start_with(flags: &[&str], program: &str) -> Running {
        let mut child = Command::new(PYX)
            .args(flags)
            .args(["-c", program])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("pyx starts");
        let out = child.stdout.take().expect("stdout");
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Running { child, lines }
    }
    fn expect_line(&self, want: &str) {
        let got = self.lines.recv_timeout(Duration::from_secs(30)).expect("a line from pyx");
        assert_eq!(got, want);
    }
    fn ctrl_c(&self) {
        let ok = Command::new("kill").args(["-INT", &self.child.id().to_string()]).status().expect("kill runs").success();
        assert!(ok);
    }
    /// Wait for pyx to end by itself, its stdin still open.
    fn finish_while_stdin_open(mut self) -> (i32, String) {
        let stdin = self.child.stdin.take();
        let o = self.child.wait_with_output().expect("pyx ends");
        drop(stdin);
        (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stderr).into_owned())
    }
    fn finish(mut self) -> (i32, String) {
        drop(self.child.stdin.take());
        let o = self.child.wait_with_output().expect("pyx ends");
        (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stderr).into_owned())
    }
}

const LOOPS: &str = "
print('start', flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print('caught', flush=True)
finally:
    print('finally', flush=True)
while True:
    pass
";

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_scripts() {
    let r = Running::start(LOOPS);
    r.expect_line("start");
    r.ctrl_c();
    r.expect_line("caught");
    r.expect_line("finally");
    // Well apart from the first: an ordinary KeyboardInterrupt again,
    // uncaught this time.
    std::thread::sleep(Duration::from_millis(1500));
    r.ctrl_c();
    let (code, err) = r.finish();
    assert_eq!(code, 130, "{err}");
    assert!(err.contains("Traceback (most recent call last):") && err.trim_end().ends_with("KeyboardInterrupt"), "{err}");
}

#[test]
fn a_second_ctrl_c_within_a_second_ends_pyx() {
    let r = Running::start("print('start', flush=True)\nwhile True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass\n");
    r.expect_line("start");
    let t = Instant::now();
    r.ctrl_c();
    r.ctrl_c();
    assert!(t.elapsed() < Duration::from_millis(900), "the two Ctrl-Cs were not sent close together");
    let (code, err) = r.finish();
    assert_eq!(code, 130);
    assert!(err.contains("interrupted twice"), "{err}");
}

/// `glob` and `os.scandir` over a granted directory: hidden names, `**`
/// with and without `recursive`, `root_dir`, trailing separators, escapes
/// and bytes patterns give CPython's results. Without a grant nothing
/// matches (an unreadable directory has no names).
#[test]
fn glob_and_scandir_over_a_granted_directory() {
    let t = workspace();
    let d = t.path().join("data");
    for sub in ["a/b/c", ".hid", "e"] {
        std::fs::create_dir_all(d.join(sub)).expect("mkdir");
    }
    for f in ["a/x.py", "a/b/y.py", "a/b/c/z.py", ".hid/h.py", "top.py", ".dot.py", "w[1].txt", "e/e.txt", "a/.in.py"] {
        std::fs::write(d.join(f), b"").expect("write");
    }
    let program = r#"
import glob, os
os_names = sorted(e.name for e in os.scandir('data/a'))
print(os_names, [(repr(e), e.is_dir(), e.is_file(), e.path) for e in os.scandir('data/e')])
with os.scandir('data') as it:
    print(sorted(e.name for e in it if e.is_dir()))
pats = ['*', '*.py', '**', '**/*.py', 'a/**', 'a/**/', '**/', '.*', 'a/*/*.py', '*/b', '*/b/', 'a', 'a/',
        'nope', 'nope/*', 'nope/**', 'a/b/c/z.py', '?.py', '[at]*', 'w[[]1].txt', glob.escape('w[1].txt'), '',
        '**/.*', 'a/**/*.py', '*/', '*/*/']
for p in pats:
    for rec in (False, True):
        print(repr(p), rec, sorted(glob.glob('data/' + p, recursive=rec)),
              sorted(glob.glob(p, recursive=rec, include_hidden=True, root_dir='data')),
              sorted(glob.glob(p, recursive=rec, root_dir='data/a')))
print(sorted(glob.glob(b'data/**/*.py', recursive=True)))
print(glob.has_magic('a[b'), glob.has_magic('ab'), glob.escape('a?b*[c]'), glob.escape(b'x*'))
print(sorted(glob.iglob('data/*.py')))
print(os.fsencode('x\xe9'), os.fsdecode(b'x\xc3\xa9'))
"#;
    same_as_cpython(t.path(), &["--allow-read=data"], program);
    let r = run_in(t.path(), &["-c", "import glob; print(glob.glob('data/*'), glob.glob('**', recursive=True))"], None);
    assert_eq!(r.out, "[] []\n", "{}", r.err);
}

/// `zoneinfo` reads the host's time zone files only through a read grant
/// of their directory, and then answers as CPython does over the same
/// files. Without a grant every key is ZoneInfoNotFoundError.
#[test]
fn zoneinfo_over_a_granted_tz_directory() {
    let r = pyx(&["-c", "import zoneinfo\ntry:\n    zoneinfo.ZoneInfo('UTC')\nexcept zoneinfo.ZoneInfoNotFoundError as e:\n    print(e)\nprint(zoneinfo.available_timezones())"]);
    assert_eq!(r.out, "'No time zone found with key UTC'\nset()\n", "{}", r.err);
    if !Path::new("/usr/share/zoneinfo/Europe/Paris").exists() {
        eprintln!("no /usr/share/zoneinfo on this machine: the comparison with CPython is skipped");
        return;
    }
    let t = workspace();
    same_as_cpython(t.path(), &["--allow-read=/usr/share/zoneinfo"], include_str!("zoneinfo_program.py"));
}

/// With a write grant, `os.remove`/`unlink`, `mkdir`, `makedirs` and
/// `rmdir` change the granted directory as CPython would; with a read grant
/// only, or outside the grants, they are PermissionError, and a granted
/// directory itself cannot be removed.
#[test]
fn files_and_directories_are_removed_and_made_where_writing_is_granted() {
    let t = workspace();
    let program = r#"
import os
os.makedirs('out/a/b/c')
os.makedirs('out/a/b/c', exist_ok=True)
try:
    os.makedirs('out/a/b')
except FileExistsError as e:
    print('exists', e)
with open('out/a/f.txt', 'w') as f:
    f.write('x')
print(sorted(os.listdir('out/a')))
try:
    os.rmdir('out/a')
except OSError as e:
    print(type(e).__name__, e)
os.remove('out/a/f.txt'); os.rmdir('out/a/b/c'); os.rmdir('out/a/b'); os.rmdir('out/a')
print(os.listdir('out'))
try:
    os.unlink('out/nope')
except FileNotFoundError as e:
    print(e)
"#;
    same_as_cpython(t.path(), &["--allow-write=out"], program);
    let refused = "import os\nfor f, a in ((os.mkdir, 'data/x'), (os.remove, 'data/a.csv'), (os.rmdir, 'out'), (os.unlink, 'other/secret.txt')):\n    try:\n        f(a)\n    except PermissionError:\n        print('refused')\nprint(sorted(os.listdir('data')) == sorted(['a.csv', 'latin.txt', 'cp1252.txt', 'bad.txt', 'utf8.txt']))\n";
    std::fs::write(t.path().join("refused.py"), refused).expect("write");
    let r = run_in(t.path(), &["--allow-read=data", "--allow-write=out", "refused.py"], None);
    assert_eq!(r.out, "refused\nrefused\nrefused\nrefused\nTrue\n", "{}", r.err);
    assert!(t.path().join("out").is_dir() && t.path().join("other/secret.txt").is_file());
}

/// `tempfile` makes its files and directories where writing is granted
/// (here through `dir=`), as CPython does; with no grant there is no
/// temporary directory, and a SpooledTemporaryFile still works in memory.
#[test]
fn tempfile_works_where_writing_is_granted() {
    let t = workspace();
    let program = r#"
import os, tempfile
print(tempfile.gettempprefix(), tempfile.TMP_MAX)
with tempfile.NamedTemporaryFile(dir='out', prefix='pre', suffix='.txt') as f:
    print(os.path.basename(f.name).startswith('pre'), f.name.endswith('.txt'), len(os.path.basename(f.name)))
    f.write(b'hello'); f.seek(0); print(f.read())
    name = f.name
    print(os.path.exists(name))
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile('w+', dir='out', delete=False)
f.write('text'); f.close(); print(open(f.name).read()); os.remove(f.name)
d = tempfile.mkdtemp(dir='out', suffix='-d')
print(os.path.isdir(d), d.endswith('-d'))
os.rmdir(d)
with tempfile.TemporaryDirectory(dir='out') as td:
    os.makedirs(os.path.join(td, 'a', 'b'))
    open(os.path.join(td, 'a', 'b', 'x.txt'), 'w').write('1')
    print(sorted(os.listdir(td)))
print(os.path.exists(td), os.listdir('out'))
s = tempfile.SpooledTemporaryFile(max_size=10, mode='w+b', dir='out')
s.write(b'12345'); print(s._rolled, s.name); s.write(b'678901234'); print(s._rolled, s.name is not None)
s.seek(0); print(s.read()); s.close()
print(os.listdir('out'))
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('abc\n'); s.seek(0); print(s.readlines(), s.mode, s.encoding.lower())
with tempfile.TemporaryFile(dir='out') as t:
    t.write(b'x'); t.seek(0); print(t.read())
print(os.listdir('out'))
try:
    tempfile.NamedTemporaryFile(prefix=b'x', suffix='y', dir='out')
except TypeError as e:
    print(e)
"#;
    same_as_cpython(t.path(), &["--allow-write=out"], program);
    let r = pyx(&["-c", "import tempfile\ntry:\n    tempfile.gettempdir()\nexcept FileNotFoundError as e:\n    print(e)\nwith tempfile.SpooledTemporaryFile() as s:\n    s.write(b'mem'); s.seek(0); print(s.read())"]);
    assert_eq!(r.out, "[Errno 2] No usable temporary directory found in ['/tmp', '/var/tmp', '/usr/tmp', '.']\nb'mem'\n", "{}", r.err);
}

#[test]
fn granted_directories_can_be_listed_and_walked() {
    let t = workspace();
    std::fs::create_dir(t.path().join("data/sub")).expect("mkdir");
    std::fs::write(t.path().join("data/sub/x.txt"), "hi\n").expect("write");
    let program = r#"
import os
print(sorted(os.listdir('data')), sorted(os.listdir('./data/sub/..')))
print(os.path.exists('data/a.csv'), os.path.isfile('data/a.csv'), os.path.isdir('data/sub'), os.path.isdir('data/a.csv'))
print(os.path.exists('data/nope'), os.path.isfile('data/nope'), os.path.getsize('data/sub/x.txt'), os.stat('data/a.csv').st_size)
print([(root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk('data')])
try:
    os.listdir('data/nope')
except FileNotFoundError as e:
    print(e)
"#;
    same_as_cpython(t.path(), &["--allow-read=data"], program);
    let outside = "import os\ntry:\n    os.listdir('other')\nexcept PermissionError:\n    print('refused')\nprint(os.path.exists('other/secret.txt'))\n";
    std::fs::write(t.path().join("outside.py"), outside).expect("write");
    assert_eq!(run_in(t.path(), &["--allow-read=data", "outside.py"], None).out, "refused\nFalse\n");
    // Without a grant the os module has no way to look at files at all.
    let r = run_in(t.path(), &["-c", "import os; print(hasattr(os, 'listdir'), hasattr(os.path, 'exists'))"], None);
    assert_eq!(r.out, "False False\n");
}

#[test]
fn open_takes_path_like_objects_and_refuses_bad_paths_as_cpython() {
    let t = workspace();
    let program = r#"
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(open(P('data/a.csv')).read(3), open(b'data/a.csv', 'rb').read(3))
for bad in ['', 'data\x00x', 3.5, P(3), 'data', 'data/missing.txt']:
    try:
        open(bad)
    except Exception as e:
        print(type(e).__name__, e)
"#;
    same_as_cpython(t.path(), &["--allow-read=data"], program);
}

#[test]
fn a_script_imports_its_neighbours_and_nothing_else_of_its_directory() {
    let t = workspace();
    let d = t.path();
    std::fs::create_dir_all(d.join("proj/pkg")).expect("mkdir");
    std::fs::write(d.join("proj/helper.py"), "X = 'helper'\n").expect("write");
    std::fs::write(d.join("proj/pkg/__init__.py"), "Y = 2\n").expect("write");
    let main = "import helper, pkg\nprint(helper.X, pkg.Y, helper.__file__)\ntry:\n    open('proj/helper.py')\nexcept NameError:\n    print('no open')\n";
    std::fs::write(d.join("proj/main.py"), main).expect("write");
    // From elsewhere and from inside: the script's directory, by its name.
    assert_eq!(run_in(d, &["proj/main.py"], None).out, "helper 2 proj/helper.py\nno open\n");
    assert_eq!(run_in(&d.join("proj"), &["main.py"], None).out, "helper 2 proj/helper.py\nno open\n");
    // Only for a script: -c and stdin programs import nothing from the
    // current directory.
    let r = run_in(&d.join("proj"), &["-c", "import helper"], None);
    assert!(r.err.contains("No module named 'helper'"), "{}", r.err);
}

#[test]
fn a_program_waiting_for_input_still_sees_ctrl_c_and_the_time_limit() {
    let program = "print('waiting', flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n    print('interrupted input', flush=True)\n";
    let r = Running::start_with(&["--allow-stdin"], program);
    r.expect_line("waiting");
    r.ctrl_c();
    r.expect_line("interrupted input");
    let (code, err) = r.finish();
    assert_eq!(code, 0, "{err}");
    // Nothing ever arrives on stdin: the time limit still ends the run.
    let r = Running::start_with(&["--allow-stdin", "--max-time=0.5"], "print('waiting', flush=True)\ninput()\n");
    r.expect_line("waiting");
    let (code, err) = r.finish_while_stdin_open();
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("time limit exceeded"), "{err}");
}

/// An exception raised by a `__del__` or by closing a collected generator
/// cannot be caught: it is reported on stderr as CPython reports it, the
/// object, then the exception's own traceback, type and message (no
/// chain), and the program goes on.
#[test]
fn exceptions_in_finalizers_are_reported_with_their_traceback() {
    let t = tempfile::tempdir().expect("tempdir");
    let program = "import gc\n\
class C:\n    def __del__(self):\n        raise ValueError('in del')\n\
def make():\n    C()\n\
make()\ngc.collect()\n\
def gen():\n    try:\n        yield 1\n    finally:\n        1/0\n\
g = gen(); next(g); del g\ngc.collect()\n\
def chained():\n    try:\n        yield 1\n    finally:\n        try:\n            {}['k']\n        except KeyError as e:\n            raise RuntimeError('while closing') from e\n\
g = chained(); next(g); del g\ngc.collect()\n\
print('done')\n";
    std::fs::write(t.path().join("prog.py"), program).expect("write program");
    let ours = run_in(t.path(), &["prog.py"], None);
    let theirs = run_with(Command::new("python3").arg("prog.py").current_dir(t.path()), None);
    // Addresses differ, and CPython names the script by its full path.
    let dir = format!("{}/", t.path().canonicalize().expect("canonical").display());
    let plain = |s: &str| {
        let s = s.replace(&dir, "");
        let mut out = String::new();
        for (i, part) in s.split(" at 0x").enumerate() {
            if i > 0 {
                out.push_str(" at 0x?");
                out.push_str(part.trim_start_matches(|c: char| c.is_ascii_hexdigit()));
            } else {
                out.push_str(part);
            }
        }
        out
    };
    assert_eq!((ours.code, ours.out.as_str()), (0, "done\n"), "{}", ours.err);
    assert_eq!(plain(&ours.err), plain(&theirs.err));
    assert_eq!(ours.err.matches("Traceback (most recent call last):").count(), 3, "{}", ours.err);
}

/// A file's methods refuse as CPython's do, class by class
/// (`TextIOWrapper`, `BufferedReader`, `BufferedWriter`,
/// `BufferedRandom`): closed, read-only and write-only files, each
/// method's message, `io.UnsupportedOperation` (an OSError and a
/// ValueError); `truncate` with and without a size, after reading ahead.
#[test]
fn file_methods_refuse_as_cpython_files_do() {
    let t = workspace();
    let program = r#"
import io
def reset():
    with open("out/data.txt", "w") as f:
        f.write("line1\nline2\nline3\n")
OPS = ("read", "readline", "readlines", "__iter__", "__next__", "seek", "tell", "write", "writelines",
       "isatty", "readable", "seekable", "writable", "flush", "truncate", "__enter__", "close")
for mode in ("r", "rb", "w", "wb", "r+", "rb+", "a", "ab", "w+b"):
    for closed in (False, True):
        reset()
        f = open("out/data.txt", mode)
        print(mode, "closed" if closed else "open", type(f).__name__)
        if closed:
            f.close()
        for op in OPS:
            try:
                m = getattr(f, op)
                if op == "seek": r = m(0)
                elif op == "write": r = m("x" if "b" not in mode else b"x")
                elif op == "writelines": r = m([])
                elif op in ("__enter__", "__iter__"): r = m() is f
                else: r = m()
                print(" ", op, "->", repr(r))
            except Exception as e:
                print(" ", op, type(e).__name__, e)
        f.close()
# io.UnsupportedOperation is both an OSError and a ValueError.
reset()
with open("out/data.txt") as f:
    for exc in (io.UnsupportedOperation, OSError, ValueError):
        try:
            f.write("x")
        except exc as e:
            print("caught as", exc.__name__, type(e).__name__, e)
# truncate: to a size, to the position (after read-ahead), extending.
reset()
with open("out/data.txt", "r+") as f:
    print(f.readline(), f.tell())
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(20), f.tell())
with open("out/data.txt", "rb") as f:
    print(f.read())
with open("out/data.txt", "rb+") as f:
    print(f.read(2), f.truncate(4), f.tell(), f.read())
    for bad in (-1, "x", 2.0, None):
        try:
            print(f.truncate(bad))
        except Exception as e:
            print(type(e).__name__, e)
print(repr(open("out/data.txt", "rb")).startswith("<_io.BufferedReader name="))
"#;
    same_as_cpython(t.path(), &["--allow-write=out"], program);
    // No host file descriptor reaches the program.
    let src = "import io\nf = open('out/x', 'w')\ntry:\n    f.fileno()\nexcept io.UnsupportedOperation as e:\n    print('no fileno:', e)\n";
    let r = run_in(t.path(), &["--allow-write=out", "-c", src], None);
    assert_eq!(r.out, "no fileno: fileno\n", "{}", r.err);
}
