# pprint sorts a dict's items by their keys, falling back to (type name,
# id) order for keys that do not compare. pyx sorts dicts whose keys are
# all exact ints or all exact strs directly; every other mix goes through
# the fallback keys. The order, and which comparisons run, are CPython's.
import pprint


log = []


class LoudInt(int):
    def __lt__(self, other):
        log.append(("lt", int(self), int(other)))
        return int(self) < int(other)


class LoudStr(str):
    def __lt__(self, other):
        log.append(("lt", str(self), str(other)))
        return str(self) < str(other)


class Key:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Key(%d)" % self.n


long_value = "v" * 30
cases = [
    {3: "c", 1: "a", 2: "b", -5: "neg", 10**30: "big"},
    {"b": 1, "a": 2, "": 3, "B": 4, "é": 5, "ab": 6},
    {1: "int", "1": "str"},
    {True: "t", 2: "two", 0: "zero"},
    {1.5: "f", 1: "i", -2: "neg"},
    {None: 1, 0: 2},
    {(2, 1): "t", (1, 2): "u"},
    {LoudInt(3): "x", LoudInt(1): "y", LoudInt(2): "z"},
    {LoudStr("q"): 1, LoudStr("p"): 2},
    {frozenset({1}): 1, frozenset({0}): 2},
    {1: long_value, 2: long_value, 3: long_value},
    {"z": {"y": 1, "x": 2}, "a": [{"d": 4, "c": 3}]},
    {},
    {7: 8},
]
for d in cases:
    print(pprint.pformat(d))
    print(pprint.pformat(d, width=20))
    print(pprint.pformat(d, sort_dicts=False))
    print(pprint.saferepr(d), pprint.isreadable(d), pprint.isrecursive(d))
    print(sorted(log))
    log.clear()

# Keys that do not compare at all: the fallback orders by type name, then id.
k1, k2 = Key(1), Key(2)
d = {k1: 1, k2: 2}
out = pprint.pformat(d)
print(out in ("{Key(1): 1, Key(2): 2}", "{Key(2): 2, Key(1): 1}"), pprint.isreadable(d))
mixed = {"s": 1, 2: 2, None: 3, 1.0 + 0j: 4}
print(pprint.pformat(mixed))

# Recursion through dicts and lists.
r = {"a": 1}
r["self"] = r
r["list"] = [r, 1]
print(pprint.pformat(r).replace(hex(id(r)), "ID").replace(str(id(r)), "ID"))
print(pprint.isrecursive(r), pprint.isreadable(r))
lst = [1, 2]
lst.append(lst)
print(pprint.saferepr(lst).replace(str(id(lst)), "ID"), pprint.isrecursive(lst))
print(pprint.pformat({1: {2: {3: {4: 5}}}}, depth=2))
print(pprint.pformat([(1, 2), [3, 4], {5: 6}], depth=1))

# A bigger table: the same answers as CPython's at a few thousand rows.
rows = [("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 2000
text = pprint.pformat(rows)
print(len(text), text[:60], text[-60:])
print(pprint.isreadable(rows), pprint.isrecursive(rows))
