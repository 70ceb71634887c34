print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(10 ** 30 / 10 ** 10)
print(2 ** 1000 / 2 ** 999)
print((10 ** 400) / (10 ** 399))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(1 / 7 * 7, 3 / 10)
print(type(4 / 2).__name__)
