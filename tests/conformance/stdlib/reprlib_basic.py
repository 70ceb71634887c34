import reprlib
from collections import deque

r = reprlib.repr
print(r("a" * 100))
print(r("short"))
print(r(list(range(100))))
print(r(tuple(range(3))), r((1,)), r(()))
print(r(set(range(20))), r(set()), r(frozenset(range(10))), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}))
print(r(deque(range(10))))
print(r(10 ** 50), r(123))
print(r([[[[[[[[1]]]]]]]]))
print(r({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))
print(r({1, "a", 2.5}) in ("{1, 'a', 2.5}", "{1, 2.5, 'a'}", "{'a', 1, 2.5}", "{'a', 2.5, 1}", "{2.5, 1, 'a'}", "{2.5, 'a', 1}"))

class Big:
    def __repr__(self):
        return "Big(" + "x" * 50 + ")"
print(r(Big()))

class Bad:
    def __repr__(self):
        raise ValueError
print(r(Bad()).startswith("<Bad instance at 0x"))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.fillvalue = "+++"
print(a.repr([1, 2, 3, 4]))
print(a.repr("abcdefghijklmnop"))
print(a.repr([[1, [2, [3]]]]))
print(a.repr(["x" * 20]))

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "INT"
print(MyRepr().repr([1, 2, (3, "s")]))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)

class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "O[%r]" % (self.me,)
o = Other()
o.me = [o]
print(repr(o))
print(a.maxdict, a.maxset, a.maxtuple, a.maxlong, a.maxother, reprlib.aRepr.maxlevel)
