# Calling instances whose class has a Python __call__ (run as a frame of
# the eval loop): arguments, errors, tracebacks, recursion depth.
class F:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=10):
        return self.k + x + y
f = F(1)
print(f(2), f(2, 3), f(x=5), f(1, y=2))
class Obj:
    def m(self, g):
        return g(100)
print(Obj().m(f))
class G:
    def __call__(self, *a):
        return a
print(G()(1, 2))
class H:
    def __call__(self):
        raise ValueError('h')
try:
    H()()
except ValueError as e:
    print('VE', e)
try:
    F(1)()
except TypeError as e:
    print(e)
try:
    F(1)(1, 2, 3)
except TypeError as e:
    print(e)
class Gen:
    def __call__(self, n):
        yield from range(n)
print(list(Gen()(3)))
class I:
    pass
i = I()
i.__call__ = lambda: 5
try:
    i()
except TypeError as e:
    print(e)
class Rec:
    def __call__(self, n):
        return self(n - 1) if n else 0
print(Rec()(300))
try:
    Rec()(5000)
except RecursionError as e:
    print('RecursionError')
class Sub(F):
    pass
print(Sub(3)(4))
import traceback
def go():
    H()()
try:
    go()
except ValueError as e:
    print([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])
class S:
    __call__ = staticmethod(lambda *a: ('static', a))
print(S()(1))
