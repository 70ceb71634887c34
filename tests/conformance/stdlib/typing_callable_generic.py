from typing import TypeVar, Generic, Callable, Iterator, Protocol, ParamSpec, Concatenate, overload, Any, cast
import typing

T = TypeVar('T')
U = TypeVar('U')
P = ParamSpec('P')


def decorator(func: Callable[P, T]) -> Callable[P, list[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        return [func(*args, **kwargs)]
    return inner


@decorator
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2), P.__name__, typing.get_type_hints(decorator))


class Pipeline(Generic[T, U]):
    def __init__(self, fn: Callable[[T], U]):
        self.fn = fn

    def then(self, g: 'Callable[[U], Any]') -> 'Pipeline[T, Any]':
        return Pipeline(lambda x: g(self.fn(x)))

    def __call__(self, x: T) -> U:
        return self.fn(x)


p = Pipeline[int, str](str).then(len).then(lambda n: n * 10)
print(p(12345), Pipeline.__parameters__, Pipeline[int, str].__args__, Pipeline[int, U][str])


class SupportsLen(Protocol):
    def __len__(self) -> int: ...


def total(xs: 'list[SupportsLen]') -> int:
    return sum(len(x) for x in xs)


print(total(['ab', [1, 2, 3]]), cast(str, 1), typing.get_type_hints(total))


def count_up(n: int) -> Iterator[int]:
    yield from range(n)


print(list(count_up(3)), typing.get_type_hints(count_up))
print(Callable[P, T][[int, str], bool], Callable[Concatenate[int, P], T], typing.Generic[T, U])
