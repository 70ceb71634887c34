def f(a, b=2, c="x"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, c="y"), f(a=0, c=1, b=5), f(*[1, 2, 3]), f(**{"a": 9}))
def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([10]), g())
def h(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(h(), h())
n = 5
def k(v=n):
    return v
n = 6
print(k(), f.__defaults__, k.__defaults__, g.__defaults__)
def kw(*, a=1, b):
    return a, b
print(kw(b=2), kw.__kwdefaults__)
