from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, list(Color.__members__))
print(Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color), type(Color.RED).__name__)
print({Color.RED: "r"}[Color.CRIMSON], sorted(c.name for c in Color), f"{Color.BLUE}", str(Color.GREEN))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    unique(Color)
except ValueError as e:
    print("ValueError", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)
class Shape(Enum):
    SQUARE = 2
    def describe(self):
        return "%s has value %d" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.SQUARE.describe(), Shape.default())
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri(3), repr(Pri.LOW), str(Pri.LOW), f"{Pri.HIGH}", sorted([Pri.HIGH, Pri.LOW]), Pri.LOW == 1)
class M(Enum):
    X = 1
    @classmethod
    def _missing_(cls, value):
        return cls.X
print(M(99))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
match Color.GREEN:
    case Color.GREEN:
        print("green matched")
