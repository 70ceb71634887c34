class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 in [a2], a1 in [a1], [a1].count(a1))
print(A.__eq__(a1, a1), A.__eq__(a1, a2), A.__ne__(a1, a2))
class Sub(int):
    pass
print(Sub(3) == 3, 3 == Sub(3), type(Sub(3) + 0).__name__)
