log = []
class L(list):
    def __setitem__(self, i, v):
        log.append((i, v))
        super().__setitem__(i, v)
a = L([0, 0, 0])
i = 0
i = a[i] = 2
print(i, a, log)
x = y = []
x.append(1)
print(y)
p, q = q, p = 1, 2
print(p, q)
