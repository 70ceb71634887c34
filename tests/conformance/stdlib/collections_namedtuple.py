from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), P._make([3, 4]))
print(P.__name__, P.__doc__, P.x.__doc__, isinstance(p, tuple), len(p), p == (1, 2))
x, y = p; print(x + y, hash(p) == hash((1, 2)))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2, 3), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields)
S = namedtuple("S", "a, b", module="mymod")
print(S.__module__, repr(S(1, [2])))
T = namedtuple("T", "v")
print(T(5), T._make([6]), T.__match_args__)
match P(1, 2):
    case P(x=1, y=yy):
        print("matched", yy)
for bad in [("1x", "a"), ("X", "a a"), ("X", "_a"), ("X", "def"), ("class", "a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    P._make([1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
class Point(namedtuple("Point", "x y")):
    __slots__ = ()
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Point(3, -4).norm, Point(1, 2))
