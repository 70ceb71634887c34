from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator
import io
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("p") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("inner")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
@tag("deco")
def f():
    print("body")
f()
with ExitStack() as stack:
    for n in "ab":
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1)
    print("stack body")
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError("suppressed by stack")
print("after stack")
with ExitStack() as s1:
    s1.callback(print, "moved")
    s2 = s1.pop_all()
print("s1 done")
s2.close()
class track(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit"); return False
@track()
def g(x): return x * 2
print(g(4))
try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print("TypeError", e)
