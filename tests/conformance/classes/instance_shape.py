# Attributes kept in the instance (laid out by the class's shared keys)
# and the inline caches that read them: every way the layout or the class
# can change under a cached site must be seen.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


def call_total(o):
    return o.total()


# A warm site, then the instance's dict is mutated through __dict__.
a = P(1, 2)
for _ in range(3):
    read_x(a)
d = a.__dict__
d["x"] = 10
print(read_x(a), a.total(), vars(a) is d)
d["z"] = 3
print(a.z, sorted(vars(a)))
write_x(a, 11)
print(d["x"], read_x(a))

# vars() is a live view in both directions and keeps order.
b = P(1, 2)
b.w = 5
v = vars(b)
b.q = 6
print(list(v), list(v.values()))
del v["y"]
print(hasattr(b, "y"), list(vars(b)))

# del, then re-add: the attribute comes back at the end.
c = P(3, 4)
read_x(c)
del c.x
try:
    read_x(c)
except AttributeError as e:
    print("AttributeError:", e)
c.x = 7
print(read_x(c), list(c.__dict__))
try:
    del c.nope
except AttributeError as e:
    print("AttributeError:", e)

# Another order of assignment than the class's first instance.
class Q:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2


qs = [Q(i % 2 == 1) for i in range(6)]
print([list(vars(q)) for q in qs[:2]], [q.a + q.b for q in qs])

# A class attribute added after a site cached the instance attribute:
# instance attributes still win over a non-data descriptor / plain value,
# but a data descriptor added to the class wins over the instance.
e = P(1, 2)
for _ in range(3):
    read_x(e)
P.x = "class-level"
print(read_x(e))
P.x = property(lambda self: "property")
print(read_x(e))
del P.x
print(read_x(e))

# A method shadowed by an instance attribute after the method site cached.
f = P(1, 2)
for _ in range(3):
    call_total(f)
f.total = lambda: "shadowed"
print(call_total(f), call_total(P(5, 5)))
del f.total
print(call_total(f))
# A method added to the class after instances were made.
P.extra = lambda self: self.x * 100
print(P(2, 0).extra())

# __class__ swapped under a warm site.
class R:
    x = "R.x"

    def total(self):
        return "R.total"


class S:
    @property
    def x(self):
        return "S.x property"

    def total(self):
        return "S.total"


g = R()
g.x = "instance"
for _ in range(3):
    read_x(g)
    call_total(g)
g.__class__ = S
print(read_x(g), call_total(g), vars(g))
g.__class__ = R
print(read_x(g), call_total(g))

# An instance growing past what the keys can share.
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[:3], list(vars(m))[-2:])
m2 = Many()
m2.a0 = "first"
print(vars(m2), getattr(m2, "a1", "absent"))

# __dict__ replaced wholesale.
h = P(1, 2)
read_x(h)
h.__dict__ = {"x": "new", "k": 1}
print(read_x(h), h.k, hasattr(h, "y"))
write_x(h, "again")
print(h.__dict__)

# __slots__ with and without __dict__.
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


s = Slotted()
print(read_x(s), hasattr(s, "y"), hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class SlotsAndDict:
    __slots__ = ("x", "__dict__")


sd = SlotsAndDict()
sd.x = 1
sd.y = 2
print(read_x(sd), sd.y, vars(sd))

# __getattr__ (only for missing names) and __getattribute__ (for all).
class Fallback:
    def __init__(self):
        self.x = "real"

    def __getattr__(self, name):
        return "fallback:" + name


fb = Fallback()
print(read_x(fb), fb.missing)
del fb.x
print(read_x(fb))


class Everything:
    def __init__(self):
        self.x = "real"

    def __getattribute__(self, name):
        return "intercepted:" + name


print(read_x(Everything()))

# __setattr__ added to the class after a store site cached.
class T:
    def __init__(self):
        self.x = 0


t = T()
for i in range(3):
    write_x(t, i)


def loud_setattr(self, name, value):
    object.__setattr__(self, name, ("set", value))


T.__setattr__ = loud_setattr
write_x(t, 9)
print(t.x)

# Copies and pickling-like paths read the instance's attributes.
import copy

k = P(1, [2])
k.extra = "e"
k2 = copy.copy(k)
k3 = copy.deepcopy(k)
print(vars(k2), vars(k3), k3.y is k.y, k2.y is k.y)
print(sorted(n for n in dir(k) if not n.startswith("__")))

# Many instances and garbage: the values must survive collections.
objs = []
for i in range(3000):
    o = P(i, str(i))
    o.tag = [i]
    objs.append(o)
    junk = [P(j, j) for j in range(3)]
print(sum(o.x for o in objs), objs[-1].y, objs[1234].tag)

# Non-str keys put in through __dict__ do not upset attribute lookup.
n = P(1, 2)
n.__dict__[5] = "five"
print(n.x, n.__dict__[5], len(vars(n)))


# A str subclass as an attribute name.
class Name(str):
    pass


o2 = P(1, 2)
setattr(o2, Name("sub"), "via subclass")
print(o2.sub, getattr(o2, "sub"), list(vars(o2)))
