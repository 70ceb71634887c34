a = [1, [2, 3]]
b = [1, [2, 3]]
print(a == b, a is b)
b[1].append(4)
print(a == b, a, b)
import_free = a * 2
import_free[1].append("shared")
print(import_free, a)
m = [[0] * 2 for _ in range(2)]
m[0][1] = 1
print(m, m == [[0, 1], [0, 0]])
