def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2), f(*"ab", **{"k": "v"}), f(*[], **{}))
def g(a, b=2, *rest, c, d=4, **opts):
    return a, b, rest, c, d, opts
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(*range(5), c=0, **{"z": 1}))
def combine(*a, **k):
    return f(*a, 0, *a, **k, extra=1)
print(combine(1, 2, x=3))
print(f(1, *(2, 3), 4, *[5]), f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
