# Found by the diff fuzzer: in a subscript assignment or deletion, CPython
# converts the key and checks the value in a fixed order, and the first
# error wins:
# - a sequence without item assignment (tuple, str, range, a class without
#   __setitem__) still converts an index key with __index__ first;
# - bytearray slice assignment unpacks the slice (its bounds' __index__, a
#   zero step) before it looks at the value, refuses a number or a str, and
#   copies any other value to a bytearray and unpacks the slice again;
# - a list's extended slice refuses a non-iterable in its own words, and an
#   error raised while iterating the value is not replaced.


class K:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  index", self.n)
        return self.n


def gen():
    print("  gen start")
    yield 1
    print("  gen end")


class It:
    def __iter__(self):
        print("  It.__iter__")
        return iter([7])


def boom():
    yield 1
    raise KeyError("from the value")


def attempt(label, f):
    print(label)
    try:
        print("  ->", f())
    except Exception as e:
        print("  ->", type(e).__name__ + ":", e)


class Plain:
    pass


for mk in (lambda: [1, 2, 3, 4], lambda: bytearray(b"abcd")):
    kind = type(mk()).__name__
    for vname, v in (("gen", gen), ("It", It), ("str", lambda: "str"), ("int", lambda: 5),
                     ("float", lambda: 1.5), ("bytes", lambda: b"xy"), ("boom", boom), ("self", None)):
        def run(key, v=v, mk=mk):
            x = mk()
            x[key()] = x if v is None else v()
            return x
        attempt("%s[K(1):K(2)] = %s" % (kind, vname), lambda: run(lambda: slice(K(1), K(2))))
        attempt("%s[K(0):K(4):K(2)] = %s" % (kind, vname), lambda: run(lambda: slice(K(0), K(4), K(2))))
        attempt("%s[K(1):'x'] = %s" % (kind, vname), lambda: run(lambda: slice(K(1), "x")))
        attempt("%s[::0] = %s" % (kind, vname), lambda: run(lambda: slice(None, None, 0)))
        attempt("%s[K(9)] = %s" % (kind, vname), lambda: run(lambda: K(9)))


def setter(obj, key):
    def f():
        obj[key] = 1
    return f


def deleter(obj, key):
    def f():
        del obj[key]
    return f


for obj in ((1,), "ab", b"ab", range(3), {}.keys(), frozenset(), Plain(), 5, None):
    name = type(obj).__name__
    attempt(name + "[K(0)] = 1", setter(obj, K(0)))
    attempt("del " + name + "[K(0)]", deleter(obj, K(0)))
    attempt(name + "[2**100] = 1", setter(obj, 2**100))
    attempt(name + "['k'] = 1", setter(obj, "k"))
