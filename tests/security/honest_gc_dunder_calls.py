# config: default
# expect: ok
# Garbage made inside dunder methods is freed (pyperformance chaos, nqueens)
# Programs that spend their time in methods an operator or a native calls
# back (__add__, __call__, set(genexpr) in a generator driven by list())
# used to keep nearly all their garbage: a collection inside such a call
# keeps everything older than the call, and those collections were almost
# the only ones. chaos reached 566 MB (CPython 17 MB), nqueens 491 MB.
import _pyx_gc

class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        junk = [self] * 20
        return V(self.x + other.x, self.y + other.y)
    def __call__(self, t):
        return V(self.x * t, self.y * t) + self

def walk(n):
    p = V(0.0, 0.0)
    step = V(1.0, 2.0)
    for i in range(n):
        p = step(0.5) + p
    return p

def perms(n):
    for i in range(n):
        t = tuple((i + j) % 7 for j in range(7))
        yield len(set(t[j] + j for j in range(7))) + len(set(t[j] - j for j in range(7)))

peak = 0
for loop in range(4):
    p = walk(50000)
    found = list(perms(50000))
    peak = max(peak, _pyx_gc.stats()[1])
assert p.x == 75000.0 and p.y == 150000.0, (p.x, p.y)
assert len(found) == 50000 and sum(found) == 442857, sum(found)
assert peak < 32 << 20, peak
print("done")
