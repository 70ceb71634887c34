data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]))
print(sorted(data, key=lambda p: p[1])[0], sorted(data, key=lambda p: p[1], reverse=True)[0])
print(max("b", "a", "c", key=lambda c: 0), min([[2], [1, 5], [1]]))
