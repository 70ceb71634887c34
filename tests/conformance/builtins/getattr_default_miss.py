class P:
    @property
    def p(self): raise AttributeError("inner")
    @property
    def q(self): raise ValueError("boom")
class G:
    def __getattr__(self, n):
        if n == 'dyn': return 5
        raise AttributeError(n)
class M(type):
    def __getattr__(cls, n): return 'meta-' + n
class WithMeta(metaclass=M): pass
x = P()
print(getattr(x, 'p', 'dflt'), hasattr(x, 'p'))
try: getattr(x, 'q', None)
except ValueError as e: print('VE', e)
print(getattr(G(), 'dyn', 0), getattr(G(), 'nope', 'd'), hasattr(G(), 'nope'))
print(getattr(WithMeta, 'zz', 0), hasattr(WithMeta, 'x'))
print(getattr(1, 'real', None), getattr(1, 'zzz', None), hasattr(int, '__deepcopy__'), getattr(int, '__name__', None))
print(getattr(P, '__deepcopy__', None), getattr(P, '__name__'), getattr(P, '__mro__'))
import sys
print(getattr(sys, 'nothere', 'd'), hasattr(sys, 'version_info'))
try: P().zz
except AttributeError as e: print(e)
try: getattr(P, 'zz')
except AttributeError as e: print(e)
class S:
    __slots__ = ('a',)
s = S()
print(getattr(s, 'a', 'unset'), hasattr(s, '__dict__'))
class Sub(P):
    def f(self): return getattr(super(), 'zz', 'sup')
print(Sub().f())
