#!/usr/bin/env python3
"""Generate the expected output of the stdlib conformance programs.

For every ``tests/conformance/stdlib/*.py`` this runs CPython 3.11
(``python3 -I -S -B <file>``, cwd = the program's directory) and writes its
standard output to ``<name>.expected`` next to the program.

For every importer scenario ``tests/conformance/stdlib/importer/<scenario>/``
(a directory holding a package tree and ``main.py``) it runs
``python3 -E -s -S -B main.py`` in that directory and writes
``importer/<scenario>.expected``, with the scenario directory's absolute path
replaced by ``root`` (the display name pyx's importer shows for the import
root; see stdlib/_importer.py), so that the expected text holds no host path.

Usage: gen_stdlib_expected.py [NAME-SUBSTRING ...]   (default: all)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONF = os.path.normpath(os.path.join(HERE, "..", "conformance", "stdlib"))
IMPORTER = os.path.join(CONF, "importer")


def run_cpython(path, cwd, flags=("-I", "-S", "-B")):
    # Bytes, not text mode: text mode would turn a printed '\r' into '\n'.
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, *flags, os.path.basename(path)],
                       cwd=cwd, capture_output=True, timeout=120, env=env)
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace")
        sys.stderr.write(f"warning: {path} exited {r.returncode}\n{err}\n")
    return r.stdout.decode("utf-8")


def programs():
    for f in sorted(os.listdir(CONF)):
        if f.endswith(".py") and not f.startswith("_"):
            yield os.path.join(CONF, f)


def scenarios():
    if not os.path.isdir(IMPORTER):
        return
    for d in sorted(os.listdir(IMPORTER)):
        p = os.path.join(IMPORTER, d)
        if os.path.isdir(p) and os.path.isfile(os.path.join(p, "main.py")):
            yield p


def main(argv):
    filt = argv[1:]
    n = 0
    for p in programs():
        if filt and not any(s in os.path.basename(p) for s in filt):
            continue
        out = run_cpython(p, CONF)
        with open(p[:-3] + ".expected", "w", newline="") as fh:
            fh.write(out)
        n += 1
    for d in scenarios():
        if filt and not any(s in os.path.basename(d) for s in filt):
            continue
        # -E -s instead of -I: the script's directory must be on sys.path.
        out = run_cpython(os.path.join(d, "main.py"), d, ("-E", "-s", "-S", "-B"))
        out = out.replace(os.path.realpath(d), "root").replace(d, "root")
        with open(d + ".expected", "w", newline="") as fh:
            fh.write(out)
        n += 1
    print(f"wrote {n} expected files")


if __name__ == "__main__":
    main(sys.argv)
