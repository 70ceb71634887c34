a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(range(3))))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}), a.isdisjoint(b))
c = set(a)
c |= {7}; c &= {1, 2, 7, 8}; c -= {1}; c ^= {2, 100}
print(sorted(c))
c.update([5], (6,)); c.intersection_update(range(7)); print(sorted(c))
c.difference_update({5}); c.symmetric_difference_update({0}); print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print(a == {4, 3, 2, 1}, a == frozenset(a), a != b, {1, 2} == [1, 2])
