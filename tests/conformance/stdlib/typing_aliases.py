import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, FrozenSet,
                    Type, Callable, Iterable, Iterator, Generator, Mapping,
                    Sequence, Literal, Final, ClassVar, Annotated, TypeVar,
                    DefaultDict, Deque, Counter, OrderedDict, ChainMap)
import collections
import collections.abc

print(repr(Any), repr(List), repr(Dict), repr(Callable), repr(Tuple))
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None])
print(Mapping[str, List[int]], Sequence[Tuple[int, int]])
print(DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int],
      ChainMap[str, int])
print(Optional[int], Union[int, str], Union[int, None, str])
print(Union[int], Union[int, int], Union[Union[int, str], float])
print(Optional[Optional[int]], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str))
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, List[int]] | str)
print(List[int] | None, int | List[int])
print(Literal[1, 'a', None], Literal[True], Literal[Literal[1, 2], 3])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Final[int], ClassVar[List[int]], Annotated[int, 'meta', 3])
print(Annotated[Annotated[int, 1], 2])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(Callable[[int], str].__args__, Callable[[int], str].__origin__)
print(List[int] == List[int], List[int] == List[str], List[int] == list[int])
print(hash(List[int]) == hash(List[int]))
print(Tuple[int, ...].__args__, Tuple[()].__args__)
print(typing.Text is str, typing.TYPE_CHECKING)
print(repr(typing.AnyStr), typing.AnyStr.__constraints__)
print(typing.Hashable, typing.Sized, typing.Awaitable[int],
      typing.Coroutine[int, int, int], typing.AsyncIterator[int])
print(typing.AbstractSet[int], typing.MutableMapping[str, int])
print(typing.ContextManager[int])
print(repr(typing.NoReturn), repr(typing.Never), repr(typing.Self),
      repr(typing.LiteralString), repr(typing.TypeAlias))
print(repr(Union), repr(Optional), repr(Literal), repr(Final), repr(ClassVar))

for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Union[()],
            lambda: Callable[int], lambda: Optional[int, str],
            lambda: isinstance(1, List[int]), lambda: isinstance(1, Any),
            lambda: isinstance(1, Union), lambda: typing.NoReturn[int],
            lambda: List(), lambda: Any(), lambda: Union(),
            lambda: issubclass(int, Literal[1])]:
    try:
        r = bad()
        print('no error', r)
    except TypeError as e:
        print('TypeError:', e)

print(isinstance([], List), isinstance({}, Dict), isinstance(1, List))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]),
      isinstance(None, Optional[int]))
print(isinstance(3, int | str))
print(Deque[int]() == collections.deque(), type(DefaultDict[str, int](int)).__name__)
print(List[int].__parameters__, List.__name__ if hasattr(List, '__name__') else '-')
T = TypeVar('T')
print(List[T], List[T].__parameters__, List[T][int], Dict[str, T][float])
print(Callable[[T], T][int], Tuple[T, ...][str])
print(Union[T, int][str], Optional[T][int])
