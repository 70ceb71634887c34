# sum() over generators: small ints, overflow into big ints, floats,
# bools, __radd__ order, errors inside, partial consumption.

import sys
def g(vals):
    for v in vals:
        yield v
print(sum(g([1, 2, 3])), sum(g([1, 2.5, 3])), sum(g([True, True, 3])), sum(g([1, 2]), 10), sum(g([]), 7))
print(sum(g([sys.maxsize, 1, 2])), sum(g([-sys.maxsize - 1, -1])), sum(g([2**70, 1])), sum(g([1, 2**70, -2**70])))
print(sum(g([[1], [2]]), []), sum(g([(1,), (2,)]), ()), sum(g([0.5, 1, 2])), sum(g([1, 0.5, 2**64])))
class A:
    def __init__(self, v): self.v = v
    def __radd__(self, o):
        print("radd", o, self.v)
        return o + self.v
print(sum(g([1, A(10), 2, A(20), 3])))
def bad():
    yield 1
    yield 2
    raise KeyError("k")
try:
    sum(bad())
except KeyError as e:
    print("KE", e)
try:
    sum(g([1, "a"]))
except TypeError as e:
    print("TE", e)
gg = (i for i in range(5))
next(gg)
print(sum(gg), list(gg))
print(sum(i * i for i in range(100)), sum(x for x in [1, 2, 3] if x > 1))
