# CPython's Lib `functools` (or pyx's own, which wins) imported and used.
import functools
@functools.lru_cache(None)
def fib(n):
    return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(50), functools.reduce(lambda a,b:a*b, range(1,6)), functools.partial(int, base=2)('101'))
