print(1 << 0, 1 << 10, 1 << 100)
print(-1 << 5, -5 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 100, -7 >> 1, 7 >> 1)
print((2 ** 200) >> 190)
print(5 >> 1000, -5 >> 1000)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
