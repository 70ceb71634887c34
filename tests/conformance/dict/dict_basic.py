d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, "z" not in d, list(d), d.get("z"), d.get("z", 0), d.get("a", 0))
del d["a"]
print(d)
d["a"] = 5
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, m=2), dict(zip("ab", range(2))), dict.fromkeys("xy", 0))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t", None: "n", frozenset(): "f"}[None])
d2 = {}
d2[1] = d2.get(1, 0) + 1
d2[1] = d2.get(1, 0) + 1
print(d2)
