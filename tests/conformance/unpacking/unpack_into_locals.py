# Unpacking into a function's locals: tuples and lists of the right length
# are stored directly; every other iterable and every wrong length takes the
# general path with CPython's messages.

def three(t):
    a, b, c = t
    return a, b, c

print(three((1, 2, 3)), three([4, 5, 6]), three("xyz"), three(range(3)))
print(three(iter([7, 8, 9])), three({10: 0, 11: 0, 12: 0}), three(x * x for x in (1, 2, 3)))

class T(tuple):
    def __iter__(self):
        return iter(("overridden", "iter", "used"))

class L(list):
    pass

print(three(T((1, 2, 3))), three(L([1, 2, 3])))

for bad in [(1, 2), (1, 2, 3, 4), [1], [], 5, None, "ab", iter([1, 2, 3, 4])]:
    try:
        three(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# The same local twice: the last store wins, as with separate stores.
def twice(t):
    a, a, b = t
    return a, b

print(twice((1, 2, 3)), twice([4, 5, 6]))

# Swaps, chained targets, nested targets, targets that are not all locals.
def mixed(d):
    x, y = 1, 2
    x, y = y, x
    p = q = None
    p, q = q, p = (3, 4)
    (m, n), k = (5, 6), 7
    box = [0, 0]
    box[0], s = 8, 9
    out = []
    for key, val in sorted(d.items()):
        out.append((key, val))
    for i, (j, kk) in enumerate([(1, 2), [3, 4]]):
        out.append((i, j, kk))
    return x, y, p, q, m, n, k, box, s, out

print(mixed({"b": 2, "a": 1}))

# A failed unpack leaves the targets as they were.
def untouched():
    a = b = "old"
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print("ValueError", e)
    try:
        a, b = [1]
    except ValueError as e:
        print("ValueError", e)
    return a, b

print(untouched())

# An unbound local reached only after an unpack that raised.
def unbound(t):
    try:
        u, v = t
    except TypeError:
        pass
    return u

try:
    unbound(3)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# Lists mutated between unpacks, tuples shared by many unpacks, big counts.
def big(seq):
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9 = seq
    return a0 + a9 + b0 + b9

data = list(range(20))
print(big(data), big(tuple(data)))
data.reverse()
print(big(data))
try:
    big(data[:19])
except ValueError as e:
    print("ValueError", e)

# Closures: a cell variable among the targets is not a plain local.
def cells():
    a, b = 1, 2
    def get():
        return a + b
    a, b = b, a * 10
    return get()

print(cells())

# Generators unpacking into their own locals across yields.
def gen(pairs):
    for p in pairs:
        x, y = p
        yield x * y

print(list(gen([(1, 2), [3, 4], (5, 6)])))
