a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == a[:], a is not a[:])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
c = a
a += [5]
print(c)
a = a + [6]
print(c, a)
nested = [[1, 2], [3]]
shallow = nested[:]
shallow[0].append(99)
shallow[1] = "x"
print(nested, shallow)
x = [1]
x.append(x)
print(x, len(x), x[1][1][1][0])
d = {"k": x}
print(d)
