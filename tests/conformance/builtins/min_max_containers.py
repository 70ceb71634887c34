# min()/max() of lists, tuples, sets and frozensets: all-int containers
# (read in place), and the cases that take the general path (other item
# types, subclasses, keys, defaults, empty containers, bools).

print(min([5, 3, 9, -2, 7]), max([5, 3, 9, -2, 7]))
print(min((4,)), max((4,)), min({10, -10, 3}), max(frozenset({10, -10, 3})))
print(min(set(range(1000))), max(set(range(-5, 5000, 7))))
print(min([2 ** 62, -(2 ** 62)]), max([2 ** 70, 1]), min([1, 2 ** 70]))
print(min([3, 1.5, 2]), max([3, 1.5, 2]), min([1, True]), max([0, False]))
print(repr(min([True, False])), repr(max([1, True])), repr(max([True, 1])))
print(min(["b", "a"]), max(("x", "yy")))
print(min([], default="empty"), max(set(), default=None), min([7], default=0))
print(min([3, 1, 2], key=lambda x: -x), max({1, 2, 3}, key=lambda x: -x))

class L(list):
    def __iter__(self):
        return iter([100, 200])

print(min(L([1, 2, 3])), max(L([1, 2, 3])))

for bad in ([], set(), (), frozenset()):
    try:
        min(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    min({1, 2, None})
except TypeError as e:
    print("TypeError", e)

# Sets with removed items (dummy slots) and a set that grew.
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(min(s), max(s), len(s))

# Comparisons and operators of sets and frozensets (mixed too).
a, b = {1, 2, 3}, frozenset({1, 2})
print(b <= a, b < a, a >= b, a > b, a == b, a != b, b == frozenset(a) - {3})
print(type(a - b).__name__, type(b - a).__name__, sorted(a - b), sorted(b - a))
print(type(a & b).__name__, type(b & a).__name__, sorted(a & b), sorted(a | b), sorted(a ^ b))
print(type(b | a).__name__, type(b ^ a).__name__)
print({1, 2} < {1, 2}, frozenset() <= set(), set() == frozenset())

class S(set):
    def __le__(self, other):
        return "S.__le__"
    def __sub__(self, other):
        return "S.__sub__"

print(S({1}) <= {1}, S({1}) - {1}, {1} >= S({1}))
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
try:
    {1} - [1]
except TypeError as e:
    print("TypeError", e)
