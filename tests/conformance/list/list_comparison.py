print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] != [2, 1])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0] == [1], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 2])
