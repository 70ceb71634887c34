# Objects whose __module__ typing and collections take from the module that
# creates them (the caller's module name, not a frame).
import collections
import enum
import typing
from typing import NamedTuple, NewType, ParamSpec, TypedDict, TypeVar, TypeVarTuple

T = TypeVar('T')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
UserId = NewType('UserId', int)
Point = NamedTuple('Point', [('x', int), ('y', int)])
Movie = TypedDict('Movie', {'name': str})
Pair = collections.namedtuple('Pair', 'a b')
Color = enum.Enum('Color', 'RED GREEN')


def make_var(name):
    return TypeVar(name)
