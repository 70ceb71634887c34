# contextvars: get/set/reset, defaults, copy_context and Context.run.
import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError:
    print("LookupError")
t = v.set(2)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError:
    print("token used twice")
ctx = contextvars.copy_context()
def inside(x):
    v.set(x)
    return v.get()
print(ctx.run(inside, 10), v.get(), ctx[v], v in ctx, len(ctx) >= 1)
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError:
    print("cannot enter twice")
t2 = w.set("a")
other = contextvars.copy_context()
w.set("b")
print(other[w], w.get())
try:
    contextvars.ContextVar(1)
except TypeError:
    print("TypeError name")
