print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 == 1, 2.0 > 1, -0.0 == 0.0, 0.5 < True)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1, float(2 ** 63) < 2 ** 63 + 1)
print(1e400 == float("inf"), 10 ** 400 > 1e308, 10 ** 400 < float("inf"))
print(sorted([2, 1.5, True, -0.5, 0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
try:
    print(1.0 < "2")
except TypeError as e:
    print("TypeError:", e)
