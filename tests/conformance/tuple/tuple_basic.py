t = (1, "a", 2.5)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t * 2, t + (None,), (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.count(1), t.index("a"), 2.5 in t, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
x = 1, 2, 3
print(x, type(x).__name__, (x), ((1)), ((1),))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], tuple(range(3)))
a, b = 1, 2
a, b = b, a
print(a, b)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
