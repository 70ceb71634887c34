def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", [])])
for line in tree_walk(tree):
    print(line)
def chain(n):
    if n:
        yield from chain(n - 1)
    yield n
print(sum(chain(300)), list(chain(5)))
