# Instance dicts keep insertion order and every dict operation whatever
# order instances set their attributes in (pyx stores the dicts of a
# class's instances as split tables over keys the class shares, and
# falls back to an ordinary table when an instance departs from them).

class A:
    def __init__(self, x):
        self.x = x
        self.y = x + 1


a, b = A(1), A(2)
b.z = 5
print(vars(a), vars(b))

# Same attributes, other orders.
c = A(3); c.z = 6; c.w = 7
d = A(4); d.w = 1; d.z = 2
print(vars(c), vars(d), list(vars(d)))

# Deleting and re-adding moves the key to the end.
del c.y
print(vars(c))
c.y = 9
print(vars(c), c.y)

# clear, popitem, item assignment through __dict__, non-str keys.
e = A(5); e.__dict__.clear(); print(vars(e)); e.q = 1; print(vars(e))
f = A(6); print(f.__dict__.popitem(), vars(f))
g = A(7); g.__dict__["k"] = 1; g.__dict__[1] = 2
print(g.__dict__, g.k, getattr(g, "x"))

# Rebinding existing attributes keeps the order.
h = A(8); h.x = 10; h.y = 11; print(vars(h), h.x + h.y)
for k, v in A(9).__dict__.items():
    print(k, v)

import copy
i = copy.copy(A(10)); print(vars(i))
j = copy.deepcopy(A(11)); print(vars(j))

# Many attributes set in rotating orders (past what a class shares).
class B:
    pass

bs = [B() for _ in range(3)]
for n, o in enumerate(bs):
    for k in range(40):
        setattr(o, "a%d" % ((k + n) % 40), k)
print([len(vars(o)) for o in bs], list(vars(bs[1]))[:3], bs[2].a5)

# Equality, membership, iteration while unchanged, deletion during use.
print(A(1).__dict__ == {"x": 1, "y": 2}, A(1).__dict__ == A(1).__dict__,
      {"x": 1, "y": 2} == A(1).__dict__, "y" in A(1).__dict__, "z" in A(1).__dict__)
k = A(12)
try:
    for name in k.__dict__:
        k.extra = 1
except RuntimeError as exc:
    print("RuntimeError", exc)
print(sorted(vars(k)))
m = A(13)
del m.x
try:
    m.x
except AttributeError as exc:
    print("AttributeError", exc)
print(vars(m), hasattr(m, "y"))

# An instance whose class changes keeps its attributes.
class C:
    def __init__(self):
        self.x = 1
        self.y = 2

o = C()
o.__class__ = A
print(type(o).__name__, vars(o))
p = A(20)
print(vars(p))
