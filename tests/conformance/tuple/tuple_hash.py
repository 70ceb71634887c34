print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash((-1,)) == hash((-2,)))
print(hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d.get((0, 1), "none"), (1, 0) in d)
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
