s = slice(2, 20, 3)
for n in [0, 5, 10, 25]:
    print(n, s.indices(n), len(range(*s.indices(n))))
neg = slice(None, None, -2)
print(neg.indices(7), list(range(*neg.indices(7))), "abcdefg"[neg])
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2, 1), repr(slice(None, -1)))
try:
    hash(slice(1, 2))
    print("slices hashable in this version")
except TypeError as e:
    print("TypeError:", e)
