//! The REPL in a real terminal: `pyx` run inside a detached tmux session,
//! typed at with `send-keys` and read with `capture-pane`. Each test has its
//! own tmux server (`-L`), so tests run in parallel and never touch a
//! user's sessions. Skipped, with a message, where tmux is not installed.
//!
//! Also: `pyx` with stdin not a terminal runs stdin as a program.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const PYX: &str = env!("CARGO_BIN_EXE_pyx");
const DEADLINE: Duration = Duration::from_secs(15);

fn tmux_available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        eprintln!("SKIPPED: tmux is not installed; the REPL terminal tests need it");
    }
    ok
}

/// A `pyx` REPL in its own tmux server. When `pyx` exits, the pane shows
/// `[pyx exited with N]` and stays open so the test can read it.
struct Repl {
    socket: String,
}

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

impl Repl {
    fn start() -> Repl {
        Repl::start_with(&[])
    }

    /// The REPL with command-line flags (grants and limits), and no
    /// history file (a test never writes into the real home directory).
    fn start_with(flags: &[&str]) -> Repl {
        Repl::start_env(&[("PYX_HISTORY", "")], flags)
    }

    /// The REPL with environment variables set (`PYX_HISTORY` among them,
    /// or the history goes to `~/.pyx_history`) and command-line flags.
    fn start_env(env: &[(&str, &str)], flags: &[&str]) -> Repl {
        let socket = format!(
            "pyx-repl-test-{}-{}",
            std::process::id(),
            SESSIONS.fetch_add(1, Ordering::SeqCst)
        );
        let quote = |a: &str| format!("'{}'", a.replace('\'', r"'\''"));
        // The colour variables of the test's own environment are left out.
        let vars: Vec<String> = env.iter().map(|(k, v)| quote(&format!("{k}={v}"))).collect();
        let args: Vec<String> = std::iter::once(PYX).chain(flags.iter().copied()).map(quote).collect();
        let script = format!(
            "env -u NO_COLOR -u PYTHON_COLORS -u FORCE_COLOR {} {}; echo \"[pyx exited with $?]\"; sleep 60",
            vars.join(" "),
            args.join(" ")
        );
        let repl = Repl { socket };
        let out = repl.tmux(&[
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "-s",
            "repl",
            "sh",
            "-c",
            &script,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if flags.contains(&"-i") {
            // After a program, as in CPython, no banner: the prompt.
            repl.wait_for(|s| s.contains(">>>"), "the prompt");
        } else {
            repl.wait_for(|s| s.contains("Ctrl-D to exit"), "the banner");
        }
        repl
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .env("TERM", "xterm-256color")
            .output()
            .expect("tmux runs")
    }

    /// The screen with its colours, as escape sequences.
    fn screen_with_colours(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-e", "-t", "repl"]).stdout)
            .into_owned()
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "repl"]).stdout)
            .into_owned()
    }

    /// Poll the screen until `done` holds, or fail at the deadline.
    fn wait_for(&self, done: impl Fn(&str) -> bool, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if done(&s) {
                return s;
            }
            if start.elapsed() > DEADLINE {
                panic!("timed out waiting for {what}; the screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// The last non-blank line of the screen.
    fn last_line(s: &str) -> String {
        s.lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim_end()
            .to_string()
    }

    /// The cursor: (its row counted from the start of the scroll-back, which
    /// only grows, and its row on the screen).
    fn cursor(&self) -> (usize, usize) {
        let out = self.tmux(&[
            "display-message",
            "-p",
            "-t",
            "repl",
            "#{history_size} #{cursor_y}",
        ]);
        let text = String::from_utf8_lossy(&out.stdout);
        let mut nums = text
            .split_whitespace()
            .map(|n| n.parse::<usize>().unwrap_or(0));
        let history = nums.next().unwrap_or(0);
        let y = nums.next().unwrap_or(0);
        (history + y, y)
    }

    /// Wait until the line under the cursor is a fresh prompt.
    fn wait_prompt(&self) {
        let start = Instant::now();
        loop {
            let (_, y) = self.cursor();
            let s = self.screen();
            let line = s.lines().nth(y).unwrap_or("").trim_end();
            if line == ">>>" || line == "..." {
                return;
            }
            if start.elapsed() > DEADLINE {
                panic!("timed out waiting for a prompt; the screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Type one line at the next prompt, as a person would (the editor
    /// reads keys only while it shows a prompt), and wait until the
    /// editor has taken it (the cursor moves past it).
    fn type_line(&self, line: &str) {
        self.wait_prompt();
        let (row, _) = self.cursor();
        if !line.is_empty() {
            self.tmux(&["send-keys", "-t", "repl", "-l", line]);
        }
        self.tmux(&["send-keys", "-t", "repl", "Enter"]);
        let start = Instant::now();
        while self.cursor().0 <= row {
            if start.elapsed() > DEADLINE {
                panic!(
                    "timed out waiting for the line {line:?} to be read; the screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn key(&self, key: &str) {
        self.tmux(&["send-keys", "-t", "repl", key]);
    }

    /// Wait until the screen shows `want`.
    fn expect(&self, want: &str) -> String {
        self.wait_for(|s| s.contains(want), want)
    }
}

impl Drop for Repl {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

#[test]
fn repl_multiline_function_call_and_underscore() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("def double(x):");
    r.wait_for(|s| Repl::last_line(s) == "...", "the continuation prompt");
    r.type_line("    y = x * 2");
    r.type_line("    return y");
    r.type_line("");
    r.type_line("double(21)");
    r.expect("\n42\n");
    r.type_line("_ + 100");
    r.expect("\n142\n");
    r.type_line("[double(i) for i in range(3)]");
    r.expect("[0, 2, 4]");
    r.type_line("None");
    r.type_line("'s'");
    let s = r.expect("'s'\n>>>");
    // `None` is not echoed: the line after `>>> None` is the next prompt.
    assert!(s.contains(">>> None\n>>> 's'"), "{s}");
    r.type_line("_");
    r.expect(">>> _\n's'");
}

#[test]
fn repl_exception_prints_traceback_and_prompt_returns() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("def boom():");
    r.type_line("    return 1 / 0");
    r.type_line("");
    r.type_line("boom()");
    let s = r.expect("ZeroDivisionError: division by zero");
    assert!(s.contains("Traceback (most recent call last):"), "{s}");
    assert!(s.contains("File \"<stdin>\", line 2, in boom"), "{s}");
    r.type_line("x = = 1");
    r.expect("SyntaxError: invalid syntax");
    r.type_line("import textwrap; textwrap.dedent('  a')");
    r.expect("\n'a'\n");
    r.type_line("print('still', 'here')");
    r.expect("still here");
}

#[test]
fn repl_ctrl_c_interrupts_running_code() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("n = 0");
    r.type_line("while True: n += 1");
    r.type_line("");
    // Let it run, then interrupt.
    std::thread::sleep(Duration::from_millis(300));
    let pressed = Instant::now();
    r.key("C-c");
    let s = r.wait_for(
        |s| s.contains("KeyboardInterrupt") && Repl::last_line(s) == ">>>",
        "KeyboardInterrupt",
    );
    let took = pressed.elapsed();
    assert!(
        took < Duration::from_secs(1),
        "the prompt came back after {took:?}"
    );
    assert!(s.contains("Traceback (most recent call last):"), "{s}");
    // The interpreter is still usable, with its state.
    r.type_line("n > 0");
    r.expect("\nTrue\n");
    // A handler sees the KeyboardInterrupt, as in CPython.
    r.type_line("try:");
    r.type_line("    while True: pass");
    r.type_line("except KeyboardInterrupt:");
    r.type_line("    print('caught it')");
    r.type_line("");
    std::thread::sleep(Duration::from_millis(200));
    r.key("C-c");
    r.expect("caught it");
    r.wait_prompt();
}

#[test]
fn repl_ctrl_c_while_typing_clears_the_input() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("if True:");
    r.wait_prompt();
    r.tmux(&["send-keys", "-t", "repl", "-l", "    print('never run')"]);
    r.key("C-c");
    r.wait_for(
        |s| s.contains("KeyboardInterrupt") && Repl::last_line(s) == ">>>",
        "KeyboardInterrupt",
    );
    r.type_line("print('fresh')");
    let s = r.expect("\nfresh\n");
    assert!(!s.contains("\nnever run"), "{s}");
}

#[test]
fn repl_ctrl_d_exits_with_status_0() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("1 + 1");
    r.expect("\n2\n");
    r.wait_prompt();
    r.key("C-d");
    r.expect("[pyx exited with 0]");
}

#[test]
fn repl_exit_call_uses_its_status() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("print(repr(exit))");
    r.expect("Use exit() or Ctrl-D (i.e. EOF) to exit");
    r.type_line("exit(3)");
    r.expect("[pyx exited with 3]");
}

#[test]
fn repl_exit_and_quit_without_parentheses_leave() {
    if !tmux_available() {
        return;
    }
    for word in ["exit", "quit"] {
        let r = Repl::start();
        r.type_line(word);
        r.expect("[pyx exited with 0]");
    }
    // Rebound, the name is just a name.
    let r = Repl::start();
    r.type_line("exit = 42");
    r.type_line("exit");
    r.expect("\n42\n");
    r.type_line("quit");
    r.expect("[pyx exited with 0]");
}

/// `pyx -i`: the program runs, then the REPL on what it defined.
#[test]
fn repl_after_a_program_with_dash_i() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start_with(&["-i", "-c", "x = 41\nprint('program ran')"]);
    r.expect("program ran");
    r.type_line("x + 1");
    r.expect("\n42\n");
}

/// Lines sent at once, faster than a person types: every one runs.
#[test]
fn repl_type_ahead_runs_every_line() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.tmux(&["send-keys", "-t", "repl", "-l", "x = 1\rx + 1\rprint('third', x * 3)\r"]);
    let s = r.expect("third 3");
    assert!(s.contains("\n2\n"), "{s}");
    r.wait_prompt();
}

/// A 30-line program pasted in one go (plain, then bracketed paste):
/// it runs whole, blocks included.
#[test]
fn repl_paste_of_a_whole_program() {
    if !tmux_available() {
        return;
    }
    let mut program = String::from("total = 0\n");
    for i in 0..18 {
        program.push_str(&format!("total += {i}\n"));
    }
    program.push_str("def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n\n");
    program.push_str("class C:\n    def m(self):\n        return 'method'\n\n");
    program.push_str("print('pasted', total, f(5), C().m())\n");
    assert!(program.lines().count() >= 25);
    for bracketed in [false, true] {
        let r = Repl::start();
        let buffer = format!("pyx-paste-{}", std::process::id());
        let path = std::env::temp_dir().join(format!("{buffer}-{bracketed}.txt"));
        std::fs::write(&path, &program).expect("write paste");
        r.tmux(&["load-buffer", "-b", &buffer, &path.to_string_lossy()]);
        let mut paste = vec!["paste-buffer", "-d", "-b", &buffer, "-t", "repl"];
        if bracketed {
            paste.push("-p");
        }
        r.tmux(&paste);
        if bracketed {
            // A bracketed paste is taken as one edit; Enter runs it.
            r.key("Enter");
        }
        r.expect("pasted 153 10 method");
        let _ = std::fs::remove_file(&path);
    }
}

fn run_with_stdin(program: &str) -> Output {
    let mut child = Command::new(PYX)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyx starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(program.as_bytes())
        .expect("stdin takes the program");
    child.wait_with_output().expect("pyx finishes")
}

#[test]
fn stdin_not_a_terminal_runs_the_whole_program() {
    let out =
        run_with_stdin("def f(x):\n    return x * 2\n\nprint(f(21))\nf(1)\nx = 5\nprint(x)\n");
    assert!(out.status.success(), "{out:?}");
    // A script, not a REPL: no banner, no prompts, no echo of `f(1)`.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n5\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn stdin_program_error_prints_traceback_and_exits_1() {
    let out = run_with_stdin("print('before')\n1/0\nprint('after')\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn stdin_program_system_exit_sets_the_status() {
    let out = run_with_stdin("raise SystemExit(4)\n");
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn repl_tab_indents_and_completes_names() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("my_variable = 7");
    r.type_line("for i in range(1):");
    r.wait_prompt();
    // The line starts indented; Tab on a line of only indentation
    // indents one level more.
    r.key("Tab");
    r.tmux(&["send-keys", "-t", "repl", "-l", "print('indented', i)"]);
    r.wait_for(
        |s| s.contains("...         print('indented', i)"),
        "the indented line",
    );
    r.key("Enter");
    r.type_line("");
    r.expect("\nindented 0\n");
    // Tab after a prefix completes a name defined at the prompt.
    r.wait_prompt();
    r.tmux(&["send-keys", "-t", "repl", "-l", "my_v"]);
    r.key("Tab");
    r.wait_for(|s| s.contains(">>> my_variable"), "the completed name");
    r.key("Enter");
    r.expect(">>> my_variable\n7\n");
}

#[test]
fn repl_takes_the_grant_and_limit_flags_of_scripts() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("helper.py"), "X = 'from the import root'\n").expect("write module");
    let root = dir.path().to_string_lossy().into_owned();
    let r = Repl::start_with(&["--max-steps", "100000", "--import-path", &root]);
    r.type_line("import helper; helper.X");
    r.expect("'from the import root'");
    // The step limit applies to each input: the loop is stopped, and the
    // next input runs with a fresh budget.
    r.type_line("while True: pass");
    r.type_line("");
    r.expect("terminated: execution step limit exceeded");
    r.type_line("sum(range(100))");
    r.expect("\n4950\n");
    // No file access was granted.
    r.type_line("open");
    r.expect("NameError: name 'open' is not defined");
}

#[test]
fn stdin_program_gets_the_flags_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("helper.py"), "X = 42\n").expect("write module");
    let mut child = Command::new(PYX)
        .args(["--max-steps", "1000", "--import-path"])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyx starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(b"import helper\nprint(helper.X, helper.__file__.startswith('/'))\nwhile True: pass\n")
        .expect("stdin takes the program");
    let out = child.wait_with_output().expect("pyx finishes");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42 False\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("execution step limit exceeded"));
    assert_ne!(out.status.code(), Some(0));
}

/// Tracebacks and prompts in colour on a terminal (CPython 3.13's
/// colours), none with `TERM=dumb`, `NO_COLOR` set (to anything) or `PYTHON_COLORS=0`,
/// and `PYTHON_COLORS=1` winning over `NO_COLOR`.
#[test]
fn repl_colour_on_a_terminal_and_off_with_no_color() {
    if !tmux_available() {
        return;
    }
    let cases: [(&[(&str, &str)], bool); 5] = [
        (&[], true),
        (&[("TERM", "dumb")], false),
        (&[("NO_COLOR", "")], false),
        (&[("PYTHON_COLORS", "0")], false),
        (&[("NO_COLOR", "1"), ("PYTHON_COLORS", "1")], true),
    ];
    for (vars, coloured) in cases {
        let mut env = vec![("PYX_HISTORY", "")];
        env.extend_from_slice(vars);
        let r = Repl::start_env(&env, &[]);
        r.type_line("1 / 0");
        r.expect("ZeroDivisionError: division by zero");
        r.wait_prompt();
        let s = r.screen_with_colours();
        let error_line = s.lines().find(|l| l.contains("ZeroDivisionError")).unwrap_or("");
        let prompt_line = s.lines().find(|l| l.contains("1 / 0")).unwrap_or("");
        if coloured {
            // Type and message coloured apart (the escapes tmux writes
            // for bold magenta and magenta between them).
            assert!(error_line.contains('\x1b') && !error_line.contains("ZeroDivisionError: division"), "{vars:?}: {s:?}");
            assert!(prompt_line.starts_with('\x1b'), "{vars:?}: {s:?}");
        } else {
            assert!(!s.contains('\x1b'), "{vars:?}: {s:?}");
        }
    }
}

/// A block typed line by line comes back with Up as one entry, is edited
/// as one and runs whole at Enter.
/// Continuation lines start indented as the block wants (four spaces
/// more after a `:`), `else` moves back a level, and a line left with only
/// the indentation ends the block; lines typed with their own indentation
/// keep it (the other tests type theirs).
#[test]
fn repl_auto_indents_continuation_lines() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("def grade(n):");
    r.type_line("if n > 5:");
    r.type_line("return 'high'");
    r.type_line("else:");
    r.type_line("return 'low'");
    r.type_line("");
    r.type_line("grade(7), grade(1)");
    let s = r.expect("('high', 'low')");
    assert!(s.contains("...     if n > 5:\n...         return 'high'\n...     else:\n...         return 'low'"), "{s}");
}

#[test]
fn repl_recalls_a_block_as_one_history_entry() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("def f():");
    r.type_line("    return 41");
    r.type_line("");
    r.type_line("f()");
    r.expect("\n41\n");
    r.wait_prompt();
    r.key("Up");
    r.wait_for(|s| Repl::last_line(s) == ">>> f()", "f() recalled");
    r.key("Up");
    r.wait_for(|s| s.contains(">>> def f():\n    return 41"), "the block recalled whole");
    // The cursor is at the block's end: change 41 to 42 and run it.
    r.key("BSpace");
    r.tmux(&["send-keys", "-t", "repl", "-l", "2"]);
    r.wait_for(|s| s.contains(">>> def f():\n    return 42"), "the block edited");
    r.key("Enter");
    r.type_line("f()");
    r.expect("\n42\n");
    // The edited block is in the history as one entry too.
    r.wait_prompt();
    r.key("Up");
    r.key("Up");
    r.wait_for(|s| s.lines().filter(|l| l.trim_end() == ">>> def f():").count() == 3, "the edited block recalled");
    // Up moves within the entry; Ctrl-V Ctrl-J adds a line to it.
    r.key("Up");
    r.key("End");
    r.key("C-v");
    r.key("C-j");
    r.tmux(&["send-keys", "-t", "repl", "-l", "    print('line added')"]);
    r.wait_for(|s| s.contains(">>> def f():\n    print('line added')\n    return 42"), "the line added");
    r.key("Enter");
    r.type_line("f() + 100");
    r.expect("line added\n142\n");
}

/// The history file: read at the start (blocks included), appended to at
/// the end; a file that cannot be read means no history file, silently.
#[test]
fn repl_history_file_is_read_and_appended() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history");
    std::fs::write(&path, "old = 'from the file'\ndef g():\\n    return 'g from the file'\n").expect("write history");
    let history = path.to_string_lossy().into_owned();
    let r = Repl::start_env(&[("PYX_HISTORY", &history)], &[]);
    r.key("Up");
    r.wait_for(|s| s.contains(">>> def g():\n    return 'g from the file'"), "the block from the file");
    r.key("Enter");
    r.type_line("print(g())");
    r.expect("\ng from the file\n");
    r.type_line("x = 12345");
    r.wait_prompt();
    r.key("C-d");
    r.expect("[pyx exited with 0]");
    let text = std::fs::read_to_string(&path).expect("history read back");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        ["old = 'from the file'", "def g():\\n    return 'g from the file'", "print(g())", "x = 12345"],
        "{text}"
    );
    drop(r);
    // A second session sees the first one's entries.
    let r = Repl::start_env(&[("PYX_HISTORY", &history)], &[]);
    r.key("Up");
    r.wait_for(|s| Repl::last_line(s) == ">>> x = 12345", "the last entry of the last session");
    r.key("Enter");
    r.type_line("x + 1");
    r.expect("\n12346\n");
    drop(r);
    // A directory cannot be read as a history file: the REPL works
    // without one and says nothing.
    let dir_path = dir.path().to_string_lossy().into_owned();
    let r = Repl::start_env(&[("PYX_HISTORY", &dir_path)], &[]);
    r.type_line("print('no history', 6 * 7)");
    r.expect("no history 42");
    r.wait_prompt();
    r.key("C-d");
    let s = r.expect("[pyx exited with 0]");
    assert!(!s.contains("pyx:"), "{s}");
    // A file in a directory that does not exist cannot be written: no
    // history, no message.
    let missing = dir.path().join("no/such/dir/history").to_string_lossy().into_owned();
    let r = Repl::start_env(&[("PYX_HISTORY", &missing)], &[]);
    r.type_line("y = 1");
    r.wait_prompt();
    r.key("C-d");
    let s = r.expect("[pyx exited with 0]");
    assert!(!s.contains("pyx:"), "{s}");
}

/// `name.<Tab>` completes the attributes of a bound name (dir() in the
/// REPL's interpreter); after a call or a subscript nothing is completed,
/// since that would run the call.
#[test]
fn repl_completes_attributes_of_bound_names() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("class Box:");
    r.type_line("    width = 3");
    r.type_line("    def area(self): return 'area called'");
    r.type_line("");
    r.type_line("b = Box()");
    r.type_line("calls = []");
    r.type_line("def f(): calls.append(1); return b");
    r.type_line("");
    r.wait_prompt();
    r.tmux(&["send-keys", "-t", "repl", "-l", "b.wi"]);
    r.key("Tab");
    r.wait_for(|s| Repl::last_line(s) == ">>> b.width", "b.width completed");
    r.key("Enter");
    r.expect("\n3\n");
    // A method, then through a dotted chain (a module's module).
    r.wait_prompt();
    r.tmux(&["send-keys", "-t", "repl", "-l", "b.ar"]);
    r.key("Tab");
    r.tmux(&["send-keys", "-t", "repl", "-l", "()"]);
    r.key("Enter");
    r.expect("'area called'");
    r.type_line("import json.decoder");
    r.wait_prompt();
    r.tmux(&["send-keys", "-t", "repl", "-l", "json.decoder.JSONDecodeE"]);
    r.key("Tab");
    r.wait_for(|s| Repl::last_line(s) == ">>> json.decoder.JSONDecodeError", "a dotted chain completed");
    r.key("Enter");
    r.expect("<class 'json.decoder.JSONDecodeError'>");
    // After a call: Tab does nothing (were it to complete, the line
    // would read `f().widthdth + 10` and fail), and f is not called by it.
    r.wait_prompt();
    r.tmux(&["send-keys", "-t", "repl", "-l", "f().wi"]);
    r.key("Tab");
    r.tmux(&["send-keys", "-t", "repl", "-l", "dth + 10"]);
    r.key("Enter");
    r.expect("\n13\n");
    r.type_line("len(calls)");
    r.expect("\n1\n");
}

/// A traceback to a pipe has no colour, unless `PYTHON_COLORS=1` or
/// `FORCE_COLOR` asks for it (and `PYTHON_COLORS=0` wins over
/// `FORCE_COLOR`), as in CPython 3.13.
#[test]
fn traceback_colour_on_a_pipe_only_when_forced() {
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = Command::new(PYX);
        cmd.args(["-c", "def f():\n    return 1 / 0\nf()"]);
        for v in ["NO_COLOR", "PYTHON_COLORS", "FORCE_COLOR"] {
            cmd.env_remove(v);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.envs(vars.iter().copied());
        let out = cmd.output().expect("pyx runs");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let plain = run(&[]);
    assert!(plain.ends_with("ZeroDivisionError: division by zero\n") && !plain.contains('\x1b'), "{plain:?}");
    for forced in [&[("PYTHON_COLORS", "1")][..], &[("FORCE_COLOR", "1")][..]] {
        let coloured = run(forced);
        assert!(
            coloured.ends_with("\x1b[1;35mZeroDivisionError\x1b[0m: \x1b[35mdivision by zero\x1b[0m\n"),
            "{forced:?}: {coloured:?}"
        );
        assert!(coloured.contains("line \x1b[35m2\x1b[0m, in \x1b[35mf\x1b[0m"), "{coloured:?}");
    }
    assert!(!run(&[("PYTHON_COLORS", "0"), ("FORCE_COLOR", "1")]).contains('\x1b'));
    assert!(!run(&[("NO_COLOR", ""), ("FORCE_COLOR", "1")]).contains('\x1b'));
}

/// `help(obj)` in the REPL shows the signature and the docstring, natives
/// included, then the prompt returns.
#[test]
fn repl_help_shows_signature_and_docstring() {
    if !tmux_available() {
        return;
    }
    let r = Repl::start();
    r.type_line("help(len)");
    let s = r.expect("Return the number of items in a container.");
    assert!(s.contains("Help on built-in function len in module builtins:"), "{s}");
    assert!(s.contains("len(obj, /)"), "{s}");
    r.wait_prompt();
    r.type_line("def area(w, h=2):");
    r.type_line("'Area of a w by h box.'");
    r.type_line("return w * h");
    r.type_line("");
    r.type_line("help(area)");
    let s = r.expect("Area of a w by h box.");
    assert!(s.contains("area(w, h=2)"), "{s}");
    r.wait_prompt();
}
