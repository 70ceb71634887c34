# Found by the diff fuzzer (run of 2026-12-06, seeds 9000000+): conversions
# that CPython does in another order or by another protocol than pyx did.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


# bytes.split/rsplit convert maxsplit (a Py_ssize_t) before looking at sep;
# expandtabs takes a C int.
attempt("b.split(str, -10**20)", lambda: b"xy".split("abc", -10**20))
attempt("ba.rsplit(1, 10**20)", lambda: bytearray(b"xy").rsplit(1, 10**20))
attempt("b.split(b' ', maxsplit=0)", lambda: b"a b".split(b" ", maxsplit=0))
attempt("b.split(sep=None, maxsplit=1)", lambda: b"a b c".split(sep=None, maxsplit=1))
attempt("b.rsplit(b' ', 1, 2)", lambda: b"a b".rsplit(b" ", 1, 2))
attempt("b.split(x=1)", lambda: b"a b".split(x=1))
attempt("b.split(' ')", lambda: b"a b".split(" "))
attempt("ba.split(maxsplit=1.5)", lambda: bytearray(b"a b").split(maxsplit=1.5))
attempt("ba.rsplit(ba(b' '))", lambda: bytearray(b"a  b").rsplit(bytearray(b" ")))
for x in ("a\tb", b"a\tb", bytearray(b"a\tb")):
    n = type(x).__name__
    attempt(n + ".expandtabs(2**40)", lambda: x.expandtabs(2**40))
    attempt(n + ".expandtabs(1.5)", lambda: x.expandtabs(1.5))
    attempt(n + ".expandtabs(tabsize=2)", lambda: x.expandtabs(tabsize=2))
    attempt(n + ".expandtabs(x=2)", lambda: x.expandtabs(x=2))
    attempt(n + ".expandtabs(2, 3)", lambda: x.expandtabs(2, 3))

# object.__reduce_ex__ takes a C int protocol.
for p in (None, 2**63, -2**63 - 1, 1.5, 2):
    attempt("(5e-324).__reduce_ex__(%r)" % (p,), lambda: (5e-324).__reduce_ex__(p)[1:])


# The state is found on the class: a __getattr__ is not asked for it.
class G:
    def __getattr__(self, name):
        return {}[name]


attempt("G().__reduce_ex__(2)[2:]", lambda: G().__reduce_ex__(2)[2:])


# float() of a float (or int, or str) subclass defining __float__ calls it.
class F(float):
    def __float__(self):
        print("  F.__float__")
        return 2.5


class Loop(float):
    def __float__(self):
        return float(self)


class I(int):
    def __float__(self):
        return 0.5


class S(str):
    def __float__(self):
        return 7.0


attempt("float(F(1))", lambda: float(F(1)))
attempt("float(Loop(1))", lambda: float(Loop(1)))
attempt("float(I(3))", lambda: float(I(3)))
attempt("float(S('1'))", lambda: float(S("1")))


class Sub(float):
    pass


attempt("float(Sub(1.5))", lambda: float(Sub(1.5)))
# float() of bytes-like objects parses their text.
for x in (b"1.5", bytearray(b" 2 "), b"x", bytearray(b""), b"1e500"):
    attempt("float(%r)" % (x,), lambda: float(x))


# Building a list or a tuple from a user iterable asks its __len__ (or
# __length_hint__) for a size, after taking the iterator.
class L:
    def __iter__(self):
        print("  L.__iter__")
        return iter([1, 2])

    def __len__(self):
        print("  L.__len__")
        return 2


class Bad:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return len(list(self))


class Neg:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return -1


class NotInt:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return "x"


class Hint:
    def __init__(self, h):
        self.h = h

    def __iter__(self):
        return iter([3])

    def __length_hint__(self):
        print("  hint")
        if isinstance(self.h, type) and issubclass(self.h, Exception):
            raise self.h("from hint")
        return self.h


for name, mk in (("L", L), ("Bad", Bad), ("Neg", Neg), ("NotInt", NotInt)):
    attempt("list(%s())" % name, lambda: list(mk()))
    attempt("tuple(%s())" % name, lambda: tuple(mk()))
    attempt("[*%s()]" % name, lambda: [*mk()])
    attempt("sorted(%s())" % name, lambda: sorted(mk()))
    attempt("[0].extend(%s())" % name, lambda: [0].extend(mk()))
    attempt("set(%s())" % name, lambda: set(mk()))
for h in (1, -1, "x", NotImplemented, TypeError, KeyError):
    attempt("list(Hint(%r))" % (h,), lambda: list(Hint(h)))
attempt("''.join(L())", lambda: "".join(str(x) for x in L()))
