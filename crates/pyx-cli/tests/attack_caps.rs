//! The caps seen from outside: each attack program of `tests/security/`
//! named `native_*` or `child_*` runs in its own process, the release `pyx`
//! command, under the limits its `# config:` header states (as
//! `--max-memory`, `--max-time`, `--max-steps`, `--max-output`). The run
//! must end the way its `# expect:` header says (the limit, a clean
//! exception, or `ok`), and the process must have kept to its caps:
//!
//! - peak RSS of the child (its `ru_maxrss`, from `wait4`) at most 1.25x
//!   the memory cap;
//! - bytes written to stdout and stderr together at most the output cap
//!   plus one line for the termination notice;
//! - wall time at most the time cap plus a grain. The VM stops within
//!   microseconds of the deadline flag; the bound here is generous
//!   (`SLACK`) so that a loaded or slow machine gives the same result, and
//!   the measured times are printed in the table (`--nocapture`).
//!
//! A program that ran away is killed early (RSS far past its cap, or a wall
//! time far past its deadline) so a hole never takes the machine down.
//! This file is self-contained: it only needs the path of the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Wall-time allowance beyond `--max-time` for the test's verdict.
const SLACK: Duration = Duration::from_secs(2);

fn security_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/security")
}

fn header<'a>(src: &'a str, key: &str) -> Option<&'a str> {
    src.lines().find_map(|l| l.strip_prefix(&format!("# {key}:")).map(str::trim))
}

fn size(s: &str) -> u64 {
    let (n, m) = match s.chars().last() {
        Some('K') => (&s[..s.len() - 1], 1 << 10),
        Some('M') => (&s[..s.len() - 1], 1 << 20),
        Some('G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    n.parse::<u64>().expect("size") * m
}

/// What one run measured.
struct Run {
    status: i32,
    wall: Duration,
    peak_rss: u64,
    stdout: Captured,
    stderr: Captured,
    killed: Option<String>,
}

fn vm_rss(pid: i32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// Run `pyx ARGS FILE`, polling for its end with `wait4` so the child's
/// own peak RSS comes back with its status.
fn run(args: &[String], file: &Path, rss_kill: u64, time_kill: Duration) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_path = dir.path().join("out");
    let err_path = dir.path().join("err");
    let out = std::fs::File::create(&out_path).expect("out");
    let err = std::fs::File::create(&err_path).expect("err");
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_pyx"))
        .args(args)
        .arg(file)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .expect("spawn pyx");
    let pid = child.id() as i32;
    let mut killed = None;
    let (status, peak_rss) = loop {
        let mut status = 0;
        // SAFETY: a plain FFI call; `rusage` is a C struct of integers,
        // valid when zeroed, and both pointers outlive the call.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -libc::WTERMSIG(status) };
            break (code, usage.ru_maxrss as u64 * 1024);
        }
        assert!(r == 0, "wait4 failed");
        if killed.is_none() {
            let rss = vm_rss(pid);
            if rss > rss_kill {
                killed = Some(format!("killed at {} MB RSS", rss >> 20));
            } else if started.elapsed() > time_kill {
                killed = Some(format!("killed after {:?}", started.elapsed()));
            }
            if killed.is_some() {
                // SAFETY: signalling our own child, which has not been reaped.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let wall = started.elapsed();
    Run { status, wall, peak_rss, stdout: tail(&out_path), stderr: tail(&err_path), killed }
}

/// The size of a captured stream, the starts of its lines and its last
/// 64 KB. Never the
/// whole of a possibly huge file: this process must stay small, as a child
/// spawned with a shared address space (vfork) inherits its high-water RSS.
fn tail(path: &Path) -> Captured {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut f) = std::fs::File::open(path) else { return Captured::default() };
    let len = f.metadata().map_or(0, |m| m.len());
    let _ = f.seek(SeekFrom::Start(len.saturating_sub(64 << 10)));
    let mut end = Vec::new();
    let _ = f.read_to_end(&mut end);
    Captured { len, line_starts: line_starts(path), end: String::from_utf8_lossy(&end).into_owned() }
}

/// The first 100 bytes of each of the first 10,000 lines of a file, read as
/// a stream (a line may be megabytes long).
fn line_starts(path: &Path) -> Vec<String> {
    use std::io::Read;
    let Ok(f) = std::fs::File::open(path) else { return Vec::new() };
    let mut starts = Vec::new();
    let mut cur: Option<Vec<u8>> = Some(Vec::new());
    let mut buf = [0u8; 1 << 16];
    let mut r = std::io::BufReader::new(f);
    while let Ok(n) = r.read(&mut buf) {
        if n == 0 || starts.len() > 10_000 {
            break;
        }
        for &b in &buf[..n] {
            if b == b'\n' {
                if let Some(l) = cur.take() {
                    starts.push(String::from_utf8_lossy(&l).into_owned());
                }
                cur = Some(Vec::new());
            } else if let Some(l) = cur.as_mut() {
                if l.len() < 100 {
                    l.push(b);
                }
            }
        }
    }
    starts.extend(cur.filter(|l| !l.is_empty()).map(|l| String::from_utf8_lossy(&l).into_owned()));
    starts
}

#[derive(Default)]
struct Captured {
    len: u64,
    line_starts: Vec<String>,
    end: String,
}

/// Check one attack; `Ok(table row)` or `Err(why)`.
fn check(file: &Path) -> Result<String, String> {
    let src = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let config = header(&src, "config").ok_or("no config header")?;
    let expect = header(&src, "expect").ok_or("no expect header")?;
    let mut args = Vec::new();
    let (mut mem, mut time, mut output) = (None, None, None);
    for kv in config.split_whitespace().filter(|s| *s != "default") {
        let (k, v) = kv.split_once('=').ok_or(format!("bad config {kv}"))?;
        match k {
            "max_memory" => mem = Some(size(v)),
            "max_time" => time = Some(Duration::from_secs_f64(v.parse().map_err(|_| "time")?)),
            "max_output" => output = Some(size(v)),
            "max_steps" | "interpreter" => {}
            _ => return Err(format!("config key {k} has no command-line form")),
        }
        if k != "interpreter" {
            args.push(format!("--{}", k.replace('_', "-")));
            args.push(v.to_string());
        }
    }
    let mem = mem.ok_or("an attack states its memory cap")?;
    let rss_cap = mem + mem / 4;
    let time_kill = time.unwrap_or(Duration::from_secs(10)) * 4 + Duration::from_secs(10);
    let r = run(&args, file, rss_cap * 2, time_kill);
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    let stderr = &r.stderr.end;
    let written = r.stdout.len + r.stderr.len;
    let last = stderr.trim_end().lines().last().unwrap_or("").to_string();
    let row = format!(
        "{name:<44} {config:<42} {expect:<20} exit={:<3} wall={:>6.2}s rss={:>5} MB out={} B",
        r.status,
        r.wall.as_secs_f64(),
        r.peak_rss >> 20,
        written
    );
    let mut problems = Vec::new();
    if let Some(k) = &r.killed {
        problems.push(k.clone());
    }
    let ended_right = match expect.split_once('=') {
        Some(("limit", what)) => {
            let notice = match what {
                "steps" => "execution step",
                "intsize" => "integer size",
                w => w,
            };
            r.status == 3 && last.contains(&format!("{notice} limit exceeded"))
        }
        // The exception's line: among the last lines (a note about a
        // text cut short at a limit may follow it).
        Some(("exception", ty)) => {
            let is_it = |l: &String| l == ty || l.starts_with(&format!("{ty}:"));
            r.status == 1 && r.stderr.line_starts.iter().rev().take(3).any(is_it)
        }
        Some(("exit", n)) => r.status.to_string() == n,
        None if expect == "ok" => r.status == 0,
        _ => return Err(format!("unknown expectation {expect}")),
    };
    if !ended_right {
        problems.push(format!("expected {expect}, got exit {} with {:?}", r.status, &last[..last.len().min(200)]));
    }
    if r.peak_rss > rss_cap {
        problems.push(format!("peak RSS {} MB over 1.25x the {} MB cap", r.peak_rss >> 20, mem >> 20));
    }
    if let Some(t) = time {
        if r.wall > t + SLACK {
            problems.push(format!("wall time {:?} over the {t:?} cap", r.wall));
        }
    }
    if let Some(o) = output {
        // The termination notice (one short line) may follow a full budget.
        if written > o + 200 {
            problems.push(format!("{written} bytes written under a {o}-byte output cap"));
        }
    }
    for bad in ["ESCAPED", "LEAK", "internal error", "panicked"] {
        if stderr.contains(bad) || r.stdout.end.contains(bad) {
            problems.push(format!("{bad} in output"));
        }
    }
    if problems.is_empty() {
        Ok(row)
    } else {
        Err(format!("{row}\n    {}", problems.join("\n    ")))
    }
}

#[test]
fn attacks_stay_within_their_caps() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(security_dir())
        .expect("tests/security")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            (n.starts_with("native_") || n.starts_with("child_")) && n.ends_with(".py")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 30, "attack programs missing");
    // `PYX_ATTACK_ONLY=name` runs the programs whose file name contains it.
    if let Ok(only) = std::env::var("PYX_ATTACK_ONLY") {
        files.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.contains(&only)));
    }
    let mut failures = Vec::new();
    for f in &files {
        match check(f) {
            Ok(row) => eprintln!("ok   {row}"),
            Err(e) => {
                eprintln!("FAIL {e}");
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} attacks broke a cap:\n{}", failures.len(), files.len(), failures.join("\n"));
}
