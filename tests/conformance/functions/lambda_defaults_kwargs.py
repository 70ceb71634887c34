f = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)
print(f(1), f(1, 5, 6, 7, c=0, d=9))
g = lambda *, key: key.upper()
print(g(key="x"))
try:
    g("x")
except TypeError as e:
    print("TypeError:", e)
h = lambda x, /: x
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
print((lambda: (lambda: (lambda: "deep")())())())
