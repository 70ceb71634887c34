d = {"a": 1}
keys, vals, items = d.keys(), d.values(), d.items()
print(len(keys), list(vals))
d["b"] = 2
print(len(keys), list(vals), list(items))
del d["a"]
print(list(keys), "a" in keys, ("b", 2) in items)
d.clear()
print(list(keys), len(items), bool(vals))
print(sorted({"x": 1, "y": 2}.keys() & ["y", "z"]), sorted({"x": 1}.keys() | ["q"]))
print({"a": 1}.items() == {("a", 1)}, {"a": 1}.keys() == {"a"}, {"a": [1]}.items() <= {("a", 1)} if False else "skip")
