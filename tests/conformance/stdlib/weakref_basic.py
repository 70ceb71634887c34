# weakref: references, proxies, weak containers and finalizers; the
# collector is run explicitly (gc.collect) where CPython's reference
# counts would free at once.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name

    def __repr__(self):
        return "Obj(%s)" % self.name


events = []
a = Obj("a")
r = weakref.ref(a, lambda wr: events.append(("callback", wr() is None)))
print(r() is a, r() is not None, type(r).__name__, r.__callback__ is not None)
print(weakref.ref(a) == r, hash(weakref.ref(a)) == hash(a) == hash(r))
del a
gc.collect()
print(r(), events, r.__callback__)
print("dead" in repr(r))

for bad in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


print(weakref.ref(SlottedWeak())() is None or True)

# Functions, classes and sets can be referred to weakly.
def f():
    return 42
print(weakref.ref(f)()(), weakref.ref(Obj)() is Obj, weakref.ref({1, 2})() is None or True)

# Proxies.
b = Obj("b")
p = weakref.proxy(b)
print(p.name, p.method(), repr(p).startswith("<weakproxy at"))
p.name = "B"
print(b.name)
lst_holder = Obj("list")
cp = weakref.proxy(f)
print(cp(), type(cp).__name__, type(p).__name__)
del b
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(cp)
except TypeError as e:
    print("TypeError:", e)

# WeakValueDictionary.
d = weakref.WeakValueDictionary()
keep = [Obj("k%d" % i) for i in range(4)]
for o in keep:
    d[o.name] = o
print(sorted(d.keys()), len(d), "k1" in d, d.get("nope", "default"))
del o
del keep[1:3]
gc.collect()
print(sorted(d.keys()), len(d), "k1" in d)
print(d["k0"])
try:
    d["k1"]
except KeyError as e:
    print("KeyError:", e)

# WeakKeyDictionary.
wk = weakref.WeakKeyDictionary()
k1, k2 = Obj("x"), Obj("y")
wk[k1] = 1
wk[k2] = 2
print(sorted(v for v in wk.values()), k1 in wk, len(wk))
del k2
gc.collect()
print(list(wk.items()), len(wk))

# WeakSet.
ws = weakref.WeakSet()
s1, s2 = Obj("s1"), Obj("s2")
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws)
del s1
gc.collect()
print(len(ws), [o.name for o in ws])

# finalize.
c = Obj("c")
fin = weakref.finalize(c, events.append, "finalized c")
print(fin.alive, fin.peek()[1] is events.append)
del c
gc.collect()
print(fin.alive, events[-1])
d2 = Obj("d2")
fin2 = weakref.finalize(d2, lambda: "called early")
print(fin2(), fin2(), fin2.alive)
fin3 = weakref.finalize(d2, print, "never")
print(fin3.detach()[0] is d2, fin3.alive)

# WeakMethod.
m = Obj("m")
wm = weakref.WeakMethod(m.method)
print(wm()())
del m
gc.collect()
print(wm())
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print("TypeError:", e)
