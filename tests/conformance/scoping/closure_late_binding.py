fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
i = 10
print([f() for f in fs])
def make_fs():
    out = []
    for j in range(3):
        def g(j=j):
            return j
        out.append(g)
    return out
print([g() for g in make_fs()])
def cell_shared():
    fs = []
    x = 0
    for _ in range(3):
        fs.append(lambda: x)
        x += 1
    return [f() for f in fs]
print(cell_shared())
