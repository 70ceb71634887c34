print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -1)
print(pow(3, 4), pow(3, 4, 5), pow(3, 200, 1000007))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(10, 30, 10 ** 9 + 7))
print(2 ** 0.5, 4 ** 0.5)
print((-8) ** (1/3))
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
