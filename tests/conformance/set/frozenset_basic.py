f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f, hash(f) == hash(frozenset([1, 2, 3])), {f: "ok"}[frozenset({1, 2, 3})])
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, sorted(f - {1}))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s), frozenset() in s)
print(repr(frozenset()), repr(frozenset([5])), repr({5}), repr(set()))
print(f.copy() == f, frozenset(f) == f, set(f) == f)
nested = {frozenset({1, 2}): "a"}
print(nested[frozenset({2, 1})])
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
