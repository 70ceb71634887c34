class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} {getattr(o, 'v', o)}")
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        print(f"lt {self.v} {o.v}")
        return self.v < o.v
    def __repr__(self):
        return f"N{self.v}"
a, b = N(1), N(2)
print(a < b)
print(b > a)
print(a == b, a != b)
print(a == 1)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(sorted([N(3), N(1), N(2)]))
class Always:
    def __eq__(self, o):
        return True
print(Always() == 5, 5 == Always(), Always() != 5, [Always()] == [1], Always() in [1, 2])
class NoEq:
    pass
x = NoEq()
print(x == x, x != x, x == NoEq(), x != NoEq())
