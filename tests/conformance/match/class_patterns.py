class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 1, 9), "x"]:
    print(where(p))
def builtin_cls(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case str() as s:
            return f"str {s}"
        case float(f) | (complex() as f):
            return f"num {f}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d):
            return f"dict {d}"
    return "other"
for v in [True, 5, "s", 1.5, 1j, [9, 8], {"a": 1}, (1,)]:
    print(builtin_cls(v))
