for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1 / 3, 255.0]:
    print(v.hex())
for s in ["0x1.8p1", "0x1p-1", "-0x1.999999999999ap-4", "0x10", "0XAp0", "  0x1p+10 ", "0x.8"]:
    print(s.strip(), float.fromhex(s))
try:
    float.fromhex("0x1q")
except ValueError as e:
    print("ValueError:", e)
print(float("inf").hex(), float.fromhex("inf"))
