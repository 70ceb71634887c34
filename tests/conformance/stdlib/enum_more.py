import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s=%s' % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(list(Color), Color.CRIMSON is Color.RED, Color(1), Color['BLUE'], Color.RED.describe(), Color.default())
print(len(Color), Color.__members__.keys(), [m.name for m in Color.__members__.values()], Color.RED in Color)
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.BLUE!r}', hash(Color.RED) == hash(Color.RED))
for bad in [lambda: Color(7), lambda: Color['NOPE'], lambda: setattr(Color, 'RED', 5)]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)


class Auto(Enum):
    X = auto()
    Y = auto()
    Z = auto()


print([(m.name, m.value) for m in Auto])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw), Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.R, ~Perm.R, Perm(0), Perm(7))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE == 1, Shape.SQUARE + 1, sorted([Shape.SQUARE, Shape.CIRCLE]), Shape(2), str(Shape.CIRCLE), format(Shape.SQUARE, '03d'))


class Dir(StrEnum):
    UP = auto()
    DOWN = 'down!'


print(Dir.UP, repr(Dir.UP), Dir.DOWN.upper(), Dir('up'), Dir.UP == 'up')


class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print(list(F), F.AB, F.A | F.C, repr(F.A | F.C), F(3), bool(F(0)), F.A in F.AB, (F.A | F.B) == F.AB)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Enum('X', [('a', 5), ('b', 6)]).b)
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__, enum.Enum.__name__)
