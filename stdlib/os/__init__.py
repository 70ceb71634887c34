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
