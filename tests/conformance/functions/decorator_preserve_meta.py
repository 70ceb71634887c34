def wraps_like(orig):
    def deco(w):
        w.__name__ = orig.__name__
        w.__doc__ = orig.__doc__
        w.__qualname__ = orig.__qualname__
        w.__wrapped__ = orig
        return w
    return deco
def logged(fn):
    @wraps_like(fn)
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return wrapper
@logged
def mul(a, b):
    """Multiply."""
    return a * b
mul(6, 7)
print(mul.__name__, mul.__doc__, mul.__wrapped__(2, 3))
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    pass
for _ in range(5):
    noop()
print(noop.calls)
