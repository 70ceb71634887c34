"""Stand-in for test.support.warnings_helper, written for pyx."""
import contextlib
import re
import sys
import warnings


def check_syntax_warning(testcase, statement, errtext='', *, lineno=1, offset=None):
    """Compiling STATEMENT warns with one SyntaxWarning matching ERRTEXT,
    and raises SyntaxError when that warning is made an error."""
    with warnings.catch_warnings(record=True) as warns:
        warnings.simplefilter('always', SyntaxWarning)
        compile(statement, '<testcase>', 'exec')
    testcase.assertEqual(len(warns), 1, warns)
    warn, = warns
    testcase.assertTrue(issubclass(warn.category, SyntaxWarning), warn.category)
    if errtext:
        testcase.assertRegex(str(warn.message), errtext)
    testcase.assertEqual(warn.filename, '<testcase>')
    testcase.assertIsNotNone(warn.lineno)
    if lineno is not None:
        testcase.assertEqual(warn.lineno, lineno)
    # As an error it becomes a SyntaxError (checked by check_syntax_error).
    with warnings.catch_warnings(record=True) as warns:
        warnings.simplefilter('error', SyntaxWarning)
        from test.support import check_syntax_error
        check_syntax_error(testcase, statement, errtext, lineno=lineno, offset=offset)
    testcase.assertEqual(warns, [])


def ignore_warnings(*, category):
    def deco(f):
        def w(*a, **k):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", category)
                return f(*a, **k)
        w.__name__ = getattr(f, "__name__", "w")
        return w
    return deco


class WarningsRecorder:
    """What catch_warnings(record=True) saw, with the last one's fields as
    attributes."""
    def __init__(self, warnings_list):
        self._warnings = warnings_list
        self._last = 0

    def __getattr__(self, attr):
        if len(self._warnings) > self._last:
            return getattr(self._warnings[-1], attr)
        if attr in ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source'):
            return None
        raise AttributeError("%r has no attribute %r" % (self, attr))

    @property
    def warnings(self):
        return self._warnings[self._last:]

    def reset(self):
        self._last = len(self._warnings)


@contextlib.contextmanager
def _filterwarnings(filters, quiet=False):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        yield WarningsRecorder(w)
    reraise = list(w)
    missing = []
    for msg, cat in filters:
        seen = False
        for warning in reraise[:]:
            if (re.match(msg, str(warning.message), re.I) and
                    issubclass(warning.category, cat)):
                seen = True
                reraise.remove(warning)
        if not seen and not quiet:
            missing.append((msg, cat.__name__))
    if reraise:
        raise AssertionError("unhandled warning %s" % reraise[0])
    if missing:
        raise AssertionError("filter (%r, %s) did not catch any warning" % missing[0])


def check_warnings(*filters, **kwargs):
    quiet = kwargs.get('quiet')
    if not filters:
        filters = (("", Warning),)
        if quiet is None:
            quiet = True
    return _filterwarnings(filters, quiet)


@contextlib.contextmanager
def check_no_warnings(testcase, message='', category=Warning, force_gc=False):
    with warnings.catch_warnings(record=True) as warns:
        warnings.filterwarnings('always', message=message, category=category)
        yield
    testcase.assertEqual(warns, [])


def check_no_resource_warning(testcase):
    return check_no_warnings(testcase, category=ResourceWarning, force_gc=True)


@contextlib.contextmanager
def save_restore_warnings_filters():
    old = warnings.filters[:]
    try:
        yield
    finally:
        warnings.filters[:] = old


def import_deprecated(name):
    """Import NAME with its DeprecationWarning silenced (asyncore, smtpd)."""
    import importlib
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', category=DeprecationWarning)
        return importlib.import_module(name)
