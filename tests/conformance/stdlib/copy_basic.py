import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, [3]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, rr[0])
class P:
    def __init__(self, x): self.x = x; self.items = [x]
p = P(3); q = copy.copy(p); w = copy.deepcopy(p)
p.items.append(4); print(q.items, w.items, type(q).__name__, q.x)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy([C()]))
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(S()); print(s2.a, s2.b)
shared = [1]; obj = [shared, shared]; c = copy.deepcopy(obj); print(c[0] is c[1], c[0] is shared)
print(copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.copy(frozenset([1])), copy.deepcopy(set([1, 2])))
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(St()).v, copy.deepcopy(St()).v)
import collections
dq = collections.deque([1, [2]], maxlen=5); dq2 = copy.deepcopy(dq); print(dq2, dq2[1] is dq[1])
od = collections.OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(collections.Counter("aab")))
print(copy.deepcopy(collections.defaultdict(list, {"a": [1]})))
print(copy.Error.__name__)
