"""Minimal os façade for pyx: only os.path (pure string functions) and
constants.  No environment, processes or files: those need capabilities."""

import posixpath as path
import sys

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

# The interpreter's environment: empty. The host's environment variables
# are not the sandbox's to read; code that consults `os.environ` or
# `os.getenv` sees no variables, and what it sets stays in this interpreter.
environ = {}


def getenv(key, default=None):
    return environ.get(key, default)


def close(fd):
    """Close a file descriptor. pyx has no file descriptors: what stands in
    for one is the open file object tempfile.mkstemp returns, and close()
    closes it. An integer names no descriptor pyx has (EBADF)."""
    t = type(fd)
    if t.__module__ == '_io' and t.__name__ in ('BufferedReader', 'BufferedWriter', 'BufferedRandom'):
        # The built-in binary file types `open` (and so mkstemp) returns.
        fd.close()
        return
    if not hasattr(t, '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % t.__name__)
    fd.__index__()
    raise OSError(9, 'Bad file descriptor')


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, '
                        'not %s' % (type(p).__name__, type(r).__name__))
    return r


def fsencode(filename):
    """`filename` (str, bytes or path-like) as bytes, in UTF-8. (CPython
    carries undecodable bytes as lone surrogates; pyx's str cannot hold
    those, so such a name is a UnicodeDecodeError in `fsdecode`.)"""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """`filename` (str, bytes or path-like) as str (see `fsencode`)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename


# Listing and stat of granted directories: only when the host provides
# `_pyx_fs` (the `pyx` command does with --allow-read/--allow-write). A
# path is resolved as `open()` resolves it; what is not granted is a
# PermissionError (and `os.path.exists` is False for it, as for any
# OSError). No times, owners or inodes: a stat result has `st_mode` and
# `st_size` only.
_fs = sys.modules.get('_pyx_fs')
if _fs is not None:
    del sys.modules['_pyx_fs']

    class stat_result:
        __slots__ = ('st_mode', 'st_size')

        def __init__(self, st_mode, st_size):
            self.st_mode = st_mode
            self.st_size = st_size

        def __repr__(self):
            return 'os.stat_result(st_mode=%d, st_size=%d)' % (self.st_mode, self.st_size)

    def stat(path):
        kind, size = _fs.stat(fspath(path))
        mode = 0o040755 if kind == 'dir' else 0o100644 if kind == 'file' else 0
        return stat_result(mode, size)

    def listdir(path='.'):
        return _fs.listdir(fspath(path))

    class DirEntry:
        """One name in a granted directory, as `scandir` yields it. What
        pyx can say about a file: its kind and size (`stat()`); no inode."""

        __slots__ = ('name', 'path', '_kind')

        def __init__(self, top, name):
            self.name = name
            self.path = path.join(top, name)
            self._kind = None

        def _get_kind(self):
            if self._kind is None:
                try:
                    self._kind = _fs.stat(self.path)[0]
                except (OSError, ValueError):
                    self._kind = ''
            return self._kind

        def is_dir(self, *, follow_symlinks=True):
            return self._get_kind() == 'dir'

        def is_file(self, *, follow_symlinks=True):
            return self._get_kind() == 'file'

        def is_symlink(self):
            return False

        def stat(self, *, follow_symlinks=True):
            return stat(self.path)

        def __fspath__(self):
            return self.path

        def __repr__(self):
            return '<DirEntry %r>' % (self.name,)

    class _ScandirIterator:
        __slots__ = ('_top', '_names', '_i')

        def __init__(self, top, names):
            self._top = top
            self._names = names
            self._i = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self._names is None or self._i >= len(self._names):
                raise StopIteration
            name = self._names[self._i]
            self._i += 1
            return DirEntry(self._top, name)

        def close(self):
            self._names = None

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()
            return False

    def scandir(path='.'):
        """An iterator of `DirEntry` for the names in a granted directory
        (also a context manager, as CPython's)."""
        top = fspath(path)
        return _ScandirIterator(top, _fs.listdir(top))

    # Changes need a write grant of the directory (PermissionError
    # otherwise); a granted directory itself cannot be removed.
    def remove(path, *, dir_fd=None):
        _no_dir_fd(dir_fd)
        _fs.remove(fspath(path))

    unlink = remove

    def mkdir(path, mode=0o777, *, dir_fd=None):
        _no_dir_fd(dir_fd)
        _fs.mkdir(fspath(path))

    def makedirs(name, mode=0o777, exist_ok=False):
        name = fspath(name)
        head, tail = path.split(name)
        if not tail:
            head, tail = path.split(head)
        if head and tail and not path.exists(head):
            try:
                makedirs(head, exist_ok=exist_ok)
            except FileExistsError:
                pass
        try:
            mkdir(name, mode)
        except OSError:
            if not exist_ok or not path.isdir(name):
                raise

    def rmdir(path, *, dir_fd=None):
        _no_dir_fd(dir_fd)
        _fs.rmdir(fspath(path))

    def _no_dir_fd(dir_fd):
        if dir_fd is not None:
            raise NotImplementedError("dir_fd unavailable on this platform")

    def walk(top, topdown=True, onerror=None, followlinks=False):
        top = fspath(top)
        try:
            names = listdir(top)
        except OSError as e:
            if onerror is not None:
                onerror(e)
            return
        dirs, files = [], []
        for n in names:
            (dirs if path.isdir(path.join(top, n)) else files).append(n)
        if topdown:
            yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        if not topdown:
            yield top, dirs, files

    def _kind(p):
        try:
            return _fs.stat(fspath(p))[0]
        except (OSError, ValueError):
            return None

    def _exists(p):
        return _kind(p) is not None

    def _isdir(s):
        return _kind(s) == 'dir'

    def _isfile(p):
        return _kind(p) == 'file'

    def _getsize(filename):
        return stat(filename).st_size

    path.exists = _exists
    path.isdir = _isdir
    path.isfile = _isfile
    path.getsize = _getsize
