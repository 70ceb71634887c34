import typing
from typing import (get_type_hints, get_origin, get_args, List, Dict, Optional,
                    Union, Annotated, Literal, Callable, ClassVar, Final, Tuple,
                    cast, overload, no_type_check, final, Any, TypeVar)
import collections.abc


def f(a: int, b: 'str', c: Optional['List[int]'] = None, d: None = None) -> 'Dict[str, int]':
    pass


print(get_type_hints(f))
print(f.__annotations__)


class A:
    x: int
    y: 'List[A]'
    z: ClassVar[int] = 3


class B(A):
    w: Annotated[float, 'unit'] = 1.0


print(get_type_hints(A))
print(get_type_hints(B))
print(get_type_hints(B, include_extras=True))


def g(x: Annotated[int, 'm'], y: List[Annotated[str, 1]]): pass


print(get_type_hints(g), get_type_hints(g, include_extras=True))
print(get_type_hints(len.__call__) if False else '-')

print(get_origin(List[int]), get_origin(List), get_origin(int))
print(get_origin(Union[int, str]), get_origin(int | str), get_origin(list[int]))
print(get_origin(Annotated[int, 1]), get_origin(Literal[1]), get_origin(typing.Generic))
print(get_origin(Callable[[int], str]), get_origin(ClassVar[int]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(int))
print(get_args(Union[int, str]), get_args(int | str), get_args(list[int]))
print(get_args(Annotated[int, 'x', 2]), get_args(Literal[1, 2]))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., bool]))
print(get_args(Tuple[int, ...]), get_args(Tuple[()]), get_args(Optional[int]))
print(get_args(collections.abc.Callable[[int], str]))

print(cast(int, 'x'), cast('List[int]', [1]))


@overload
def h(x: int) -> int: ...


@overload
def h(x: str) -> str: ...


def h(x):
    return x * 2


print(h(2), h('a'), len(typing.get_overloads(h)))
typing.clear_overloads()
print(len(typing.get_overloads(h)))


@overload
def k(x: int) -> int: ...


try:
    k(1)
except NotImplementedError as e:
    print('NotImplementedError')


@no_type_check
def nt(x: 'not a type'): pass


print(nt.__no_type_check__, get_type_hints(nt))


@final
class Fin:
    @final
    def m(self): pass


print(Fin.__final__, Fin.m.__final__)
try:
    typing.assert_never(3)
except AssertionError as e:
    print('AssertionError:', e)
print(typing.assert_type(5, int))

T = TypeVar('T')
P = typing.ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[typing.Concatenate[int, P], int])
print(typing.ForwardRef('int'), typing.ForwardRef('X') == typing.ForwardRef('X'))
print(get_type_hints(typing.NamedTuple('Q', [('a', int)])))


@typing.dataclass_transform()
def deco(cls):
    return cls


print(sorted(deco.__dataclass_transform__))
print(List[T].__parameters__, Callable[[T], List[T]].__parameters__)
import sys
mod = type(sys)('m')
mod.__annotations__ = {'v': 'int'}
print(get_type_hints(mod))
