# Type-variable substitution in generic aliases (typing's and the builtin
# types.GenericAlias / types.UnionType): TypeVarTuple, ParamSpec, unpacked
# tuples, argument-count errors, pickling by name, caching, iteration.
import collections.abc
import pickle
from typing import (Callable, Concatenate, Dict, Generic, List, ParamSpec,
                    Tuple, TypeVar, TypeVarTuple, Union, Unpack, Final,
                    ClassVar, Optional, Literal, Annotated, Any)
import typing

T = TypeVar('T')
T1 = TypeVar('T1')
T2 = TypeVar('T2')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


class C(Generic[T1, T2]):
    pass


class V(Generic[*Ts]):
    pass


class Z(Generic[P]):
    pass


def show(label, make):
    try:
        r = make()
    except TypeError as e:
        print(label, '-> TypeError:', e)
    else:
        print(label, '->', r)


# Unpacked tuples spread into the parameters they stand for.
for name, alias in [('C', C[T1, T2]), ('dict', dict[T1, T2]),
                    ('Dict', Dict[T1, T2])]:
    show(name + '[int, str]', lambda: alias[int, str])
    show(name + '[*tuple[int, str]]', lambda: alias[*tuple[int, str]])
    show(name + '[*Tuple[int], str]', lambda: alias[*Tuple[int], str])
    show(name + '[*tuple[()], *tuple[int, str]]',
         lambda: alias[*tuple[()], *tuple[int, str]])
    show(name + '[int]', lambda: alias[int])
    show(name + '[*tuple[int]]', lambda: alias[*tuple[int]])
    show(name + '[int, str, bool]', lambda: alias[int, str, bool])
    show(name + '[*tuple[int, ...]]', lambda: alias[*tuple[int, ...]])
    show(name + '[*Ts]', lambda: alias[*Ts])
    show(name + '[()]', lambda: alias[()])

for name, alias in [('list', list[T]), ('List', List[T])]:
    show(name + '[*tuple[int]]', lambda: alias[*tuple[int]])
    show(name + '[tuple[int, ...]]', lambda: alias[tuple[int, ...]])
    show(name + '[*Ts]', lambda: alias[*Ts])
    show(name + '[Unpack[Ts]]', lambda: alias[Unpack[Ts]])
show('list[T, *tuple[int, ...]][str]', lambda: list[T, *tuple[int, ...]][str])
show('list[*Ts, *Ts][int]', lambda: list[*Ts, *Ts][int])

# TypeVarTuple: gathers what is left over.
print(V.__parameters__, V[T, *Ts].__parameters__)
show('V[int, str]', lambda: V[int, str])
show('V[()]', lambda: V[()])
show('V[T, *Ts][int]', lambda: V[T, *Ts][int])
show('V[T, *Ts][int, str, bool]', lambda: V[T, *Ts][int, str, bool])
show('V[T, *Ts][()]', lambda: V[T, *Ts][()])
show('tuple[T, *Ts][int, str, bool]', lambda: tuple[T, *Ts][int, str, bool])
show('Tuple[T, Unpack[Ts]][int]', lambda: Tuple[T, Unpack[Ts]][int])
show('tuple[*Ts, T][*tuple[int, ...]]', lambda: tuple[*Ts, T][*tuple[int, ...]])
show('tuple[T1, *Ts, T2][int, *tuple[str, ...]]',
     lambda: tuple[T1, *Ts, T2][int, *tuple[str, ...]])
show('tuple[Ts][int]', lambda: tuple[Ts][int])
show('Tuple[Ts][int]', lambda: Tuple[Ts][int])
show('Generic[*Ts]', lambda: Generic[*Ts])
show('Generic[int]', lambda: Generic[int])
print(repr(Unpack[Ts]), repr(Unpack[Tuple[int]]), [*Ts], [*tuple[int]])

# ParamSpec.
show('Z[int, str]', lambda: Z[int, str].__args__)
show('Z[[int, str]]', lambda: Z[[int, str]].__args__)
show('Z[...]', lambda: Z[...])
show('Z[[T, str]][int]', lambda: Z[[T, str]][int].__args__)
show('Callable[P, T][[int], str]', lambda: Callable[P, T][[int], str])
show('Callable[P, T][..., str]', lambda: Callable[P, T][..., str])
show('Callable[P, T][int, str]', lambda: Callable[P, T][int, str])
show('abc.Callable[P, T][[int], str]',
     lambda: collections.abc.Callable[P, T][[int], str])
show('Callable[Concatenate[int, P], T][[str], bool]',
     lambda: Callable[Concatenate[int, P], T][[str], bool])
show('Callable[[T], str][int]', lambda: Callable[[T], str][int])
show('abc.Callable[P, T][..., str]',
     lambda: collections.abc.Callable[P, T][..., str])
show('abc.Callable[int, str]', lambda: collections.abc.Callable[int, str])
show('abc.Callable[[T], str][int]',
     lambda: collections.abc.Callable[[T], str][int])
show('Concatenate[int, P][[str]]', lambda: Concatenate[int, P][[str]])
show('Concatenate[int, P][...]', lambda: Concatenate[int, P][...])
show('Concatenate[int, ...]', lambda: Concatenate[int, ...])
show('Concatenate[int]', lambda: Concatenate[int])
show('Concatenate[Unpack[Ts], P]', lambda: Concatenate[Unpack[Ts], P])

# Arguments a TypeVar refuses.
for bad in [(), (int, str), Union, Generic, Final, ClassVar, Final[int],
            ClassVar[int]]:
    show('T.__typing_subst__(%r)' % (bad,), lambda: T.__typing_subst__(bad))
    show('list[T][%r]' % (bad,), lambda: list[T][bad])

# types.UnionType substitution.
show('(float | list[T])[int]', lambda: (float | list[T])[int])
show('(list[T] | list[T2])[int, int]', lambda: (list[T] | list[T2])[int, int])
show('(int | T)[int, str]', lambda: (int | T)[int, str])
show('(int | T | bytes)[List]', lambda: (int | T | bytes)[List])

# Pickling: by name, and back to the same cached object.
for obj in [List[int], Dict[str, int], Callable[[int], str],
            Callable[..., int], ClassVar[int], Final[int], Optional[int],
            Literal[1, 2], Annotated[int, 'x'], Tuple[int, ...], T, P, Ts,
            Unpack[Ts], Callable[P, int], Callable[Concatenate[int, P], int],
            C[int, str], V[int, str], list[T] | int]:
    back = pickle.loads(pickle.dumps(obj))
    print(repr(obj), back == obj, back is obj)

# Cached subscription; Literal keeps 1 and True apart.
print(List[int] is List[int], Literal[1] is Literal[1],
      Literal[1] == Literal[True], Literal[True])

# Special forms and most aliases are not iterable.
for obj in [Any, Union, Union[str, int], List, Tuple, Callable,
            Callable[..., T], Annotated[T, ''], Literal[1]]:
    try:
        iter(obj)
    except TypeError as e:
        print(repr(obj), 'not iterable:', e)
    else:
        print(repr(obj), 'iterable')
    print(isinstance(obj, collections.abc.Iterable))

print(typing.GenericAlias is type(list[int]))
print(T.__module__, P.__module__, Ts.__module__)

# Substituting inside an unpacked tuple keeps it unpacked.
show('C[T1, *tuple[T2, ...]][int, str]', lambda: C[T1, *tuple[T2, ...]][int, str])
show('tuple[*tuple[T1, ...], T2][int, str]',
     lambda: tuple[*tuple[T1, ...], T2][int, str])

# Literal: generic repr; unhashable values are not deduplicated.
print(repr(Literal[int]), repr(Literal['a', 1]), Literal[[], []].__args__)
print(typing.get_args(Callable[Concatenate[int, P], int]))
print(Annotated[Final[int], 'const'], Annotated[ClassVar[int], 'cv'])
show('Annotated[*Ts, "x"]', lambda: Annotated[*Ts, 'x'])
show('Annotated[tuple[*Ts], "x"][int, str]',
     lambda: Annotated[tuple[*Ts], 'x'][int, str])
