for v in [0, 5, -5, 255, -255, 2 ** 70]:
    print(bin(v), oct(v), hex(v))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-255, "#010x"), format(255, "08b"))
print(int(bin(12345), 0), int(hex(-999), 16), int(oct(8), 8))
