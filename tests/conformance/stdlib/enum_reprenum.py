# ReprEnum with a data type of its own: Enum's repr, the data type's str()
# and format().
from enum import ReprEnum, IntEnum, Enum
import datetime


class F(float, ReprEnum):
    a = 4.4
    b = 6.6


class D(datetime.date, ReprEnum):
    x = (2019, 11, 27)


class I(IntEnum):
    one = 1


for m in (F.a, F.b, D.x, I.one):
    print(repr(m), str(m), format(m), f'{m:>12}|', '%s' % (m,))
