#!/usr/bin/env python3
"""Differential fuzzing of pyx against CPython 3.11 on generated programs.

Programs come from the same generator as the `run` fuzz target (fuzz/gen,
seeded mode, sizes CPython can run without caps). Each runs under
/usr/bin/python3.11 and under the pyx binary; stdout and the exit status are
compared after blanking object addresses (` at 0x...`). A program is
skipped when either side could not finish it on its own terms: CPython timed
out or ran out of memory, or pyx ended on one of its limits (exit 3) while
CPython did not. pyx ending in an internal error (exit 70) or by a signal is
always reported. Mismatches are written to OUT/<seed>/ (program, both
outputs) for minimising by hand.

    cd fuzz && cargo build --release -p pyx-fuzz-gen
    python3 diff.py --pyx ../target/release/pyx --minutes 30 --out /tmp/pyx-diff
"""

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ADDR = re.compile(rb" at 0x[0-9a-fA-F]+")


def limit_cpython():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run(cmd, timeout, preexec=None):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, preexec_fn=preexec,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return None, b"", b""
    return p.returncode, ADDR.sub(b" at 0xADDR", p.stdout), p.stderr


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else b"<missing>"
        y = bl[i] if i < len(bl) else b"<missing>"
        if x != y:
            return i, x, y
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyx", default=os.path.join(HERE, "..", "target", "release", "pyx"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--gen", default=os.path.join(HERE, "target", "release", "gen"))
    ap.add_argument("--seed", type=int, default=0, help="first program number")
    ap.add_argument("--count", type=int, default=0, help="programs to run (0: until --minutes)")
    ap.add_argument("--minutes", type=float, default=0, help="stop after this long")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--out", default="/tmp/pyx-diff")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="pyx-diff-")
    start = time.time()
    stats = dict(run=0, same=0, differ=0, skipped=0, crash=0)
    seed = a.seed
    batch = 100
    try:
        while True:
            if a.count and seed >= a.seed + a.count:
                break
            if a.minutes and time.time() - start > a.minutes * 60:
                break
            n = batch if not a.count else min(batch, a.seed + a.count - seed)
            subprocess.run([a.gen, str(seed), str(n), work], check=True)
            for s in range(seed, seed + n):
                path = os.path.join(work, f"{s}.py")
                stats["run"] += 1
                crc, cout, cerr = run([a.python, path], a.timeout, limit_cpython)
                prc, pout, perr = run([a.pyx, "--max-memory", "1G", "--max-time", str(a.timeout), path],
                                      a.timeout * 3)
                verdict = None
                if prc is None or prc == 70 or prc < 0 or b"internal error" in perr:
                    verdict = "crash"
                elif crc is None or crc < 0 or b"MemoryError" in cout or b"MemoryError" in cerr:
                    verdict = "skipped"
                elif prc == 3 and crc != 3:
                    verdict = "skipped"
                elif crc == prc and cout == pout:
                    verdict = "same"
                else:
                    verdict = "differ"
                stats[verdict] += 1
                if verdict in ("crash", "differ"):
                    d = os.path.join(a.out, str(s))
                    os.makedirs(d, exist_ok=True)
                    shutil.copy(path, os.path.join(d, "prog.py"))
                    for name, data in (("cpython.out", cout), ("pyx.out", pout), ("cpython.err", cerr), ("pyx.err", perr)):
                        with open(os.path.join(d, name), "wb") as f:
                            f.write(data)
                    diff = first_difference(cout, pout)
                    with open(os.path.join(d, "summary.txt"), "w") as f:
                        f.write(f"{verdict}: cpython exit {crc}, pyx exit {prc}\n")
                        if diff:
                            f.write(f"line {diff[0]}:\n  cpython: {diff[1]!r}\n  pyx:     {diff[2]!r}\n")
                    if not a.quiet:
                        print(f"{verdict} seed {s}: exit {crc}/{prc}", diff and f"line {diff[0]}: {diff[1][:120]!r} vs {diff[2][:120]!r}", flush=True)
                os.remove(path)
            seed += n
    finally:
        shutil.rmtree(work, ignore_errors=True)
    took = time.time() - start
    print(f"programs {stats['run']} (seeds {a.seed}..{seed - 1}) in {took / 60:.1f} min: same {stats['same']}, "
          f"differ {stats['differ']}, crash {stats['crash']}, skipped {stats['skipped']}", flush=True)
    return 1 if stats["differ"] or stats["crash"] else 0


if __name__ == "__main__":
    sys.exit(main())
