# memoryview over bytes and bytearray: items, slices, casts, writes,
# release, exports that lock a bytearray's size, hashing, comparison.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abcdef"
m = memoryview(b)
print(m[0], m[-1], len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
print(m[1:4].tobytes(), m[::-2].tolist(), m[::-1].hex(), bytes(m[2:]), m.obj is b)
print(m.c_contiguous, m[::2].c_contiguous, m[::2].contiguous, m.suboffsets)
show(lambda: m[6])
show(lambda: m[None])
show(lambda: m.__setitem__(0, 1))
print(hash(m) == hash(b), m == b, m == bytearray(b), m != b"abc", m == "abcdef")
show(lambda: m < m)

ba = bytearray(b"012345")
v = memoryview(ba)
v[0] = ord("x")
v[1:3] = b"yz"
v[3:6] = v[0:3]
print(ba, v.readonly)
show(lambda: v.__setitem__(0, 256))
show(lambda: v.__setitem__(0, b"a"))
show(lambda: v.__setitem__(slice(0, 2), b"a"))
show(lambda: hash(v))
show(lambda: ba.append(1))
show(lambda: ba.extend(b"12"))
show(lambda: ba.pop())
ba[0] = 65
print(ba, v[0])
v.release()
ba.append(66)
print(ba)
show(lambda: v[0])
show(lambda: len(v))
print("released" in repr(v), v == v)
with memoryview(ba) as w:
    show(lambda: ba.clear())
ba.clear()
print(ba)

c = memoryview(bytearray(range(8))).cast("H")
print(c.format, c.itemsize, len(c), c.shape, c.strides, c.tolist())
c[0] = 0xFFFF
print(c.obj, c.cast("B").tolist())
d = memoryview(bytearray(12)).cast("B", (3, 4))
print(d.shape, d.strides, d.ndim, d.tolist(), d[1, 2])
d[2, 3] = 7
print(d.tolist()[2])
show(lambda: d[0])
show(lambda: d[0:1, 0:1])
show(lambda: memoryview(b"abc").cast("H"))
show(lambda: memoryview(b"abcd").cast("<i"))
show(lambda: memoryview(b"abcd").cast("B", (3,)))
f = memoryview(bytearray(16)).cast("d")
f[1] = 2.5
print(f.tolist(), f.cast("B").cast("q").tolist()[1])
show(lambda: f.__setitem__(0, "x"))
q = memoryview(bytearray(8)).cast("q")
show(lambda: q.__setitem__(0, 2**63))
q[0] = -2
print(q[0], list(memoryview(b"ab")), list(reversed(memoryview(b"ab"))))
ro = memoryview(bytearray(b"ab")).toreadonly()
print(ro.readonly, ro.tolist())
show(lambda: ro.__setitem__(0, 1))
show(lambda: memoryview({}))
show(lambda: memoryview())
print(bytearray(memoryview(b"xy")), b"-".join([memoryview(b"a"), b"b"]), str(memoryview(b"hi"), "ascii"))
import struct
buf = bytearray(8)
struct.pack_into("<i", memoryview(buf), 2, -1)
print(buf, struct.unpack_from("<h", memoryview(buf), 4))
