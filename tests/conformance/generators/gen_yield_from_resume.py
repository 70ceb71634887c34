# `yield from` a generator driven from Python (for, next, send) and from
# native code (list, sum): values in both directions, return values,
# exceptions from the subgenerator, throw/close while delegating, PEP 479,
# deep delegation chains and the recursion limit.

def inner(tag):
    got = yield tag + "1"
    print("inner", tag, "got", got)
    got = yield tag + "2"
    print("inner", tag, "got", got)
    return tag + "-result"

def outer():
    r = yield from inner("a")
    print("outer got", r)
    r = yield from inner("b")
    print("outer got", r)
    return "outer-result"

for v in outer():
    print("for", v)
print(list(outer()))

o = outer()
print(next(o))
print(o.send("x"))
print(o.send("y"))
print(o.send("z"))
try:
    o.send("w")
except StopIteration as e:
    print("StopIteration", e.value)

def tree(n):
    if n == 0:
        yield 0
        return 1
    a = yield from tree(n - 1)
    yield n
    b = yield from tree(n - 1)
    return a + b + 1
t = tree(4)
vals = []
try:
    while True:
        vals.append(next(t))
except StopIteration as e:
    print(vals, "nodes", e.value)
print(sum(tree(5)), list(tree(2)))

def failing():
    yield 1
    raise ValueError("from sub")
def catcher():
    try:
        yield from failing()
    except ValueError as e:
        print("delegator caught", e)
        yield "recovered"
print(list(catcher()))

def uncaught():
    yield from failing()
try:
    for v in uncaught():
        print("u", v)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("ValueError", e, "traceback entries", n)

def sub_stop():
    yield 1
    raise StopIteration("bad")
def deleg():
    try:
        yield from sub_stop()
    except RuntimeError as e:
        print("delegator sees", e)
        yield "after"
print(list(deleg()))

def listener():
    try:
        while True:
            x = yield
            print("listener", x)
    except GeneratorExit:
        print("listener closed")
        raise
    finally:
        print("listener finally")
def relay():
    try:
        yield from listener()
    finally:
        print("relay finally")
r = relay()
next(r)
r.send(1)
r.send(2)
r.close()

def thrower_target():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("target caught", repr(e))
def thrower_relay():
    yield from thrower_target()
tr = thrower_relay()
print(next(tr))
print(tr.throw(KeyError("k")))
print(next(tr))
tr.close()

def chain(n):
    if n:
        return (yield from chain(n - 1))
    yield "leaf"
    return "deep"
c = chain(100)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("chain returned", e.value)
try:
    for v in chain(100000):
        pass
except RecursionError:
    print("RecursionError")

def running():
    yield me.gi_running
def wrap():
    yield from me
me = running()
print(list(wrap()))

def self_delegate():
    yield from sd
sd = self_delegate()
try:
    next(sd)
except ValueError as e:
    print("ValueError:", e)
