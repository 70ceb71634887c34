# super(...).m(args) calls the function found past the class in the
# instance's MRO with the instance first (eval.rs super_method); other
# kinds of attribute and of super keep the general path.


class A:
    def __init__(self, x):
        self.x = x

    def who(self, tag):
        return ("A.who", type(self).__name__, tag)

    @classmethod
    def cm(cls, v):
        return ("A.cm", cls.__name__, v)

    @staticmethod
    def sm(v):
        return ("A.sm", v)

    @property
    def prop(self):
        return "A.prop"


class B(A):
    def __init__(self, x):
        super().__init__(x * 2)

    def who(self, tag):
        return ("B", super().who(tag), super(B, self).who(tag + 1))

    @classmethod
    def cm(cls, v):
        return ("B.cm", super().cm(v))

    @staticmethod
    def sm(v):
        return ("B.sm", super(B, B).sm(v))


class C(B):
    def __init__(self):
        super(B, self).__init__(5)
        self.who = "shadowed in the instance"

    def run(self):
        return [super().who(1), super(B, self).who(2), super().cm(3), super().sm(4), super().prop]


for _ in range(2):
    c = C()
    print(c.x, c.run(), B(3).x, B.cm(1), C.cm(2), B.sm(0))

# Not found: AttributeError with super's message.
class D(A):
    def f(self):
        return super().missing()

try:
    D(1).f()
except AttributeError as e:
    print("AttributeError:", e)

# Found on object: a native method.
class E:
    def __init__(self):
        super().__init__()
        self.ok = super().__repr__().startswith("<")

print(E().ok)

# The function changed on the base after the first calls.
def new_who(self, tag):
    return ("new A.who", tag)

b = B(1)
print(b.who(1))
A.who = new_who
print(b.who(1))
A.who = lambda self, tag: ("lambda", tag)
print(b.who(1))

# super bound to a class: functions come unbound.
class G(A):
    @classmethod
    def k(cls):
        return super(G, cls).who(cls, 7)

print(G.k())

# Wrong arguments: the same errors.
class H(A):
    def bad(self):
        return super().who()

try:
    H(0).bad()
except TypeError as e:
    print("TypeError:", e)
