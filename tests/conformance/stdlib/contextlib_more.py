import contextlib


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    except ValueError as e:
        print('handled', e)
    finally:
        print('</%s>' % name)


with tag('a') as n, tag('b'):
    print('inside', n)
with tag('c'):
    raise ValueError('oops')
print('continued')
try:
    with tag('d'):
        raise KeyError('k')
except KeyError:
    print('KeyError escaped')


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
with contextlib.suppress(Exception):
    raise ValueError
print(contextlib.suppress(KeyError).__class__.__name__)
import io
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
stack = contextlib.ExitStack()
with stack:
    stack.callback(print, 'cb1')
    stack.callback(print, 'cb2', end='!\n')
print('done')


class Res:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print('enter', self.n)
        if self.n == 2:
            raise OSError('cannot open 2')
        return self

    def __exit__(self, *a):
        print('exit', self.n)


try:
    with contextlib.ExitStack() as st:
        for i in range(1, 4):
            st.enter_context(Res(i))
except OSError as e:
    print('OSError:', e)
