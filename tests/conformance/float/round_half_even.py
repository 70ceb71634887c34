for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (1234.5678, 1), (-0.5, 0), (5e-324, 5), (1e300, -299)]:
    print(v, n, round(v, n))
print(round(2.5, 0), round(-0.4), round(0.0, 3), round(-0.0, 3))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(1.5, None))
