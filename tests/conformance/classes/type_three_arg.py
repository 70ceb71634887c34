def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.v})", "kind": "pt"})
p = Point(3)
print(p, Point.kind, Point.__name__, type(p) is Point, Point.__bases__ == (object,))
Sub = type("Sub", (Point,), {"extra": True})
print(Sub(4), Sub.extra, Sub.__mro__[1] is Point, isinstance(Sub(1), Point))
print(type(Point).__name__, type("E", (), {})().__class__.__name__)
Dyn = type("Dyn", (dict,), {})
d = Dyn(a=1)
print(d, isinstance(d, dict))
try:
    type("X", "notatuple", {})
except TypeError as e:
    print("TypeError:", e)
