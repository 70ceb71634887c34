print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(2.0 ** 10, 2.0 ** -1, 4.0 ** 0.5, (-8.0) ** 2)
print(1 + 1.0, 3 * 0.5, 10 / 4.0, type(1 + 1.0).__name__)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 + 0.7, 3.3 * 3, 1.0 - 0.9)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print((-8.0) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
print(abs(-2.5), -(-2.5), +1.25)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(0.0 ** 0.0, 1.0 ** float("inf"), float("inf") ** 0)
