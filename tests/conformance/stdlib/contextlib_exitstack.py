import contextlib
import io

log = []


@contextlib.contextmanager
def res(name, fail=False):
    log.append('enter ' + name)
    try:
        yield name.upper()
        if fail:
            raise RuntimeError('fail ' + name)
    finally:
        log.append('exit ' + name)


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)
log.clear()
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(res('x'))
        stack.push(lambda *exc: log.append('push %s' % (exc[0].__name__ if exc[0] else None)))
        raise KeyError('k')
except KeyError as e:
    print('KeyError', e, log)
with contextlib.ExitStack() as stack:
    stack.enter_context(res('p'))
    moved = stack.pop_all()
print(log[-1])
moved.close()
print(log[-1])
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('hidden')
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print(v)


class Closer:
    def close(self):
        print('closed')


with contextlib.closing(Closer()):
    print('using')


@res('deco')
def f():
    return 'in f'


log.clear()
print(f(), log)


class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter CM')
        return self

    def __exit__(self, *exc):
        print('exit CM', exc[0])
        return False


@CM()
def g(x):
    return x * 2


print(g(4))
try:
    with res('e', fail=True):
        pass
except RuntimeError as e:
    print(e)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
