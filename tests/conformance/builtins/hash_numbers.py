for v in [0, 1, -1, -2, 10 ** 18, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 63, -(2 ** 63), 0.5, -0.5, 1.25, 1e-5, 3.0, True, False]:
    print(repr(v), hash(v))
print(hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)), hash(-(10 ** 30)))
print(hash(None) == hash(None), hash(()) == hash(()), hash(1) == hash(1.0) == hash(1 + 0j))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
