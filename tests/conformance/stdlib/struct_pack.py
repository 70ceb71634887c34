# struct: integers, floats, strings, byte orders, alignment and errors.
import struct

print(struct.calcsize("i"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<qh"), struct.calcsize("5s2x?"))
print(struct.pack("<hHi", -2, 65535, 7), struct.pack(">I", 1), struct.pack("!q", -1))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2))
print(struct.unpack("<hHi", b"\xfe\xff\xff\xff\x07\x00\x00\x00"), struct.unpack(">Q", b"\x00" * 7 + b"\x05"))
for fmt, v in [("<d", 1.5), ("<d", -0.0), (">f", 3.14), ("<e", 65504.0), ("<d", float("inf")), ("<f", 1e-40), ("<e", 5.96e-08), ("<d", 1e308)]:
    b = struct.pack(fmt, v)
    print(fmt, v, b, struct.unpack(fmt, b))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("5p", b"abcdef"), struct.unpack("5p", b"\x03abcd"))
print(struct.pack("?c", 7, b"z"), struct.unpack("?c", b"\x00y"))
s = struct.Struct("<2hx")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00"), list(s.iter_unpack(b"\x01\x00\x02\x00\x00" * 2)))
buf = bytearray(8)
struct.pack_into("<h", buf, 2, 258)
print(buf, struct.unpack_from("<h", buf, 2), struct.unpack_from("<h", buf, offset=2))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("<h", 70000), lambda: struct.pack("i", 1, 2),
            lambda: struct.unpack("i", b"ab"), lambda: struct.pack("i", "x"), lambda: struct.calcsize("y"),
            lambda: struct.pack("<f", 1e39), lambda: struct.pack("B", -1), lambda: struct.pack("<Q", -1)]:
    try:
        print(bad())
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
import math
print(math.isnan(struct.unpack("<d", struct.pack("<d", float("nan")))[0]))
for f, v in [('<i', 2**40), ('<I', -1), ('<l', 2**40), ('<q', 2**70), ('H', -1), ('l', 2**70), ('n', 2**70)]:
    try:
        struct.pack(f, v)
    except struct.error as e:
        print(f, e)
print(math.frexp(1e308), math.ldexp(0.25, 1025), math.ldexp(1.5, -1074), math.frexp(5e-324))
