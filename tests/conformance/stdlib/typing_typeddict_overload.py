# TypedDict's keyword syntax (deprecated in 3.11) and keys named like
# parameters; overload registrations replaced when the same definitions
# run again.
import warnings
from typing import TypedDict, get_overloads, overload

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    TD = TypedDict('TD', cls=type, self=object, typename=str, fields=list)
    print(len(w), w[0].category.__name__, w[0].message)
print(TD.__annotations__)
print(TD(cls=str, self=42, typename='foo', fields=[1]))


class Base(TypedDict):
    a: int


class Other(TypedDict, total=False):
    a: str


class Child(Base, Other):
    pass


print(Child.__required_keys__, Child.__optional_keys__)


def define():
    @overload
    def f(x: int) -> int: ...

    @overload
    def f(x: str) -> str: ...

    def f(x):
        return x
    return f


f1 = define()
f2 = define()
print(len(get_overloads(f1)), len(get_overloads(f2)))
print([o.__annotations__ for o in get_overloads(f2)])
