def gen(a, *rest, sep="-", **kw):
    yield a
    yield from rest
    yield sep
    yield from sorted(kw)
print(list(gen(1, 2, 3, sep="|", z=1, b=2)))
try:
    gen()
except TypeError as e:
    print("TypeError:", e)
g = gen(0)
print(next(g))
