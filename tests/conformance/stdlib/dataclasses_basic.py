from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, Point(5), p == Point(1, 2), p != Point(2, 1), Point.__match_args__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__hash__ is None)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = sorted([Version(1, 2), Version(1, 0, "x"), Version(0, 9)])
print(vs, Version(1) < Version(1, 1), Version(2) >= Version(1, 9), hash(Version(1, 2)) == hash(Version(1, 2, "z")))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Inv:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 100
    def add(self, it):
        self.items.append(it); self.count += 1
a, b = Inv(), Inv(); a.add("x"); print(a, b, Inv.total, [f.name for f in fields(Inv)])
@dataclass
class WithPost:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)
    def __post_init__(self, scale):
        self.area = self.w * self.h * scale
print(WithPost(2, 3), WithPost(2, 3, 10).area)
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7
print(Child(), Child(1, "x", 2.0), [f.name for f in fields(Child)])
@dataclass
class KW:
    x: int
    _: KW_ONLY
    y: int = 2
    z: int = 3
print(KW(1, z=9))
@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0
print(AllKW(a=1))
try:
    AllKW(1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
@dataclass(eq=False, repr=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))
@dataclass
class Nest:
    p: Point
    ps: list
    d: dict
n = Nest(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(n), astuple(n))
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(3)) == hash((3,)))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1); print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError", e)
match Point(3, 4):
    case Point(3, yy):
        print("matched", yy)
@dataclass
class Rec:
    name: str
    kids: list = field(default_factory=list)
r = Rec("r"); r.kids.append(r); print(r)
