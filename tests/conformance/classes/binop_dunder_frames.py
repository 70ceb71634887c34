# Binary operators whose left operand's class has a Python method (run as
# a frame of the eval loop): reflected methods, NotImplemented, errors,
# tracebacks, recursion.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return ('radd', o)
    def __mul__(self, o, extra=5):
        return self.x * o + extra
    def __sub__(self, o):
        raise KeyError('boom')
    def __repr__(self):
        return 'V(%r)' % self.x
class W:
    def __radd__(self, o):
        return 'W.radd'
class SubV(V):
    def __radd__(self, o):
        return 'SubV.radd first'
print(V(1) + V(2), V(1) + 3, V(2) * 3)
print(V(1) + W())
print(V(1) + SubV(5))
try:
    V(1) + 'x'
except TypeError as e:
    print(e)
try:
    V(1) - V(2)
except KeyError as e:
    print('KeyError', e)
class N:
    def __add__(self, o):
        return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)
class G:
    def __add__(self, o):
        yield 1
print(type(G() + 1).__name__)
class R:
    def __add__(self, o):
        return self + o
try:
    R() + 1
except RecursionError as e:
    print('RecursionError', e)
class S:
    @staticmethod
    def __add__(a, c=None):
        return ('static', a, c)
    __sub__ = lambda self, o: 'lambda'
print(S() + 1, S() - 2)
class CM:
    @classmethod
    def __add__(cls, o):
        return cls.__name__
print(CM() + 1)
class Cl:
    def __init__(self):
        self.k = 10
    def __add__(self, o):
        def inner():
            return self.k + o
        return inner()
print(Cl() + 5)
class Kw:
    def __add__(self, o, *, z=3):
        return z
print(Kw() + 1)

import traceback
def f():
    return V(1) - V(2)
try:
    f()
except KeyError as e:
    print([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])
class M(type):
    def __or__(cls, o):
        return 'meta or'
class K(metaclass=M):
    pass
print(K | 1)
class Big:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __matmul__(self, o):
        return 'matmul'
print(Big() ** 2, Big() @ 3)
class L(list):
    def __add__(self, o):
        return 'L.add'
print(L() + [1], [1] + L())

class R:
    def __add__(self, n):
        global d
        d = n
        return self + (n + 1)
d = 0
try:
    R() + 1
except RecursionError as e:
    print('add depth', d // 50 * 50, e)
class C:
    def __call__(self, n):
        global d
        d = n
        return self(n + 1)
try:
    C()(1)
except RecursionError as e:
    print('call depth', d // 50 * 50, e)
def f(n):
    global d
    d = n
    return f(n + 1)
try:
    f(1)
except RecursionError as e:
    print('f depth', d // 50 * 50, e)
