for v in [0, 1, 7, 8, 255, -255, 2 ** 100, -(2 ** 100)]:
    print(v, v.bit_length(), v.bit_count() if hasattr(v, "bit_count") else None)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (-3).numerator, (5).denominator, (5).real, (5).imag)
print((7).conjugate(), int.__index__(9))
print((6).__add__(1), (6).__radd__(2), (6).__add__(1.5))
print((3).__truediv__(2), (3).__floordiv__(2))
