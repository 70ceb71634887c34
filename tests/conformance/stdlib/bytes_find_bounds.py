# bytes/bytearray find, rfind, index, rindex: bounds, empty needles,
# negative and out-of-range positions, int needles, errors.
cases = [b"", b"a", b"abcabc", bytearray(b"xxabxx")]
needles = [b"", b"a", b"bc", b"abc", b"x", bytearray(b"ab"), 98]
bounds = [(), (0,), (1,), (-2,), (10,), (2, 4), (0, -1), (-100, 100), (3, 2), (None, 2), (1, None), (6,), (7,)]
for h in cases:
    for nd in needles:
        for bd in bounds:
            print(bytes(h), nd, bd, h.find(nd, *bd), h.rfind(nd, *bd))
print(b"abc".find(b"c", True), b"abc".rfind(b"a", False, 2))
for bad in ("a", 3.0, None):
    try:
        b"abc".find(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b"abc".index(b"z", 1)
except ValueError as e:
    print("ValueError", e)
print(b"abcabc".rindex(b"abc"), bytearray(b"abcabc").index(b"c", 3))
data = b"line\n" * 50000
pos = count = 0
while True:
    i = data.find(b"\n", pos)
    if i < 0:
        break
    count += 1
    pos = i + 1
print(count)
# Slices copy only what they select.
for h in (b"0123456789", bytearray(b"0123456789")):
    print(h[2:5], h[::3], h[8:2:-2], h[-3:], h[5:100], h[100:], h[::-1], type(h[1:2]).__name__)
big = b"x" * 100000
print(sum(len(big[i:i + 3]) for i in range(0, 100000, 2)))
