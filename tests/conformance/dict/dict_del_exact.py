# `del d[k]` on an exact dict, and on subclasses that keep or replace
# __delitem__: the same removals, errors and calls as CPython.
d = {"a": 1, 2: "b", (1, 2): "t", None: 0, 1.5: "f"}
for k in ["a", 2, (1, 2), None, 1.5]:
    del d[k]
    print(sorted(map(repr, d)))
for k in ["a", 3, (1, 2), None, 0.5, "", frozenset()]:
    try:
        del d[k]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
try:
    del d[[1]]
except TypeError as e:
    print("TypeError", e)
d = {1: 1}
del d[True]
print(d)
d = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
d[0] = "back"
print(d, list(d))


class Loud(dict):
    def __delitem__(self, k):
        print("__delitem__", k)
        super().__delitem__(k)


class Plain(dict):
    pass


class Missing(dict):
    def __missing__(self, k):
        return "missing"


x = Loud(a=1, b=2)
del x["a"]
print(x)
try:
    del x["zz"]
except KeyError as e:
    print("KeyError", e)
p = Plain(a=1)
del p["a"]
print(p, type(p).__name__)
m = Missing()
try:
    del m["k"]
except KeyError as e:
    print("KeyError", e)


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return 7

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n


d = {H(1): "one", H(2): "two"}
del d[H(2)]
print([k.n for k in d])
try:
    del d[H(3)]
except KeyError:
    print("KeyError H(3)")
context = {}
objs = [object() for _ in range(100)]
for o in objs:
    context[id(o)] = 1
for o in objs[::3]:
    del context[id(o)]
print(len(context), all(id(o) in context for o in objs[1::3]))
