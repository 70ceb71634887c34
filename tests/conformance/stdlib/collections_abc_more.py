from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Sized, Container, Hashable, Callable, Generator, Collection, Reversible, KeysView)


class MyMap(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'b' in m, list(m.keys()), list(m.values()), list(m.items()), m == {'a': 1, 'b': 2}, len(m))
print(isinstance(m.keys(), KeysView), sorted(m.keys() & {'a', 'z'}), sorted(m.keys() | {'c'}), sorted(m.items() - {('a', 1)}))


class MySeq(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


s = MySeq()
s.extend([3, 1, 2])
s.append(5)
s.reverse()
s += [9]
print(list(s), s.index(1), s.count(2), 2 in s, list(reversed(s)), s.pop(), s.pop(0), list(s))
s.remove(1)
print(list(s), s[0], len(s))


class MySet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([7]), a == MySet([3, 2, 1]))
a |= {10}
a -= {1}
print(list(a), a.pop() in (2, 3, 10), len(a))
for t in (list, tuple, str, dict, set, frozenset, range, bytes, int, type(iter([])), type(x for x in ()), type(len)):
    print(t.__name__, [abc.__name__ for abc in (Iterable, Iterator, Sequence, MutableSequence, Mapping, Set, Sized,
                                                Container, Hashable, Callable, Generator, Collection, Reversible) if issubclass(t, abc)])
