#!/usr/bin/env python3
"""Run some of CPython 3.11's own regression tests under pyx's unittest
and print a table next to CPython's results.

CPython's files are never copied into the repository: at run time the
named `test_*.py` files are copied from the local CPython's `Lib/test`
into a temporary import root, beside a small stand-in for the few names of
`test.support` these files use and stand-ins for modules pyx does not have
yet (`shutil`, `tempfile`, `stat`; they only let the test modules
import -- a test that needs them fails or is skipped) and for what a
sandboxed pyx never has (`subprocess`, `signal`: starting a process or
installing a signal handler raises unittest.SkipTest with the reason).  pyx
runs `pyx --import-path ROOT -m unittest test.NAME`; CPython runs
`python3 -m unittest test.NAME` in its own Lib.

CPython 3.11 keeps unittest's own tests in the package `unittest.test`,
which cannot be reached through pyx's frozen `unittest`: a NAME
`unittest.X` (e.g. `unittest.test_loader`, `unittest.testmock.testmock`)
runs `unittest.test.X` under CPython and, under pyx, a copy of that package
as `uttest` with its imports of `unittest.test` renamed.

Usage: cpython_regrtest_stdlib.py [--pyx PATH] [NAME ...]
  default NAMEs: the modules pyx's stdlib provides that run this way.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT = ["test_pprint", "test_reprlib", "test_bisect", "test_heapq",
           "test_textwrap", "test_keyword", "test_string", "test_fnmatch",
           "test_difflib", "test_argparse",
           "unittest.test_assertions", "unittest.test_skipping", "unittest.test_suite",
           "unittest.test_loader", "unittest.test_setups", "unittest.test_functiontestcase",
           "unittest.testmock.testmock", "unittest.testmock.testcallable",
           "unittest.testmock.testsealable", "unittest.testmock.testmagicmethods",
           "unittest.testmock.testwith"]

# Our stand-ins for `test.support` (package `test.support` of the import
# root) and for modules pyx lacks, kept as files in regrtest_support/.
SUPPORT_DIR = os.path.join(HERE, "regrtest_support")


def _read_dir(d):
    out = {}
    for f in sorted(os.listdir(d)):
        if f.endswith(".py"):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                out[f] = fh.read()
    return out


SUPPORT_FILES = _read_dir(os.path.join(SUPPORT_DIR, "support"))
STAND_INS = _read_dir(os.path.join(SUPPORT_DIR, "stand_ins"))


def copy_unittest_tests(src, dst):
    """Copy CPython's unittest.test package as `uttest`, renaming its
    imports of itself."""
    for root, dirs, files in os.walk(src):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        out_dir = os.path.join(dst, os.path.relpath(root, src))
        os.makedirs(out_dir, exist_ok=True)
        for f in files:
            if not f.endswith(".py"):
                continue
            with open(os.path.join(root, f), encoding="utf-8") as fh:
                text = fh.read()
            text = text.replace("unittest.test", "uttest")
            with open(os.path.join(out_dir, f), "w", encoding="utf-8") as fh:
                fh.write(text)


def cpython_lib():
    out = subprocess.run([sys.executable, "-c", "import test, os; print(os.path.dirname(test.__file__))"],
                         capture_output=True, text=True, check=True).stdout.strip()
    return os.path.dirname(out)


def summary(text):
    """(run, failures, errors, skipped, expected failures) from unittest's output."""
    m = re.search(r"Ran (\d+) tests?", text)
    run = int(m.group(1)) if m else 0
    counts = {}
    m = re.search(r"^(OK|FAILED)(?: \((.*)\))?$", text, re.M)
    if m and m.group(2):
        for part in m.group(2).split(", "):
            k, _, v = part.partition("=")
            counts[k] = int(v)
    if not m:
        return run, None
    return run, counts


def main(argv):
    pyx = os.path.join(ROOT, "target", "release", "pyx")
    names = []
    it = iter(argv[1:])
    for a in it:
        if a == "--pyx":
            pyx = next(it)
        else:
            names.append(a)
    names = names or DEFAULT
    lib = cpython_lib()
    tmp = tempfile.mkdtemp(prefix="pyx-regrtest-")
    try:
        pkg = os.path.join(tmp, "test")
        os.makedirs(os.path.join(pkg, "support"))
        open(os.path.join(pkg, "__init__.py"), "w").close()
        for name, text in SUPPORT_FILES.items():
            with open(os.path.join(pkg, "support", name), "w") as f:
                f.write(text)
        for name, text in STAND_INS.items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
        for f in os.listdir(os.path.join(lib, "test")):
            if f.startswith("test_") and f.endswith(".py"):
                shutil.copy(os.path.join(lib, "test", f), pkg)
        # Test packages run by name (test_json); their load_tests lists
        # the directory, which pyx code cannot: the names go in a module.
        package_modules = {}
        for f in ("test_json",):
            if os.path.isdir(os.path.join(lib, "test", f)):
                shutil.copytree(os.path.join(lib, "test", f), os.path.join(pkg, f),
                                ignore=shutil.ignore_patterns("__pycache__"))
                package_modules[f] = sorted(m[:-3] for m in os.listdir(os.path.join(pkg, f))
                                            if m.startswith("test_") and m.endswith(".py"))
        with open(os.path.join(pkg, "support", "_package_modules.py"), "w") as fh:
            fh.write("MODULES = %r\n" % package_modules)
        copy_unittest_tests(os.path.join(lib, "unittest", "test"), os.path.join(tmp, "uttest"))
        print("%-34s %27s   %27s" % ("", "CPython", "pyx"))
        print("%-34s %5s %5s %5s %5s %5s   %5s %5s %5s %5s %5s" %
              ("module", "run", "pass", "fail", "err", "skip", "run", "pass", "fail", "err", "skip"))
        totals = [0, 0]
        for name in names:
            row = []
            # test_argparse needs ~600 MB under pyx today (the VM keeps
            # caught exceptions alive), above the default 512M cap.
            if name.startswith("unittest."):
                cpython_name = "unittest.test." + name[len("unittest."):]
                pyx_name = "uttest." + name[len("unittest."):]
            else:
                cpython_name = pyx_name = "test." + name
            for cmd, cwd in (([sys.executable, "-m", "unittest", cpython_name], lib),
                             ([pyx, "--max-memory", "2G", "--import-path", tmp,
                               "-m", "unittest", pyx_name], tmp)):
                try:
                    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
                    run, counts = summary(r.stderr + r.stdout)
                except subprocess.TimeoutExpired:
                    run, counts = 0, None
                if counts is None:
                    row.append((run, 0, 0, 0, 0))
                    continue
                fail = counts.get("failures", 0) + counts.get("unexpected successes", 0)
                err = counts.get("errors", 0)
                skip = counts.get("skipped", 0)
                row.append((run, max(0, run - fail - err - skip), fail, err, skip))
            totals[0] += row[0][1]
            totals[1] += min(row[1][1], row[0][1])
            print("%-34s %5d %5d %5d %5d %5d   %5d %5d %5d %5d %5d" % ((name,) + row[0] + row[1]))
        print("passing under pyx: %d of the %d tests CPython passes" % (totals[1], totals[0]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
