# Chains of natives with no Python frame between them end as RecursionError,
# never as a crash of the host.
import sys

class A:
    pass
A.__repr__ = A.__str__      # object.__str__ calls repr(), which is __str__
try:
    repr(A())
except RecursionError:
    print("repr/str loop: RecursionError")


class C:
    def __init__(self):
        self.__class__.__call__ = self
c = C()
try:
    c()
except (RecursionError, TypeError) as e:
    print("__call__ is the object:", type(e).__name__)

class D:
    pass
D.__eq__ = lambda self, other: other == self
try:
    D() == D()
except RecursionError:
    print("__eq__ loop: RecursionError")

class Desc:
    pass
d = Desc()
Desc.__get__ = d        # the descriptor's __get__ is the descriptor itself
Desc.__call__ = d
class E:
    x = d
try:
    E().x
except (RecursionError, TypeError) as e:
    print("descriptor __get__ is itself:", type(e).__name__)

class F:
    def __index__(self):
        return self
try:
    [1, 2][F()]
except TypeError as e:
    print("__index__ returns self:", e)

class H:
    def __len__(self):
        return len(self)
try:
    len(H())
except RecursionError:
    print("__len__ calls len: RecursionError")

class M(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)
class N(metaclass=M):
    pass
try:
    isinstance(1, N)
except RecursionError:
    print("__instancecheck__ loop: RecursionError")

# deep data
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError:
    print("deep repr: RecursionError")
a = []; b = []
for i in range(100000):
    a = [a]; b = [b]
try:
    a == b
except RecursionError:
    print("deep eq: RecursionError")
print("survived")
