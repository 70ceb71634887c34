# Enum definition checks: reserved _sunder_ names, invalid member names,
# _order_ against the definition order, and `in` with a non-member.
import warnings
from enum import Enum, IntEnum, Flag


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', list(cls))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def bad_sunder():
    class Bad(Enum):
        _bad_ = 1
    return Bad


def bad_mro():
    class Wrong(Enum):
        mro = 9
    return Wrong


def ordered():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        blue = 3
    return Color


def misordered():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        blue = 3
        green = 2
    return Color


def alias_order():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        verde = 2
        blue = 3
    return Color


for label, make in [('sunder', bad_sunder), ('mro', bad_mro), ('ordered', ordered),
                    ('misordered', misordered), ('alias', alias_order)]:
    attempt(label, make)


class Num(IntEnum):
    one = 1
    two = 2


class Other(Enum):
    one = 1


print(Num.one in Num, Other.one in Num)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        1 in Num
    except TypeError as e:
        print('TypeError', e)
print([w.category.__name__ for w in caught])

from enum import verify, NAMED_FLAGS


@verify(NAMED_FLAGS)
class Shade(Flag):
    RED = 1
    GREEN = 2
    WHITE = -1


print(list(Shade))
