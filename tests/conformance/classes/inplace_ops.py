class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
    def __imul__(self, k):
        return "imul result"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class NoIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
n = NoIadd()
n += 1
print(n)
