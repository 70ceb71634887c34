#!/usr/bin/env python3
"""Run some of CPython 3.11's own regression tests under pyx's unittest
and print a table next to CPython's results.

CPython's files are never copied into the repository: at run time the
named `test_*.py` files are copied from the local CPython's `Lib/test`
into a temporary import root, beside a small stand-in for the few names of
`test.support` these files use and stand-ins for modules pyx does not have
yet (`gc`, `weakref`, `pickle`, `shutil`, `inspect`, `tempfile`, `stat`; they only let the
test modules import -- a test that needs them fails or is skipped).  pyx
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

SUPPORT = '''\
import sys, unittest
def captured_stderr():
    import contextlib, io
    return contextlib.redirect_stderr(io.StringIO())
def captured_output(name):
    import contextlib, io
    if name == "stdout":
        return contextlib.redirect_stdout(io.StringIO())
    return contextlib.redirect_stderr(io.StringIO())
class _AlwaysEq:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = None
ALWAYS_EQ = _AlwaysEq()
verbose = 0
MISSING_C_DOCSTRINGS = False
def requires_IEEE_754(f): return f
def cpython_only(f): return unittest.skip("CPython only")(f)
def requires_docstrings(f): return f
def gc_collect(): pass
def infinite_recursion(max_depth=75):
    # pyx code cannot lower its recursion limit: the test runs as it is.
    import contextlib
    return contextlib.nullcontext()
def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    # No directory listing under pyx: the harness wrote the module names.
    import os
    from test.support._package_modules import MODULES
    pkg = os.path.basename(pkg_dir)
    for name in MODULES.get(pkg, []):
        try:
            mod = __import__('test.%s.%s' % (pkg, name), fromlist=['x'])
        except Exception as e:
            # One error for a module that cannot import (no decimal, ...).
            def fail(e=e):
                raise e
            standard_tests.addTest(unittest.FunctionTestCase(fail, description=name))
            continue
        standard_tests.addTests(loader.loadTestsFromModule(mod))
    return standard_tests
def findfile(name, subdir=None): return name
def run_doctest(*a, **k): raise unittest.SkipTest("no doctest under pyx")
def swap_attr(obj, attr, new):
    import contextlib
    @contextlib.contextmanager
    def cm():
        old = getattr(obj, attr, None)
        setattr(obj, attr, new)
        try:
            yield old
        finally:
            setattr(obj, attr, old)
    return cm()
def captured_stdout():
    import contextlib, io
    return contextlib.redirect_stdout(io.StringIO())
class _NeverEq:
    def __eq__(self, other): return False
    def __ne__(self, other): return True
    def __hash__(self): return 1
NEVER_EQ = _NeverEq()
class _Largest:
    def __eq__(self, other): return isinstance(other, _Largest)
    def __lt__(self, other): return False
    def __le__(self, other): return isinstance(other, _Largest)
    def __gt__(self, other): return not isinstance(other, _Largest)
    def __ge__(self, other): return True
    __hash__ = object.__hash__
class _Smallest:
    def __eq__(self, other): return isinstance(other, _Smallest)
    def __lt__(self, other): return not isinstance(other, _Smallest)
    def __le__(self, other): return True
    def __gt__(self, other): return False
    def __ge__(self, other): return isinstance(other, _Smallest)
    __hash__ = object.__hash__
LARGEST = _Largest()
SMALLEST = _Smallest()
Py_DEBUG = False
MAX_Py_ssize_t = sys.maxsize
SHORT_TIMEOUT = LONG_TIMEOUT = LOOPBACK_TIMEOUT = INTERNET_TIMEOUT = 30.0
_1G = 1 << 30
_2G = 2 * _1G
_4G = 4 * _1G
def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
def check_impl_detail(**guards):
    if not guards:
        guards, default = {'cpython': True}, False
    else:
        default = not list(guards.values())[0]
    return guards.get(sys.implementation.name.lower(), default)
def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return lambda f: f
    return unittest.skip(msg or "implementation detail")
def bigmemtest(size, memuse, dry_run=True):
    def deco(f):
        def wrapper(self):
            return f(self, 5147)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
def bigaddrspacetest(f): return unittest.skip("no big address space tests under pyx")(f)
def run_with_locale(catstr, *locales):
    return lambda f: f
def requires(resource, msg=None):
    raise unittest.SkipTest("resource %r is not enabled" % resource)
def is_resource_enabled(resource): return False
def no_tracing(f): return f
def refcount_test(f): return unittest.skip("no reference counts under pyx")(f)
def check_free_after_iterating(*a, **k): raise unittest.SkipTest("no finalizers under pyx")
def infinite_recursion(max_depth=75):
    import contextlib
    return contextlib.nullcontext()
def disable_gc():
    import contextlib
    return contextlib.nullcontext()
def requires_working_socket(*, module=False):
    if module:
        raise unittest.SkipTest("no sockets under pyx")
    return unittest.skip("no sockets under pyx")
def requires_mac_ver(*min_version):
    return lambda f: f
def check_sizeof(*a, **k): raise unittest.SkipTest("no sys.getsizeof under pyx")
def adjust_int_max_str_digits(max_digits):
    import contextlib
    return contextlib.nullcontext()
'''
IMPORT_HELPER = '''\
def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    if name.startswith('_') or name in blocked:
        return None
    try:
        return __import__(name, fromlist=['x'])
    except ImportError:
        return None
def import_module(name, deprecated=False, *, required_on=()):
    import unittest
    try:
        return __import__(name, fromlist=['x'])
    except ImportError as e:
        raise unittest.SkipTest(str(e))
'''
OS_HELPER = '''\
import os, unittest
TESTFN = "@test_pyx_tmp"
def create_empty_file(name): raise OSError("no file system under this run")
skip_unless_working_chmod = unittest.skip("no file system under this run")
skip_if_dac_override = unittest.skip("no file system under this run")
class EnvironmentVarGuard:
    """Sets and unsets variables of os.environ, restoring them on exit."""
    def __init__(self):
        self._saved = {}
    def _save(self, key):
        if key not in self._saved:
            self._saved[key] = os.environ.get(key)
    def __setitem__(self, key, value):
        self._save(key)
        os.environ[key] = value
    def __delitem__(self, key):
        self._save(key)
        os.environ.pop(key, None)
    def set(self, key, value):
        self[key] = value
    def unset(self, key):
        del self[key]
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        for key, value in self._saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        return False
'''
THREADING_HELPER = '''\
# Stand-in for test.support.threading_helper (written for pyx's runs).
import contextlib
import functools
import threading
import unittest


def threading_setup():
    return (threading.active_count(),)


def threading_cleanup(*original_values):
    pass


def reap_threads(func):
    @functools.wraps(func)
    def decorator(*args):
        return func(*args)
    return decorator


@contextlib.contextmanager
def wait_threads_exit(timeout=None):
    yield


def join_thread(thread, timeout=None):
    thread.join(timeout)
    if thread.is_alive():
        raise AssertionError("failed to join the thread in %s seconds" % timeout)


@contextlib.contextmanager
def start_threads(threads, unlock=None):
    threads = list(threads)
    started = []
    try:
        for t in threads:
            t.start()
            started.append(t)
        yield
    finally:
        if unlock:
            unlock()
        for t in started:
            t.join()


class catch_threading_exception:
    def __init__(self):
        self.exc_type = self.exc_value = self.exc_traceback = self.thread = None
        self._old_hook = None

    def _hook(self, args):
        self.exc_type = args.exc_type
        self.exc_value = args.exc_value
        self.exc_traceback = args.exc_traceback
        self.thread = args.thread

    def __enter__(self):
        self._old_hook = threading.excepthook
        threading.excepthook = self._hook
        return self

    def __exit__(self, *exc_info):
        threading.excepthook = self._old_hook
        del self.exc_type, self.exc_value, self.exc_traceback, self.thread


def requires_working_threading(*, module=False):
    if module:
        return None
    return lambda f: f
'''

WARNINGS_HELPER = '''\
import warnings
def check_warnings(*filters, quiet=True):
    return warnings.catch_warnings(record=True)
def ignore_warnings(*, category):
    def deco(f):
        def w(*a, **k):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", category)
                return f(*a, **k)
        return w
    return deco
'''
STAND_INS = {
    "gc.py": "def collect(generation=2): return 0\ndef enable(): pass\n"
             "def disable(): pass\ndef isenabled(): return True\n",
    "weakref.py": "def ref(o, cb=None): return lambda: o\ndef proxy(o, cb=None): return o\n"
                  "WeakSet = set\nWeakKeyDictionary = dict\nWeakValueDictionary = dict\n",
    "pickle.py": "HIGHEST_PROTOCOL = 5\nclass PicklingError(Exception): pass\n"
                 "def dumps(*a, **k): raise NotImplementedError('no pickle')\n"
                 "def loads(*a, **k): raise NotImplementedError('no pickle')\n",
    "shutil.py": "def rmtree(*a, **k): raise OSError('no file system under this run')\n",
    "inspect.py": "import types\ndef ismodule(o): return isinstance(o, types.ModuleType)\n",
    "tempfile.py": "def mkdtemp(*a, **k): raise OSError('no file system under this run')\n",
    "stat.py": "S_IREAD = 0o400\nS_IWRITE = 0o200\nS_IEXEC = 0o100\n",
}


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
        for name, text in [("__init__.py", SUPPORT), ("import_helper.py", IMPORT_HELPER),
                           ("os_helper.py", OS_HELPER), ("warnings_helper.py", WARNINGS_HELPER),
                           ("threading_helper.py", THREADING_HELPER)]:
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
