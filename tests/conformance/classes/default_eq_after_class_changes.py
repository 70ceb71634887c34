# `==` / `!=` on instances whose classes keep object's comparison compare
# identity; defining, adding, removing __eq__ / __ne__ anywhere in the MRO
# (after instances exist) is seen at once.
class A:
    pass
class B(A):
    pass
a, a2, b = A(), A(), B()
print(a == a, a == a2, a != a2, a != a, b == b, a == b, b != a)
A.__eq__ = lambda self, other: 'A.eq'
print(a == a2, b == a, a != a2, b != b)
A.__ne__ = lambda self, other: 'A.ne'
print(a != a2, b != a)
del A.__eq__
print(a == a2, a == a, b == b, a != a2)
del A.__ne__
print(a == a2, a != a2, b == b, b != b)
B.__ne__ = lambda self, other: 'B.ne'
print(a != b, b != a, a == b, b == a)
del B.__ne__
print(a != b, b != a)
class C:
    def __ne__(self, other):
        return 'C.ne'
c, c2 = C(), C()
print(c == c2, c == c, c != c2)
class I(int):
    pass
print(I(3) == I(3), I(3) != I(4))
class M(type):
    pass
class D(metaclass=M):
    pass
d = D()
print(d == d, d == D(), d != D())
class Late:
    pass
x = Late()
setattr(Late, '__eq__', lambda s, o: 'late')
print(x == 1, x == x, 1 == x)
type.__setattr__(Late, '__ne__', lambda s, o: 'late-ne')
print(x != x)
class P:
    pass
class Q:
    def __eq__(self, o):
        return 'Q.eq'
p = P()
p.__class__ = Q
print(p == p, p != p)
