# Loads of attributes from a class whose metaclass is a subclass of type
# (an Enum's members: `Color.RED`) are cached per site while no class
# changes: a metaclass attribute, data descriptor, __getattribute__ or
# __getattr__, a change of metaclass by __class__ assignment, and changes
# to the class or its bases must all be seen.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def red():
    return Color.RED


print([red() is Color.RED for _ in range(3)], red(), Color.GREEN.value)
print([red() == Color.RED for _ in range(3)], red() == Color.GREEN)


class Meta(type):
    def __getattr__(cls, name):
        return "meta-getattr:" + name


class Base(metaclass=Meta):
    X = 1


class Sub(Base):
    pass


def load_x(c):
    return c.X


def load_y(c):
    return c.Y


for _ in range(3):
    print(load_x(Base), load_x(Sub), load_y(Sub))
Sub.X = 2
print(load_x(Base), load_x(Sub))
del Sub.X
print(load_x(Base), load_x(Sub))
Base.X = 3
print(load_x(Base), load_x(Sub))
del Base.X
print(load_x(Base), load_x(Sub))
Base.X = 4
print(load_x(Base), load_x(Sub))


# A data descriptor added to the metaclass later wins over the class's own
# attribute.
class Meta2(type):
    pass


class C2(metaclass=Meta2):
    X = "class"


def load_c2():
    return C2.X


for _ in range(3):
    print(load_c2())
Meta2.X = property(lambda cls: "meta-property")
print(load_c2())
del Meta2.X
print(load_c2())
# A plain (non-descriptor) metaclass attribute loses to the class's own.
Meta2.X = "meta-plain"
print(load_c2())
del C2.X
print(load_c2())
C2.X = "class again"
print(load_c2())
del Meta2.X
print(load_c2())


# __getattribute__ on the metaclass, added after loads were cached.
class Meta3(type):
    pass


class C3(metaclass=Meta3):
    V = 10


def load_v():
    return C3.V


for _ in range(3):
    print(load_v())
Meta3.__getattribute__ = lambda cls, name: "intercepted " + name
print(load_v())
del Meta3.__getattribute__
print(load_v())


# Changing a class's metaclass by __class__ assignment.
class MetaA(type):
    pass


class MetaB(type):
    @property
    def W(cls):
        return "MetaB.W property"


class C4(metaclass=MetaA):
    W = "own W"


def load_w():
    return C4.W


for _ in range(3):
    print(load_w())
C4.__class__ = MetaB
print(type(C4).__name__, load_w())
C4.__class__ = MetaA
print(type(C4).__name__, load_w())


# A class attribute that is a descriptor (not cached) and one whose type
# gains a __get__ later.
class Getter:
    def __get__(self, obj, owner):
        return ("got", owner.__name__)


class Plain:
    pass


class C5(metaclass=Meta2):
    D = Getter()
    P = Plain()


def load_d():
    return C5.D


def load_p():
    return C5.P


for _ in range(2):
    print(load_d(), type(load_p()).__name__)
Plain.__get__ = lambda self, obj, owner: "plain got " + owner.__name__
print(load_p())
del Plain.__get__
print(type(load_p()).__name__)


# Functions, staticmethods and classmethods through a metaclass.
class C6(metaclass=Meta2):
    def f(self):
        return "f"

    @staticmethod
    def s():
        return "s"

    @classmethod
    def c(cls):
        return "c of " + cls.__name__


def load_all():
    return C6.f(None), C6.s(), C6.c(), C6.f is C6.__dict__["f"]


for _ in range(3):
    print(load_all())


# An enum member shadowed through a metaclass attribute of the same name
# is not possible, but a missing member goes to EnumType.__getattr__.
def missing():
    try:
        return Color.BLUE
    except AttributeError as e:
        return "AttributeError: " + str(e)


for _ in range(2):
    print(missing())


# __class__ assignment on a class changes its metaclass, never its dict;
# a built-in metaclass on either side is refused.
print("__class__" in C4.__dict__, type(C4).__name__)
for bad in (type, 5):
    try:
        C4.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)


class Plain2:
    pass


try:
    Plain2.__class__ = MetaA
except TypeError as e:
    print("TypeError:", e)
print(type(Plain2).__name__, "__class__" in Plain2.__dict__)
