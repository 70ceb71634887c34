f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), sum(int(c) for c in str(f)))
s = str(2 ** 4000)
print(len(s), s[:20], s[-20:])
a = 3 ** 500
b = 7 ** 300
print(a // b, a % b)
print(pow(a, 3, b))
import_free = (a * b) // b == a
print(import_free)
print((-a) // b, (-a) % b)
g = 0
x, y = a, b
while y:
    x, y = y, x % y
print(x)
