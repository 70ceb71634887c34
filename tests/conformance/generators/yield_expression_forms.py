def g():
    x = yield
    print("x =", x)
    y = (yield 1) + 10
    print("y =", y)
    z = yield x, y
    print("z =", z)
it = g()
print(next(it))
print(it.send("first"))
print(it.send(5))
try:
    it.send("last")
except StopIteration:
    print("end")
