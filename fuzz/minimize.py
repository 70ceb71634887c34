#!/usr/bin/env python3
"""Shrink a diff-mode mismatch: drop top-level statements and class
methods one at a time while pyx's output still differs from CPython's.

    python3 minimize.py PROG.py [--pyx ../target/release/pyx] > small.py
"""
import argparse
import re
import subprocess
import sys

ADDR = re.compile(rb" at 0x[0-9a-fA-F]+")


def out(cmd, src, timeout):
    with open("/tmp/pyx-min.py", "w") as f:
        f.write(src)
    try:
        p = subprocess.run(cmd + ["/tmp/pyx-min.py"], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, ADDR.sub(b"", p.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prog")
    ap.add_argument("--pyx", default="../target/release/pyx")
    ap.add_argument("--python", default="/usr/bin/python3.11")
    a = ap.parse_args()
    src = open(a.prog).read()

    def differs(parts):
        s = "".join(parts)
        c = out([a.python], s, 10)
        p = out([a.pyx, "--max-memory", "1G", "--max-time", "10"], s, 30)
        return c is not None and p is not None and c != p

    # Units: top-level statements, and each `def` (with its body) in a class.
    cut = src.index("\ntry:\n") + 1
    parts = re.split(r"(?m)^(?=    def |class |v0 = )", src[:cut]) + re.split(r"(?m)^(?=try:\n|print\('done'\))", src[cut:])
    if not differs(parts):
        print("no difference", file=sys.stderr)
        return 1
    i = len(parts) - 1
    while i >= 0:
        keep = parts[:i] + parts[i + 1:]
        if differs(keep):
            parts = keep
        i -= 1
    sys.stdout.write("".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
