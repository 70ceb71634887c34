for v in [0, 1, -1, 10 ** 30, -(10 ** 30), 2 ** 64, 0xFF, 0o777, 0b1010, 1_000_000]:
    print(v, repr(v), str(v))
print(int.__name__, type(5) is int)
print(str(-0))
print(len(str(2 ** 1000)))
print(str(7 ** 77))
