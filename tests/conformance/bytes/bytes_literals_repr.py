print(b"abc", b'it\'s', b"\x00\x7f\x80\xff", b"\t\n\r", b'"', b"'\"", b"\\", rb"\n", b"A" b"B")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"), bytes())
print(repr(bytes([0x27])), repr(bytes([0x27, 0x22])), repr(b"\x0b\x0c"))
print(bytearray(b"abc"), bytearray(2), bytearray([1, 2]), bytearray(), bytearray("hi", "ascii"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes("abc"))
t(lambda: bytes(-1))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytearray([300]))
t(lambda: bytes(None))
