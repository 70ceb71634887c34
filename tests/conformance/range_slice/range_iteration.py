total = 0
for i in range(0, 100, 7):
    total += i
print(total)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
r = range(5)
print(list(zip(r, r[1:])), [r[i] for i in range(-1, -6, -1)], list(enumerate(range(10, 13))))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(1, 2, -1)), list(range(-10, -20, -4)))
print(list(map(lambda i: i * i, range(6))), tuple(range(3)), set(range(3)) == {0, 1, 2})
print(range(5)[::-1][1], range(10)[2:8][1:3], list(range(10)[::3][::-1]))
