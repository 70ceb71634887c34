from collections.abc import Sequence, MutableMapping, Set, Mapping, MutableSequence
class Seq(Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = Seq([3, 1, 4, 1, 5])
print(list(s), 4 in s, s.index(1), s.count(1), list(reversed(s)), isinstance(s, Sequence))
class DictLike(MutableMapping):
    def __init__(self): self.store = {}
    def __getitem__(self, k): return self.store[k]
    def __setitem__(self, k, v): self.store[k] = v
    def __delitem__(self, k): del self.store[k]
    def __iter__(self): return iter(self.store)
    def __len__(self): return len(self.store)
m = DictLike(); m.update({"a": 1}, b=2); m.setdefault("c", 3)
print(sorted(m.items()), list(m.keys()), list(m.values()), m.get("z", 0), m.pop("a"), "a" in m, m == {"b": 2, "c": 3})
print(m.popitem(), len(m))
class S(Set):
    def __init__(self, it): self.e = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.e
    def __iter__(self): return iter(self.e)
    def __len__(self): return len(self.e)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint([7]))
class Bad(Sequence):
    pass
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
class L(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse(); print(l.d, l.pop(), l.d); l.remove(3); print(l.d)
