#!/usr/bin/env python3
"""The "Show it works" table: every attack program of tests/security/ run
by the release `pyx` binary under --max-memory 256M --max-time 3 (tighter
when the program's own `# config:` asks for less, plus the steps, output,
grant and net flags it expects), with the process's peak RSS and wall time.

    python3 tests/tools/attack_table.py [--pyx target/release/pyx] [--markdown]
        [--mem-limit-mb 320] [--time-limit 3.5] [PROGRAM ...]

Peak RSS is the child's own `ru_maxrss` (os.wait4), wall time from fork to
exit. Exits 1 when any program passes 320 MB or 3.5 s (or is killed at the
30 s backstop), else 0. The outcome column is the exit status and the last
line of stderr (the limit or the uncaught exception).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CAP_MEM = 256 << 20
CAP_TIME = 3.0
BACKSTOP = 30.0


def size(s):
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(s[-1:], 1)
    return int(s[:-1] if s[-1:] in "KMG" else s) * mult


def config_of(src):
    for line in src.splitlines():
        if line.startswith("# config:"):
            items = line[len("# config:"):].split()
            return dict(kv.split("=", 1) for kv in items if "=" in kv)
    return {}


def flags_for(cfg, tree):
    mem = min(size(cfg["max_memory"]), CAP_MEM) if "max_memory" in cfg else CAP_MEM
    tim = min(float(cfg["max_time"]), CAP_TIME) if "max_time" in cfg else CAP_TIME
    out = ["--max-memory", "%dK" % (mem >> 10), "--max-time", "%g" % tim]
    if "max_steps" in cfg:
        out += ["--max-steps", cfg["max_steps"]]
    if "max_output" in cfg:
        out += ["--max-output", cfg["max_output"]]
    if "grant" in cfg:
        out += ["--allow-read=%s" % (tree / "granted")]
    if "net" in cfg:
        out += ["--allow-net=%s" % cfg["net"]]
    return out


def make_tree():
    """The tree the security harness grants (tests/security.rs make_tree)."""
    tmp = Path(tempfile.mkdtemp(prefix="pyx-attack-"))
    g = tmp / "granted"
    (g / "sub").mkdir(parents=True)
    (g / "ok.txt").write_text("inside\n")
    (tmp / "secret.txt").write_text("TOP SECRET\n")
    os.symlink("../secret.txt", g / "link")
    os.symlink("..", g / "dirlink")
    return tmp


def run_one(pyx, prog, tree):
    src = prog.read_text()
    cfg = config_of(src)
    cmd = [pyx] + flags_for(cfg, tree) + [str(prog)]
    cwd = tree / "granted" if "grant" in cfg else tree
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=str(cwd))
    # stderr is drained by a thread with large reads (a traceback can be
    # megabytes: a slow reader would add its own time to the program's),
    # keeping its end; this thread waits for the child, killing it at the
    # backstop.
    tail = [b""]

    def drain():
        while True:
            chunk = p.stderr.read1(1 << 20)
            if not chunk:
                break
            tail[0] = (tail[0] + chunk)[-4096:]

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    killed = False
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > BACKSTOP and not killed:
            p.kill()
            killed = True
        time.sleep(0.002)
    wall = time.monotonic() - start
    reader.join(5)
    p.stderr.close()
    err = tail[0]
    code = os.waitstatus_to_exitcode(status)
    lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1].strip() if lines else ""
    if len(last) > 60:
        last = last[:57] + "..."
    return {
        "name": prog.name,
        "flags": " ".join(f for f in flags_for(cfg, Path("T"))),
        "rss_mb": ru.ru_maxrss / 1024.0,
        "wall": wall,
        "code": code,
        "outcome": ("KILLED at backstop; " if killed else "") + last,
        "killed": killed,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyx", default=str(ROOT / "target" / "release" / "pyx"))
    ap.add_argument("--mem-limit-mb", type=float, default=320.0)
    ap.add_argument("--time-limit", type=float, default=3.5)
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = [Path(p) for p in args.programs] or sorted((ROOT / "tests" / "security").glob("*.py"))
    tree = make_tree()
    rows = []
    try:
        for prog in progs:
            rows.append(run_one(args.pyx, prog.resolve(), tree))
            r = rows[-1]
            if not args.markdown:
                print("%-44s %7.1f MB %6.2f s  exit %-3d %s" % (r["name"], r["rss_mb"], r["wall"], r["code"], r["outcome"]), flush=True)
    finally:
        shutil.rmtree(tree, ignore_errors=True)
    bad = [r for r in rows if r["killed"] or r["rss_mb"] > args.mem_limit_mb or r["wall"] > args.time_limit]
    if args.markdown:
        print("| program | flags | peak RSS (MB) | wall (s) | exit | outcome |")
        print("|---|---|---:|---:|---:|---|")
        for r in rows:
            print("| %s | `%s` | %.1f | %.2f | %d | %s |" % (r["name"], r["flags"], r["rss_mb"], r["wall"], r["code"], r["outcome"].replace("|", "\\|")))
    print()
    print("%d programs; max peak RSS %.1f MB (%s), max wall %.2f s (%s); %d over %.0f MB / %.1f s"
          % (len(rows), max(r["rss_mb"] for r in rows), max(rows, key=lambda r: r["rss_mb"])["name"],
             max(r["wall"] for r in rows), max(rows, key=lambda r: r["wall"])["name"], len(bad), args.mem_limit_mb, args.time_limit))
    for r in bad:
        print("VIOLATION: %s %.1f MB %.2f s %s" % (r["name"], r["rss_mb"], r["wall"], r["outcome"]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
