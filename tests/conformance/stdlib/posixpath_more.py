import posixpath as pp
import os.path

for p in ['', '.', '/', '//', '///a//b/../c/./d/', 'a/../../b', '/..', './a/', 'a//b', '/a/b/', '../x/..']:
    print(repr(p), pp.normpath(p), pp.dirname(p), pp.basename(p), pp.split(p), pp.isabs(p))
print(pp.join('a', 'b', '/c', 'd'), pp.join('a/', 'b'), pp.join('', 'x'), pp.join('a', ''), pp.join('/'))
print(pp.splitext('a/b.tar.gz'), pp.splitext('.bashrc'), pp.splitext('a.b/c'), pp.splitext('x...'), pp.splitext('a/.b.c'))
print(pp.relpath('/a/b/c', '/a/x'), pp.relpath('a/b', 'a'), pp.relpath('/a', '/a'), pp.relpath('/', '/a/b'))
print(pp.commonpath(['/a/b/c', '/a/b/d', '/a/bc']), pp.commonpath(['a/b', 'a']), pp.commonprefix(['interspecies', 'interstellar']))
for bad in [lambda: pp.commonpath([]), lambda: pp.commonpath(['/a', 'b']), lambda: pp.relpath(''), lambda: pp.join('a', 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(pp.splitdrive('/a/b'), pp.normcase('A/B'), pp.expanduser('x/~'), pp.sep, pp.curdir, pp.pardir, pp.extsep, pp.altsep)
print(os.path is pp or os.path.__name__, os.path.join('x', 'y'), os.sep, os.curdir, os.pardir)
print(pp.normpath(b'/a/./b/..'), pp.join(b'a', b'b'), pp.split(b'a/b'), pp.splitext(b'x.py'), pp.basename(b'/q/w'))
