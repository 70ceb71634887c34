a, b = b"abc", bytearray(b"def")
print(a + b, b + a, type(a + b).__name__, type(b + a).__name__, a * 2, 2 * b, a * 0)
print(a == b"abc", a == bytearray(b"abc"), a == "abc", a < b"abd", b"" < b"\x00", a != b)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
print(hash(b"abc") == hash(b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    a + "d"
except TypeError as e:
    print("TypeError:", e)
try:
    a < "b"
except TypeError as e:
    print("TypeError:", e)
print(b"%s and %d %x %c %c %r %b" % (b"bytes", 5, 255, 65, b"z", b"q", b"raw"))
print(b"%5s|%-5s|%%" % (b"ab", b"cd"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
print(bytes(a), bytes(memoryview(b"mv")), list(memoryview(b"ab")))
