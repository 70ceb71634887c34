for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 12345678901234567890]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2 ** 61 - 1) == hash(0))
