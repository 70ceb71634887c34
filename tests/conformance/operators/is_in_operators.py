a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, (a is b) is True)
print(1 in a, 3 not in a, "b" in "abc", "ab" in "abc", "ac" in "abc", (1, 2) in [(1, 2)], 1 in {1: 0}, 0 in {1: 0})
print([] in [[]], None in [None], float("nan") in [float("nan")])
n = float("nan")
print(n in [n], n in {n}, n in (n,))
class Contains:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Contains(), "other" in Contains(), "magic" not in Contains())
class TruthyContains:
    def __contains__(self, x):
        return [1]
print(1 in TruthyContains())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
