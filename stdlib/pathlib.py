"""Object-oriented paths (POSIX flavour only).

Our own implementation of the part of pathlib that works in the sandbox:
the pure path algebra (`PurePath`, `PurePosixPath`) and `Path` whose I/O
goes through the builtin `open` and `os` (so only granted directories are
reachable; `os.stat`/`os.listdir` exist only when the host grants a
directory). There is no current directory, home or symlink resolution.
"""

import builtins
import errno
import fnmatch
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


class PurePath:
    """A POSIX path as a sequence of parts; never touches the file system."""

    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init_from(args)
        return self

    def _init_from(self, args):
        pieces = []
        for a in args:
            if isinstance(a, PurePath):
                pieces.append(str(a))
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str or an os.PathLike "
                                "object where __fspath__ returns a str, not %r"
                                % type(a).__name__)
            pieces.append(a)
        root = ''
        parts = []
        for piece in pieces:
            if piece.startswith('/'):
                # a leading '//' (exactly two) is kept, as POSIX allows
                root = '//' if piece.startswith('//') and not piece.startswith('///') else '/'
                parts = []
            for name in piece.split('/'):
                if name and name != '.':
                    parts.append(name)
        self._root = root
        self._parts = tuple(parts)
        self._str = None

    def _derive(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = tuple(parts)
        new._str = None
        return new

    def __str__(self):
        if self._str is None:
            body = '/'.join(self._parts)
            self._str = (self._root + body) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(str(self).encode('utf-8'))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) < str(other)

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) <= str(other)

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) > str(other)

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) >= str(other)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        at = name.rfind('.')
        if 0 < at < len(name) - 1:
            return name[at:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._derive(self._root, self._parts[:-1])

    @property
    def parents(self):
        return tuple(self._derive(self._root, self._parts[:i])
                     for i in range(len(self._parts) - 1, -1, -1))

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._derive(self._root, self._parts[:-1] + (base + suffix,))

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is "
                             "relative and the other is absolute."
                             % (str(self), str(base)))
        return self._derive('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        if not pattern._parts and not pattern._root:
            raise ValueError("empty pattern")
        if pattern._root:
            if pattern._root != self._root or len(pattern._parts) != len(self._parts):
                return False
        elif len(pattern._parts) > len(self._parts):
            return False
        for name, pat in zip(reversed(self._parts), reversed(pattern._parts)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


def _refused(path):
    return PermissionError(errno.EACCES, "no file access is granted to this interpreter", path)


def _granted(module, name, path):
    """`module.name` (the builtin `open`, `os.stat`, ...), which exists
    only when the host grants files; PermissionError when it does not."""
    f = getattr(module, name, None)
    if f is None:
        raise _refused(path)
    return f


def _probe(name, path):
    """`os.path.exists`/`isdir`/`isfile` of `path`: False when the host
    grants no files at all (nothing is reachable)."""
    f = getattr(os.path, name, None)
    return False if f is None else f(path)


class Path(PurePath):
    """A path whose I/O goes through the granted `open` and `os`."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init_from(args)
        return self

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        path = str(self)
        return _granted(builtins, "open", path)(path, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open('wb') as f:
            return f.write(data)

    def stat(self):
        path = str(self)
        return _granted(os, "stat", path)(path)

    def exists(self):
        return _probe("exists", str(self))

    def is_dir(self):
        return _probe("isdir", str(self))

    def is_file(self):
        return _probe("isfile", str(self))

    def is_symlink(self):
        return False

    def iterdir(self):
        path = str(self)
        for name in _granted(os, "listdir", path)(path):
            yield self / name

    def glob(self, pattern):
        for child in self.iterdir():
            if fnmatch.fnmatchcase(child.name, pattern):
                yield child

    def absolute(self):
        if self.is_absolute():
            return self
        raise OSError("pathlib: no current directory in the sandbox")

    def expanduser(self):
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
