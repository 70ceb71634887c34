graph = {}
edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]
for src, dst in edges:
    graph.setdefault(src, []).append(dst)
print(graph)
indeg = {}
for _, dst in edges:
    indeg[dst] = indeg.get(dst, 0) + 1
print(indeg)
def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        n = queue.pop(0)
        for m in graph.get(n, []):
            if m not in seen:
                seen.append(m)
                queue.append(m)
    return seen
print(bfs("a"), bfs("d"), bfs("z"))
