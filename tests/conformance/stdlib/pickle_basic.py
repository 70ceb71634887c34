import pickle, copyreg, io
from collections import OrderedDict, namedtuple, defaultdict, deque, Counter

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]

class WithState:
    def __init__(self):
        self.v = 5
        self.cache = "drop me"
    def __getstate__(self):
        return {"v": self.v}
    def __setstate__(self, st):
        self.v = st["v"] * 10
        self.cache = None

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n + 1,))

class MyInt(int):
    pass

class MyList(list):
    pass

NT = namedtuple("NT", "a b")

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31 - 1,
          2**64, -2**100, 3.5, -0.0, 1e300, "", "ascii", "ünïcödé ✓", "line\nbreak\\slash",
          b"", b"bytes\x00\xff", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2, [3]]], {}, {"a": 1, 2: [3]}, {1, 2, 3}, frozenset({4}), 1 + 2j,
          range(3), Point(1, "y"), [Point(0, 0)] * 2, OrderedDict(a=1), NT(1, 2),
          Counter("abca"), deque([1, 2]), MyInt(7), MyList([1, 2]), int, len, Point,
          type(None), ..., NotImplemented, list(range(1100)), {i: str(i) for i in range(1005)}]

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        if not ok:
            print("MISMATCH", proto, repr(v)[:60], repr(back)[:60])
    print("proto", proto, "round trips done")

# byte-identical output for the common types
for proto in range(6):
    for v in [None, True, 7, 300, -5, 2**40, 1.5, "hé", b"ab", (1, "a"), [1, 2], {"k": [1]},
              {1, 2}, frozenset(), bytearray(b"x"), (1, 2, 3, 4), [[]] * 2, int, Point(1, 2)]:
        print(proto, repr(v)[:30], pickle.dumps(v, proto))

shared = [1]
obj = [shared, shared, {"s": shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1] is back[2]["s"])
rec = []
rec.append(rec)
back = pickle.loads(pickle.dumps(rec, 2))
print(back[0] is back)
d = {}
d["self"] = d
print(pickle.loads(pickle.dumps(d, 0))["self"] is not None)

s = Slotted()
for proto in (2, 4, 5):
    b = pickle.loads(pickle.dumps(s, proto))
    print(type(b).__name__, b.a, b.b)
w = pickle.loads(pickle.dumps(WithState()))
print(w.v, w.cache)
print(pickle.loads(pickle.dumps(Reduced(1))).n)

f = io.BytesIO()
pickle.dump({"x": 1}, f, protocol=3)
pickle.dump([2], f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)

p = pickle.Pickler(io.BytesIO(), 2)
print(p.dispatch_table if hasattr(p, "dispatch_table") else "no table")

class Custom(pickle.Pickler):
    def persistent_id(self, obj):
        return ("P", obj.x) if isinstance(obj, Point) else None
class CustomU(pickle.Unpickler):
    def persistent_load(self, pid):
        return "restored %s %s" % pid
buf = io.BytesIO()
Custom(buf, 2).dump([Point(9, 9), 1])
buf.seek(0)
print(CustomU(buf).load())

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 4))).load())

for bad in [b"", b"garbage", b"\x80\x09.", b"(", b"]q\x01h\x05.", b"\x80\x04\x95"]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps(1, 6), lambda: pickle.loads("str")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(pickle.loads(pickle.dumps(Point(1, 2))))
print(pickle.loads(b"cbuiltins\nlen\n."), pickle.loads(b"c__builtin__\nxrange\n(I1\nI4\ntR."))
print(pickle.loads(b"(lp0\nI1\naS'py2 str'\np1\na."))
