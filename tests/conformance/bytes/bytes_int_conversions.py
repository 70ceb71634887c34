for n in [0, 1, 255, 256, 65535, 2 ** 32, 2 ** 64 - 1]:
    length = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(length, "big")
    print(n, b, int.from_bytes(b, "big"), n.to_bytes(length, "little"), int.from_bytes(b, "little"))
for n in [-1, -128, -129, 127]:
    b = n.to_bytes(2, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"), (5).to_bytes(3, byteorder="big"))
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
