print(str(0.1), str(1e-7), str(1e16), str(-0.0), str(10 ** 20), str(True), str(3 + 0j))
print(repr("5") + repr(5), int("0b101", 0), int("-0x1f", 16), float("1e-3"), complex("2-3j"))
print("{:d}".format(42), "{:.3f}".format(2 / 3), "{:e}".format(12345.678), "{:x}".format(3054))
for s in ["12", " 12 ", "1_2", "12.0", "1e2", "0x12", "", "٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
