pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)
for i, (a, b) in enumerate([("x", 1), ("y", 2)]):
    print(i, a, b)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
