# Each generator has its own exception state (CPython's gi_exc_state): an
# except block a generator yields from is not seen by its caller, the
# caller's is seen inside a generator that handles none, and a bare
# `raise` after resuming re-raises the generator's own exception. pyx once
# leaked it both ways ("No active exception to reraise"; CPython's
# test_exceptions generator_leaking tests).
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def yield_raise():
    try:
        raise KeyError("caught")
    except KeyError:
        yield name()
        yield name()
    yield name()


g = yield_raise()
print(next(g), name())
print(next(g), name())
print(next(g), name())

try:
    raise TypeError("foo")
except TypeError:
    g = yield_raise()
    print(next(g), name())
    print(next(g), name())
    print(next(g), name())
    del g
    print(name())


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        yield name()
        raise


it = reraiser()
try:
    raise TypeError
except TypeError:
    print(next(it), name())
try:
    next(it)
except ZeroDivisionError as e:
    print("reraised", type(e).__name__, sys.exc_info()[1] is e)
print(sys.exc_info())


def thrower():
    try:
        yield
    except ZeroDivisionError:
        yield sys.exc_info()[1]


it = thrower()
next(it)
try:
    1 / 0
except ZeroDivisionError as e:
    got = it.throw(e)
    print(got is e, sys.exc_info()[1] is e)
print(sys.exc_info())


# In a for loop (resumed in place), with the caller handling an exception.
def plain():
    yield name()
    try:
        raise ValueError
    except ValueError:
        yield name()
    yield name()


try:
    raise IndexError
except IndexError:
    print([x for x in plain()], name())
print([x for x in plain()], name())


# __context__ inside a generator comes from the caller's handled exception.
def ctx():
    try:
        raise RuntimeError("inner")
    except RuntimeError as e:
        yield repr(e.__context__)


try:
    raise OSError("outer")
except OSError:
    print(next(ctx()))

# contextlib-style: a generator suspended inside an except block, then
# closed, leaves nothing behind.
def held():
    try:
        raise LookupError
    except LookupError:
        yield 1


h = held()
next(h)
h.close()
print(sys.exc_info())
