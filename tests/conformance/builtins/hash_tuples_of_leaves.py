# Tuple hashes: tuples of plain items (computed in place) and tuples that
# need the general path (user __hash__, nesting past the fast depth) agree
# with CPython, and equal tuples hash alike whichever path they take.
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and other.h == self.h

print(hash(()), hash((0,)), hash((-1,)), hash((1, 2)), hash((2, 1)))
print(hash((1.5, -0.0, 0.0, float('inf'))), hash((True, False, 1)))
print(hash((2**62, -2**62, 2**63 - 1)))
print(hash((1, (2, (3, (4, (5, (6, (7,)))))))))
print(hash((1, H(7), 3)) == hash((1, 7, 3)))
print(hash(((1, 2), [1][0])) == hash(((1, 2), 1)))
s = "key"
print(hash((s, 1)) == hash(("ke" + "y", 1)), hash((s,)) == hash(tuple([s])))
d = {(1, 2): 'a', (1, (2, 3)): 'b', (None, 1.0): 'c'}
print(d[(1, 2)], d[(1, (2, 3))], d[(None, 1)], d.get((1, 2.0)), (1, 2) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    hash((1, (2, {})))
except TypeError as e:
    print('TypeError', e)
