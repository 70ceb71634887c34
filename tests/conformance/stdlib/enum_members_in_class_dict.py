# Enum members are plain class attributes (in the class dict), as in
# CPython: the ordinary lookup finds them, also from a member, and the
# metaclass still refuses to reassign or delete them.
from enum import Enum, IntEnum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name.lower()


print('RED' in Color.__dict__, 'CRIMSON' in Color.__dict__)
print(Color.__dict__['RED'] is Color.RED, Color.CRIMSON is Color.RED)
print(Color.RED.GREEN, Color.RED.describe())
print([m.name for m in Color], list(Color.__members__))

for action in ('set', 'del'):
    try:
        if action == 'set':
            Color.RED = 5
        else:
            del Color.GREEN
    except AttributeError as e:
        print(action, 'AttributeError:', e)
print(Color.RED.value, Color.GREEN.value)

Shape = Enum('Shape', 'SQUARE CIRCLE')
print('SQUARE' in Shape.__dict__, Shape.CIRCLE, Shape.CIRCLE.value)


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(type(Num.__dict__['TWO']).__name__, Num.TWO + 1, Num.ONE < Num.TWO)


class Perm(Flag):
    R = auto()
    W = auto()


print(Perm.R | Perm.W, 'W' in Perm.__dict__, Perm(3))
