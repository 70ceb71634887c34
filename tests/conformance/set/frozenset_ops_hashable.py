groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset(["b", "a"])], frozenset("ab") in groups)
fs = frozenset([1, 2, 3])
print(sorted(fs | {4}), sorted(fs & {2, 3, 9}), sorted(fs - {1}), sorted(fs ^ {3, 4}), fs.issubset(range(5)), fs.isdisjoint({7}))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
print(len({frozenset(), frozenset([])}), frozenset() == set(), hash(frozenset()) == hash(frozenset()))
