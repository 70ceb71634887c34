# Looking up an int key (d.get(n), d[n]) when the dict holds keys equal to
# it of other kinds (bools, floats, int subclasses, objects with their own
# __eq__/__hash__), keys of the same hash that differ (-1 and -2), and
# subclasses of dict.


def show(d, k):
    try:
        r = d[k]
    except KeyError as e:
        r = "KeyError " + repr(e.args)
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    try:
        g = d.get(k, "absent")
    except Exception as e:
        g = type(e).__name__ + " " + str(e)
    print(repr(k), "->", repr(g), repr(r))


d = {True: "true", 2.0: "two float", -1: "minus one", 10**20: "big"}
for k in (1, 0, 2, 3, -1, -2, 10**20, 2**61 - 1, -(2**61)):
    show(d, k)

d = {-2: "minus two"}
show(d, -1)
show(d, -2)
d = {2**61 - 1: "modulus", 0: "zero"}
show(d, 0)
show(d, 2**61 - 1)


class I(int):
    pass


d = {I(5): "I five"}
show(d, 5)
print(type(list(d)[0]).__name__)


class Eq:
    """Equal to every int with the same hash; counts comparisons."""

    calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        Eq.calls += 1
        print("Eq.__eq__", self.n, repr(other))
        return isinstance(other, int) and other == self.n


d = {Eq(7): "eq seven", 8: "eight"}
show(d, 7)
show(d, 8)
show(d, 15)
print("calls", Eq.calls)


class Boom:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        raise ValueError("boom eq")


d = {Boom(): "boom"}
show(d, 3)
show(d, 4)
try:
    d.get(3)
except ValueError as e:
    print("ValueError", e)


class NotEq:
    def __hash__(self):
        return 9

    def __eq__(self, other):
        return NotImplemented


d = {NotEq(): "noteq", 9.0: "nine float"}
show(d, 9)


class Missing(dict):
    def __missing__(self, k):
        return ("missing", k)


m = Missing({1: "one"})
show(m, 1)
show(m, 2)


class Sub(dict):
    def get(self, k, default=None):
        return ("Sub.get", k, default)


s = Sub({1: "one"})
print(s.get(1), s[1], dict.get(s, 1), dict.get(s, 2, "dflt"))

# Many ints, deletions and re-insertions, then lookups.
d = {i: i * i for i in range(200)}
for i in range(0, 200, 3):
    del d[i]
d[3] = "back"
print(sum(1 for i in range(200) if d.get(i) is not None), d.get(3), d.get(6), d.get(199))
print([d.get(i, -1) for i in (-5, 0, 1, 2, 3, 4, 198)])
try:
    dict.get({}, 1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    dict.get([], 1)
except TypeError as e:
    print("TypeError", e)

# A key of the same hash stored before the int, whose __eq__ says yes only
# at lookup time: it is asked first, and it is the match.
class LateEq:
    eq = False
    def __hash__(self):
        return 5
    def __eq__(self, other):
        print("LateEq.__eq__", LateEq.eq)
        return LateEq.eq

late = {}
late[LateEq()] = "late"
late[5] = "five"
LateEq.eq = True
print(len(late), late.get(5), late[5])
