b = b"Hi!"
for x in b:
    print(x, end=" ")
print()
print(list(reversed(b)), [chr(c) for c in b], bytes(c + 1 for c in b), bytes(reversed(b)))
print(int.from_bytes(b, "big"), b.decode().encode(), str(b), repr(bytearray(b)))
print(tuple(b), set(b"aab") == {97, 98}, dict(zip(b"ab", b"cd")))
print(b"a" in [b"a"], b.count(b""), len(b), bool(b""), bool(b"\x00"))
print(bytes.fromhex(b.hex()) == b, b"\x00" * 3, bytes(4) == b"\x00\x00\x00\x00")
