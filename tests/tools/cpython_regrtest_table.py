#!/usr/bin/env python3
"""Regenerate tests/conformance/CPYTHON_TESTS.md: CPython 3.11's own
regression tests for the modules issue 14 tracks, run under CPython and
under pyx, side by side (tests run, passed, failed, errored, skipped).

It reuses cpython_regrtest_stdlib.py's setup (CPython's test files copied
at run time into a temporary import root beside small stand-ins for
`test.support`; nothing of CPython's is committed). A module whose test
file does not import under pyx shows 0 run and the last line of its error.

Takes tens of minutes on a busy machine, so it stays out of CI:
    python3 tests/tools/cpython_regrtest_table.py [--pyx PATH] [--timeout S]
        [--root DIR] [--cpython-cache FILE] [NAME ...]
--root keeps the import root in DIR (to rerun one module by hand:
`pyx --max-memory 2G --import-path DIR -m unittest test.NAME`);
--cpython-cache keeps CPython's counts in FILE between runs.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpython_regrtest_stdlib as base  # noqa: E402

MODULES = """test_bool test_int test_long test_float test_complex test_list test_tuple
test_dict test_set test_unicode test_string test_bytes test_slice test_range test_builtin
test_exceptions test_generators test_class test_scope test_with test_contextlib
test_functools test_itertools test_collections test_json test_re test_math test_statistics
test_fractions test_enum test_dataclasses test_typing test_fstring test_grammar test_format
test_unpack test_sort test_heapq test_bisect test_textwrap test_iter test_isinstance
test_property test_super test_descr test_operator test_copy test_abc test_datetime
test_struct test_patma test_coroutines test_asyncgen test_weakref test_array test_time
test_traceback test_pprint test_argparse test_csv test_memoryview test_types
test_exception_group test_raise test_genexps test_deque test_queue test_random
test_difflib test_codecs test_unicodedata test_cmath test_hashlib test_zlib test_logging
test_threading test_base64 test_shlex test_html test_calendar test_pickle test_copyreg
test_timeit test_platform test_uuid test_tomllib test_configparser test_inspect
test_keyword test_reprlib test_fnmatch test_unittest""".split()


# Modules run under pyx by another name. test_datetime's load_tests runs
# datetimetester twice, against the pure datetime and against the C
# `_datetime`. pyx has only the pure one, and without `_datetime`
# import_fresh_module returns None for the second half, so load_tests
# itself fails (it does so on a CPython built without `_datetime` too).
# pyx therefore runs datetimetester once (half of CPython's count at most).
PYX_TARGET = {"test_datetime": "test.datetimetester"}

# Host directories a module's tests read, granted to pyx read-only beside
# the root (CPython's run reads them too): datetimetester checks every zone
# in the system's tz database (its ZoneInfo tests skip when it is absent).
PYX_EXTRA_READ = {"test_datetime": ["/usr/share/zoneinfo"]}


def run(cmd, cwd, timeout):
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timed out after %ds" % timeout
    text = r.stderr + r.stdout
    run_n, counts = base.summary(text)
    if counts is None:
        lines = [l for l in text.strip().splitlines() if l.strip()]
        return None, (lines[-1][:90] if lines else "no output (exit %d)" % r.returncode)
    fail = counts.get("failures", 0) + counts.get("unexpected successes", 0)
    err = counts.get("errors", 0)
    skip = counts.get("skipped", 0)
    why = None
    if run_n == 1 and err == 1 and "Failed to import test module" in text:
        # The test file itself did not load: say why (its last exception line).
        found = re.findall(r"^(\w+(?:Error|Exception|Exit)\b.*)$", text, re.M)
        why = "did not load: " + (found[-1][:90] if found else "?")
        return None, why
    return (run_n, max(0, run_n - fail - err - skip), fail, err, skip), why


def make_root(tmp, lib):
    """Fill the import root TMP: package `test` with our `test.support`
    stand-ins, CPython's test files and their helper modules, and the list
    of modules of each test package (their load_tests lists a directory,
    which pyx code cannot)."""
    pkg = os.path.join(tmp, "test")
    os.makedirs(os.path.join(pkg, "support"), exist_ok=True)
    open(os.path.join(pkg, "__init__.py"), "w").close()
    for name, text in base.SUPPORT_FILES.items():
        with open(os.path.join(pkg, "support", name), "w") as f:
            f.write(text)
    for name, text in base.STAND_INS.items():
        with open(os.path.join(tmp, name), "w") as f:
            f.write(text)
    # The test files and their shared helpers (list_tests, seq_tests,
    # mapping_tests, string_tests, ...); `support` stays our stand-in.
    package_modules = {}
    for f in os.listdir(os.path.join(lib, "test")):
        path = os.path.join(lib, "test", f)
        if f.endswith(".py") and f not in ("__init__.py", "__main__.py", "regrtest.py"):
            shutil.copy(path, pkg)
        elif f.endswith(".txt") and os.path.isfile(path):
            # Data files tests read (cmath_testcases.txt, ...).
            shutil.copy(path, pkg)
        elif os.path.isdir(path) and f not in ("support", "libregrtest", "__pycache__"):
            # Test packages (test_json) and the data packages tests import
            # (typinganndata, encoded_modules, ...).
            shutil.rmtree(os.path.join(pkg, f), ignore_errors=True)
            shutil.copytree(path, os.path.join(pkg, f),
                            ignore=shutil.ignore_patterns("__pycache__"))
            if f.startswith("test_"):
                package_modules[f] = sorted(m[:-3] for m in os.listdir(path)
                                            if m.startswith("test_") and m.endswith(".py"))
    # test_unittest runs CPython's `unittest.test` package, which pyx's
    # frozen `unittest` cannot hold as a subpackage: it is copied into the
    # root as `uttest` (imports renamed, in test_unittest.py too), and its
    # suite loads each module by name, so that one that fails to import
    # under pyx counts as an error instead of ending the whole run.
    base.copy_unittest_tests(os.path.join(lib, "unittest", "test"), os.path.join(tmp, "uttest"))
    # Helpers of CPython's tests that cannot load under pyx, replaced by
    # small stand-ins (regrtest_support/test_overrides/<path in test/>).
    overrides = os.path.join(base.SUPPORT_DIR, "test_overrides")
    for top, _dirs, files in os.walk(overrides):
        for f in files:
            if f.endswith(".py"):
                rel = os.path.relpath(os.path.join(top, f), overrides)
                os.makedirs(os.path.dirname(os.path.join(pkg, rel)), exist_ok=True)
                shutil.copy(os.path.join(top, f), os.path.join(pkg, rel))
    init = os.path.join(tmp, "uttest", "__init__.py")
    with open(init) as fh:
        text = fh.read()
    text = text.replace("""            try:
                __import__(modname)
            except unittest.SkipTest:
                continue
            module = sys.modules[modname]
            suite.addTest(loader.loadTestsFromModule(module))""",
                        """            suite.addTest(loader.loadTestsFromName(modname))""")
    with open(init, "w") as fh:
        fh.write(text)
    with open(os.path.join(pkg, "test_unittest.py")) as fh:
        text = fh.read()
    with open(os.path.join(pkg, "test_unittest.py"), "w") as fh:
        fh.write(text.replace("unittest.test", "uttest"))
    with open(os.path.join(pkg, "support", "_package_modules.py"), "w") as fh:
        fh.write("MODULES = %r\n" % package_modules)
    return pkg


def main(argv):
    pyx = os.path.join(base.ROOT, "target", "release", "pyx")
    timeout = 300
    root = None
    cache_path = None
    names = []
    it = iter(argv[1:])
    for a in it:
        if a == "--pyx":
            pyx = next(it)
        elif a == "--timeout":
            timeout = int(next(it))
        elif a == "--root":
            root = next(it)
        elif a == "--cpython-cache":
            cache_path = next(it)
        else:
            names.append(a)
    names = names or MODULES
    lib = base.cpython_lib()
    tmp = root or tempfile.mkdtemp(prefix="pyx-regrtable-")
    rows = []
    cache = {}
    if cache_path and os.path.exists(cache_path):
        with open(cache_path) as fh:
            cache = json.load(fh)
    tmp = tmp.rstrip("/")
    scratch = tmp + "-scratch"
    try:
        pkg = make_root(tmp, lib)
        with open(os.path.join(pkg, "support", "_pyx_scratch.py"), "w") as f:
            f.write("DIR = %r\n" % os.path.basename(scratch))
        for name in names:
            if not (os.path.exists(os.path.join(pkg, name + ".py"))
                    or os.path.isdir(os.path.join(pkg, name))):
                rows.append((name, None, "no such file in Lib/test", None, "no such file in Lib/test"))
                continue
            if name in cache:
                c, cwhy = cache[name]
                c = tuple(c) if c else None
            else:
                c, cwhy = run([sys.executable, "-m", "unittest", "test." + name], lib, timeout)
                cache[name] = (c, cwhy)
                if cache_path:
                    with open(cache_path, "w") as fh:
                        json.dump(cache, fh)
            # Read access to the root lets tests open their data files
            # (cmath_testcases.txt, ...): `__file__` shows the root by its
            # base name, so pyx runs in the root's parent directory.
            grants = [tmp] + [d for d in PYX_EXTRA_READ.get(name, []) if os.path.isdir(d)]
            # A fresh scratch directory per module, granted for writing
            # (test.support's TESTFN and temp_dir point into it).
            shutil.rmtree(scratch, ignore_errors=True)
            os.makedirs(scratch)
            p, pwhy = run([pyx, "--max-memory", "2G", "--allow-read=" + ",".join(grants),
                           "--allow-write=" + scratch, "--import-path", tmp,
                           "-m", "unittest", PYX_TARGET.get(name, "test." + name)],
                          os.path.dirname(os.path.abspath(tmp)), timeout)
            if name in PYX_TARGET:
                pwhy = "; ".join(x for x in (pwhy, "pyx runs %s once (no C _datetime)" % PYX_TARGET[name]) if x)
            if name == "test_unittest":
                pwhy = "; ".join(x for x in (pwhy, "unittest.test runs as a copy named uttest") if x)
            rows.append((name, c, cwhy, p, pwhy))
            print(name, c, cwhy, p, pwhy, file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if not root:
            shutil.rmtree(tmp, ignore_errors=True)
    out = []
    out.append("# CPython 3.11's regression tests under pyx\n")
    out.append("Generated %s by `python3 tests/tools/cpython_regrtest_table.py` "
               "(not run in CI: it takes tens of minutes). CPython column: `python3 -m unittest test.NAME` "
               "in CPython's own `Lib`; pyx column: `pyx --allow-read=ROOT --allow-write=SCRATCH --import-path ROOT "
               "-m unittest test.NAME` (SCRATCH: an empty directory per module, where `test.support`'s `TESTFN` "
               "and `temp_dir` point) with CPython's test file copied into ROOT beside small stand-ins for `test.support` "
               "(see `cpython_regrtest_stdlib.py`). A module that does not load under pyx "
               "shows `-` and the reason. Per-module timeout: %ds.\n"
               % (datetime.date.today().isoformat(), timeout))
    out.append("| module | CPython run | pass | fail | err | skip | pyx run | pass | fail | err | skip | note |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    loaded = 0
    cp_pass = 0
    px_pass = 0
    for name, c, cwhy, p, pwhy in rows:
        cc = ["%d" % x for x in c] if c else ["-"] * 5
        pc = ["%d" % x for x in p] if p else ["-"] * 5
        note = []
        if cwhy:
            note.append("CPython: " + cwhy)
        if pwhy:
            note.append("pyx: " + pwhy)
        if p and p[0] > 0:
            loaded += 1
        if c:
            cp_pass += c[1]
            if p:
                px_pass += min(p[1], c[1])
        out.append("| %s | %s | %s | %s |" % (name, " | ".join(cc), " | ".join(pc),
                                              "; ".join(note).replace("|", "\\|")))
    out.append("")
    out.append("Modules whose tests run under pyx: %d of %d. Tests passing under pyx: %d of the %d "
               "CPython passes (%.1f%%)." % (loaded, len(rows), px_pass, cp_pass,
                                             100.0 * px_pass / cp_pass if cp_pass else 0.0))
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv)
