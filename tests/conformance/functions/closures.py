def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late()])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def cell_after():
    def get():
        return v
    v = 42
    return get()
print(cell_after())
def shared():
    val = [0]
    def a():
        val[0] += 1
    def b():
        return val[0]
    return a, b
a, b = shared()
a(); a()
print(b(), a.__closure__ is not None, make_counter.__closure__)
