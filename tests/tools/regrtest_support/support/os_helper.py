import contextlib, os, unittest
# The table tool grants a scratch directory (a sibling of the import root,
# inside pyx's working directory) for writing, and names it here; test
# files go there, as CPython's regrtest runs each test in a scratch cwd.
try:
    from test.support._pyx_scratch import DIR as SCRATCH
except ImportError:
    SCRATCH = None
TESTFN = os.path.join(SCRATCH, "@test_pyx_tmp") if SCRATCH else "@test_pyx_tmp"


def create_empty_file(name):
    with open(name, "wb"):
        pass
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
TESTFN_ASCII = TESTFN
TESTFN_UNICODE = TESTFN + "-\xe0\xf2\u0258\u0141\u011f"
TESTFN_NONASCII = None
TESTFN_UNENCODABLE = None
TESTFN_UNDECODABLE = None
SAVEDCWD = ""


def unlink(filename):
    try:
        os.unlink(filename)
    except (OSError, AttributeError):
        pass


def rmtree(path):
    walk = getattr(os, "walk", None)
    if walk is None or not os.path.isdir(path):
        return
    for top, dirs, files in walk(path, topdown=False):
        for f in files:
            unlink(os.path.join(top, f))
        for d in dirs:
            rmdir(os.path.join(top, d))
    rmdir(path)


def rmdir(dirname):
    try:
        os.rmdir(dirname)
    except (OSError, AttributeError):
        pass


def can_symlink():
    return False


def can_xattr():
    return False


def skip_unless_symlink(test):
    return unittest.skip("no symlinks under pyx")(test)


def skip_unless_xattr(test):
    return unittest.skip("no xattr under pyx")(test)


_temp_count = [0]


@contextlib.contextmanager
def temp_dir(path=None, quiet=False):
    """A new directory in the scratch directory (removed afterwards)."""
    if not SCRATCH or not hasattr(os, "mkdir"):
        raise unittest.SkipTest("no writable directory under this run")
    if path is None:
        _temp_count[0] += 1
        path = os.path.join(SCRATCH, "tempdir-%d" % _temp_count[0])
    os.mkdir(path)
    try:
        yield path
    finally:
        rmtree(path)


def temp_cwd(name='tempcwd', quiet=False):
    raise unittest.SkipTest("no file system under this run")


def change_cwd(path, quiet=False):
    raise unittest.SkipTest("no file system under this run")


def fs_is_case_insensitive(directory):
    return False


class FakePath:
    """A path-like object whose __fspath__ returns (or raises) PATH."""
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return '<FakePath %r>' % (self.path,)

    def __fspath__(self):
        if (isinstance(self.path, BaseException) or
                isinstance(self.path, type) and issubclass(self.path, BaseException)):
            raise self.path
        return self.path
