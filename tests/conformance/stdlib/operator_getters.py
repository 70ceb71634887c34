from operator import attrgetter, itemgetter, methodcaller
class P:
    def __init__(self, x, y): self.x = x; self.y = y; self.me = self
    def scale(self, k, off=0): return P(self.x * k + off, self.y * k + off)
pts = [P(3, 1), P(1, 2), P(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter("x"))])
print(attrgetter("x", "y")(pts[0]), attrgetter("me.me.y")(pts[1]))
print(itemgetter(1)("abc"), itemgetter(0, 2)([5, 6, 7]), itemgetter(slice(1, None))("hello"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("scale", 2, off=1)(pts[0]).x)
print(repr(attrgetter("x", "me.y")), repr(itemgetter(1, "a")), repr(methodcaller("f", 1, k=2)))
try:
    attrgetter("zz")(pts[0])
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
