"""Stand-in for test.test_importlib.util in the regression-test table: only
`uncache`, which unittest's testmock tests import from it. CPython's module
reads sys.path, marshal and extension-module details at import time, which
pyx does not have, so it is replaced here (the table tool writes this file
over the copy)."""
import contextlib
import sys


@contextlib.contextmanager
def uncache(*names):
    """Drop `names` from sys.modules on entry and again on exit."""
    for name in names:
        if name in ('sys', 'marshal', 'imp'):
            raise ValueError("cannot uncache {0}".format(name))
        sys.modules.pop(name, None)
    try:
        yield
    finally:
        for name in names:
            sys.modules.pop(name, None)
