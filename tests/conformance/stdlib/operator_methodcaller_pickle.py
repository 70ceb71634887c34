# operator.methodcaller with a 'self' keyword, methodcaller and functools.partial
# through pickle (every protocol) and copy; partial's __reduce__/__setstate__.
import operator, pickle, copy
f = operator.methodcaller('foo', self='eggs')
print(repr(f))
class A:
    def foo(self, *args, **kw): return (args, sorted(kw.items()))
    def baz(*args, **kwds): return kwds['name'], kwds['self']
print(operator.methodcaller('baz', name='spam', self='eggs')(A()))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for m in (operator.methodcaller('foo'), operator.methodcaller('foo', 1, 2), operator.methodcaller('foo', 5, x=3, y=4), operator.methodcaller('baz', name=1, self=2)):
        g = pickle.loads(pickle.dumps(m, proto))
        print(proto, repr(g), g(A()))
print(copy.copy(operator.methodcaller('foo', 1, k=2))(A()))
try: operator.methodcaller()
except TypeError as e: print(e)
try: operator.methodcaller(12)
except TypeError as e: print(e)
import functools
p = functools.partial(max, 1, key=abs)
p.attr = 'x'
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q(-5, 3), q.args, q.keywords, q.__dict__)
print(p.__reduce__())
for st in [(max, (), None, None), [max, (), None, None], (max, ()), (1, (), None, None), (max, [], None, None)]:
    q = functools.partial(min)
    try: q.__setstate__(st); print(q.func, q.args, q.keywords)
    except TypeError as e: print('TypeError', e)
