a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 101, 102]
print(a)
a[:] = a[::-1]
print(a)
a[::3] = ["x"] * len(a[::3])
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
a[len(a):] = [7, 8]
print(a)
a[-2:] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
a[1:3] = "xyz"
print(a)
a[5:2] = ["ins"]
print(a)
b = [1, 2, 3]
b[::-1] = [7, 8, 9]
print(b)
b[1:2] = b
print(b)
