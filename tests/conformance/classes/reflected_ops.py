class R:
    def __init__(self, tag):
        self.tag = tag
    def __radd__(self, o):
        return f"radd({o!r}, {self.tag})"
    def __rsub__(self, o):
        return f"rsub({o!r})"
    def __rtruediv__(self, o):
        return f"rtruediv({o!r})"
    def __rpow__(self, o):
        return f"rpow({o!r})"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __ror__(self, o):
        return "ror"
print(1 + R("a"), "s" + R("b"), [1] + R("c"), 2 - R(0), 1 / R(0), 2 ** R(0), 1 @ R(0), {1} | R(0))
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Neither:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    1 + Neither()
except TypeError as e:
    print("TypeError:", e)
