# Behaviour behind the byte-at-a-time fast paths: bytes indexing and
# slicing, shared one-byte bytes, bytes(list), join, find, sorted over
# bytes, enumerate, list concatenation and small-int bit operations.

b = bytes(range(10)) * 3
print(b[0], b[-1], b[29], b[-30])
for k in (30, -31, 2**63, -2**63):
    try:
        b[k]
    except IndexError as e:
        print("IndexError", e)
print(b[3:7], b[-3:], b[::7], b[5:2], b[28:100], b[-100:2], b[::-11])
print(b[True], b[False:True])
class I:
    def __index__(self):
        return 2
print(b[I()], b[I():I() + 2] if False else b[1:I()])
try:
    b[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    b["a":]
except TypeError as e:
    print("TypeError", e)
try:
    b[::0]
except ValueError as e:
    print("ValueError", e)

# Empty and one-byte bytes are shared, as CPython's are.
x = b"abc"
empty = bytes()
print(x[0:1] is x[0:1], x[1:2] is b"zbz"[1:2], x[3:] is empty, type(x[0:1]))
print(bytes(b"q"[0:1]), bytes([7]) == b"\x07", b"".join([b"a"]) is not None)

class B(bytes):
    pass
s = B(b"hello")
print(type(s[0:2]).__name__, s[0], type(s[1:2]).__name__, s[::2])
ba = bytearray(b"hello")
print(ba[1], ba[1:3], type(ba[0:1]).__name__, ba[-1:])

# bytes() from lists and tuples of ints, and the errors in order.
print(bytes([0, 1, 255]), bytes((65, 66)), bytes([]), bytes([True, 2]))
for src in ([1, 256], [1, -1], [1, "a"], (3, 2.0), [2**70]):
    try:
        bytes(src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class L(list):
    def __iter__(self):
        return iter([9, 8])
print(bytes(L([1, 2, 3])), bytearray([1, 2]))

# join
print(b"".join([b"ab", bytearray(b"cd"), memoryview(b"ef"), b""]), b"-".join([b"x"] * 3))
for items in ([b"a", "b"], [b"a", 1], [b"a", bytearray(b"b"), None]):
    try:
        b",".join(items)
    except TypeError as e:
        print("TypeError", e)
print(bytearray(b"+").join([b"a", b"b"]))

# find / rfind / index of one byte and of longer needles
h = b"abracadabra" * 3
for n in (b"a", b"c", b"z", b"abra", b"cad", b"", b"abracadabraabracadabraabracadabraX"):
    print(n, h.find(n), h.rfind(n), h.find(n, 5), h.rfind(n, 0, 20), h.find(n, -4), h.rfind(n, -40, -3))
print(h.find(bytearray(b"d")), h.find(100), h.index(b"r"), h.rindex(b"r"))
try:
    h.index(b"q")
except ValueError as e:
    print("ValueError", e)
F = bytes(sorted(b"hello world"))
print(F, [F.find(bytes([c])) for c in b" dehlorwz"])

# sorted / list of bytes; sorting ints and floats without a key
print(sorted(b"pyflate"), list(b"ab"), sorted(b""), sorted(bytearray(b"cab")))
print(sorted([3, -1, 2, -1, 0, 2**62, -2**62]), sorted([3, 1, 2], reverse=True))
print(sorted([0.0, -0.0, 1.5, -2.5, 0.0]), sorted([0.0, -0.0, -0.0, 0.0], reverse=True))
print(sorted([float("inf"), 1.0, float("-inf")]), sorted([2, 1.5, 1]), sorted([True, 0, 2]))
nan = float("nan")
print(sorted([3.0, nan, 1.0]), sorted([1, 2**70, 0]))
l = [5, 3, 9]
l.sort()
print(l, sorted([1, 1.0, True]), [type(v).__name__ for v in sorted([1, 1.0, True])])

# enumerate over plain iterators, exhaustion and the count
e = enumerate(b"xy")
print(next(e), next(e), next(e, "done"), next(e, "done"))
print(list(enumerate(range(3), 10)), list(enumerate([7, 8], -1)), list(enumerate((1,), 2**63 - 1)))
it = iter([1, 2, 3])
en = enumerate(it)
print(next(en), list(it), list(en))
print(list(enumerate(bytearray(b"ab"))), list(enumerate(range(10, 0, -4))))

# list + list
a, c = [1, 2], [3]
print(a + c, a + [], [] + [], (a + c) is a, a, c)
class ML(list):
    def __radd__(self, other):
        return "radd"
print([1] + ML([2]), type(ML([1]) + [2]).__name__)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)

# small-int bit operations and their edges
for x, y in ((5, 3), (-5, 3), (0, 0), (2**62, 1), (-1, 63), (1, 63), (3, 62), (1, 64), (-(2**63), 0)):
    print(x & y, x | y, x ^ y, x >> y, x << y)
print(1 << 0, -1 >> 100, 5 >> 64, (2**63 - 1) >> 62, -2**63 >> 63, 7 >> 2**70)
for op in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 << 2**70):
    try:
        op()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(True & True, True | 2, type(True & True).__name__, type(True ^ 0).__name__, 3 & True)
v = 1
v <<= 40
v |= 7
v &= ~2
v ^= 1
v >>= 1
print(v)
