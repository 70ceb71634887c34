import pprint
import collections
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque
from dataclasses import dataclass, field
import types

d = {i: "v" * i for i in range(12)}
pprint.pprint(OrderedDict(d))
pprint.pprint(OrderedDict())
dd = defaultdict(list)
for i in range(10):
    dd["key%d" % i].append(i * 1000)
pprint.pprint(dd)
pprint.pprint(defaultdict(int))
pprint.pprint(Counter("abracadabra" * 5 + "xyzzyqwertyuiop"), width=30)
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": list(range(20))}))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(collections.UserList(range(40)))
pprint.pprint(collections.UserDict(d))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 40, gamma={"x": 1}))

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)

pprint.pprint(Point(1, 2, ["t" * 10] * 8))
pprint.pprint(Point(1, 2))

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "Custom<" + "z" * 90 + ">"
pprint.pprint(Custom(1))

# recursion
a = [1, 2]
a.append(a)
s = pprint.pformat(a)
print(s.replace(str(id(a)), "ID"))
d2 = {"self": None}
d2["self"] = d2
print(pprint.saferepr(d2).replace(str(id(d2)), "ID"))
print(pprint.isrecursive(a), pprint.isrecursive([1, 2]))
print(pprint.isreadable([1, "a", 2.5]), pprint.isreadable([object()]), pprint.isreadable(a))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))

# mixed, unorderable keys
print(pprint.pformat({1: "a", "b": 2, None: 3, (1, 2): 4}) == pprint.pformat({1: "a", "b": 2, None: 3, (1, 2): 4}))
pprint.pprint({3, 1, 2})
pprint.pprint(frozenset(range(30)))

class MyList(list):
    pass
pprint.pprint(MyList(range(40)))
class MyDict(dict):
    pass
pprint.pprint(MyDict({i: i for i in range(30)}))

pp = pprint.PrettyPrinter(indent=2, width=20, depth=3)
print(pp.pformat([[[[1, 2, 3]]], {"k": {"k2": {"k3": 1}}}]))
print(pp.isrecursive(a), pp.isreadable((1, 2)))
import io
buf = io.StringIO()
pprint.pprint({"x": 1}, stream=buf)
print(repr(buf.getvalue()))
for kw in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError:", e)
print(pprint.pformat(types.MappingProxyType({"a": list(range(30))})))
