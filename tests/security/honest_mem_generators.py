# config: max_memory=16M
# expect: ok
# Recursive generators over a tree of instances (pyperformance's
# generators, scaled down)
# The tree's 30k nodes are live (an instance and its __dict__ each) and
# every pass makes 30k finished generators of garbage. With 96-byte object
# slots and a full dict entry plus index slot per attribute, the tree alone
# was charged ~25 MB (CPython: under 20 MB for the whole process).
class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(input):
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


N = 30000
root = tree(range(N))
for _ in range(3):
    total = 0
    for v in root:
        total += v
    assert total == N * (N - 1) // 2, total
print("done")
