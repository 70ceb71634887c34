# `__slots__` members read and written through warm attribute sites (the
# sites cache the member's index): empty slots, deletion, `__getattr__`,
# the member replaced in the class, `__class__` swaps, subclasses.


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


pts = [Point(i, i * 2, i * 3) for i in range(5)]
for p in pts:
    write_x(p, read_x(p) + 1)
print([read_x(p) for p in pts], [p.y + p.z for p in pts])

# An empty slot (never set, or deleted) under a warm site.
class Partial:
    __slots__ = ("x", "w")


q = Partial()
for _ in range(3):
    try:
        read_x(q)
    except AttributeError as e:
        print("AttributeError:", e)
        break
write_x(q, 1)
print(read_x(q))
del q.x
try:
    read_x(q)
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr:
    __slots__ = ("x",)

    def __getattr__(self, name):
        return "fallback " + name


g = WithGetattr()
print(read_x(g))
g.x = "set"
print(read_x(g))
del g.x
print(read_x(g))

# The member replaced by a plain class attribute after caching.
class Swap:
    __slots__ = ("x",)


s = Swap()
for i in range(3):
    write_x(s, i)
    read_x(s)
Swap.x = "class attribute"
print(read_x(s))
try:
    write_x(s, 5)
except AttributeError as e:
    print("AttributeError:", e)

# __class__ swapped between classes of the same layout. (Slots in
# another order are not tested: CPython sorts slot names, pyx does not.)
class A:
    __slots__ = ("x", "y")


class B:
    __slots__ = ("x", "y")

    @property
    def z(self):
        return "B.z"


a = A()
a.x, a.y = "ax", "ay"
for _ in range(3):
    read_x(a)
a.__class__ = B
print(read_x(a), a.y, a.z)

# A subclass adding a dict: slot and dict attributes side by side.
class Sub(Point):
    def __init__(self):
        super().__init__(1, 2, 3)
        self.extra = "dict"


sub = Sub()
for _ in range(3):
    write_x(sub, read_x(sub) + 10)
print(read_x(sub), sub.extra, vars(sub))

# Both a slot and an instance-dict attribute of one site.
objs = [Point(1, 1, 1), Sub(), Point(2, 2, 2), Sub()]
print([read_x(o) for o in objs])

# A property in a subclass hides the base's slot.
class Hidden(Point):
    @property
    def x(self):
        return "property"


try:
    Hidden(1, 2, 3)
except AttributeError as e:
    print("AttributeError:", e)
