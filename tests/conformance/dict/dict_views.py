d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(sorted(d.keys() - d.keys()), {"b": 1}.keys() <= d.keys(), list({}.keys()))
try:
    d.values() | {1}
except TypeError as e:
    print("TypeError:", e)
print(d.values() == d.values(), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d.keys():
        del d["a"]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
print(list(reversed(d.keys())), k.mapping == d if hasattr(k, "mapping") else None)
