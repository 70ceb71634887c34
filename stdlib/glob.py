"""Filename globbing over granted directories, as CPython 3.11's `glob`
(written for pyx from CPython's documentation).

`*`, `?` and `[seq]` match within one path component (see `fnmatch`);
with `recursive=True`, a component that is exactly `**` matches any
number of directories, and files in the last position. Names starting
with `.` match only a pattern component that starts with `.` too,
unless `include_hidden=True`.

pyx reads directories only through the `os` functions that a read or
write grant provides. A directory that is not granted, or does not
exist, has no names, as an unreadable directory has none in CPython:
without any grant every pattern matches nothing. `dir_fd` is refused:
pyx has no file descriptors.
"""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "iglob", "has_magic"]

_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching `pathname` (in directory order, not
    sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator of the paths matching `pathname`, relative to
    `root_dir` when it is given."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported (pyx has no file descriptors)")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if isinstance(pathname, bytes):
        return (os.fsencode(p) for p in
                iglob(os.fsdecode(pathname),
                      root_dir=None if root_dir is None else os.fsdecode(root_dir),
                      recursive=recursive, include_hidden=include_hidden))
    found = _matches(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # `**` at the start also matches the starting directory itself,
        # which is not a result.
        return (p for p in found if p)
    return found


def _matches(pattern, root, recursive, dironly, hidden):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        if tail:
            if _exists(_under(root, pattern)):
                yield pattern
        elif _isdir(_under(root, head)):
            # `dir/`: only a directory matches.
            yield pattern
        return
    if not head:
        yield from _component(root, '', tail, recursive, dironly, hidden)
        return
    # A magic directory part is matched first, keeping only directories;
    # a plain one is taken as written.
    if head != pattern and has_magic(head):
        heads = _matches(head, root, recursive, True, hidden)
    else:
        heads = (head,)
    for d in heads:
        for name in _component(root, d, tail, recursive, dironly, hidden):
            yield os.path.join(d, name)


def _component(root, directory, pattern, recursive, dironly, hidden):
    """Names in `directory` (under `root`) matching one component."""
    where = _under(root, directory)
    if recursive and _is_recursive(pattern):
        return _every_path(where, dironly, hidden)
    if has_magic(pattern):
        names = _names(where, dironly)
        if not (hidden or pattern.startswith('.')):
            names = [n for n in names if not n.startswith('.')]
        return fnmatch.filter(names, pattern)
    # A literal component after a magic directory.
    if not pattern:
        return [pattern] if _isdir(where) else []
    return [pattern] if _exists(os.path.join(where, pattern)) else []


def _every_path(where, dironly, hidden):
    # `**` matches the directory itself (the empty name; CPython 3.11
    # does not check that it exists: `glob('nope/**', recursive=True)`
    # is `['nope/']`) ...
    yield ''
    # ... and every path below it, depth first.
    yield from _walk(where, dironly, hidden)


def _walk(where, dironly, hidden):
    for name, is_dir in _entries(where):
        if not hidden and name.startswith('.'):
            continue
        if is_dir or not dironly:
            yield name
        if is_dir:
            below = os.path.join(where, name) if where else name
            for sub in _walk(below, dironly, hidden):
                yield os.path.join(name, sub)


def _entries(where):
    scandir = getattr(os, 'scandir', None)
    if scandir is None:
        return []
    try:
        with scandir(where or os.curdir) as it:
            return [(e.name, e.is_dir()) for e in it]
    except OSError:
        return []


def _names(where, dironly):
    return [name for name, is_dir in _entries(where) if is_dir or not dironly]


def _under(root, path):
    if root is None:
        return path
    return os.path.join(root, path)


def _exists(path):
    exists = getattr(os.path, 'exists', None)
    return exists is not None and exists(path)


def _isdir(path):
    isdir = getattr(os.path, 'isdir', None)
    return isdir is not None and isdir(path or os.curdir)


def _is_recursive(pattern):
    return pattern == '**' or pattern == b'**'


def has_magic(s):
    """True if `s` holds a wildcard (`*`, `?` or `[`)."""
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def escape(pathname):
    """`pathname` with every wildcard character made literal (`[*]`)."""
    if isinstance(pathname, bytes):
        return _magic_bytes.sub(br'[\1]', pathname)
    return _magic.sub(r'[\1]', pathname)
