# Sorting tuples: pairs of plain items (ints, bools, floats, strs) are
# compared without the general protocol; anything else in the deciding
# position takes it. Order, stability and errors as CPython's.


def show(xs, **kw):
    try:
        print(sorted(xs, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show([(True, False, 3, 1), (False, True, 2, 2), (True, True, 0, 3), (False, False, 9, 4)])
show([(1, "b"), (1, "a"), (0, "z"), (1,), (), (0, "z", 0)])
show([(1, 2.5), (1, 2), (True, 2.0), (1.0, 1), (0.5, 3)])
# Equal ints and bools, 0.0 and -0.0: stable (kept in order).
show([(1, "x"), (True, "x"), (1.0, "x")])
show([(0.0, 1), (-0.0, 0), (0.0, 0)])
show([(3, 1), (1, 2), (2, 3)], reverse=True)
show([("b", 1), ("a", 2), ("b", 0)], key=lambda t: t)
# NaN in the deciding position: CPython's answers (no total order).
nan = float("nan")
show([(nan, 1), (1.0, 2), (nan, 0)])
same = (nan, 5)
show([same, (0.0, 1), same])
# A str subclass, an int subclass and a big int in the deciding position.


class S(str):
    def __lt__(self, other):
        print("S.__lt__", str(self), str(other))
        return str.__lt__(self, other)


class I(int):
    def __lt__(self, other):
        print("I.__lt__", int(self), int(other))
        return int.__lt__(self, other)


show([(1, S("b")), (1, S("a")), (0, S("c"))])
show([(I(2), 0), (I(1), 0), (1, 1)])
show([(10**30, 1), (10**29, 2), (5, 3)])
# Items that cannot be ordered: TypeError from the deciding pair only.
show([(1, "a"), (1, 2)])
show([(1, "a"), (2, None), (0, None)])
show([(1, None), (1, None)])
show([(None, 1), (None, 0)])
# Nested tuples and lists.
show([((1, 2), 3), ((1, 1), 4), ([0], 5)])
show([((1, 2), 3), ((1, 1), 4), ((0,), 5)])
# A tuple subclass with its own __lt__.


class T(tuple):
    def __lt__(self, other):
        print("T.__lt__")
        return tuple.__lt__(self, other)


show([T((2,)), T((1,)), (0,)])


# __eq__ raising in a non-plain pair.
class Boom:
    def __eq__(self, other):
        raise ValueError("no eq")

    def __lt__(self, other):
        return True


show([(1, Boom()), (1, Boom())])
print([t[0] for t in sorted([(1, Boom()), (0, Boom())])])
# Many items (the merge path): a mix that stays plain.
data = [((i * 7) % 13, str(i % 5), i % 2 == 0, i / 4) for i in range(100)]
out = sorted(data)
print(out[:5], out[-3:], out == sorted(data, key=lambda t: t))
lst = list(data)
lst.sort(reverse=True)
print(lst[:3])
