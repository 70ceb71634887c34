# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), member()/nonmember(),
# verify() checks, global_enum, _simple_enum and _iter_bits_lsb.
import enum
from enum import (Enum, Flag, IntFlag, IntEnum, STRICT, CONFORM, EJECT, KEEP, verify,
                  UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, _simple_enum,
                  _test_simple_enum, _iter_bits_lsb, FlagBoundary, EnumCheck)

print(list(FlagBoundary), STRICT, repr(KEEP), list(EnumCheck))
print(Flag._boundary_, IntFlag._boundary_)


class Iron(Flag, boundary=CONFORM):
    ONE = 1
    TWO = 2
    EIGHT = 8


print(Iron._boundary_ is CONFORM, repr(Iron(7)), repr(Iron(-1) if False else Iron(12)))


class Space(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Space._boundary_ is EJECT, Space(7), type(Space(7)).__name__, repr(Space(3)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print('ValueError', e)


class Kept(IntFlag, boundary=KEEP):
    A = 1
    B = 2


print(Kept(7), int(Kept(7)), Kept._boundary_ is KEEP)


class Things(Enum):
    f = nonmember(float)
    g = member(len)
    X = 1


print(list(Things), Things.f, Things.g.value is len)

for checks, body in [((UNIQUE,), dict(A=1, B=1)), ((CONTINUOUS,), dict(A=1, B=3, C=6)),
                     ((UNIQUE, CONTINUOUS), dict(A=1, B=2))]:
    try:
        E = verify(*checks)(Enum('E', list(body.items())))
        print('ok', list(E))
    except ValueError as e:
        print('ValueError', e)

try:
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        C = 4
        D = 8
except ValueError as e:
    print('ValueError', e)

try:
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1
        B = 2
        ALL = 15
except ValueError as e:
    print('ValueError', e)

print(list(_iter_bits_lsb(0b101100)), enum.show_flag_values(10))


@_simple_enum(IntEnum)
class Simple:
    ONE = 1
    TWO = 2


class Checked(IntEnum):
    ONE = 1
    TWO = 2


print(Simple, list(Simple), Simple(2), _test_simple_enum(Checked, Simple))


class Other(IntEnum):
    ONE = 1
    TWO = 3


try:
    _test_simple_enum(Checked, Other)
except TypeError as e:
    print('TypeError', str(e).split('\n')[0])


@enum.global_enum
class Glob(Enum):
    RED = 1
    BLUE = 2


print(repr(Glob.RED), str(Glob.BLUE), RED is Glob.RED)
