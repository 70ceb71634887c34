matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([[c * n for c in "ab"] for n in range(1, 3)])
print(sum([[x] * x for x in range(4)], []))
print([y for x in [[1, [2]], [3]] for y in x if not isinstance(y, list)])
