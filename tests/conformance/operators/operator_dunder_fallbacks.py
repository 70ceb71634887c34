class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a, a > b)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != OnlyEq(), OnlyEq() == 1)
class NoNe:
    def __eq__(self, o):
        return NotImplemented
x = NoNe()
print(x == x, x != x, x == NoNe())
class Len:
    def __len__(self):
        return 0
print(not Len(), bool(Len()))
