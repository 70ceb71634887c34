# An enum class with its own __str__ (and no __format__) formats with it;
# with a mixed-in data type a format spec still formats the value.
from enum import Enum, IntEnum, StrEnum, Flag
for base in (Enum, IntEnum, Flag):
    class S(base):
        first = 1
        def __str__(self):
            return self.name.upper()
    class F(base):
        first = 1
        def __format__(self, spec):
            return 'F' + spec
    class P(base):
        first = 1
    print(base.__name__, str(S.first), format(S.first), '%s' % S.first, f'{S.first:>8}|',
          format(F.first, 'x'), str(P.first), format(P.first))
