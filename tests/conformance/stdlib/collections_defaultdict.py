from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["zz"], len(d), d.default_factory)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), isinstance(c, dict))
n = defaultdict(); print(n)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(d.get("nope"), "nope" in d)
e = d.copy(); e["q"].append(0); print(type(e).__name__, "q" in d, e.default_factory is list)
u = defaultdict(set, {"x": {1}}) | {"y": {2}}; print(type(u).__name__, u)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2; print(dict(nested["a"]))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
