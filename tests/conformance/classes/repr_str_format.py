class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"P[{format(self.x, spec)}]"
p = P(3.14159)
print(p, repr(p), str(p), [p], (p,), {"k": p}, f"{p}", f"{p!r}", f"{p:.2f}", format(p, ">8.1f"), "%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), [str(OnlyStr())], f"{OnlyStr()}")
class Sub(P):
    pass
print(Sub(1), repr(Sub("a")))
