# The per-instruction attribute caches (instance values by shape, slots,
# methods, class and module attributes) must follow every change that
# alters what a load or store at the same instruction does: __class__
# assignment, the instance __dict__ replaced or changed behind the cache,
# attributes deleted, descriptors and hooks defined later on a base class,
# many types at one site, module attributes changed, and the metaclass.
import types


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def get_m(o):
    return o.m


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "P.m"


class Q:
    def __init__(self, y, x):
        self.y = y
        self.x = x

    def m(self):
        return "Q.m"


# Warm the sites, then assign __class__ between classes of other shapes.
p = P(1, 2)
for _ in range(3):
    print(get_x(p), call_m(p))
p.__class__ = Q
print(get_x(p), call_m(p), type(p).__name__)
set_x(p, 5)
print(get_x(p), p.y, vars(p))
p.__class__ = P
print(get_x(p), call_m(p))

# Instances of two shapes at one store site: the position differs.
for o in [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]:
    set_x(o, o.x * 10)
    print(type(o).__name__, get_x(o), o.y, vars(o))

# The instance __dict__ replaced or changed directly.
p = P(1, 2)
for _ in range(3):
    get_x(p)
p.__dict__ = {"x": "new dict x"}
print(get_x(p), call_m(p))
set_x(p, "stored")
print(get_x(p), p.__dict__)
p.__dict__["x"] = "via dict"
print(get_x(p))
p.__dict__.clear()
try:
    get_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["m"] = lambda: "dict m"
print(call_m(p))
del p.__dict__["m"]
print(call_m(p))
q = P(3, 4)
vars(q).update(x="updated", m=lambda: "updated m")
print(get_x(q), call_m(q))

# Deleted attributes at a warm site.
r = P(1, 2)
for _ in range(3):
    get_x(r)
del r.x
try:
    get_x(r)
except AttributeError as e:
    print("AttributeError:", e)
set_x(r, 9)
print(get_x(r), vars(r))

# A method shadowed by an instance attribute added after the site warmed,
# on an instance that had no such key yet.
s = P(1, 2)
for _ in range(3):
    call_m(s)
s.m = lambda: "instance m"
print(call_m(s))
s2 = P(1, 2)
print(call_m(s2))


# Hooks and descriptors defined later on a base class.
class Base:
    pass


class D(Base):
    def __init__(self):
        self.x = "inst"


d = D()
for _ in range(3):
    print(get_x(d))
Base.x = property(lambda self: "base property")
print(get_x(d))
try:
    set_x(d, 1)
except AttributeError as e:
    print("AttributeError:", e)
del Base.x
print(get_x(d))


class SetOnly:
    # A data descriptor with __set__ only: the instance dict wins on load,
    # the descriptor on store.
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


Base.x = SetOnly()
print(get_x(d))
set_x(d, 2)
print(get_x(d))
del Base.x
set_x(d, 3)
print(get_x(d))
Base.__getattribute__ = lambda self, name: "base getattribute " + name
print(get_x(d), get_m(d))
del Base.__getattribute__
print(get_x(d))
Base.__setattr__ = lambda self, name, v: print("base setattr", name, v)
set_x(d, 4)
print(get_x(d))
del Base.__setattr__
set_x(d, 5)
print(get_x(d))

# Many types at one site (more than the site keeps).
classes = []
for i in range(7):
    classes.append(type("K%d" % i, (), {"m": (lambda i: lambda self: "K%d.m" % i)(i)}))
objs = []
for i, k in enumerate(classes):
    o = k()
    o.x = i
    objs.append(o)
for _ in range(2):
    print([get_x(o) for o in objs], [call_m(o) for o in objs])
for o in objs:
    set_x(o, -o.x)
classes[3].m = lambda self: "K3 patched"
print([get_x(o) for o in objs], [call_m(o) for o in objs])


# Slots: an empty slot, a slot deleted, slots with a __dict__.
class S:
    __slots__ = ("x", "__dict__")

    def m(self):
        return "S.m"


s = S()
try:
    get_x(s)
except AttributeError as e:
    print("AttributeError:", e)
for i in range(3):
    set_x(s, i)
    print(get_x(s))
del s.x
try:
    get_x(s)
except AttributeError as e:
    print("AttributeError:", e)
s.m = lambda: "S instance m"
print(call_m(s))


# Module attributes: changed and deleted.
mod = types.ModuleType("mod")
mod.x = 1
mod.m = lambda: "mod.m"
for _ in range(3):
    print(get_x(mod), call_m(mod))
mod.x = 2
mod.m = lambda: "mod.m v2"
print(get_x(mod), call_m(mod))
del mod.x
try:
    get_x(mod)
except AttributeError as e:
    print("AttributeError:", e)



# Class attributes read from the class, then the metaclass gains a data
# descriptor of that name.
class C:
    x = "C.x"

    def m(self):
        return "C.m"


for _ in range(3):
    print(get_x(C))
C.x = "C.x v2"
print(get_x(C))


class Meta(type):
    @property
    def x(cls):
        return "meta property"


class CM(metaclass=Meta):
    x = "CM.x"


for _ in range(2):
    print(get_x(CM))
del Meta.x
print(get_x(CM))
Meta.x = property(lambda cls: "meta property again")
print(get_x(CM))
setattr(C, "x", "via setattr")
print(get_x(C))
type.__setattr__(C, "x", "via type.__setattr__")
print(get_x(C))
