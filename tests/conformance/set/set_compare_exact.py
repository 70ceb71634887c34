# Comparisons and operators between exact sets and frozensets, decided in
# place when every key comparison is native, and through the methods when
# a key's __eq__ is Python code (which may raise or mutate).
a = {1, 2, 3}
b = frozenset({1, 2, 3, 4})
c = {1, 2.0, True, 3}
for x, y in [(a, b), (b, a), (a, a), (a, set(b)), (c, a), (set(), a), (a, set()), (set(), frozenset())]:
    print(sorted(x), sorted(y), x == y, x != y, x < y, x <= y, x > y, x >= y)
print({1.0, 2} == {1, 2.0}, {0.5} <= {0.5, 1}, {None} < {None, 1}, {'a', 'b'} > {'a'}, {'a'} == {'a'})
print(frozenset({1}) == {1}, {1} == frozenset({1}), {1} != frozenset({2}), {(1, 2)} <= {(1, 2), 3})
print({1, 2} == [1, 2], {1, 2} != (1, 2))
try:
    {1} < [1]
except TypeError as e:
    print('TypeError', e)

class Eq:
    calls = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        Eq.calls += 1
        return isinstance(other, Eq) and self.n == other.n

p = {Eq(1), Eq(2)}
q = {Eq(1), Eq(2), Eq(3)}
print(p <= q, p < q, q > p, p == q, p != q, q >= p, Eq.calls > 0)

class Raises:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise RuntimeError('eq raised')

r1, r2 = {Raises()}, {Raises()}
for name, f in [('<=', lambda: r1 <= r2), ('==', lambda: r1 == r2), ('<', lambda: r1 < {Raises(), 1}),
                ('>=', lambda: r1 >= r2), ('!=', lambda: r1 != r2)]:
    try:
        print(name, f())
    except RuntimeError as e:
        print(name, 'RuntimeError', e)

class Shrinks:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 9
    def __eq__(self, other):
        self.target.clear()
        return True

big = {9, 10}
small = {Shrinks(big)}
print(small <= big, len(big))

class MySet(set):
    def __le__(self, other):
        return 'MySet.__le__'
print(MySet([1]) <= {1}, {1} >= MySet([1]), MySet([1]) < {1, 2})
print(a - b, b - a, a & b, b & a, a | b, b ^ a, type(b - a).__name__, type(a | b).__name__)
