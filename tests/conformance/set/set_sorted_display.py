s = {5, 3, 8, 1}
print(sorted(s), sorted(s, reverse=True), min(s), max(s), sum(s))
print(sorted({-1, -5, 0}), sorted(set("mississippi")))
t = set()
for w in "the cat the hat the end".split():
    t.add(w)
print(sorted(t), len(t))
print(list(sorted({"b": 1, "a": 2}.keys() | {"c"})))
