# pprint treats an object as an int, dict, list or tuple when its class's
# __repr__ is that builtin's own (found by getattr, compared by identity)
# and it is a subclass of the builtin; exact builtins are the plain case.
import collections
import pprint


class I(int):
    pass


class IR(int):
    def __repr__(self):
        return "IR<%d>" % int(self)


class Di(dict):
    pass


class DR(dict):
    def __repr__(self):
        return "DR" + dict.__repr__(self)


class Li(list):
    pass


class LR(list):
    def __repr__(self):
        return "LR!"


class Tu(tuple):
    pass


class TR(tuple):
    def __repr__(self):
        return "TR" + tuple.__repr__(self)


class Meta(type):
    def __repr__(cls):
        return "<Meta %s>" % cls.__name__


class WithMeta(metaclass=Meta):
    pass


class FakeInt:
    __repr__ = int.__repr__


Point = collections.namedtuple("Point", "x y")
values = [
    5, True, I(6), IR(7), Di({2: 1, 1: 2}), DR({2: 1, 1: 2}), Li([3, 1]), LR([1]),
    Tu((1,)), Tu(()), TR((4, 5)), Point(1, 2), WithMeta, (1,), (), [], {},
    collections.OrderedDict([(2, 1), (1, 2)]), collections.Counter("abca"),
    [I(1), IR(2), Li([Tu((3,))])], 10**40, -0, I(-3),
]
for v in values:
    print(pprint.saferepr(v), pprint.isreadable(v), pprint.isrecursive(v))
    print(pprint.pformat(v, width=10))
    print(pprint.pformat([v, v], underscore_numbers=True))
try:
    pprint.saferepr(FakeInt())
except TypeError as e:
    print("TypeError", e)
print(pprint.pformat([10**9, I(12345678)], underscore_numbers=True))
