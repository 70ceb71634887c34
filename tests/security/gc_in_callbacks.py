# config: max_memory=64M
# expect: ok
# Garbage made inside one call that native code made back into Python (a
# key function, __init__ run by a type call) is collected there; what the
# native call holds survives even when Python code drops every other
# reference to it.
class Big:
    def __init__(self):
        total = 0
        for i in range(300000):
            tmp = [i] * 50
            total += len(tmp)
        self.total = total
def key(x):
    s = 0
    for i in range(200000):
        junk = str(i) * 20
        s += len(junk)
    return s
assert Big().total == 15000000
assert sorted([1, 2], key=key) == [1, 2]
xs = [[3], [1], [2]]
def k2(x):
    xs.clear()            # sorted's own copy is the only holder now
    for i in range(100000):
        junk = [x, str(i) * 10]
    return [-x[0]]
r = sorted(xs, key=k2)
assert r == [[3], [2], [1]] and xs == [], (r, xs)
print("done")
