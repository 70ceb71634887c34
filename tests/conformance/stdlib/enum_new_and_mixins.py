# Enumerations: every class's __new__ is Enum.__new__ (a __new__ of the
# body is kept as __new_member__ and used by subclasses), super().__new__
# in a member-less class is a TypeError, a mixed-in data type's str() and
# format() give way to Enum's, and type's __name__ wins over a __name__
# property of the class body.
from enum import Enum, IntEnum
from datetime import date

class A:
    @property
    def __name__(self):
        return "inst"
print(A.__name__, A().__name__)

class S(str, Enum):
    a = '1'
    b = '2'
    c = '1'
print(str(S.c), format(S.c), repr(S.c), "{:>6}|".format(S.b))

class D(date, Enum):
    x = (2021, 12, 25)
print(str(D.x), format(D.x), D.x.year, D(date(2021, 12, 25)) is D.x)

class Super(Enum):
    def __new__(cls, *value):
        obj = object.__new__(cls)
        obj._value_ = value[0]
        obj.description = 'about ' + str(value[0])
        return obj
class Sub(Super):
    one = 1
    two = 2
print(Super.__new__ is Enum.__new__, Sub.__new__ is Enum.__new__)
print(Sub.one.description, Sub(2), 'description' in dir(Sub.one))

for base in (Enum, IntEnum):
    try:
        class Bad(base):
            def __new__(cls, value):
                return super().__new__(cls, value)
            failed = 1
    except TypeError as e:
        print(type(e).__name__, e)

class Named(int):
    def __new__(cls, name, value):
        self = int.__new__(cls, value)
        self.label = name
        return self
class NE(Named, Enum):
    x = ('the-x', 1)
print(NE.__new__ is Enum.__new__, NE.x.label, NE(1) is NE.x)
