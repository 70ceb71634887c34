from enum import Flag, IntFlag, StrEnum, auto
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(Perm.R), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), len(rw))
print((rw & Perm.W) == Perm.W, Perm(6) == rw, Perm(0), bool(Perm(0)))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([c.value for c in Color], (Color.RED | Color.BLUE).value)
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W == 6, P.R + 1, int(P.R | P.X), str(P.W), P.R & 4)
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B, S.A == "a", S.B.upper(), repr(S.A), f"{S.B}")
