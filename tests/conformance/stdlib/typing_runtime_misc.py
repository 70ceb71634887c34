# typing at run time: protocol instantiation and register(), get_type_hints
# on built-ins and on `*args: *tuple[...]`, the typing.io/typing.re
# pseudo-modules.
import typing
import warnings
from typing import Protocol, TypeVarTuple, Unpack, get_type_hints, runtime_checkable


class P(Protocol):
    x: int


class C(P):
    pass


for call in [lambda: P(), lambda: C(), lambda: C(42)]:
    try:
        r = call()
    except TypeError as e:
        print('TypeError:', e)
    else:
        print(type(r).__name__)


class B:
    def __init__(self):
        self.test = 'OK'


class Q(Protocol):
    def meth(self): ...


class D(Q, B):
    pass


print(D().test, D().test)


class Plain:
    x = 1


P.register(Plain)
for check in [lambda: isinstance(Plain(), P), lambda: issubclass(Plain, P)]:
    try:
        print(check())
    except TypeError as e:
        print('TypeError:', e)


@runtime_checkable
class R(Protocol):
    x: int


try:
    issubclass(int, R)
except TypeError as e:
    print('TypeError:', e)

Ts = TypeVarTuple('Ts')


def f1(*args: *Ts): pass
def f2(*args: *tuple[int, str]): pass
def f3(*args: 'Unpack[Ts]'): pass


print(get_type_hints(f1), get_type_hints(f2), get_type_hints(f3))
print(get_type_hints(f2) == {'args': Unpack[tuple[int, str]]})
print(get_type_hints(dir), get_type_hints(len), get_type_hints(int),
      get_type_hints(object.__str__), get_type_hints(object().__str__),
      get_type_hints(str.join))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('default', category=DeprecationWarning)
    from typing.io import IO, TextIO, BinaryIO, __all__, __name__ as n
    print(IO is typing.IO, sorted(__all__), n)
    from typing.re import Match, Pattern, __all__, __name__ as n
    print(Match is typing.Match, sorted(__all__), n)
    print(len(w), w[0].category.__name__, str(w[0].message))
