class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(2)), bool(Both()), bool(Neither()))
print("yes" if L(1) else "no", not L(0), B(False) or "fallback", L(3) and "and")
try:
    bool(B(1))
except TypeError as e:
    print("TypeError:", e)
try:
    if B("x"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    bool(L(-1))
except ValueError as e:
    print("ValueError:", e)
