class C:
    def m(self):
        return "m on " + type(self).__name__
c = C()
bound = c.m
print(bound(), C.m(c), bound.__self__ is c, bound.__func__ is C.m, bound.__name__)
print(c.m == c.m, C.m is C.m)
f = C.m
print(f(c))
def external(self):
    return "external"
C.ext = external
print(c.ext())
c.inst_fn = lambda: "instance attr, not bound"
print(c.inst_fn())
print([].append.__self__ if False else "skip", "abc".upper.__name__, type(c.m).__name__, type(C.m).__name__)
