import functools
from functools import reduce, cached_property, partialmethod, total_ordering, cmp_to_key, lru_cache

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls, 'area' in c.__dict__)
del c.area
print(c.area, c.calls)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V%s' % (self.parts,)


vs = [Version(1, 2), Version(1, 0), Version(2)]
print(sorted(vs), Version(1) <= Version(1), Version(2) > Version(1, 5), Version(1) >= Version(2))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))


@lru_cache(maxsize=2)
def sq(x):
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4))


@lru_cache(typed=True)
def ident(x):
    return type(x).__name__


print(ident(1), ident(1.0), ident(1), ident.cache_info().currsize, ident.cache_parameters())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)
p = functools.partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords, repr(functools.partial(max, 1, key=None)))
pp = functools.partial(p, '11')
print(pp(), pp.args, pp.keywords)
print(functools.update_wrapper(lambda: 1, sq).__name__, functools.WRAPPER_ASSIGNMENTS)
