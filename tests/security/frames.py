# config: default
# expect: ok
# Frames via generators, coroutines, tracebacks and sys.
def gen():
    yield 1
async def coro():
    return 1
def agen_f():
    return 1
g = gen()
c = coro()
attempts = [
    lambda: g.gi_frame,
    lambda: g.gi_code,
    lambda: c.cr_frame,
    lambda: c.cr_code,
    lambda: g.gi_frame.f_back,
    lambda: g.gi_frame.f_globals,
]
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    attempts += [lambda: tb.tb_frame, lambda: tb.tb_frame.f_globals, lambda: tb.tb_frame.f_back]
import sys
attempts += [lambda: sys._getframe(), lambda: sys.settrace, lambda: sys.setprofile, lambda: sys._current_frames()]
for i, a in enumerate(attempts):
    try:
        v = a()
        print("ESCAPED", i, type(v).__name__)
    except AttributeError:
        pass
c.close()
print("done")
