def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{"b": 1}, a=2))
def g(a, **kw):
    return a, kw
print(g(1, **{"b": 2}), g(**{"a": 1, "c": 3}))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, **{"b": 2}))
