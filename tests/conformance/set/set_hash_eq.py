class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s)
print(sorted(s, key=lambda p: (p.x, p.y)))
print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, "1"}))
print(sorted({2 ** 64, 2 ** 64 + 0.0, -1, -2}))
class Bad:
    pass
b1, b2 = Bad(), Bad()
print(len({b1, b2, b1}))
