ba = bytearray(range(10))
print(ba[2:5], ba[::-3], ba[-2:])
ba[2:5] = b"\xff"
print(ba, len(ba))
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba.extend(range(3))
del ba[:4]
print(ba)
print(ba.hex(), ba.count(0), ba.find(b"\x07"), ba.startswith(b"\x00"))
ba2 = bytearray(b"hello")
ba2 += bytearray(b" world")
print(ba2.upper(), ba2.title(), ba2.split(), ba2.replace(b"o", b"0"), type(ba2.upper()).__name__)
print(ba2 == b"hello world", bytes(ba2) == ba2, ba2 < b"z", ba2.decode())
