#!/usr/bin/env python3
"""Run pyx's pure-Python stdlib under CPython and compare with CPython.

1. Every ``tests/conformance/stdlib/*.py`` program is run in a fresh
   ``python3 -I -S -B`` subprocess in which pyx's own modules (every
   ``stdlib/<mod>.py`` and package ``stdlib/<pkg>/``, except the importer and
   other underscore-private start-up files) replace CPython's: the modules are
   purged from ``sys.modules`` and a meta-path finder placed first on
   ``sys.meta_path`` loads ours from source.  The program's stdout must equal
   ``<name>.expected`` (CPython's output, made by gen_stdlib_expected.py).

2. Every importer scenario ``tests/conformance/stdlib/importer/<s>/main.py``
   is run with pyx's importer (``stdlib/_importer.py``) bootstrapped into a
   fresh fake ``sys``/``builtins`` pair with fake import-root capability
   objects (the scenario directory, display name ``root``, and pyx's stdlib,
   display name ``stdlib``).  Its output must equal ``importer/<s>.expected``
   (CPython's real importer on the same tree, host path replaced by ``root``),
   and must not contain any host path.

3. ``tests/conformance/stdlib/_importer_unit.py``: unit tests of the importer
   with in-memory fake roots and a fake native registry (one test).

4. Other ``tests/conformance/stdlib/_<name>_unit.py``: tests of pyx-specific
   behaviour CPython does not have (e.g. re's step bound, asyncio's virtual
   clock), run with our modules substituted; each must print exactly
   ``<name>-unit: ok``.

Prints ``stdlib-under-cpython: N passed, M failed``; exit status 1 on failure.

Usage: check_stdlib_under_cpython.py [-v] [-j N] [NAME-SUBSTRING ...]
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
STDLIB = os.path.join(ROOT, "stdlib")
CONF = os.path.join(ROOT, "tests", "conformance", "stdlib")
IMPORTER = os.path.join(CONF, "importer")

# Files in stdlib/ that are not library modules replacing CPython's.
# `encodings` is CPython's own codec machinery (its search function imports
# encodings.<name> for every str.encode): ours substituted there would route
# CPython's codecs back into themselves.
NOT_SUBSTITUTED = {"_importer", "_sys_init", "encodings"}


def our_modules(stdlib):
    names = []
    for f in sorted(os.listdir(stdlib)):
        p = os.path.join(stdlib, f)
        if f.endswith(".py"):
            n = f[:-3]
        elif os.path.isdir(p) and os.path.isfile(os.path.join(p, "__init__.py")):
            n = f
        else:
            continue
        if n not in NOT_SUBSTITUTED:
            names.append(n)
    return names


# ---------------------------------------------------------------- child modes

def child_run_one(stdlib, prog):
    """Substitute our modules for CPython's, then run prog as __main__."""
    import importlib.abc
    import importlib.machinery
    # Imported before the substitution: CPython's own traceback printing
    # can crash when it meets our replacement modules (io, re, ...).
    import traceback
    ours = set(our_modules(stdlib))

    class Loader(importlib.abc.Loader):
        def __init__(self, path):
            self.path = path

        def create_module(self, spec):
            return None

        def exec_module(self, module):
            with open(self.path, encoding="utf-8") as fh:
                src = fh.read()
            exec(compile(src, self.path, "exec"), module.__dict__)

    class Finder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name.partition(".")[0] not in ours:
                return None
            rel = name.replace(".", os.sep)
            pkg = os.path.join(stdlib, rel, "__init__.py")
            mod = os.path.join(stdlib, rel + ".py")
            if os.path.isfile(pkg):
                spec = importlib.machinery.ModuleSpec(
                    name, Loader(pkg), origin=pkg, is_package=True)
                spec.submodule_search_locations = [os.path.dirname(pkg)]
                spec.has_location = True
                return spec
            if os.path.isfile(mod):
                spec = importlib.machinery.ModuleSpec(name, Loader(mod), origin=mod)
                spec.has_location = True
                return spec
            return None

    for m in list(sys.modules):
        if m.partition(".")[0] in ours:
            del sys.modules[m]
    sys.modules["_pyx_where"] = pyx_where_over_frames()
    sys.meta_path.insert(0, Finder)
    sys.argv = [prog]
    with open(prog, encoding="utf-8") as fh:
        src = fh.read()
    # A real module registered as sys.modules['__main__'], as CPython does
    # for a script (typing.get_type_hints looks classes' globals up there).
    main = type(sys)("__main__")
    main.__file__ = prog
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    try:
        exec(compile(src, prog, "exec"), main.__dict__)
    except SystemExit:
        raise
    except BaseException:
        sys.stdout.flush()
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)


def pyx_where_over_frames():
    """pyx's native `_pyx_where` (crates/pyx-vm/src/interp/where_info.rs), built
    here on CPython's frames so that traceback, warnings and logging can
    be checked under CPython too."""
    import linecache
    where = type(sys)("_pyx_where")
    harness_file = __file__

    def source_line(filename, lineno):
        line = linecache.getline(filename, lineno)
        return line.rstrip("\n") if line else None

    def tb_entry(tb):
        code = tb.tb_frame.f_code
        return (code.co_filename, code.co_name, code.co_qualname, tb.tb_lineno,
                source_line(code.co_filename, tb.tb_lineno))

    def caller(depth=0):
        try:
            frame = sys._getframe(depth + 1)
        except ValueError:
            return None
        code = frame.f_code
        if code.co_filename == harness_file:
            # The harness's own frames lie below the program's: the stack
            # a program sees ends where it was started, as under pyx.
            return None
        return (code.co_filename, frame.f_lineno, frame.f_globals.get("__name__"), code.co_name)

    where.source_line = source_line
    where.tb_entry = tb_entry
    where.caller = caller
    return where


class DirRoot:
    """Fake import-root capability over a host directory (test harness only)."""

    def __init__(self, path, name):
        self._path = path
        self.name = name

    def _p(self, rel):
        assert not rel.startswith("/") and ".." not in rel.split("/"), rel
        return os.path.join(self._path, *rel.split("/"))

    def is_file(self, rel):
        return os.path.isfile(self._p(rel))

    def is_dir(self, rel):
        return os.path.isdir(self._p(rel))

    def read_text(self, rel):
        with open(self._p(rel), encoding="utf-8") as fh:
            return fh.read()


class FakeNatives:
    """Fake native-module registry: hands out CPython's C modules by name."""

    def __init__(self, names):
        self._names = set(names)

    def names(self):
        return sorted(self._names)

    def load(self, name):
        if name not in self._names:
            raise ImportError("native module %r not allowed" % name)
        return __import__(name)

    def narrow(self, keep):
        self._names &= set(keep)


def child_run_importer(stdlib, scen):
    import builtins
    ns = {"__name__": "_importer", "__builtins__": builtins}
    with open(os.path.join(stdlib, "_importer.py"), encoding="utf-8") as fh:
        exec(compile(fh.read(), "stdlib/_importer.py", "exec"), ns)
    fake_builtins = dict(builtins.__dict__)
    fake_sys = type(sys)("sys")
    fake_sys.stdout = sys.stdout
    fake_sys.stderr = sys.stderr
    fake_sys.version_info = sys.version_info
    bmod = type(sys)("builtins")
    bmod.__dict__.update(fake_builtins)
    # CPython's IMPORT_FROM falls back to the interpreter's real module dict,
    # so hand that very dict (emptied) to our importer as sys.modules.
    real_modules = sys.modules
    saved = dict(real_modules)
    real_modules.clear()
    ns["install"](
        modules=real_modules,
        sys=fake_sys,
        builtins=fake_builtins,
        builtins_module=bmod,
        roots=[DirRoot(scen, "root"), DirRoot(stdlib, "stdlib")],
        natives=FakeNatives(["math", "time", "_random"]),
    )
    main = os.path.join(scen, "main.py")
    with open(main, encoding="utf-8") as fh:
        src = fh.read()
    g = {"__name__": "__main__", "__file__": "root/main.py",
         "__builtins__": fake_builtins, "__spec__": None, "__package__": None}
    try:
        exec(compile(src, "root/main.py", "exec"), g)
    finally:
        real_modules.clear()
        real_modules.update(saved)


# ---------------------------------------------------------------- parent mode

def run(cmd, cwd):
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)
        return r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired:
        return "", "TIMEOUT", -1


def job_program(prog):
    cmd = [sys.executable, "-I", "-S", "-B", os.path.abspath(__file__),
           "--run-one", STDLIB, prog]
    out, err, _ = run(cmd, CONF)
    with open(prog[:-3] + ".expected") as fh:
        exp = fh.read()
    return out == exp, out, exp, err


def job_scenario(scen):
    cmd = [sys.executable, "-I", "-S", "-B", os.path.abspath(__file__),
           "--run-importer", STDLIB, scen]
    out, err, _ = run(cmd, scen)
    with open(scen + ".expected") as fh:
        exp = fh.read()
    leak = ROOT in out or "/tmp" in out
    if leak:
        err += "\nHOST PATH LEAKED"
    return out == exp and not leak, out, exp, err


def job_pyx_unit(path):
    name = os.path.basename(path)[1:-len("_unit.py")]
    cmd = [sys.executable, "-I", "-S", "-B", os.path.abspath(__file__),
           "--run-one", STDLIB, path]
    out, err, _ = run(cmd, CONF)
    exp = "%s-unit: ok\n" % name
    return out == exp, out, exp, err


def job_unit(path):
    out, err, _ = run([sys.executable, "-I", "-S", "-B", path], CONF)
    exp = "importer-unit: ok\n"
    return out == exp, out, exp, err


def main(argv):
    verbose = False
    jobs = 2
    filt = []
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "-v":
            verbose = True
        elif a == "-j":
            jobs = int(args.pop(0))
        else:
            filt.append(a)
    work = []
    for f in sorted(os.listdir(CONF)):
        if f.endswith(".py") and not f.startswith("_"):
            p = os.path.join(CONF, f)
            if os.path.exists(p[:-3] + ".expected"):
                work.append((f, job_program, p))
    if os.path.isdir(IMPORTER):
        for d in sorted(os.listdir(IMPORTER)):
            p = os.path.join(IMPORTER, d)
            if os.path.isdir(p) and os.path.exists(p + ".expected"):
                work.append(("importer/" + d, job_scenario, p))
    unit = os.path.join(CONF, "_importer_unit.py")
    if os.path.exists(unit):
        work.append(("importer-unit", job_unit, unit))
    for f in sorted(os.listdir(CONF)):
        if f.startswith("_") and f.endswith("_unit.py") and \
                f != "_importer_unit.py":
            work.append((f[1:-3], job_pyx_unit, os.path.join(CONF, f)))
    if filt:
        work = [w for w in work if any(s in w[0] for s in filt)]
    from concurrent.futures import ThreadPoolExecutor
    passed = failed = 0
    with ThreadPoolExecutor(max_workers=jobs) as ex:
        futs = [(name, ex.submit(fn, p)) for name, fn, p in work]
        for name, fut in futs:
            ok, out, exp, err = fut.result()
            if ok:
                passed += 1
                if verbose:
                    print("ok  ", name)
            else:
                failed += 1
                print("FAIL", name)
                if verbose:
                    import difflib
                    for line in difflib.unified_diff(
                            exp.splitlines(), out.splitlines(),
                            "expected", "got", lineterm="", n=1):
                        print("    " + line)
                    if err.strip():
                        print("    stderr: " + err.strip().replace("\n", "\n    "))
    print(f"stdlib-under-cpython: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--run-one":
        child_run_one(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "--run-importer":
        child_run_importer(sys.argv[2], sys.argv[3])
    else:
        sys.exit(main(sys.argv))
