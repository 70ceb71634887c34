"""POSIX pathname functions as pure string operations (pyx).

Nothing here touches a file system: exists/isfile/isdir/getsize... are not
provided (use the directory capability the host granted)."""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'commonpath', 'normpath',
           'relpath', 'sep', 'altsep', 'extsep', 'pathsep', 'curdir',
           'pardir', 'defpath', 'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _check(*args):
    for a in args:
        if not isinstance(a, (str, bytes)):
            raise TypeError('expected str, bytes or os.PathLike object, not %s'
                            % type(a).__name__)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    _check(s)
    return s


def isabs(s):
    _check(s)
    return s.startswith(_sep(s))


def _check_args(funcname, *args):
    for a in args:
        if not isinstance(a, (str, bytes)):
            raise TypeError("%s() argument must be str, bytes, or os.PathLike "
                            "object, not %r" % (funcname, type(a).__name__))


def join(a, *p):
    _check_args('join', a, *p)
    s = _sep(a)
    path = a
    for b in p:
        if isinstance(b, bytes) != isinstance(a, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    _check(p)
    s = _sep(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    _check(p)
    if isinstance(p, bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    _check(p)
    return p[:0], p


def basename(p):
    _check(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    _check(p)
    s = _sep(p)
    i = p.rfind(s) + 1
    head = p[:i]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def normpath(path):
    _check(path)
    if isinstance(path, bytes):
        s, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        s, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(s) else 0
    if initial_slashes and path.startswith(s * 2) and not path.startswith(s * 3):
        initial_slashes = 2
    comps = path.split(s)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = s.join(new_comps)
    if initial_slashes:
        path = s * initial_slashes + path
    return path or dot


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(m)
        _check(*m)
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(paths)
    _check(*paths)
    if isinstance(paths[0], bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    split_paths = [p.split(s) for p in paths]
    try:
        isabs_, = set(p[:1] == s for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in sp if c and c != dot] for sp in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = s if isabs_ else s[:0]
    return prefix + s.join(common)


def relpath(path, start=None):
    """Relative path from ``start`` to ``path``.  pyx has no current
    directory: both must be absolute, or both relative (taken relative to
    the same base)."""
    if not path:
        raise ValueError('no path specified')
    _check(path)
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if start is None:
        start = dot
    _check(start)
    if isabs(path) != isabs(start):
        raise ValueError('relpath() needs both paths absolute or both '
                         'relative in pyx (there is no current directory)')
    start_list = [x for x in normpath(s + start if not isabs(start) else start).split(s) if x]
    path_list = [x for x in normpath(s + path if not isabs(path) else path).split(s) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def expanduser(path):
    return path


def expandvars(path):
    return path
