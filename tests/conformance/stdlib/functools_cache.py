import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().misses, fact.cache_parameters())
@functools.lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)
@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1); print(z.cache_info())
@functools.lru_cache()
def kw(a, b=2):
    return a + b
print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info().misses)
class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
c = C(); print(c.val, c.val, c.__dict__)
print(type(C.__dict__["val"]).__name__)
