# `fmt % args` straight from the operator (exact str on the left) and the
# `%(key)s`-over-an-exact-dict layout, against everything that must still
# take the general way: str subclasses with __rmod__, dict subclasses,
# keys that only collide, missing keys, other conversions, odd values.

class S(str):
    def __rmod__(self, other):
        return "rmod!"

print("%s" % S("x"), "a%(x)sb" % {"x": 1})
d = {"message": "hi", "n": 5, "b": True, "f": 1.5, "neg": -12, "big": 2**70}
print("%(message)s|%(n)s|%%|%(b)s|%(f)s|%(neg)s|%(big)s" % d)
print("%(message)s %(n)d %(f).3f %(n)5s|%(message)-4s|" % d)
print("%(message)s and %(message)s" % d)
try:
    "%(nope)s" % d
except KeyError as e:
    print("KeyError", e)
print("%(a(b))s" % {"a(b)": 3})
for bad in ["%(a", "%(a)", "%(a)*s", "%(a)z"]:
    try:
        print(bad % {"a": 1})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("%%" % {}, repr("" % {}), "plain" % {})
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print("TypeError", e)


class K(str):
    def __eq__(self, o):
        return True

    def __hash__(self):
        return hash("message")


print("%(message)s" % {K("zz"): "from K"})


class Ss(str):
    pass


print("%(message)s" % {Ss("message"): "from Ss"})


class D(dict):
    def __getitem__(self, k):
        return "D:" + k


print("%(message)s" % D(message="x"))


class I(int):
    def __str__(self):
        return "I!"


class F(float):
    def __str__(self):
        return "F!"


print("%(x)s" % {"x": Ss("sub")}, "%(x)s" % {"x": None}, "%(x)s" % {"x": I(5)}, "%(x)s" % {"x": F(1.0)})
print("%(x)s" % {"x": [1, "a"]}, "%(x)r" % {"x": "q"})


class Obj:
    def __init__(self):
        self.message = "attr"
        self.n = 3


print("%(message)s:%(n)s" % Obj().__dict__)
print("%s" % (I(5),), "%s %s" % ("a", 7), "%s" % 3, "%s" % "x", "%s" % (("t",),))
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    "%(a)1000000000000000000000s" % {"a": 1}
except (ValueError, OverflowError, MemoryError) as e:
    print(type(e).__name__)

# str() of ints and the identity hash of classes.
for v in [0, 7, -7, 10, 99, 100, -100, 2**63 - 1, -2**63, 123456789, True, None, 2**64, -2**64]:
    print(str(v), len(str(v)))
print(str(I(5)), f"{I(5)}")
print(hash(int) == object.__hash__(int), hash(Obj) == object.__hash__(Obj))


class M(type):
    def __hash__(cls):
        return 42


class C(metaclass=M):
    pass


print(hash(C), {int: 1, str: 2, C: 3}[C], {int: 1, str: 2}[str])


class E(type):
    def __eq__(cls, other):
        return True


class G(metaclass=E):
    pass


try:
    hash(G)
except TypeError as e:
    print("TypeError", e)
