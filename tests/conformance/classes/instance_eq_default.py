# == and != between plain instances whose classes keep object's methods
# compare identity (ops.rs keeps_object_eq); any __eq__ / __ne__ in the
# MRO, added at any time, is called instead.


class P:
    pass


a, b = P(), P()
print(a == a, a == b, a != a, a != b, a == 1, 1 == a, a != None, None != a)


class NeOnly:
    def __ne__(self, other):
        return "ne called"


class EqOnly:
    def __eq__(self, other):
        print("eq called", type(other).__name__)
        return True


n, e = NeOnly(), EqOnly()
print(n != n, n == n, n != a, a != n)
print(e == a, a == e, e != a, a != e, e != e)


def cmp(x, y):
    return [x == y, x != y]

print(cmp(a, b), cmp(a, a))
P.__eq__ = lambda self, other: "P eq"
print(cmp(a, b), cmp(a, a))
del P.__eq__
print(cmp(a, b))
P.__ne__ = lambda self, other: "P ne"
print(cmp(a, b))
del P.__ne__
print(cmp(a, b))


class Base:
    def __eq__(self, other):
        return "base eq"


class Child(Base):
    pass


class Plain2:
    pass


c, p2 = Child(), Plain2()
print(cmp(c, p2), cmp(p2, c), cmp(c, c))


class Sub(P):
    def __eq__(self, other):
        return "sub eq first"


s = Sub()
print(cmp(a, s), cmp(s, a))


class L(list):
    pass


print(cmp(L(), L()), cmp(L([1]), a), cmp(a, L()))
print(len([x for x in (a, b, a) if x != a]), [a, b].index(b), [a, b].count(a), a in [b], b in [a, b])
