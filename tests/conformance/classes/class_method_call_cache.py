# `C.m(args)` caches what loading m from the class C gives (eval.rs
# ic_class_attr_get): a function, a staticmethod's function, or a
# classmethod's function called with C first. Changes must show at once.


class Strength:
    def __init__(self, v):
        self.v = v

    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a.v > b.v)

    @staticmethod
    def weaker(a, b):
        return a.v < b.v

    def plain(x, y):
        return ("plain", x, y)


class Sub(Strength):
    pass


s1, s2 = Strength(1), Strength(2)


def calls(c):
    return [c.stronger(s1, s2), c.weaker(s1, s2), c.plain(1, 2)]


# Class and subclass through the same sites.
for c in (Strength, Sub, Strength, Sub):
    print(calls(c))

# An instance through the same sites: classmethod still gets the class,
# a plain function gets the instance.
def calls_obj(o):
    return [o.stronger(s1, s2), o.weaker(s1, s2)]

print(calls_obj(s1), calls_obj(Strength), calls_obj(s2))

def mixed(x):
    try:
        return x.plain(1)[0]
    except TypeError as e:
        return "TypeError: %s" % e

print([mixed(x) for x in (Strength, s1, Strength, s1)])

# Replaced on the class after the first calls.
Strength.stronger = classmethod(lambda cls, a, b: ("new", cls.__name__))
print(calls(Strength), calls(Sub))
Strength.stronger = staticmethod(lambda a, b: "static now")
print(calls(Strength))
Sub.stronger = classmethod(lambda cls, a, b: ("sub's own", cls.__name__))
print(calls(Strength), calls(Sub))
del Sub.stronger
print(calls(Sub))

# A classmethod of something that is not a plain function.
class CallableThing:
    def __call__(self, *args):
        return ("callable", len(args))

Strength.stronger = classmethod(CallableThing())
print(calls(Strength))

# A metaclass attribute of the same name: the class's own wins (a
# non-data descriptor on the metaclass), a data descriptor on the
# metaclass wins over the class.
class Meta(type):
    def stronger(cls, a, b):
        return "meta's"

class WithMeta(metaclass=Meta):
    @classmethod
    def stronger(cls, a, b):
        return ("own", cls.__name__)

def meta_calls():
    return [WithMeta.stronger(s1, s2) for _ in range(2)]

print(meta_calls())
del WithMeta.stronger
print(meta_calls())

class DataMeta(type):
    @property
    def stronger(cls):
        return lambda a, b: "meta property"

class WithData(metaclass=DataMeta):
    @classmethod
    def stronger(cls, a, b):
        return "own"

print([WithData.stronger(s1, s2) for _ in range(2)])

# The bound method, when it is looked at, is a fresh bound method.
m1, m2 = Sub.stronger, Sub.stronger
print(m1 == m2, m1 is m2, m1.__self__ is Sub, m1.__func__ is m2.__func__)

# Errors keep their messages.
class Q:
    @classmethod
    def need(cls, a):
        return a

for args in ((), (1,), (1, 2)):
    try:
        print(Q.need(*args))
    except TypeError as e:
        print("TypeError:", e)
