import collections.abc as cabc

print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Sequence[list[int]])
print(cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], None])
print(cabc.Callable[[int], str].__args__, cabc.Callable[[int], str].__origin__)
print(cabc.Iterable[int].__origin__ is cabc.Iterable, cabc.Iterable[int].__args__)
print(cabc.Generator[int, None, str], cabc.AsyncIterator[bytes], cabc.Set[int])
print(cabc.Iterable[int] == cabc.Iterable[int], cabc.Iterable[int] == cabc.Iterable[str])
for name in sorted(cabc.__all__):
    c = getattr(cabc, name)
    print(name, hasattr(c, '__class_getitem__'))
try:
    cabc.Callable[int]
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance([], cabc.Iterable[int])
except TypeError as e:
    print('TypeError:', e)


def f(x: cabc.Iterable[int]) -> cabc.Mapping[str, int]:
    return {str(i): i for i in x}


print(f([1, 2]), f.__annotations__['return'])
