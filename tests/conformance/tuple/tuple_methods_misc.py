t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(5, -3))
print(sorted(t), tuple(sorted(t)), t[::-1][:3], t + (0,), (0,) * 3, len(t))
print(min(t), max(t), sum(t), 9 in t, (1, 5) in [t[3:5]], list(reversed(t))[:3])
try:
    t.index(5, 0, 4)
except ValueError as e:
    print("ValueError:", e)
print(tuple([1, [2]]) == (1, [2]), (1, 2) + tuple("ab"))
