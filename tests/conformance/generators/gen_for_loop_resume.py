# Generators driven by `for` (resumed in the caller's loop): yields,
# returns, exceptions, PEP 479, re-entrancy, finally blocks, tracebacks.
import sys

def count(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("count finally", n)

for x in count(3):
    print("got", x)

def ret():
    yield 1
    return 7
print([x for x in ret()], list(ret()))

def pep479():
    yield 1
    raise StopIteration(5)
try:
    for x in pep479():
        print("p", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

def boom():
    yield 1
    1 / 0
try:
    for x in boom():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError lines", lines)

def caught_inside():
    for i in range(3):
        try:
            yield i
            raise KeyError(i)
        except KeyError as e:
            print("caught", repr(e))
print(list(caught_inside()))
for x in caught_inside():
    print("ci", x)

def selfref():
    yield 1
    next(me)
me = selfref()
try:
    for x in me:
        print("s", x)
except ValueError as e:
    print("ValueError:", e)

def inner(n):
    for i in range(n):
        yield i * 10

def outer():
    for a in inner(3):
        for b in inner(a):
            yield a, b
        yield from inner(1)
for t in outer():
    print(t)
print(sum(x for x in inner(5)))

g = count(5)
for x in g:
    if x == 1:
        break
print("next after break", next(g))
print("send", g.send(None))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("thrown back", repr(e))
print("exhausted", list(g))
for x in g:
    print("never")

def running():
    yield gr.gi_running
gr = running()
for x in gr:
    print("gi_running inside", x, "outside", gr.gi_running)

def rec(n):
    if n:
        for x in rec(n - 1):
            yield x
    else:
        yield "bottom"
print(list(rec(50)))
try:
    for x in rec(100000):
        pass
except RecursionError:
    print("RecursionError")

def loop_in_loop():
    total = 0
    for i in count(2):
        for j in count(2):
            total += i * 10 + j
    return total
print(loop_in_loop())

def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
print(list(yields_in_finally()))

def stop_in_for_body():
    for x in inner(3):
        yield x
        if x == 1:
            return "done"
print(list(stop_in_for_body()))

class Holder:
    def __iter__(self):
        yield from ("a", "b")
        yield "c"
print([c for c in Holder()])

