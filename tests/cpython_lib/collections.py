# CPython's Lib `collections` (or pyx's own, which wins) imported and used.
import collections
print(collections.Counter('abracadabra').most_common(2), collections.deque([1,2,3], maxlen=2))
P=collections.namedtuple('P','x y')
print(P(1,2), collections.OrderedDict(a=1), dict(collections.ChainMap({'a':1},{'b':2})))
