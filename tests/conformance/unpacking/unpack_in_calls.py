def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, kwargs
args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args), f(*args, **kw), f(*"xyz", 9), f(*range(5)), f(0, *[1], **{"e": 5}))
print(f(*args, *[3, 4], **{"d": 4}, z=0))
def g(*, a, b):
    return a - b
print(g(**{"b": 1, "a": 10}))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(max(*[3, 9, 2]), "{}-{}".format(*"ab"), dict(**{"x": 1}))
