import copy
from dataclasses import dataclass, field
from enum import Enum
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
from fractions import Fraction
from datetime import date, timedelta


class E(Enum):
    A = 1


@dataclass
class D:
    xs: list = field(default_factory=list)
    e: E = E.A


d = D([1, [2]])
d2 = copy.deepcopy(d)
d2.xs[1].append(3)
print(d, d2, d2.e is E.A, copy.copy(E.A) is E.A)
P = namedtuple('P', 'a b')
objs = [OrderedDict(a=[1]), defaultdict(list, k=[1]), deque([[1]], maxlen=3), Counter('aab'), P([1], 2), Fraction(1, 3),
        date(2020, 1, 2), timedelta(3), frozenset([1]), (1, [2])]
for o in objs:
    c = copy.deepcopy(o)
    print(type(c).__name__, c == o, c is o, repr(c))
dd = copy.deepcopy(defaultdict(list))
dd['x'].append(1)
print(dd, copy.copy(deque([1], maxlen=5)).maxlen)
