"""Temporary files and directories, as CPython 3.11's `tempfile` (written
for pyx from CPython's documentation).

Files and directories are made with the built-in `open` (mode 'x', so an
existing name is never reused) and `os.mkdir`, so only where the host
grants writing: the temporary directory is the first of `$TMPDIR`,
`$TEMP`, `$TMP` (visible only with `--allow-env`), `/tmp`, `/var/tmp`,
`/usr/tmp` and the current directory in which a file can be made. With
no write grant, `gettempdir()` raises FileNotFoundError, as CPython does
when no directory is usable; `SpooledTemporaryFile` still works while its
data stays in memory.

pyx has no file descriptors: `mkstemp` returns an open binary file object
in place of a descriptor (close it with `.close()` or `os.close`, which
closes such a file object); `os.fdopen` and other descriptor functions do
not take it.
"""

import builtins
import io
import os
import random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None

_names = None


def _name_source():
    global _names
    if _names is None:
        _names = random.Random()
    return _names


def _random_name():
    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
    rng = _name_source()
    return "".join(rng.choice(letters) for _ in range(8))


def _open():
    f = getattr(builtins, "open", None)
    if f is None:
        raise FileNotFoundError(2, "No usable temporary directory: nothing is granted for writing")
    return f


def _candidate_dirs():
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = os.environ.get(name)
        if d:
            dirs.append(d)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp", os.curdir])
    return dirs


def _find_tempdir():
    opener = getattr(builtins, "open", None)
    dirs = _candidate_dirs()
    if opener is not None and hasattr(os, "remove"):
        for d in dirs:
            for _ in range(100):
                name = os.path.join(d, _random_name())
                try:
                    with opener(name, "xb") as f:
                        f.write(b"blat")
                    os.remove(name)
                    return d
                except FileExistsError:
                    continue
                except (OSError, ValueError):
                    break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirs)


def gettempdir():
    """The directory temporary files go in (found once, then kept in
    `tempfile.tempdir`)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, as_bytes


def _names_in(dir, prefix, suffix, as_bytes):
    for _ in range(TMP_MAX):
        middle = _random_name()
        if as_bytes:
            middle = middle.encode("ascii")
        yield os.path.join(dir, prefix + middle + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def _create(dir, prefix, suffix, as_bytes, mode="xb", **kw):
    opener = _open()
    for name in _names_in(dir, prefix, suffix, as_bytes):
        try:
            return opener(os.fsdecode(name), mode, **kw), name
        except FileExistsError:
            continue


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file and return (file object, path): pyx has no file
    descriptors, so the first item is the file opened for reading and
    writing (binary, or text if `text`)."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    return _create(dir, prefix, suffix, as_bytes, "x+" if text else "x+b")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory and return its path."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    for name in _names_in(dir, prefix, suffix, as_bytes):
        try:
            os.mkdir(os.fsdecode(name), 0o700)
            return name
        except FileExistsError:
            continue
        except AttributeError:
            raise FileNotFoundError(2, "No usable temporary directory: nothing is granted for writing") from None


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe, as in CPython)."""
    if dir is None:
        dir = gettempdir()
    for name in _names_in(dir, prefix, suffix, False):
        if not os.path.exists(name):
            return name


class _TemporaryFileWrapper:
    """A file that removes itself when closed (if `delete`), used as the
    file itself (attribute access is passed through)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.remove(os.fsdecode(self.name))
                except OSError:
                    pass

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r name=%r>" % (self.file, self.name)


def _mode_for_x(mode):
    # Exclusive creation, keeping the caller's read/write/binary choice.
    if "x" in mode:
        return mode
    return mode.replace("w", "x", 1) if "w" in mode else "x" + mode.replace("a", "").replace("r", "")


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A new file with a visible name (`.name`), removed on close unless
    `delete` is false."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    kw = {}
    if "b" not in mode:
        kw = {"encoding": encoding or "utf-8", "newline": newline, "errors": errors}
    f, name = _create(dir, prefix, suffix, as_bytes, _mode_for_x(mode), **kw)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A new file removed when closed (pyx cannot unlink an open file, so
    it keeps its name until then)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)


class SpooledTemporaryFile(io.IOBase):
    """A file kept in memory until it grows past `max_size` (or `fileno()`
    or `rollover()` is called), then moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *,
                 errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
            encoding = encoding or "utf-8"
        self._max_size = max_size
        self._rolled = False
        self._args = {"mode": mode, "buffering": buffering, "suffix": suffix,
                      "prefix": prefix, "encoding": encoding,
                      "newline": newline, "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        data = self._file.getvalue()
        pos = self._file.tell()
        new = TemporaryFile(**self._args)
        new.write(data)
        new.seek(pos)
        self._file = new
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        return self._args["encoding"]

    @property
    def errors(self):
        if self._rolled:
            return self._file.errors
        return self._args["errors"]

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._args["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        raise io.UnsupportedOperation("fileno")

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


def _rmtree(path):
    for top, dirs, files in os.walk(path, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(path)


class TemporaryDirectory:
    """A new directory (`.name`), removed with its contents by `cleanup()`
    or at the end of a `with` block."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        try:
            _rmtree(os.fsdecode(self.name))
        except OSError:
            if not self._ignore_cleanup_errors:
                raise
