from typing import Protocol, runtime_checkable, TypeVar, Iterable, Sized
import typing

T = TypeVar('T')


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Proto2(Protocol):
    def meth(self) -> int: ...


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class SupportsGetItem(Protocol[T]):
    def __getitem__(self, i: int) -> T: ...


class File:
    def close(self):
        return 'closed'


class NotFile:
    pass


class WithX:
    def __init__(self):
        self.x = 1


print(isinstance(File(), Closable), isinstance(NotFile(), Closable))
print(issubclass(File, Closable), issubclass(NotFile, Closable))
print(isinstance(WithX(), HasX), isinstance(NotFile(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(File(), Proto2)
except TypeError as e:
    print('TypeError:', e)
print(isinstance([1], SupportsGetItem), isinstance(3, SupportsGetItem))
print(SupportsGetItem[int], SupportsGetItem.__parameters__)
try:
    Closable()
except TypeError as e:
    print('TypeError:', e)


class Impl(Closable):
    pass


print(Impl._is_protocol, Closable._is_protocol, isinstance(Impl(), Closable))
print(Impl().close())


class SubProto(Closable, Protocol):
    def open(self) -> None: ...


print(SubProto._is_protocol)
try:
    runtime_checkable(File)
except TypeError as e:
    print('TypeError:', e)
try:
    class BadProto(File, Protocol):
        pass
except TypeError as e:
    print('TypeError:', e)

print(isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt))
print(isinstance(3.5, typing.SupportsFloat), isinstance(3, typing.SupportsIndex))
print(isinstance(-2, typing.SupportsAbs), isinstance(2.5, typing.SupportsRound))
print(issubclass(int, typing.SupportsIndex), issubclass(float, typing.SupportsIndex))


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Person:
    name = 'ann'

    def greet(self):
        return 'hi ' + self.name


class Robot:
    def greet(self):
        return 'beep'


print(isinstance(Person(), Named), isinstance(Robot(), Named))


class Meth(Protocol):
    def m(self): ...


class ConcreteMeth(Meth):
    def m(self):
        return 42


print(ConcreteMeth().m(), isinstance(ConcreteMeth(), Meth) if False else 'skip')
