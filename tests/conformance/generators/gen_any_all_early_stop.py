# any() and all() over generators: which items are taken, when __bool__
# runs (the generator suspended), where they stop, errors inside.

class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v, g.gi_running)
        return self.v
def gen(vals):
    for v in vals:
        print("yield", v.v if isinstance(v, B) else v)
        yield v
g = gen([0, "", B(False), [], B(True), 5])
print(any(g), list(g))
g = gen([1, "a", B(True), [1], B(False), 5])
print(all(g), list(g))
print(any(x for x in []), all(x for x in []), any(x > 2 for x in range(5)), all(x < 3 for x in range(5)))
def bad():
    yield 0
    raise ValueError("v")
try:
    any(bad())
except ValueError as e:
    print("VE", e)
try:
    all(bad())
except ValueError as e:
    print("VE", e)
def st():
    yield 1
    raise StopIteration
try:
    all(st())
except RuntimeError as e:
    print("RE", e)
g = (i for i in range(10))
print(any(i == 3 for i in g), next(g), all(i < 100 for i in g), list(g))
h = []
def selfref():
    yield 0
    yield h[0].gi_running
h.append(selfref())
print(any(h[0]))
