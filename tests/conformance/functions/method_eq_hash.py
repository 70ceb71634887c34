# Equality and hash of bound methods and built-in functions/methods: same
# function bound to the same object (by identity; an unhashable self is fine).
l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append != [].append, l.append == l.pop)
print(hash(l.append) == hash(l.append), l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)
print(len == len, len == abs, hash(len) == hash(len), {l.append: 1}[l.append])
try: l.append < l.append
except TypeError as e: print('TypeError', e)
class A:
    def __init__(self, x): self.x = x
    def f(self): pass
    def g(self): pass
    def __eq__(self, other): return True
    def __hash__(self): raise TypeError
a1, a2 = A(1), A(1)
print(a1.f == a1.f, a1.f != a1.f, a1.f == a2.f, a1.f == a1.g, hash(a1.f) == hash(a1.f))
print(A.f == a1.f, A.f == A.f, hash(A.f) == hash(A.f))
d = {}
print(d.get == d.get, {}.get == d.get, str.upper == str.upper)
