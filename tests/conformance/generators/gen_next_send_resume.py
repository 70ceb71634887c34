# next(g), g.__next__() and g.send(v) called from Python code: values,
# StopIteration with the return value, PEP 479, exceptions and tracebacks,
# re-entrancy, just-started generators, exhausted ones, defaults.

def echo():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(x)
            if x == "stop":
                return got
    finally:
        print("echo finally")

g = echo()
print(next(g))
print(g.send("a"), g.send("b"), g.__next__())
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e), e.value)
print(next(g, "default"))

g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
g.close()

def pep479():
    yield 1
    next(iter([]))
p = pep479()
print(next(p))
try:
    next(p)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def boom():
    yield 1
    raise KeyError("k")
b = boom()
next(b)
try:
    next(b)
except KeyError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("KeyError", e, "frames", n)

def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def inner():
    x = yield "i1"
    print("inner got", x)
    return "inner done"

def outer():
    r = yield from inner()
    print("outer got", r)
    y = yield "o1"
    return y

o = outer()
print(next(o))
print(o.send("to inner"))
try:
    o.send("fin")
except StopIteration as e:
    print("StopIteration", e.value)

def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print(sum(next(c) for _ in range(10)))
send = c.send
print(send(None), [c.send(None) for _ in range(3)])

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield next(deep(n - 1))
print(next(deep(30)))
try:
    next(deep(100000))
except RecursionError:
    print("RecursionError")

def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print("StopIteration", e.value, e.args)

def catches():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
k = catches()
next(k)
k.throw(ValueError("v1"))
print(next(k))
k.close()
try:
    next(k)
except StopIteration:
    print("closed")
