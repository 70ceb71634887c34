a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[::2] = [0] * 5
print(a)
a[-2:] = []
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[3:1] = ["ins"]
print(a)
a[::-3] = ["r1", "r2", "r3", "r4"]
print(a)
b = [1, 2, 3]
b[:] = (x * 2 for x in b)
print(b)
b[1:2] = []
print(b)
c = list("hello")
c[1:4] = "EYY"
print("".join(c))
