def f():
    pass
g = f
print(f == g, f is g, f != (lambda: None), hash(f) == hash(g))
print(callable(f), f.__class__.__name__, type(f).__name__)
def maker():
    def inner():
        pass
    return inner
a, b = maker(), maker()
print(a == b, a.__code__ is b.__code__, a.__name__ == b.__name__)
d = {f: "func key"}
print(d[g])
