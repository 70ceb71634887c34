"""Generic interface to the "dbm" key-value file formats (written for pyx).

pyx ships none of the back ends (`dbm.gnu`, `dbm.ndbm`, `dbm.dumb`): they
need the host's file system beyond reading. `open` therefore tries them
and raises ImportError naming each, just as a Python built without them
would; `whichdb` still tells the format of existing files (it only reads
them, through the sandbox's `open`, so it needs a read grant).
"""

import builtins
import struct

__all__ = ["open", "whichdb", "error"]


class error(Exception):
    pass


_names = ["dbm.gnu", "dbm.ndbm", "dbm.dumb"]
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag="r", mode=0o666):
    """Open or create the database `file` with the first back end that is
    installed (the one that made it, when it exists)."""
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=["open"])
            except ImportError:
                continue
            if not _defaultmod:
                _defaultmod = mod
            _modules[name] = mod
        if not _defaultmod:
            raise ImportError("no dbm clone found; tried %s" % _names)
    result = whichdb(file) if "n" not in flag else None
    if result is None:
        if "c" in flag or "n" in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def _read(path, n=-1):
    """The first `n` bytes of `path` (all when n < 0), or None when it
    cannot be opened."""
    try:
        with builtins.open(path, "rb") as f:
            return f.read(n) if n >= 0 else f.read()
    except OSError:
        return None


def whichdb(filename):
    """Guess which dbm module made the database `filename`: a module name
    ("dbm.ndbm", "dbm.dumb", "dbm.gnu"), "" when the format is unknown, or
    None when the file cannot be read (missing or unreadable)."""
    filename = _fspath(filename)
    # ndbm keeps two files, NAME.pag and NAME.dir (some builds: NAME.db).
    if _read(filename + ".pag", 0) is not None and _read(filename + ".dir", 0) is not None:
        return "dbm.ndbm"
    if _read(filename + ".db", 0) is not None:
        # Berkeley DB's ndbm emulation writes a single NAME.db.
        return "dbm.ndbm"
    # dumbdbm: NAME.dat plus NAME.dir, a text index that is empty or starts
    # with a quoted key.
    if _read(filename + ".dat", 0) is not None:
        head = _read(filename + ".dir", 1)
        if head is not None and (head == b"" or head in (b"'", b'"')):
            return "dbm.dumb"
    head = _read(filename, 16)
    if head is None:
        return None
    if len(head) != 16:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ACE, 0x13579ACD, 0x13579ACF):
        return "dbm.gnu"
    return ""


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path.decode() if isinstance(path, bytes) else path
    fs = getattr(type(path), "__fspath__", None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(path).__name__)
    return _fspath(fs(path))
