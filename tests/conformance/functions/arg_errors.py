def f(x, y, z=0):
    return x + y + z
def t(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1, 2, x=3))
t(lambda: f(1, 2, w=3))
t(lambda: f(y=1, z=2))
def g(a, b, *, c, d):
    pass
t(lambda: g(1, 2))
t(lambda: g(1, 2, 3))
t(lambda: g(1, 2, c=3))
def h(a, /, b):
    return a, b
t(lambda: h(a=1, b=2))
t(lambda: h(1, 2, 3))
def none():
    pass
t(lambda: none(1))
t(lambda: none(x=1))
def one(x):
    pass
t(lambda: one(1, 2))
t(lambda: one(**{"x": 1, "y": 2}))
t(lambda: one(*[1], **{"x": 2}))
class C:
    def m(self, a):
        pass
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
