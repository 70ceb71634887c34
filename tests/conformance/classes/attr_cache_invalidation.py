# Attribute and global lookups repeated at the same instruction must see
# every change: class attribute (re)assignment, instance-dict shadowing,
# descriptors added later, __getattr__/__getattribute__/__setattr__ added
# later, globals shadowing and deleting builtins.

class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "A.m"

class B:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "B.m"

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def set_x(o, v):
    o.x = v

objs = [A(1), A(2), B(3)]
for o in objs * 2:
    print(get_x(o), call_m(o))

a = A(10)
for i in range(3):
    print(get_x(a), call_m(a))
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))
A.m = lambda self: "patched A.m"
print(call_m(a), call_m(A(0)))
del A.m
try:
    call_m(a)
except AttributeError as e:
    print("AttributeError:", e)

# A data descriptor added on the class takes precedence over the instance dict.
for i in range(3):
    print(get_x(a))
A.x = property(lambda self: "property x")
print(get_x(a))
try:
    set_x(a, 5)
except AttributeError as e:
    print("AttributeError:", e)
del A.x
print(get_x(a))
for i in range(3):
    set_x(a, i)
    print(get_x(a))

# Non-data class attribute: the instance dict wins, then the class after del.
A.y = "class y"
def get_y(o):
    return o.y
print(get_y(a))
a.y = "inst y"
print(get_y(a))
del a.y
print(get_y(a))

# __getattr__ / __getattribute__ / __setattr__ added later.
del a.x
def ga(self, name):
    return "getattr " + name
A.__getattr__ = ga
print(get_x(a))
a.x = 7
print(get_x(a))
A.__getattribute__ = lambda self, name: "getattribute " + name
print(get_x(a), a.m)
del A.__getattribute__
print(get_x(a))
log = []
def sa(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 2)
A.__setattr__ = sa
set_x(a, 4)
print(get_x(a), log)
del A.__setattr__
set_x(a, 4)
print(get_x(a))

# Methods replaced again.
del A.__getattr__
A.m = lambda self: "A.m again"
b = B(1)
for i in range(2):
    print(call_m(b))
print(call_m(A(0)), get_x(b))

# Slots and subclasses of built-ins.
class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
class L(list):
    def m(self):
        return "L.m"
for o in [S(1), S(2)]:
    print(get_x(o))
l = L()
l.x = "list x"
print(get_x(l), call_m(l))

# Base class changes seen by subclasses.
class Base:
    def m(self):
        return "Base.m"
class Sub(Base):
    pass
s = Sub()
print(call_m(s), call_m(s))
Base.m = lambda self: "Base.m v2"
print(call_m(s))
Sub.m = lambda self: "Sub.m"
print(call_m(s))

# Globals and builtins.
def use_len():
    return len([1, 2, 3])
print(use_len())
len = lambda x: "global len"
print(use_len())
del len
print(use_len())
def gval():
    return G
G = 1
print(gval())
G = 2
print(gval())
globals()["G"] = 3
print(gval())
del G
try:
    gval()
except NameError as e:
    print("NameError:", e)
