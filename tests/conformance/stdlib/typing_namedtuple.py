from typing import NamedTuple, TypedDict, List, Optional, Generic, TypeVar
import typing


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'origin'

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)


p = Point(3, 4)
print(p, p.norm2(), p.swapped, p._fields, p._field_defaults)
print(Point.__annotations__, Point.__name__, Point.__mro__)
print(p._replace(x=1), p._asdict(), Point._make([5, 6, 'z']))
print(isinstance(p, tuple), p == (3, 4, 'origin'), p[0], len(p))
x, y, l = p
print(x, y, l, hash(p) == hash((3, 4, 'origin')))

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('bob', 7)
print(e, Emp.__annotations__, Emp._fields, e.name)
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp2('a', 1), Emp2._fields)

try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            pass
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)


class Movie(TypedDict):
    name: str
    year: int


class MovieX(Movie, total=False):
    rating: float


m = Movie(name='Blade', year=1982)
print(m, type(m), Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__),
      Movie.__total__)
print(sorted(MovieX.__required_keys__), sorted(MovieX.__optional_keys__),
      MovieX.__total__, MovieX.__annotations__)
mx = MovieX(name='x', year=1, rating=2.0)
print(mx, type(mx) is dict)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), typing.is_typeddict(Point))
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)

Alt = TypedDict('Alt', {'a': int, 'b': List[str]})
print(Alt(a=1, b=['x']), Alt.__annotations__, sorted(Alt.__required_keys__))
Alt2 = TypedDict('Alt2', {'a': int}, total=False)
print(sorted(Alt2.__optional_keys__), Alt2.__total__)


class Req(TypedDict, total=False):
    a: typing.Required[int]
    b: str


class NotReq(TypedDict):
    a: int
    b: typing.NotRequired[str]


print(sorted(Req.__required_keys__), sorted(Req.__optional_keys__))
print(sorted(NotReq.__required_keys__), sorted(NotReq.__optional_keys__))
print(Req.__annotations__)
try:
    class BadTD(TypedDict, int):
        pass
except TypeError as e:
    print('TypeError:', e)

UserId = typing.NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)
print(UserId | None)
