# Tuple and list ordering over plain items (ints, bools, floats, strs)
# agrees with the general protocol: NaN, signed zeros, mixed numbers,
# non-ASCII text, nesting, identity, and user objects in the mix.
nan = float('nan')
print((1, 2) < (1, 3), (1, 2) < (1, 2), (1, 2) <= (1, 2), (2,) > (1, 9), (1,) < (1, 0))
print((0.0,) == (-0.0,), (-0.0, 1) < (0.0, 2), (1, 2.5) < (1, 2.6))
print((nan,) == (nan,), (nan, 1) < (nan, 2))
print((1, float('nan')) < (1, 2.0), (1, 2.0) < (1, float('nan')), (nan,) < (nan,))
print((True, 1) == (1, True), (False,) < (True,), (True, 2) < (1, 3), (2,) > (True,))
print((1, 2.0) == (1, 2), (1, 2) < (1, 2.5), (2**70,) > (2**69,), (-2**70, 1) < (0,))
print(('a', 'b') < ('a', 'c'), ('é',) > ('z',), ('\U0001f600',) > ('\uffff',), ('ab',) < ('abc',))
print(((1, 2), 3) < ((1, 3), 0), ((1, 'a'),) < ((1, 'b'),), [1, 2] < [1, 3], [1, [2]] < [1, [3]])
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and o.v == self.v
    def __lt__(self, o):
        return self.v < o.v
print((1, E(1)) < (1, E(2)), (1, E(1)) == (1, E(1)), (E(1), 5) < (E(1), 4))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2.0] < [1, 'x']
except TypeError as e:
    print('TypeError', e)
rows = [(True, False, 3, 9), (False, True, 1, 2), (True, True, 0, 1), (False, False, 3, 4), (True, False, 3, 1)]
print(sorted(rows), sorted(rows, reverse=True)[0])
print(sorted([(1.5, 'b'), (1.5, 'a'), (-0.0, 'z'), (0.0, 'y'), (1, 'c')]))
