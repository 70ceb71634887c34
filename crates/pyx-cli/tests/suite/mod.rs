//! The conformance suite's runner, shared by `conformance.rs` (the plain
//! run) and `conformance_gc_stress.rs` (every program again with a
//! collection at every safe point). See `conformance.rs` for the layout.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn listed(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let l = l.trim().trim_start_matches("- ").trim_start_matches("* ");
            let name = l.split_whitespace().next()?.trim_matches('`');
            (name.ends_with(".py") || name.starts_with("stdlib/importer/")).then(|| name.to_string())
        })
        .collect()
}

fn programs(conf: &Path) -> Vec<PathBuf> {
    let filter = std::env::var("PYX_CONFORMANCE_FILTER").unwrap_or_default();
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(conf) else { return out };
    let mut areas: Vec<_> = areas.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    areas.sort();
    for area in areas {
        let Ok(files) = std::fs::read_dir(&area) else { continue };
        let mut files: Vec<_> = files
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "py")
                    && !p.file_name().unwrap_or_default().to_string_lossy().starts_with('_')
                    && p.with_extension("expected").exists()
            })
            .collect();
        files.sort();
        out.extend(files.into_iter().filter(|p| p.to_string_lossy().contains(&filter)));
    }
    // Importer scenarios: the program is `<s>/main.py`.
    let scenarios = conf.join("stdlib/importer");
    if let Ok(dirs) = std::fs::read_dir(&scenarios) {
        let mut dirs: Vec<_> = dirs.flatten().map(|e| e.path()).filter(|p| p.join("main.py").is_file()).collect();
        dirs.sort();
        out.extend(dirs.into_iter().map(|d| d.join("main.py")).filter(|p| p.to_string_lossy().contains(&filter)));
    }
    out
}

/// The program's name in reports and in GAPS.md: `area/name.py`, or
/// `stdlib/importer/<s>` for a scenario.
fn label(p: &Path) -> String {
    let dir = p.parent().unwrap_or(Path::new("."));
    let dname = |d: &Path| d.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    if is_scenario(p) {
        return format!("stdlib/importer/{}", dname(dir));
    }
    format!("{}/{}", dname(dir), p.file_name().unwrap_or_default().to_string_lossy())
}

fn is_scenario(p: &Path) -> bool {
    p.parent().and_then(|d| d.parent()).is_some_and(|d| d.ends_with("stdlib/importer"))
}

/// The recorded CPython output for `p`.
fn expected(p: &Path) -> String {
    let file = if is_scenario(p) { p.parent().unwrap_or(p).with_extension("expected") } else { p.with_extension("expected") };
    std::fs::read_to_string(file).unwrap_or_default()
}

/// Run `p` under pyx: a scenario's directory is granted as import root
/// `root` (through a symlink of that name, as the CLI names a root by its
/// directory's base name).
fn run_program(p: &Path, flags: &[String]) -> String {
    if !is_scenario(p) {
        return run_pyx(p, flags);
    }
    let dir = p.parent().unwrap_or(Path::new("."));
    let link_dir = std::env::temp_dir().join(format!("pyx-conformance-{}-{}", std::process::id(), label(p).replace('/', "_")));
    let _ = std::fs::create_dir_all(&link_dir);
    let link = link_dir.join("root");
    let _ = std::fs::remove_file(&link);
    #[cfg(unix)]
    let _ = std::os::unix::fs::symlink(dir, &link);
    let mut with_root = flags.to_vec();
    with_root.extend(["--import-path".into(), link.to_string_lossy().into_owned()]);
    let out = run_pyx(p, &with_root);
    let _ = std::fs::remove_dir_all(&link_dir);
    out
}

/// Run one program under pyx and build the comparison text.
fn run_pyx(program: &Path, flags: &[String]) -> String {
    let exe = env!("CARGO_BIN_EXE_pyx");
    let dir = program.parent().unwrap_or(Path::new("."));
    let name = program.file_name().unwrap_or_default();
    let child = Command::new(exe)
        .args(flags)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else { return "<could not start pyx>".into() };
    let mut out = child.stdout.take().map(|mut s| {
        std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = s.read_to_end(&mut b);
            b
        })
    });
    let mut err = child.stderr.take().map(|mut s| {
        std::thread::spawn(move || {
            let mut b = Vec::new();
            let _ = s.read_to_end(&mut b);
            b
        })
    });
    let start = Instant::now();
    let pid = child.id();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if out_of_time(pid, start.elapsed()) => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = out.take().and_then(|h| h.join().ok()).unwrap_or_default();
    let stderr = err.take().and_then(|h| h.join().ok()).unwrap_or_default();
    let mut text = String::from_utf8_lossy(&stdout).into_owned();
    let code = match status {
        Some(st) => st.code().unwrap_or(-1),
        None => return text + "\n<timeout>\n",
    };
    if code != 0 {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&format!("--- exit {} ---\n", code));
        let e = String::from_utf8_lossy(&stderr);
        let last = e.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
        text.push_str(last);
        text.push('\n');
    }
    text
}

/// The most CPU time a program may take; every program of the suite needs
/// far less. Counted in CPU time, not wall-clock time, so a machine under
/// full load (or a slower one) gives the same verdict as a quiet one.
const CPU_LIMIT: Duration = Duration::from_secs(10);
/// A backstop in wall-clock time, for a program that waits without
/// computing (a deadlock), or where the CPU time cannot be read.
const WALL_LIMIT: Duration = Duration::from_secs(180);

/// Has process `pid`, running for `wall`, used up its time?
fn out_of_time(pid: u32, wall: Duration) -> bool {
    if wall > WALL_LIMIT {
        return true;
    }
    match cpu_time(pid) {
        Some(cpu) => cpu > CPU_LIMIT,
        // No /proc (not Linux): ten times the CPU limit in wall time.
        None => wall > CPU_LIMIT * 10,
    }
}

/// User plus system CPU time of a running process, from /proc (fields 14
/// and 15 of `stat`, in clock ticks of 1/100 s, Linux's fixed USER_HZ).
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces: count after its ')'.
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split(' ').collect();
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// How a run of the suite treats a program that ran out of time.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Timeouts {
    /// As a difference (the plain suite: every program finishes).
    Fail,
    /// As not judged (a slow mode, e.g. GC stress, on a slow machine).
    Skip,
}

/// Run every program with pyx and `flags`, print per-area counts, and
/// fail on any difference from CPython not listed as known.
pub fn run_suite(flags: &[&str], timeouts: Timeouts) {
    let flags: Vec<String> = flags.iter().map(|f| f.to_string()).collect();
    let extra = std::env::var("PYX_CONFORMANCE_FLAGS").unwrap_or_default();
    let flags: Arc<Vec<String>> = Arc::new(flags.into_iter().chain(extra.split_whitespace().map(String::from)).collect());
    let conf = root().join("tests/conformance");
    let differences = listed(&conf.join("DIFFERENCES.md"));
    let gaps = listed(&conf.join("GAPS.md"));
    let progs = programs(&conf);
    let queue = Arc::new(Mutex::new(progs.clone()));
    let results: Arc<Mutex<Vec<(PathBuf, bool, String, String)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(4);
    let mut handles = Vec::new();
    for _ in 0..workers {
        let q = queue.clone();
        let res = results.clone();
        let flags = flags.clone();
        handles.push(std::thread::spawn(move || loop {
            let next = q.lock().ok().and_then(|mut q| q.pop());
            let Some(p) = next else { break };
            let expected = expected(&p);
            let got = run_program(&p, &flags);
            let ok = got == expected;
            if let Ok(mut r) = res.lock() {
                r.push((p, ok, expected, got));
            }
        }));
    }
    for h in handles {
        let _ = h.join();
    }
    let mut results = Arc::try_unwrap(results).ok().and_then(|m| m.into_inner().ok()).unwrap_or_default();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut per_area: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut unexpected = Vec::new();
    let mut fixed_gaps = Vec::new();
    let mut skipped = Vec::new();
    let show_diff = std::env::var("PYX_CONFORMANCE_DIFF").is_ok();
    for (p, ok, expected, got) in &results {
        let rel = label(p);
        if !*ok && timeouts == Timeouts::Skip && got.ends_with("\n<timeout>\n") {
            skipped.push(rel);
            continue;
        }
        let area = rel.split('/').next().unwrap_or_default().to_string();
        let e = per_area.entry(area).or_default();
        if *ok {
            e.0 += 1;
            if gaps.contains(&rel) && timeouts == Timeouts::Fail {
                fixed_gaps.push(rel);
            }
        } else {
            e.1 += 1;
            if !differences.contains(&rel) && !gaps.contains(&rel) {
                unexpected.push(rel.clone());
            }
            if show_diff {
                eprintln!("=== {} ===\n--- expected\n{}--- got\n{}", rel, expected, got);
            }
        }
    }
    let (mut pass, mut fail) = (0, 0);
    for (area, (p, f)) in &per_area {
        eprintln!("  {:<14} {:>4} passed {:>4} failed", area, p, f);
        pass += p;
        fail += f;
    }
    eprintln!("conformance: {} passed, {} failed", pass, fail);
    println!("conformance: {} passed, {} failed", pass, fail);
    if !skipped.is_empty() {
        eprintln!("not judged (out of time in this mode): {}", skipped.join(" "));
    }
    // The runner itself is checked: a suite that judged almost nothing
    // (every program out of time, a broken binary) is a failure.
    assert!(pass > results.len() / 2, "only {pass} of {} programs passed", results.len());
    if !fixed_gaps.is_empty() {
        eprintln!("now passing (remove from GAPS.md): {}", fixed_gaps.join(" "));
    }
    assert!(unexpected.is_empty(), "programs differing from CPython (not in DIFFERENCES.md or GAPS.md):\n{}", unexpected.join("\n"));
}
