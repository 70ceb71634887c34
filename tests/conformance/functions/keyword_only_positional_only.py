def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
print(h(only=1))
def pos_default(a, b=10, /):
    return a + b
print(pos_default(1), pos_default(1, 2))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: h(1), lambda: f(1, 2, 3, 4), lambda: pos_default()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
