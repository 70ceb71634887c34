# A site loading an attribute of a module (`m.x`, `m.f()`) caches it by the
# module dict's version: every change of the module must be seen.
import gc
import math
import sys
import types

m = types.ModuleType("m")

def load(mod):
    return mod.x

def call(mod):
    return mod.f()

# Rebinding, through the attribute, the dict, vars() and setattr().
for i in range(5):
    m.x = i
    print("attr", load(m))
for i in range(3):
    m.__dict__["x"] = i * 10
    print("dict", load(m))
vars(m).update(x="updated")
print(load(m))
setattr(m, "x", 3.5)
print(load(m))

# Methods: rebinding the function the site called.
m.f = lambda: "first"
print(call(m), call(m))
m.f = lambda: "second"
print(call(m), call(m))

# Deleted: AttributeError at the same site, then PEP 562 __getattr__.
del m.x
try:
    load(m)
except AttributeError as e:
    print("AttributeError:", e)
m.__getattr__ = lambda name: "fallback " + name
print(load(m), load(m))
m.x = "back"
print(load(m))
del m.__getattr__
del m.f
try:
    call(m)
except AttributeError as e:
    print("AttributeError:", e)

# One site, several modules in turn.
a = types.ModuleType("a")
b = types.ModuleType("b")
a.x, b.x = "a.x", "b.x"
print([load(mod) for mod in (a, b, a, a, b)])

# Modules made and dropped between collections (references reused).
def fresh(i):
    mod = types.ModuleType("fresh%d" % i)
    mod.x = i
    return load(mod)

out = []
for i in range(20):
    out.append(fresh(i))
    if i % 3 == 0:
        gc.collect()
print(out)

# A class attribute and an instance attribute at a site that also saw a
# module.
class K:
    x = "class x"
k = K()
print([load(o) for o in (m, K, k, m)])
k.x = "instance x"
print([load(o) for o in (m, K, k, m)])

# Real modules: math.sqrt through LoadAttr and LoadMethod, and rebinding
# it (a module is shared: restored at the end).
def sq(v):
    return math.sqrt(v)

def sq_ref():
    f = math.sqrt
    return f(16.0)

print(sq(2.0), sq_ref())
saved = math.sqrt
math.sqrt = lambda v: "patched %r" % (v,)
print(sq(2.0), sq_ref())
math.sqrt = saved
print(sq(9.0), sq_ref())
print(sys.modules["math"] is math)
