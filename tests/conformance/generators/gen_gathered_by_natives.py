# Generators consumed whole by natives (list, tuple, set, sorted,
# list.extend, set.update, str.join, dict): what the generator sees and
# does while it runs, and what the native gets.

import sys


def g_plain(n):
    for i in range(n):
        yield i * i


print(list(g_plain(5)), tuple(g_plain(4)), sorted(set(g_plain(6))))
print(list(x + 1 for x in range(3)), tuple(str(c) for c in "abc"))

# The value of a yield expression is None under a native consumer.
def g_sent():
    got = []
    for i in range(3):
        v = yield i
        got.append(v)
    yield got


print(list(g_sent()))

# A partly consumed generator: the rest is gathered.
g = g_plain(6)
print(next(g), next(g), list(g), list(g))

# The return value is dropped; after the end the generator is exhausted.
def g_ret():
    yield 1
    yield 2
    return "done"


g = g_ret()
print(list(g), next(g, "exhausted"))

# gi_running is True while the generator runs; gathering itself raises.
holder = []


def g_self():
    yield holder[0].gi_running
    try:
        list(holder[0])
    except ValueError as e:
        yield "ValueError: " + str(e)


gs = g_self()
holder.append(gs)
print(list(gs), gs.gi_running)

# An exception midway propagates to the caller; the items are lost and the
# generator is finished.
def g_fail():
    yield 1
    yield 2
    raise KeyError("boom")


g = g_fail()
try:
    print(list(g))
except KeyError as e:
    print("KeyError", e)
print(list(g))

# StopIteration raised inside becomes RuntimeError (PEP 479).
def g_stop():
    yield 1
    raise StopIteration("x")


try:
    tuple(g_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# try/except/finally around yields.
def g_try():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
    try:
        yield 3
        raise ValueError("inner")
    except ValueError as e:
        yield ("caught", str(e), sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]


print(list(g_try()))

# The handled exception of the consumer is not the generator's.
def g_exc():
    yield sys.exc_info()[0]
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise TypeError("outer")
except TypeError:
    print(list(g_exc()), sys.exc_info()[0].__name__)

# yield from, nested generators, natives inside gathered generators.
def leaf(n):
    for i in range(n):
        yield i
    return n * 10


def mid(n):
    r = yield from leaf(n)
    yield r
    yield tuple(leaf(2))
    yield from (c for c in "xy")


print(list(mid(3)))
print([list(mid(k)) for k in range(2)])


def nested():
    for i in range(3):
        yield set(j * i for j in range(4))
        yield "".join(str(j) for j in range(i + 1))


print(list(nested()))

# Output and side effects happen in order with the consumer's.
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i


print("start")
r = list(noisy(3))
print("got", r)

# Other consumers.
lst = [0]
lst.extend(g_plain(3))
s = {100}
s.update(g_plain(3))
print(lst, sorted(s), dict((k, k * 2) for k in range(3)), "-".join(c * 2 for c in "ab"))
print(sorted((x % 3, x) for x in range(6)), list(reversed(list(g_plain(4)))))
print(sum(g_plain(4)), any(x > 3 for x in g_plain(4)), all(x < 3 for x in g_plain(4)), max(g_plain(5)))

# A generator that is closed after being gathered, and one used after an
# error in a consumer.
g = g_plain(3)
print(list(g))
g.close()
print(list(g))


# Many items (the gathering list grows several times).
print(len(list(i for i in range(10000))), sum(list(i for i in range(1000))))

# A generator gathered by a native called from another gathered generator
# that is driven by a for loop.
def outer():
    for i in range(3):
        yield list(j for j in range(i))


for item in outer():
    print(item)
