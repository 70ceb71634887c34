# C(args) learns, per class, that it builds with object.__new__ and a Python
# __init__ (eval.rs init_plan); every change below must be seen at once.


class A:
    def __init__(self, x):
        self.x = x


def make(n):
    out = []
    for i in range(n):
        out.append(A(i).x)
    return out


print(make(3))

# __init__ reassigned on the class after the first calls.
def init2(self, x):
    self.x = x * 10

A.__init__ = init2
print(make(3))

# __init__ deleted: object's __init__ refuses the argument.
del A.__init__
try:
    make(1)
except TypeError as e:
    print("TypeError:", e)
print(type(A()).__name__)

# A base's __init__ changed after the subclass was called.
class Base:
    def __init__(self):
        self.tag = "base"

class Sub(Base):
    pass

def tags():
    return [Sub().tag for _ in range(2)]

print(tags())
Base.__init__ = lambda self: setattr(self, "tag", "new base")
print(tags())

# An __init__ added to the subclass later shadows the base's.
def sub_init(self):
    self.tag = "sub"

Sub.__init__ = sub_init
print(tags())

# __init__ returning a value: TypeError, every time.
class R:
    def __init__(self, v):
        self.v = v
        if v:
            return v

print(R(0).v)
for k in (1, "s", 0, [2]):
    try:
        print("ok", R(k).v)
    except TypeError as e:
        print("TypeError:", e)

# __new__ added after the first calls takes over.
class N:
    def __init__(self, x):
        self.x = x

def build(n):
    return [N(i) for i in range(n)]

print([o.x for o in build(2)])
calls = []

def new(cls, x):
    calls.append(x)
    return object.__new__(cls)

N.__new__ = new
print([o.x for o in build(2)], calls)

# __new__ returning another type's object: __init__ is skipped.
def other_new(cls, x):
    return "not an N"

N.__new__ = other_new
print(build(2))

# A metaclass __call__ overrides instance creation, also when added later.
class Meta(type):
    pass

class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a

def mk():
    return M(5)

print(mk().a)

def meta_call(cls, *args):
    return ("made", cls.__name__, args)

Meta.__call__ = meta_call
print(mk())
del Meta.__call__
print(mk().a)

# Slots, defaults, keyword arguments, a wrong argument count.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b=7):
        self.a = a
        self.b = b

for args in ((1,), (1, 2)):
    s = S(*args)
    print(s.a, s.b)
print(S(b=3, a=4).b)
try:
    S()
except TypeError as e:
    print("TypeError:", e)
try:
    S(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# Subclasses of built-ins.
class L(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n

print([(L(i), L(i).n) for i in range(3)])

class I(int):
    pass

print([I(i) + 1 for i in range(3)], type(I(2)).__name__)

# __init__ that is not a plain function: a callable object, a staticmethod.
class CallInit:
    def __call__(self, obj, x):
        obj.x = ("callable", x)

class U:
    __init__ = CallInit()

try:
    print(U(1).x)
except TypeError as e:
    print("TypeError:", e)

class V:
    @staticmethod
    def __init__(*args):
        print("static init got", len(args), "args")

V(1)
