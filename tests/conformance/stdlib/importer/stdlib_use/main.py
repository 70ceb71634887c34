import collections, functools, itertools
from collections import OrderedDict, namedtuple
import json
P = namedtuple("P", "x y")
print(P(1, 2))
print(functools.reduce(lambda a, b: a + b, range(10)))
print(list(itertools.islice(itertools.count(5), 3)))
print(json.dumps({"a": [1, 2]}))
import math
print(math.sqrt(16.0))
