grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], grid.get((5, 5)), sorted(grid, key=lambda p: (-p[0], p[1]))[:4])
edges = [(3, "c"), (1, "b"), (3, "a"), (1, "a"), (2, "z")]
print(sorted(edges), sorted(edges, key=lambda e: e[1]), max(edges), min(edges, key=lambda e: (e[1], -e[0])))
