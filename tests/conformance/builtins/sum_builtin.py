print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1, 0.2]), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([True, True]), sum(x * x for x in range(4)), sum([1j, 2]), sum([], start=3), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(self.v + o)
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
