a = list(range(100000))
print(sum(a), a[-1], len(a[::7]), a[50000:50003])
b = [i % 10 for i in a]
print(b.count(3), sorted(set(b)), b.index(9))
a.reverse()
print(a[:3])
a.sort()
print(a[:3], a[-1])
c = [0] * 1000
c[500] = 1
print(c.index(1), sum(c))
