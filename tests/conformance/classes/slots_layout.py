# __slots__ as CPython lays them out: sorted, private names mangled, checked
# in type_new's order; member descriptors; __class__ assignment only between
# classes whose instances carry the same slots.

def attempt(f):
    try:
        r = f()
        print("ok", r if r is None or isinstance(r, (str, tuple, list)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

# Declared in another order, the same layout: a swap keeps every value.
class A:
    __slots__ = ('b', 'a')
class B:
    __slots__ = ('a', 'b')
x = A(); x.a = 1; x.b = 2
x.__class__ = B
print(x.a, x.b, type(x).__name__)

# Different names, same count: not the same layout.
class P:
    __slots__ = ('p',)
class Q:
    __slots__ = ('q',)
p = P(); p.p = 'secret'
attempt(lambda: setattr(p, '__class__', Q))
print(p.p)

# Two unrelated slot-carrying bases cannot share one index.
attempt(lambda: type('PQ', (P, Q), {}))
class P2(P):
    pass
attempt(lambda: type('PP2', (P2, P), {}).__mro__[1].__name__)
class R(P):
    __slots__ = ('r',)
attempt(lambda: type('RP2', (R, P2), {}).__name__)

# The type dict: namespace keys first, then the slots sorted, mangled.
class M:
    __slots__ = ('zeta', '__hidden', 'alpha', '__dunder__')
print([k for k in vars(M) if k not in ('__module__', '__qualname__')])
print(M.__slots__)
m = M(); m._M__hidden = 3
print(m._M__hidden)
class _Under:
    __slots__ = ('__x',)
print('_Under__x' in vars(_Under))
class ___:
    __slots__ = ('__x',)
print('__x' in vars(___))

# Checks, in CPython's order.
for bad in [(1,), ('a b',), ('',), 'a-b', ('__dict__', '__dict__'), ('__weakref__', '__weakref__'), ('x', 'x'), 5]:
    attempt(lambda: type('T', (), {'__slots__': bad}).__slots__)
for base in (int, tuple, bytes, bool, str, list, dict, float):
    attempt(lambda: type('T', (base,), {'__slots__': ('a',)}).__name__)
attempt(lambda: type('T', (int,), {'__slots__': ()}).__name__)
attempt(lambda: type('T', (int,), {'__slots__': ('__weakref__',)}).__name__)
attempt(lambda: type('T', (), {'__slots__': ('v',), 'v': 1}))
attempt(lambda: type('T', (), {'__slots__': ('é',), 'é': 1}))
attempt(lambda: type('T', (), {'__slots__': ('__qualname__',), '__qualname__': 'T'}).__qualname__)
class WithDict:
    pass
attempt(lambda: type('T', (WithDict,), {'__slots__': ('__dict__',)}))
attempt(lambda: type('T', (WithDict,), {'__slots__': ('__weakref__',)}))

# Member descriptors.
class S:
    __slots__ = 'abc'
d = S.abc
print(d, repr(d), d.__name__, d.__qualname__, d.__objclass__.__name__, d.__doc__, type(d).__name__)
s = S()
attempt(lambda: s.abc)
attempt(lambda: d.__get__(s, S))
print(d.__get__(None, S) is d)
attempt(lambda: d.__get__(None, None))
attempt(lambda: d.__get__(None))
attempt(lambda: d.__set__(5, 1))
attempt(lambda: d.__get__(5, int))
attempt(lambda: d.__delete__('x'))
d.__set__(s, 7)
print(s.abc, d.__get__(s))
d.__delete__(s)
attempt(lambda: d.__delete__(s))
attempt(lambda: s.abc)
s.abc = 8
del s.abc
try:
    del s.abc
except AttributeError as e:
    print('AttributeError', e)
class Sub(S):
    pass
u = Sub(); d.__set__(u, 'sub')
print(u.abc)
