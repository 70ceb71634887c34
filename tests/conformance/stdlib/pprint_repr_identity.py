# pprint decides how to print a container by the __repr__ its class finds,
# compared by identity with the builtin's (as CPython): a subclass that
# assigns the builtin's __repr__ is printed like the builtin.
import pprint


class L(list):
    pass


class M(list):
    __repr__ = list.__repr__


class N(list):
    def __repr__(self):
        return "N(...)"


class D(dict):
    __repr__ = dict.__repr__


class I(int):
    __repr__ = int.__repr__


class J(int):
    def __repr__(self):
        return "J!"


class T(tuple):
    pass


long = list(range(30))
for obj in [L(long), M(long), N(long), D({i: "x" * 10 for i in range(8)}),
            [I(5), J(6), T((1, 2))], {"k": J(1), "m": I(2)}, T(long),
            (L([1]), M([2]), N([3]))]:
    print(pprint.pformat(obj))
    print(pprint.pformat(obj, width=20))
    print(pprint.saferepr(obj), pprint.isreadable(obj))
pprint.pprint([M(long), D({1: M(long)})], width=40)
pprint.pprint(L(long), underscore_numbers=True, compact=True, width=30)
