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


# bytes.hex converts bytes_per_sep (a C int) before checking sep.
attempt("b.hex('0x1f', None)", lambda: b"ab".hex("0x1f", None))
attempt("b.hex('', 1.5)", lambda: b"ab".hex("", 1.5))
attempt("ba.hex('::', 2**70)", lambda: bytearray(b"ab").hex("::", 2**70))
attempt("b.hex(':', 2)", lambda: b"abc".hex(":", 2))
# A bytes format takes a bytes or bytearray argument as one value.
attempt("b'xy' % b'a'", lambda: b"xy" % b"a")
attempt("b'xy' % bytearray()", lambda: b"xy" % bytearray())
attempt("b'%s' % b'a'", lambda: b"%s" % b"a")
attempt("b'xy' % {}", lambda: b"xy" % {})
attempt("b'xy' % (1,)", lambda: b"xy" % (1,))
attempt("'xy' % b'a'", lambda: "xy" % b"a")
# chr takes a C int; int.to_bytes checks the byte order first.
for x in (2**63 - 1, 2**31, -1, 0x110000, 1.5):
    attempt("chr(%r)" % (x,), lambda: chr(x))
attempt("(2**64).to_bytes(3, '0x1f')", lambda: (2**64).to_bytes(3, "0x1f"))
attempt("(5).to_bytes(2, 5)", lambda: (5).to_bytes(2, 5))
attempt("(5).to_bytes(-1, 'x')", lambda: (5).to_bytes(-1, "x"))
attempt("int.from_bytes(b'a', 5)", lambda: int.from_bytes(b"a", 5))
# List subscripts too big for an index are an IndexError.
for k in (2**63, -10**20, "a", 1.5):
    def setit(k=k):
        x = [1]
        x[k] = 0
    def delit(k=k):
        x = [1]
        del x[k]
    attempt("l[%r] = 0" % (k,), setit)
    attempt("del l[%r]" % (k,), delit)
# int's binary methods with a float (or a modulus and a non-int): NotImplemented.
attempt("(255).__divmod__(-inf)", lambda: (255).__divmod__(-float("inf")))
attempt("(255).__rdivmod__(1.5)", lambda: (255).__rdivmod__(1.5))
attempt("(2).__pow__(0.5)", lambda: (2).__pow__(0.5))
attempt("(2).__rpow__(0.5)", lambda: (2).__rpow__(0.5))
attempt("(2).__pow__(3, 5)", lambda: (2).__pow__(3, 5))
attempt("(2).__pow__([1], 'a')", lambda: (2).__pow__([1], "a"))
attempt("(2.0).__pow__(3, 5)", lambda: (2.0).__pow__(3, 5))
attempt("(1.5).__divmod__(1)", lambda: (1.5).__divmod__(1))


# bytes() and bytearray() of an object with __index__ take it as a count.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        if self.n == "loop":
            return self.__index__()
        if self.n == "type":
            raise TypeError("no")
        return self.n

    def __iter__(self):
        return iter([65, 66])


for n in (3, -1, "loop", "type"):
    attempt("bytes(Idx(%r))" % (n,), lambda: bytes(Idx(n)))
    attempt("bytearray(Idx(%r))" % (n,), lambda: bytearray(Idx(n)))


# Protocols 0 and 1 cannot reduce an instance of a built-in type.
class U:
    pass


for x in (True, 5, [1], {}, "a", 1.5, b"x", (1,)):
    for p in (0, 1):
        attempt("%r.__reduce_ex__(%d)" % (x, p), lambda: x.__reduce_ex__(p))
attempt("range(2).__reduce_ex__(1)", lambda: range(2).__reduce_ex__(1))


# bytes center/ljust/rjust convert the width before checking the fill byte.
attempt("b.center(2**64, '{0}')", lambda: b"xy".center(2**64, "{0}"))
attempt("b.ljust('a', 'bb')", lambda: b"xy".ljust("a", "bb"))
attempt("ba.rjust(5, b'-')", lambda: bytearray(b"xy").rjust(5, b"-"))


# A list or tuple subclass is iterated through its own __iter__ when a
# list, tuple or set is built from it.
class LS(list):
    def __iter__(self):
        return iter([1, 2])


class TS(tuple):
    def __iter__(self):
        return iter("ab")


for name, f in (("set(LS)", lambda: set(LS([5]))), ("list(LS)", lambda: list(LS([5]))),
                ("tuple(LS)", lambda: tuple(LS([5]))), ("[*LS]", lambda: [*LS([5])]),
                ("sorted(LS)", lambda: sorted(LS([5]))), ("[0] + LS", lambda: [0] + LS([5])),
                ("list(TS)", lambda: list(TS((1,)))), ("tuple(TS)", lambda: tuple(TS((1,)))),
                ("sorted(set(TS))", lambda: sorted(set(TS((1,)))))):
    attempt(name, f)


def ext():
    x = [0]
    x.extend(LS([5]))
    return x


attempt("[0].extend(LS)", ext)
