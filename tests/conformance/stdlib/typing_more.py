from __future__ import annotations
import typing
from typing import Optional, List, Dict, Union, Callable, TypeVar, Generic, get_type_hints


class Tree:
    left: Optional[Tree]
    right: Optional[Tree]
    value: int
    children: List[Tree]

    def add(self, other: Tree) -> Tree:
        return self


print(Tree.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(Tree.add))


def f(a: int | None, b: list[int], c: dict[str, 'Tree']) -> tuple[int, ...]:
    pass


print(get_type_hints(f))
T = TypeVar('T')
S = TypeVar('S', bound='Tree')


class Box(Generic[T]):
    item: T

    def get(self) -> T:
        return self.item


print(get_type_hints(Box), get_type_hints(Box.get), S.__bound__)
print(typing.get_origin(list[int]), typing.get_args(dict[str, list[int]]), typing.get_args(int | str | None))
print(Union[int, str] | None, Optional[int] | str, (int | str) | List[int])
print(Callable[[int], Callable[[str], bool]], Callable[..., List[T]][int], Dict[str, Callable[[], None]])
print(typing.Type[Tree], typing.Iterable[Tree], typing.Tuple[Tree, ...])
print(typing.List['Tree'], typing.Optional['Tree'], typing.ForwardRef('Tree'))
print(isinstance([], typing.Sequence), isinstance({}, typing.Mapping), isinstance(iter([]), typing.Iterator), isinstance(len, typing.Callable))
print(issubclass(list, typing.Collection), issubclass(dict, typing.MutableMapping), issubclass(tuple, typing.Reversible))
