# Loads of attributes from a class object (`Strength.REQUIRED`,
# `Base.method`) are cached per site while no class changes: every change
# must be seen.


class Strength:
    REQUIRED = 0
    WEAK = 5

    @staticmethod
    def stronger(a, b):
        return a < b

    @classmethod
    def make(cls):
        return cls.__name__

    def method(self):
        return "method"


def load_required(c):
    return c.REQUIRED


def load_stronger(c):
    return c.stronger


for _ in range(3):
    load_required(Strength)
print(load_required(Strength))
Strength.REQUIRED = 1
print(load_required(Strength))
del Strength.REQUIRED
try:
    load_required(Strength)
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    REQUIRED = "base"


class Derived(Base):
    pass


for _ in range(3):
    load_required(Derived)
print(load_required(Derived), load_required(Base))
Derived.REQUIRED = "derived"
print(load_required(Derived), load_required(Base))
del Derived.REQUIRED
Base.REQUIRED = "base again"
print(load_required(Derived))

# A staticmethod gives its function; a classmethod a new bound method.
f1 = load_stronger(Strength)
f2 = load_stronger(Strength)
print(f1 is f2, f1(1, 2), Strength.make(), Strength.make is Strength.make)
print(Strength.method(None), Strength.method is Strength.method)


# A value whose class gains a __get__ after a site cached it.
class Value:
    pass


class Holder:
    REQUIRED = Value()


for _ in range(3):
    r = load_required(Holder)
print(type(r).__name__)
Value.__get__ = lambda self, obj, owner: "descriptor result"
print(load_required(Holder))


# A metaclass with the attribute, and a metaclass property.
class Meta(type):
    REQUIRED = "from meta"

    @property
    def WEAK(cls):
        return "meta property"


class WithMeta(metaclass=Meta):
    WEAK = "class value"


class WithMeta2(metaclass=Meta):
    pass


print(load_required(WithMeta), WithMeta.WEAK)
WithMeta.REQUIRED = "class shadows meta"
print(load_required(WithMeta), load_required(WithMeta2))

# Polymorphic site: several classes and an instance.
things = [Strength, Base, Derived, Holder, WithMeta, Base()]
Strength.REQUIRED = "s"
for _ in range(2):
    print([load_required(t) if hasattr(t, "REQUIRED") else None for t in things])

# A nested class as a class attribute, and a module-level function.
class Outer:
    class Inner:
        X = 1

    helper = len


def load_inner(c):
    return c.Inner


for _ in range(3):
    load_inner(Outer)
print(load_inner(Outer).X, Outer.helper([1, 2]))
Outer.Inner = "replaced"
print(load_inner(Outer))
