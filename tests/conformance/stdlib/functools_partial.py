from functools import partial, partialmethod, reduce
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
p = partial(f, 1, c=9)
print(p(2), p(2, z=1), p.func is f, p.args, p.keywords)
print(partial(f, 1)(2, 4, 5, z=1))
pp = partial(p, 7, d=0)
print(pp(), pp.func is f, pp.args, pp.keywords)
print(partial(int, base=2)("1011"))
print(repr(partial(max, 1, 2, key=abs)))
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 8, 1]))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
