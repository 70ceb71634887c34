"""pyx's stand-in for CPython's `test.support`: the names CPython's own
regression tests import, written for pyx (not copied from CPython).

Helpers that need what pyx deliberately lacks (subprocesses, frames,
reference counts, object sizes, the host's file system) skip the test that
uses them and say why."""
import contextlib, re, sys, types, unittest
# CPython's regrtest runs where the system's temporary directory is
# writable; under pyx the only writable place is the scratch directory the
# table tool grants, so tempfile (and the tests that use it) put their
# files there.
try:
    from test.support._pyx_scratch import DIR as _SCRATCH
except ImportError:
    _SCRATCH = None
if _SCRATCH:
    import os as _os, tempfile as _tempfile
    _getcwd = getattr(_os, "getcwd", None)
    _tempfile.tempdir = _os.path.join(_getcwd(), _SCRATCH) if _getcwd else _SCRATCH
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
def findfile(name, subdir=None):
    # The test package's data files (configdata/, ...) are copied into the
    # import root; its __file__ is a path pyx's open() resolves.
    import os
    import test
    here = os.path.dirname(test.__file__)
    path = os.path.join(here, subdir, name) if subdir else os.path.join(here, name)
    try:
        open(path, 'rb').close()
    except OSError:
        return name
    return path
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
    if not dry_run:
        # As CPython without -M: a test that must really have the memory
        # is skipped.
        return unittest.skip("not enough memory: big memory tests need -M")
    def deco(f):
        def wrapper(self):
            return f(self, 5147)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
def bigaddrspacetest(f): return unittest.skip("no big address space tests under pyx")(f)
def run_with_locale(catstr, *locales):
    # A context manager and a decorator, as CPython's: pyx has only the
    # C locale, so the code runs in it.
    import contextlib
    @contextlib.contextmanager
    def in_c_locale():
        yield
    return in_c_locale()
def requires(resource, msg=None):
    raise unittest.SkipTest("resource %r is not enabled" % resource)
# CPython's `python -m unittest` enables every resource; this stand-in enables
# only those whose tests run under pyx as they are written: "tzdata" makes
# datetimetester read the system time-zone files, which the table tool grants
# (read only) for test_datetime alone.
_ENABLED_RESOURCES = {"tzdata"}
def is_resource_enabled(resource): return resource in _ENABLED_RESOURCES
def no_tracing(f): return f
def refcount_test(f): return unittest.skip("no reference counts under pyx")(f)
def check_free_after_iterating(*a, **k): raise unittest.SkipTest("no finalizers under pyx")
def infinite_recursion(max_depth=75):
    import contextlib
    return contextlib.nullcontext()
def get_recursion_available():
    """How many more nested Python calls fit below the recursion limit.
    CPython subtracts its frame depth from the limit; pyx shows no frames,
    so this measures it: nest calls until RecursionError."""
    def probe(n):
        try:
            return probe(n + 1)
        except RecursionError:
            return n
    return probe(1)
def disable_gc():
    import contextlib
    return contextlib.nullcontext()
def requires_working_socket(*, module=False):
    # CPython skips on platforms without sockets (Emscripten, WASI), where
    # its asyncio event loop cannot make its self-pipe. pyx's asyncio runs
    # on a virtual clock and needs no socket, and a test that opens one
    # meets pyx's network grants (none here): such a test fails, not skips.
    if module:
        return None
    return lambda f: f
def requires_mac_ver(*min_version):
    return lambda f: f
def check_sizeof(*a, **k): raise unittest.SkipTest("no sys.getsizeof under pyx")
def adjust_int_max_str_digits(max_digits):
    """Run the body with sys's int/str digit limit set to max_digits."""
    import contextlib

    @contextlib.contextmanager
    def adjusted():
        previous = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(max_digits)
        try:
            yield
        finally:
            sys.set_int_max_str_digits(previous)
    return adjusted()


class Error(Exception):
    """Base class for regression test exceptions."""
class TestFailed(Error):
    """A test failed."""
class ResourceDenied(unittest.SkipTest):
    """A test needs a resource this run does not enable."""

is_android = is_emscripten = is_wasi = is_jython = False
has_fork_support = has_subprocess_support = has_socket_support = False
has_strftime_extensions = True
HAVE_ASAN_FORK_BUG = False
python_is_optimized = lambda: True
NHASHBITS = sys.hash_info.width
REPO_ROOT = ""
TEST_HOME_DIR = ""
PGO = False

def check_disallow_instantiation(testcase, tp, *args, **kwds):
    """TP may not be called: CPython says "cannot create 'MOD.NAME' instances"."""
    mod = tp.__module__
    qualname = tp.__name__ if mod == "builtins" else "%s.%s" % (mod, tp.__name__)
    testcase.assertRaisesRegex(TypeError, "cannot create '%s' instances" % re.escape(qualname),
                               tp, *args, **kwds)

def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    """MODULE.__all__ lists exactly its public names defined in it."""
    if name_of_module is None:
        name_of_module = (module.__name__,)
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module,)
    expected = set(extra)
    for name in dir(module):
        if name.startswith("_") or name in not_exported:
            continue
        obj = getattr(module, name)
        if getattr(obj, "__module__", None) in name_of_module or (
                not hasattr(obj, "__module__") and not isinstance(obj, types.ModuleType)):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)

def _skip_with(reason):
    return unittest.skip(reason)

def requires_subprocess():
    return unittest.skip("no subprocesses under pyx")
def requires_fork():
    return unittest.skip("no fork under pyx")
def requires_resource(resource):
    return unittest.skip("resource %r is not enabled" % resource)
def requires_zlib(reason="requires zlib"):
    try:
        import zlib
    except ImportError:
        return unittest.skip(reason)
    return lambda f: f
def requires_legacy_unicode_capi(f):
    return unittest.skip("no C API under pyx")(f)
def requires_limited_api(f):
    return unittest.skip("no C API under pyx")(f)
def skip_if_pgo_task(f): return f
def skip_if_buggy_ucrt_strfptime(f): return f
def skip_if_broken_multiprocessing_synchronize():
    raise unittest.SkipTest("no multiprocessing under pyx")
def skip_if_sanitizer(*a, **k): return lambda f: f
def check_sanitizer(**k): return False
def skip_unless_symlink(f): return unittest.skip("no symlinks under pyx")(f)
def wait_process(*a, **k): raise unittest.SkipTest("no subprocesses under pyx")
def reap_children(): pass
def setswitchinterval(interval): pass
def run_in_subinterp(code): raise unittest.SkipTest("no C-level subinterpreters under pyx")
def open_urlresource(*a, **k): raise ResourceDenied("no network under pyx")
def calcobjsize(fmt): raise unittest.SkipTest("no sys.getsizeof under pyx")
def calcvobjsize(fmt): raise unittest.SkipTest("no sys.getsizeof under pyx")
def maybe_get_event_loop_policy(): return None

def run_with_tz(tz):
    """pyx's clock is UTC unless the host grants a zone: a test that needs
    another zone is skipped."""
    def deco(f):
        def wrapper(*a, **k):
            if tz not in ("UTC", "UTC0", "GMT", "GMT0"):
                raise unittest.SkipTest("pyx cannot set the time zone to %r" % tz)
            return f(*a, **k)
        wrapper.__name__ = f.__name__
        return wrapper
    return deco

def sleeping_retry(timeout, err_msg=None, /, *, init_delay=0.010, max_delay=1.0, error=True):
    """Yield a few times, as the real one does between sleeps; fail at the end."""
    import time
    deadline = time.monotonic() + timeout
    delay = init_delay
    while True:
        yield
        if time.monotonic() >= deadline:
            if error:
                raise AssertionError(err_msg or "timeout (%s seconds)" % timeout)
            break
        time.sleep(delay)
        delay = min(delay * 2, max_delay)

def busy_retry(timeout, err_msg=None, /, *, error=True):
    import time
    deadline = time.monotonic() + timeout
    while True:
        yield
        if time.monotonic() >= deadline:
            if error:
                raise AssertionError(err_msg or "timeout (%s seconds)" % timeout)
            break

def swap_item(obj, item, new):
    @contextlib.contextmanager
    def cm():
        missing = item not in obj
        old = obj.get(item) if hasattr(obj, "get") else (None if missing else obj[item])
        obj[item] = new
        try:
            yield old
        finally:
            if missing:
                del obj[item]
            else:
                obj[item] = old
    return cm()

def patch(test_instance, object_to_patch, attr_name, new_value):
    """Set an attribute for the length of one test (restored by a cleanup)."""
    had = hasattr(object_to_patch, attr_name)
    old = getattr(object_to_patch, attr_name, None)
    def restore():
        if had:
            setattr(object_to_patch, attr_name, old)
        else:
            delattr(object_to_patch, attr_name)
    test_instance.addCleanup(restore)
    setattr(object_to_patch, attr_name, new_value)

def get_attribute(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("object %r has no attribute %r" % (obj, name))

class catch_unraisable_exception:
    """Record what sys.unraisablehook is handed, where pyx has one."""
    def __init__(self):
        self.unraisable = None
        self._old = None
    def _hook(self, unraisable):
        self.unraisable = unraisable
    def __enter__(self):
        self._old = getattr(sys, "unraisablehook", None)
        try:
            sys.unraisablehook = self._hook
        except (AttributeError, TypeError):
            pass
        return self
    def __exit__(self, *exc):
        if self._old is not None:
            sys.unraisablehook = self._old
        self.unraisable = None

class SuppressCrashReport:
    def __enter__(self): return self
    def __exit__(self, *exc): return False

class Matcher:
    """Does a dict (a log record's) hold the given key/values?"""
    _partial_matches = ("msg", "message")
    def matches(self, d, **kwargs):
        for k, v in kwargs.items():
            dv = d.get(k)
            if not self.match_value(k, dv, v):
                return False
        return True
    def match_value(self, k, dv, v):
        if type(v) != type(dv):
            return False
        if type(dv) is not str or k not in self._partial_matches:
            return v == dv
        return dv.find(v) >= 0

def collision_stats(nbins, nballs):
    n, k = nbins, nballs
    p = 1.0 - 1.0 / n
    exp = n * p ** k
    collisions = k - n + exp
    var = n * (n - 1) * (p - 1.0 / n) ** k + exp - exp * exp
    return collisions, var ** 0.5

def run_unittest(*classes):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls in classes:
        if isinstance(cls, str):
            cls = sys.modules[cls]
        if isinstance(cls, types.ModuleType):
            suite.addTests(loader.loadTestsFromModule(cls))
        elif isinstance(cls, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(cls)
        else:
            suite.addTests(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner().run(suite)
    if not result.wasSuccessful():
        raise TestFailed("tests failed")

def print_warning(msg):
    for line in msg.splitlines():
        print("Warning --", line, file=sys.__stderr__)

def anticipate_failure(condition):
    return unittest.expectedFailure if condition else (lambda f: f)

def with_pymalloc(): return False
def no_rerun(reason): return lambda f: f

from test.support import os_helper, import_helper, warnings_helper  # noqa: E402


def has_no_debug_ranges():
    # pyx's tracebacks show column ranges (carets).
    return False


def requires_debug_ranges(msg="requires debug ranges"):
    return lambda f: f
