from enum import Flag, IntFlag, auto, Enum


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color.RED | Color.GREEN | Color.BLUE == Color.WHITE)
print(Color(0), repr(Color(0)), bool(Color(0)), Color(5), list(Color(6)), len(Color.WHITE), Color.RED in Color.WHITE)
print(~Color.RED, ~Color.WHITE, Color.WHITE & ~Color.GREEN, Color.WHITE ^ Color.RED, Color.WHITE.value, Color.RED.name, (Color.RED | Color.BLUE).name)
try:
    Color(8)
except ValueError as e:
    print('ValueError:', e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm(7), Perm(8) if False else '', Perm.R + 1, Perm.R | 8, repr(Perm.R | 8), Perm(0), ~Perm.X, Perm.R & 6, 4 | Perm.X)
print(int(Perm.R | Perm.W), Perm.R == 4, isinstance(Perm.R | Perm.X, Perm), sorted(Perm, key=int), format(Perm.R | Perm.W))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @property
    def pretty(self):
        return self.value.title()

    def __str__(self):
        return self.pretty


print(Status('active'), Status.INACTIVE.pretty, [s.value for s in Status], Status.ACTIVE == 'active', str(Status.ACTIVE))
print({Status.ACTIVE: 1}[Status('active')], Status.ACTIVE.__class__ is Status, Status._member_names_, sorted(Status._value2member_map_))


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 3
    MID = 2


print(sorted(Ordered), max(Ordered), Ordered.LOW < Ordered.MID)
