class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"
    def __add__(self, other):
        return Money(float(self) + float(other))
m = Money(3.5)
print(repr(m), repr(m + 1), repr(1 + m), type(1 + m).__name__)
print(m * 2, type(m * 2).__name__, isinstance(m, float))
print(str(m), f"{m}", f"{m:.1f}", m == 3.5, hash(m) == hash(3.5))
class Pos(float):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-2.5), Pos("-7") if False else Pos(-7.0))
