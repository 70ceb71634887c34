for v in [0.0, 1.0, -1.0, 0.5, 1.5, 2.0 ** 61, 1e100, -3.25, 1e-10, 123.456]:
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.5) == hash(2.5))
d = {1: "int"}
d[1.0] = "float"
print(d)
s = {0, 0.0, -0.0, False}
print(len(s))
