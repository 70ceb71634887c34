# Chains of generators delegating by `yield from` (and coroutines by
# `await`): values, sends, throws and returns go through every level; a
# generator of the chain used on its own while the chain is suspended
# behaves as suspended; the exception state, gi_running, close() and the
# collector see each level as its own suspended generator.
import gc
import sys
import weakref


def leaf(tag, n):
    try:
        for i in range(n):
            got = yield (tag, i)
            if got is not None:
                print("  leaf", tag, "got", got)
    finally:
        print("  leaf", tag, "finally")
    return tag + "-done"


def middle(tag, n):
    r = yield from leaf(tag, n)
    print("  middle got", r)
    return r.upper()


def top(n):
    a = yield from middle("a", n)
    b = yield from middle("b", n)
    return a + "+" + b


print(list(top(2)))
g = top(2)
print(next(g), g.send("x"), g.send("y"), next(g))
try:
    g.send("z")
except StopIteration as e:
    print("returned", e.value)

# A delegate used directly while the chain is suspended.
inner = leaf("d", 4)
def outer():
    r = yield from inner
    print("  outer got", r)
    yield "outer-after"
o = outer()
print(next(o))
print(inner.gi_running, o.gi_running)
print(next(inner))
print(inner.send("direct"))
print(next(o))
print(next(o), next(o, "end"))

# gi_running of every level while the innermost runs.
def probe():
    print("  running:", h.gi_running, m.gi_running, p.gi_running)
    yield 1
def mid2():
    yield from p
def head2():
    yield from m
p = probe()
m = mid2()
h = head2()
print(list(h))
def reenter():
    try:
        next(h2)
    except ValueError as e:
        print("  ", e)
    yield 2
def head3():
    yield from reenter()
h2 = head3()
print(list(h2))

# throw() and close() through a suspended chain.
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("  caught", repr(e))
            yield "handled"
def relay(n):
    if n:
        return (yield from relay(n - 1))
    return (yield from catcher())
c = relay(5)
print(next(c), c.throw(KeyError("k")), next(c))
try:
    c.throw(IndexError("i"))
except IndexError as e:
    print("propagated", repr(e))
print(next(c, "finished"))

def levels(n):
    try:
        if n:
            yield from levels(n - 1)
        else:
            yield "bottom"
    finally:
        print("  finally", n)
lv = levels(3)
print(next(lv))
lv.close()
print(next(lv, "closed"))

# A StopIteration escaping the innermost level (PEP 479).
def stopper():
    yield 1
    raise StopIteration("early")
def wrapper():
    yield from stopper()
try:
    print(list(wrapper()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# The exception being handled, per level.
def exc_leaf():
    print("  leaf sees", sys.exc_info()[0])
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        print("  leaf handler sees", sys.exc_info()[0])
    yield 2
    print("  leaf after sees", sys.exc_info()[0])
def exc_mid():
    try:
        raise ValueError("mid")
    except ValueError:
        yield from exc_leaf()
        print("  mid handler sees", sys.exc_info()[0])
ge = exc_mid()
try:
    raise TypeError("caller")
except TypeError:
    print(next(ge))
    print("caller sees", sys.exc_info()[0])
print(next(ge))
print("caller sees", sys.exc_info()[0])
print(next(ge, "end"))

# Tracebacks name every level.
def boom():
    yield 1
    raise ZeroDivisionError("deep")
def l1():
    yield from boom()
def l2():
    yield from l1()
try:
    for _ in l2():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else None)
        tb = tb.tb_next
    print("traceback depth", len(names))

# Objects only a suspended level refers to stay alive; a finished chain
# lets them go.
class Token:
    pass
def holder():
    t = Token()
    ref = weakref.ref(t)
    yield ref
    yield t is not None
def chain_holder():
    yield from holder()
def chain2():
    yield from chain_holder()
ch = chain2()
r = next(ch)
gc.collect()
print("alive while suspended:", r() is not None)
print(next(ch))
print(next(ch, "end"))
gc.collect()
print("alive after the end:", r() is not None)

# An unreachable suspended chain is closed when collected.
log = []
def fin_leaf():
    try:
        yield 1
    finally:
        log.append("leaf closed")
def fin_head():
    try:
        yield from fin_leaf()
    finally:
        log.append("head closed")
fh = fin_head()
next(fh)
del fh
gc.collect()
print(log)

# Sums and lists over deep chains (items gathered by the native).
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(sum(tree(10)), len(list(tree(8))), max(tree(6)), sorted(set(tree(5))))
print(any(x > 4 for x in tree(5)), all(x > 0 for x in tree(5)))

# Coroutines awaiting coroutines.
import types
@types.coroutine
def suspend(v):
    got = yield v
    return got
async def c_leaf(n):
    return await suspend(n) * 2
async def c_mid(n):
    return await c_leaf(n) + await c_leaf(n + 1)
async def c_top():
    return await c_mid(1) + await c_mid(10)
co = c_top()
out = [co.send(None)]
try:
    v = 100
    while True:
        out.append(co.send(v))
        v += 1
except StopIteration as e:
    out.append(e.value)
print(out)
co = c_top()
co.send(None)
try:
    co.throw(ValueError("into coroutine chain"))
except ValueError as e:
    print("coroutine chain raised", e)

# Running past the recursion limit in a chain raises RecursionError.
def deep(n):
    yield n
    yield from deep(n + 1)
d = deep(0)
try:
    for x in d:
        pass
except RecursionError:
    print("RecursionError at depth", x > 100)
