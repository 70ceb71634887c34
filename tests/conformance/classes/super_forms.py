class A:
    def who(self):
        return ["A"]
    @classmethod
    def cm(cls):
        return ["A.cm:" + cls.__name__]
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def cm(cls):
        return ["B.cm"] + super().cm()
class C(A):
    def who(self):
        return ["C"] + super(C, self).who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), D.cm(), super(B, D()).who(), super(D, D()).who())
class E(A):
    def __init__(self):
        self.f = lambda: super(E, self).who()
print(E().f())
class Init:
    def __init__(self, x):
        self.x = x
class Init2(Init):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
i = Init2(1, 2)
print(i.x, i.y)
def outside(self):
    return super().who()
try:
    A.o = outside
    A().o()
except RuntimeError as e:
    print("RuntimeError:", e)
