# A set built from another (copy, |, -, &, frozenset(...)) gets the table
# CPython gives it: sized for its keys, with no deleted slots carried over,
# which decides the order it iterates in. Also: the keys' stored hashes are
# reused (no second __hash__ call), and comparisons that run Python code.

def thinned(n, keep):
    s = set(range(n))
    for i in range(n):
        if i not in keep:
            s.discard(i)
    return s

s = thinned(40, {0, 1, 32})
print(s, s.copy(), frozenset(s), set(s))
print(s | {5}, {5} | s, s - {0}, s - {0, 1, 2, 3, 4, 5, 6, 7}, s & set([0, 1]))
print(s.difference({0}), s.difference([0]), s.difference({0}, {1}), s.difference())
print(s.union(), s.intersection({0, 32}, [32]), s ^ {7})
f = frozenset(s)
print(f - {1}, f & {1, 32}, f | {64}, f.copy() is f)

# Keys displaced from their home slots (multiples of 32 and 64 collide).
big = set(range(0, 2000, 32))
for i in range(0, 1800, 32):
    big.discard(i)
big.update([7, 39, 71])
print(list(big), list(big.copy()), list(frozenset(big)))
print(list(big - {7}), list(big - {7, 39, 71, 1}), list(big & {1952, 7, 1984, 1856}))
print(list({7, 1984, 71, 1} & big), list(big | {64, 128}), list(big ^ {7, 64}))

# s -= s empties; the table starts afresh.
t = thinned(40, {0, 1, 32})
t -= t
t.update([32, 0, 8, 16])
print(t)
u = thinned(40, {0, 1, 32})
u.difference_update(u)
u.update([32, 0, 8, 16])
print(u)
v = thinned(40, {0, 1, 32, 33})
v -= {33}
v.difference_update([1], {0})
print(v, len(v))

class Counted:
    hashes = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        Counted.hashes += 1
        return self.n % 7
    def __eq__(self, other):
        return isinstance(other, Counted) and self.n == other.n
    def __repr__(self):
        return 'C%d' % self.n

a = {Counted(i) for i in range(10)}
b = {Counted(i) for i in range(5, 15)}
Counted.hashes = 0
print(sorted(a & b, key=lambda c: c.n), Counted.hashes)
Counted.hashes = 0
print(sorted(a - b, key=lambda c: c.n), Counted.hashes)
Counted.hashes = 0
print(sorted(a.difference(b), key=lambda c: c.n), Counted.hashes)
print(sorted(a.intersection(b), key=lambda c: c.n))

# Equal-hash keys whose __eq__ raises: the error comes out of the operation.
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('boom eq')

x = {Boom(), 2}
y = {Boom(), 3}
for name, op in [('-', lambda: x - y), ('&', lambda: x & y), ('<=', lambda: x <= y),
                 ('-=', lambda: x.__isub__(y)), ('difference', lambda: x.difference(y))]:
    try:
        op()
        print(name, 'no error')
    except ValueError as e:
        print(name, 'ValueError', e)

# An __eq__ that empties the set it is being compared in.
class Clearer:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 5
    def __eq__(self, other):
        self.target.clear()
        return False

victim = {5, 6, 7}
probe = {Clearer(victim), 6}
print(sorted(victim - probe), sorted(probe - victim, key=repr)[:1] and 'clearer kept', len(victim))

# Subclasses: results are plain sets/frozensets, subclasses' operators win.
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
m = MySet(range(10))
print(type(m - {1}).__name__, type(m & {1}).__name__, type(MyFrozen(m) - {1}).__name__, sorted(m - {1, 2, 3}))
print(type(m.copy()).__name__, type(MyFrozen([1]).copy()).__name__)
class Minus(set):
    def __sub__(self, other):
        return 'Minus.__sub__'
    def __rsub__(self, other):
        return 'Minus.__rsub__'
print(Minus([1]) - {1}, {1} - Minus([1]))

# Mixed numeric keys that are equal across types.
n = {1, 2.0, True, 3}
print(n - {1.0}, n & {2, 3.0}, {2, 3.0} & n, n - {2})
print(frozenset([1, 2]) - {True}, {0.0, 1} - {False})

# Symmetric difference: a set of the other's keys with this one's toggled.
sd = set(range(0, 2000, 32))
for i in range(0, 1800, 32):
    sd.discard(i)
print(list(sd ^ {7, 64, 1984}), list({7, 64, 1984} ^ sd), list(sd.symmetric_difference([7, 64, 1984])))
sd2 = set(sd)
sd2 ^= {7, 1888, 39}
print(list(sd2))
sd2.symmetric_difference_update([71, 1920, 7])
print(list(sd2))
sd2 ^= sd2
print(sd2)
print(sorted(a ^ b, key=lambda c: c.n))
try:
    x ^ y
except ValueError as e:
    print('^ ValueError', e)
print(frozenset([1, 2]) ^ {2, 3}, type(MyFrozen([1]) ^ {2}).__name__)

# Merging a set into another reuses the stored hashes too.
Counted.hashes = 0
merged = a | b
print(sorted(merged, key=lambda c: c.n), Counted.hashes)
Counted.hashes = 0
c2 = set(a)
c2.update(b)
f2 = frozenset(b)
print(len(c2), len(f2), Counted.hashes)
Counted.hashes = 0
print(len(a ^ b), Counted.hashes)
Counted.hashes = 0
c2 = set(a)
c2 ^= b
c2 -= a
print(len(c2), Counted.hashes)
# s & s is a copy.
print(list(big & big) == list(big.copy()), list(big & big))
