#!/usr/bin/env python3
"""Generate the expected output of the language conformance programs.

Programs: every ``tests/conformance/<area>/<name>.py`` except those under
``tests/conformance/stdlib/`` (that directory has its own generator,
``gen_stdlib_expected.py``), or exactly the paths given as arguments (files
or directories; explicit paths may point into ``stdlib/``).  Files whose name
starts with ``_`` are helpers, not programs, and are skipped.

Each program is run by CPython 3.11 as ``python3 -I <name>.py`` with the
working directory set to the program's directory, ``PYTHONHASHSEED=0``
and a 10 second timeout.

Expected-file format (``<name>.expected`` beside ``<name>.py``), UTF-8:

* the program's standard output, byte for byte;
* then, only if the program exited with a non-zero status:
  - a newline if the standard output is non-empty and does not already
    end with one,
  - the line ``--- exit N ---`` (N = exit status; 1 for an uncaught
    exception),
  - the LAST non-empty line of standard error followed by a newline —
    for an uncaught exception that is the exception line, e.g.
    ``ZeroDivisionError: division by zero``.  The traceback above it is
    not recorded because it holds host paths.

A runner for another implementation builds the same text from that
implementation's stdout, exit status and stderr, and compares the two.

Usage: gen_expected.py [--check] [PATH ...]
  --check   do not write; report programs whose output differs from the
            stored .expected file (exit 1 if any).
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.normpath(os.path.join(HERE, "..", "conformance"))
SKIP_DIRS = {"stdlib"}
TIMEOUT = 10


def find_programs(args):
    if not args:
        for area in sorted(os.listdir(CONF)):
            d = os.path.join(CONF, area)
            if area in SKIP_DIRS or not os.path.isdir(d):
                continue
            yield from walk(d)
        return
    for a in args:
        a = os.path.abspath(a)
        if os.path.isdir(a):
            yield from walk(a)
        elif a.endswith(".py"):
            yield a
        else:
            sys.exit(f"not a .py file or directory: {a}")


def walk(d):
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".py") and not f.startswith("_"):
                yield os.path.join(root, f)


def expected_text(path, python):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    r = subprocess.run([python, "-I", os.path.basename(path)],
                       cwd=os.path.dirname(path), capture_output=True,
                       timeout=TIMEOUT, env=env)
    out = r.stdout.decode("utf-8")
    err = r.stderr.decode("utf-8")
    if r.returncode != 0:
        if out and not out.endswith("\n"):
            out += "\n"
        lines = [ln for ln in err.splitlines() if ln.strip()]
        last = lines[-1] if lines else ""
        out += f"--- exit {r.returncode} ---\n{last}\n"
    elif err:
        sys.stderr.write(f"warning: {path} wrote to stderr:\n{err}\n")
    return out, r.returncode


def main(argv):
    check = "--check" in argv
    args = [a for a in argv[1:] if a != "--check"]
    python = shutil.which("python3") or sys.executable
    n = bad = 0
    for p in find_programs(args):
        try:
            text, rc = expected_text(p, python)
        except subprocess.TimeoutExpired:
            sys.stderr.write(f"error: {p} timed out\n")
            bad += 1
            continue
        exp = p[:-3] + ".expected"
        if check:
            try:
                with open(exp, encoding="utf-8") as fh:
                    old = fh.read()
            except FileNotFoundError:
                old = None
            if old != text:
                print(f"DIFFERS: {os.path.relpath(p, CONF)}")
                bad += 1
        else:
            with open(exp, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        n += 1
    verb = "checked" if check else "wrote"
    print(f"{verb} {n} expected files" + (f", {bad} problems" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
