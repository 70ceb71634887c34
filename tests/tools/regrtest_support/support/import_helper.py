"""Stand-in for test.support.import_helper, written for pyx."""
import contextlib
import sys
import unittest


# C accelerators whose part pyx plays natively: json's whole-document work
# runs in the native `_pyx_json`, so json's "C" tests run against it.
_NATIVE_PARTS = {'_json'}


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """The module NAME, or None when a module named in FRESH cannot be
    imported (pyx has no C accelerators such as _decimal or _json, so their
    tests skip) or NAME itself is blocked. pyx does not re-import: the
    module already loaded is returned."""
    if name in blocked:
        return None
    for f in fresh:
        if f in _NATIVE_PARTS:
            continue
        try:
            __import__(f)
        except ImportError:
            return None
    try:
        return __import__(name, fromlist=['x'])
    except ImportError:
        return None


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
