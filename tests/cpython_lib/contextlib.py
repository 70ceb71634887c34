# CPython's Lib `contextlib` (or pyx's own, which wins) imported and used.
import contextlib
@contextlib.contextmanager
def cm():
    print('enter')
    yield 5
    print('exit')
with cm() as v:
    print(v)
with contextlib.suppress(KeyError):
    {}['x']
print('ok')
