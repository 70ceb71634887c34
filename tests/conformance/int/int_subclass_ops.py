class N(int):
    def __add__(self, other):
        return "N.add"
    def __radd__(self, other):
        return "N.radd"
    def __repr__(self):
        return f"N({int(self)})"
n = N(3)
print(n + 1, 1 + n, n * 2, repr(n))
print(n == 3, n < 4, hash(n) == hash(3))
class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Big(21), type(Big(21)).__name__)
print(sorted([N(3), 1, N(2)]))
