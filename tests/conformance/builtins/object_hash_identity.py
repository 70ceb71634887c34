# object.__hash__ is the identity shifted right by four (CPython rotates
# the address by four bits, whose low bits are zero): hash(o) == id(o) >> 4
# for plain objects, classes and functions; a bound method hashes as its
# self's hash xor its function's.


class C:
    def m(self):
        pass


class E:
    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


def f():
    pass


o = C()
for v in [o, C, int, str, type, object(), f, E(), C.m, lambda: 0]:
    print(type(v).__name__, hash(v) == id(v) >> 4, hash(v) == object.__hash__(v))
print(hash(o.m) == hash(o) ^ hash(C.m))
print(hash(o.m) == hash(o.m), o.m == o.m)

types = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})
for t in [str, int, list, dict, bool, type(None), tuple, float, C]:
    print(t.__name__, t in types)
table = {t: t.__name__ for t in [int, str, list, dict, tuple, set, frozenset, bytes, float, C, E]}
print([table[t] for t in [C, E, int, frozenset]])
objs = [C() for _ in range(200)]
s = set(objs)
print(len(s), all(x in s for x in objs), C() in s)
for x in objs[::2]:
    s.discard(x)
print(len(s), all((x in s) == (i % 2 == 1) for i, x in enumerate(objs)))
