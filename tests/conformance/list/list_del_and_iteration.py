a = list(range(8))
del a[0], a[-1]
print(a)
del a[:]
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3]
out = []
for x in c:
    if len(c) < 6:
        c.append(x * 10)
    out.append(x)
print(out, c)
it = iter([1, 2, 3])
lst = list(it)
print(lst, list(it))
d = [0, 1, 2]
for i in range(len(d) - 1, -1, -1):
    if d[i] == 1:
        del d[i]
print(d)
