# dataclasses: the class docstring is the __init__ signature (parameters
# annotated with the field types); string annotations naming ClassVar or
# InitVar (directly, module-qualified, or through a module-level alias) are
# recognised by looking the name up in the class's module; weakref_slot;
# make_dataclass takes weakref_slot too.
import collections
import dataclasses
import inspect
import typing
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, List, Optional

CV_ALIAS = ClassVar[int]


@dataclass
class A:
    x: int
    y: Optional[int] = None
    z: List[int] = field(default_factory=list)
    d: collections.deque = field(default_factory=collections.deque)


print(A.__doc__)
print(inspect.signature(A.__init__))
print(A.__init__.__annotations__)


@dataclass
class Documented:
    """Mine."""
    x: int


print(Documented.__doc__)

for typestr in ['ClassVar[int]', ' ClassVar ', 'typing.ClassVar[str]',
                'typing .ClassVar[str]', ' typing. ClassVar[str]',
                'CV_ALIAS', 'typing.ClassVarx[int]', 'ClassVarx',
                'InitVar[int]', 'dataclasses.InitVar[str]', ' InitVar ',
                'List[int]', '', '[int]']:
    ns = {'__annotations__': {'x': typestr}, '__module__': __name__}
    C = dataclass(type('C', (), ns))
    flds = [f.name for f in dataclasses.fields(C)]
    print(repr(typestr), flds, str(inspect.signature(C)))

try:
    @dataclass(weakref_slot=True)
    class W:
        x: int
except TypeError as e:
    print('TypeError:', e)

M = dataclasses.make_dataclass('M', [('a', int), ('b', str, 'b')],
                               slots=True, weakref_slot=True)
print(M.__doc__, M(1), M.__slots__)
try:
    dataclasses.make_dataclass('N', ['a'], weakref_slot=True)
except TypeError as e:
    print('TypeError:', e)

# Field metadata: a read-only view of the mapping given (empty by default).
meta = {}


@dataclass
class Meta:
    a: int = field(metadata=meta)
    b: int = 0


fa, fb = dataclasses.fields(Meta)
meta['unit'] = 'm'
print(fa.metadata, len(fa.metadata), fb.metadata, type(fb.metadata).__name__)
try:
    fa.metadata['x'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    dataclasses.make_dataclass('K', ['a', 'for'])
except TypeError as e:
    print('TypeError:', e)


@dataclass(order=True, unsafe_hash=True, frozen=True)
class Q:
    x: int


print([getattr(Q, n).__qualname__ for n in
       ('__eq__', '__lt__', '__hash__', '__init__', '__repr__',
        '__setattr__')])


# A field named in __slots__ has no default; a base's string __slots__ is
# one name; make_dataclass resolves Generic[T] bases.
@dataclass
class Slotted:
    __slots__ = ('x',)
    x: int


try:
    Slotted()
except TypeError as e:
    print('TypeError:', e)
print(Slotted(3).x)


class Root:
    __slots__ = 'aa'


@dataclass(slots=True)
class Leaf(Root):
    aa: float
    z: int


print(Leaf.__slots__)

T = typing.TypeVar('T')


@dataclass
class Parent(typing.Generic[T]):
    x: T


Child = dataclasses.make_dataclass('Child', [('y', T), ('z', Optional[T], None)],
                                   bases=(Parent[int], typing.Generic[T]))
print(Child.__mro__[1:], Child.__parameters__, Child(1, 2))

# A field whose type is the field itself shows type=...; slots=True on a
# class that already has __slots__ is refused.
rec = field()
rec.type = rec
rec.name = 'id'
print(',type=...,' in repr(rec))

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('x',)
        x: int
except TypeError as e:
    print('TypeError:', e)


# A descriptor default is what its __get__(None, cls) gives; an
# AttributeError there means no default.
class Desc:
    def __init__(self, default):
        self.default = default

    def __get__(self, instance, owner):
        if instance is None:
            if self.default is None:
                raise AttributeError('no default')
            return self.default
        return instance._v

    def __set__(self, instance, value):
        instance._v = value


@dataclass
class WithDesc:
    i: int = Desc(100)


@dataclass
class NoDesc:
    i: int = Desc(None)


print(WithDesc().i, WithDesc(5).i)
try:
    NoDesc()
except TypeError as e:
    print('TypeError:', e)


# The generated __init__ belongs to the class's module, where
# get_type_hints resolves its string annotations.
class Later:
    pass


@dataclass
class UsesLater:
    x: 'Later'


print(UsesLater.__init__.__module__, typing.get_type_hints(UsesLater.__init__))
