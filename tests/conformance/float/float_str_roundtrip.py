vals = [0.1, 1 / 3, 2 / 3, 1e-300, 123.456, 9007199254740993.0, 0.30000000000000004, 4.35, 2.675, 1e23]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, len(r))
x = 0.0
for i in range(20):
    x += 0.05
print(x, repr(x), str(x))
print(1 - 1e-16, 1 + 1e-16, 1 + 2e-16)
