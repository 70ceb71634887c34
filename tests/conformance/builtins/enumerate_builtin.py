print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([])))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"), type(e).__name__, iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
print(list(enumerate(range(3), 10 ** 20)))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate([], "1")
except TypeError as e:
    print("TypeError:", e)
