# CPython's Lib `enum` (or pyx's own, which wins) imported and used.
import enum
class C(enum.Enum):
    R = 1
    G = 2
class F(enum.IntFlag):
    A = 1
    B = 2
print(C.R, C(2), list(C), F.A | F.B, C['G'].value)
