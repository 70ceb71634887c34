print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({3: "a", 1: "b"}), sorted([3, 1, 2], reverse=True))
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted([1.5, -2, 0, True]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
lst = [5, 4]
s = sorted(lst)
print(lst, s, s is not lst)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
