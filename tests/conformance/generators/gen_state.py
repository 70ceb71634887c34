def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
next(it)
try:
    next(it)
except StopIteration:
    pass
print(it.gi_frame is None, list(it))
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def running():
    try:
        next(r)
    except ValueError as e:
        yield "ValueError: " + str(e)
r = running()
print(next(r))
print(g.__name__, it.__name__, it.__qualname__, iter(it) is it)
