tests = [
 (b"%s", b"x"), (b"%s", bytearray(b"yz")), (b"%r", "a\xe9"), (b"%a", b"q"), (b"%c", 256), (b"%c", b"ab"), (b"%c", 65),
 (b"%5.1s|", b"abc"), (b"%(k)s", {b"k": b"v"}), (b"%d%%", 3), (b"%x", 255), (b"%s", 1), (b"%b", 1.5), (b"%f", 1.5),
 ("%b", 1), ("%s %s", (1,)), ("%(a)s", [1]), ("", [1]), ("%.3s", "abcdef"), ("%c", "é"), ("%-5d|", 3), ("%+.2e", 12345.678),
 ("%d", 1.9), ("%x", 1.9), ("%d", "s"), ("%i", 2**70), ("%o", -8), ("%#x", 255), ("%05.1f", -2.5), ("%r", "é"), ("%a", "é"),
]
class B:
    def __bytes__(self): return b"BB"
tests.append((b"%s|%b", (B(), B())))
for f, a in tests:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
