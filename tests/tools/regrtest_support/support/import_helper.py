"""Stand-in for test.support.import_helper, written for pyx."""
import contextlib
import sys
import unittest


# C accelerators whose part pyx plays natively: json's whole-document work
# runs in the native `_pyx_json`, so json's "C" tests run against it.
_NATIVE_PARTS = {'_json'}


def _importable(name):
    try:
        __import__(name)
    except ImportError:
        return False
    return True


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """The module NAME imported anew, with the modules in FRESH imported
    anew before it and those in BLOCKED unimportable while it loads (as
    CPython's helper); sys.modules is left as it was. None when that
    import fails, e.g. a module in FRESH that pyx lacks (such as _decimal:
    those tests skip). The parts pyx plays natively inside another module
    (_NATIVE_PARTS) stand for themselves. When no module named in FRESH or
    BLOCKED exists under pyx, a new import would load the same code, and
    the module already loaded is returned."""
    if name in blocked:
        return None
    fresh = [f for f in fresh if f not in _NATIVE_PARTS]
    blocked = [b for b in blocked if b not in _NATIVE_PARTS]
    for f in fresh:
        if not _importable(f):
            return None
    if not fresh and not any(_importable(b) for b in blocked):
        try:
            return __import__(name, fromlist=['x'])
        except ImportError:
            return None
    names = [name, *fresh, *blocked]
    saved = {n: sys.modules[n] for n in names if n in sys.modules}
    try:
        for n in (name, *fresh):
            sys.modules.pop(n, None)
        for b in blocked:
            sys.modules[b] = None
        try:
            for f in fresh:
                __import__(f)
            __import__(name)
            return sys.modules[name]
        except ImportError:
            return None
    finally:
        for n in names:
            sys.modules.pop(n, None)
        sys.modules.update(saved)


def import_module(name, deprecated=False, *, required_on=()):
    try:
        return __import__(name, fromlist=['x'])
    except ImportError as e:
        raise unittest.SkipTest(str(e))


def unload(name):
    sys.modules.pop(name, None)


def forget(modname):
    unload(modname)


class CleanImport:
    """Remove the named modules from sys.modules for the block; restore them."""
    def __init__(self, *module_names, usefrozen=False):
        self.original_modules = sys.modules.copy()
        for module_name in module_names:
            if module_name in sys.modules:
                del sys.modules[module_name]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.modules.update(self.original_modules)


class DirsOnSysPath:
    def __init__(self, *paths):
        self.original_value = sys.path[:]
        self.original_object = sys.path
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.path = self.original_object
        sys.path[:] = self.original_value


@contextlib.contextmanager
def isolated_modules():
    saved = sys.modules.copy()
    try:
        yield
    finally:
        sys.modules.clear()
        sys.modules.update(saved)


def make_legacy_pyc(source):
    raise unittest.SkipTest("no .pyc files under pyx")


def ready_to_import(name=None, source=""):
    raise unittest.SkipTest("no file system under this run")


def mock_register_at_fork(func):
    from unittest import mock
    return mock.patch('os.register_at_fork', create=True)(func)
