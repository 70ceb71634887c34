squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(x)]
flat = [v for row in [[1, 2], [3], []] for v in row]
print(squares, evens, pairs, flat)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])
print([x if x > 2 else -x for x in range(5)], [[y for y in range(x)] for x in range(4)])
print(sum([[1], [2, 3]], []), [*range(3), *"ab"], [*[], *()])
