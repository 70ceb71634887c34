from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, KW_ONLY
import dataclasses


@dataclass(order=True)
class Inv:
    sort_index: float = field(init=False, repr=False)
    name: str
    qty: int = 0
    price: float = 1.0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.qty * self.price


items = [Inv('a', 3, 2.0), Inv('b', 1, 10.0), Inv('c')]
print(sorted(items), Inv('x') == Inv('x', tags=[1]), Inv('a') < Inv('b', 1))
print(asdict(items[0]), astuple(items[1]), replace(items[0], qty=10))
print([(f.name, f.init, f.repr, f.compare) for f in fields(Inv)], is_dataclass(Inv), is_dataclass(items[0]), is_dataclass(int))


@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0


p = Pt(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(hash(p) == hash(Pt(1, 0)), {p, Pt(1)}, repr(p))


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1), Opts(b=3, a=0))
try:
    Opts(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'


s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))


@dataclass
class Base:
    x: int
    y: int = 5


@dataclass
class Derived(Base):
    z: int = 9
    x: int = 1


print(Derived(), Derived(2, 3, 4), [f.name for f in fields(Derived)])


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print('ValueError:', e)
C = make_dataclass('C', [('x', int), ('y', int, field(default=3))], namespace={'total': lambda self: self.x + self.y})
c = C(1)
print(c, c.total(), C.__name__)


@dataclass(repr=False, unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(H(1)) == hash(H(1, [2])), H(1).__repr__().startswith('<'))


@dataclass
class Nested:
    inner: Pt
    pts: list
    d: dict


print(asdict(Nested(Pt(1, 2), [Pt(3, 4)], {'k': Pt(5, 6)})), astuple(Nested(Pt(1, 2), [], {})))
print(repr(dataclasses.MISSING)[:1], repr(field(default=1))[:6], Inv.__match_args__)
