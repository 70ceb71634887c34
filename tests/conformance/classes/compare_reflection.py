class A:
    def __lt__(self, o):
        return "A.lt"
    def __gt__(self, o):
        return "A.gt"
class B(A):
    def __gt__(self, o):
        return "B.gt"
    def __lt__(self, o):
        return "B.lt"
print(A() < B(), A() > B(), B() < A(), 1 < A(), A() > 1)
class E:
    def __eq__(self, o):
        return "E.eq"
    def __ne__(self, o):
        return "E.ne"
print(1 == E(), E() == 1, 1 != E(), None == E())
class OnlyEq:
    def __eq__(self, o):
        return self is o or "eq-called"
o = OnlyEq()
print(o != OnlyEq(), o != o)
