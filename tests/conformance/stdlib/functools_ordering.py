import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1))
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(3) <= G(2), G(2) >= G(2))
try:
    @functools.total_ordering
    class N: pass
except ValueError as e:
    print("ValueError", e)
def cmp(x, y):
    return (x > y) - (x < y)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
