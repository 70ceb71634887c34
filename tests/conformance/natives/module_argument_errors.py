# Every function of the native modules goes through the door: wrong
# argument counts and keywords are refused with CPython's message for the
# function's calling convention (METH_O and METH_NOARGS name it with its
# module, `math.sqrt()`; Argument Clinic's positional-only check does not,
# `pow expected 2 arguments`; keyword parsers name it alone; built-ins
# never carry `builtins.`). Arguments of the wrong type get Argument
# Clinic's wording ("argument", "argument 2" or "argument 'name'", None
# named None), converted in CPython's order (a zlib function's data first).
import math, zlib, unicodedata, _heapq, _bisect, sys, builtins


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "-> ok", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


# unicodedata.decomposition is not in pyx yet.
SKIP = {"decomposition"}
for mod in (math, zlib, unicodedata, _heapq, _bisect):
    for name in sorted(dir(mod)):
        f = getattr(mod, name)
        if type(f).__name__ != "builtin_function_or_method" or name in SKIP:
            continue
        q = mod.__name__ + "." + name
        show(q + "()", f)
        show(q + "(*9)", f, *range(9))
        show(q + "(zz=1)", f, zz=1)
        show(q + "(1, zz=1)", f, 1, zz=1)
        for args in [("a",), (None,), ([],), ("a", "b"), (None, None), (1.5, 1.5), (-1,), (-1, -1), (2**70,), (2**70, 2)]:
            show(q + repr(args), f, *args)

# Keyword binding in Argument Clinic's order: too many in all, too many
# by position, a missing one, then a keyword matching no parameter.
show("bisect_right(x=1, foo=2)", _bisect.bisect_right, x=1, foo=2)
show("bisect_right([], 1, 0, 1, 5)", _bisect.bisect_right, [], 1, 0, 1, 5)
show("bisect_right([], 1, a=[])", _bisect.bisect_right, [], 1, a=[])
show("bisect_left([], 1, lo=0, lo2=1)", _bisect.bisect_left, [], 1, lo=0, lo2=1)
show("insort_left([], 1, 2, 3, 4)", _bisect.insort_left, [], 1, 2, 3, 4)
show("insort_left([], 1, 2, 3, 4, key=1)", _bisect.insort_left, [], 1, 2, 3, 4, key=1)
show("compress(level=1, data=b'')", zlib.compress, level=1, data=b"")
show("compressobj(1,2,3,4,5,6,x=1)", zlib.compressobj, 1, 2, 3, 4, 5, 6, x=1)
show("decompressobj(1, 2, 3)", zlib.decompressobj, 1, 2, 3)
show("decompressobj(wbits=1, zdict=2, x=3)", zlib.decompressobj, wbits=1, zdict=2, x=3)
show("isclose(1, 2, 3)", math.isclose, 1, 2, 3)
show("isclose(1, 2, foo=3)", math.isclose, 1, 2, foo=3)
show("isclose(1, b=2, rel_tol=0.5)", math.isclose, 1, b=2, rel_tol=0.5)
show("isclose(1, 1.05, rel_tol=0.1)", math.isclose, 1, 1.05, rel_tol=0.1)
show("prod([1], start=1, x=1)", math.prod, [1], start=1, x=1)
show("prod(start=1)", math.prod, start=1)
print(math.prod([2, 3], start=5), math.prod([2, 3]), math.isclose(1, 1.0000000001), math.isclose(1, 2, abs_tol=1))
show("log(x=1)", math.log, x=1)
show("log()", math.log)
show("log(1, 2, 3)", math.log, 1, 2, 3)
print(math.log(8, 2), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
show("gcd('a')", math.gcd, "a")
show("isqrt(-1)", math.isqrt, -1)
show("category('ab')", unicodedata.category, "ab")
show("normalize('NFC', 5)", unicodedata.normalize, "NFC", 5)

for name in ["getrecursionlimit", "exc_info", "exception", "excepthook", "getfilesystemencoding",
             "getfilesystemencodeerrors", "get_int_max_str_digits", "set_int_max_str_digits", "is_finalizing",
             "intern", "getdefaultencoding"]:
    f = getattr(sys, name)
    q = "sys." + name
    show(q + "(*9)", f, *range(9))
    show(q + "(zz=1)", f, zz=1)
    show(q + "(1, zz=1)", f, 1, zz=1)
show("sys.intern()", sys.intern)
show("sys.intern(1)", sys.intern, 1)
show("sys.excepthook()", sys.excepthook)
show("sys.set_int_max_str_digits()", sys.set_int_max_str_digits)
show("sys.set_int_max_str_digits(maxdigits='a')", sys.set_int_max_str_digits, maxdigits="a")
show("sys.exit(1, 2)", sys.exit, 1, 2)
show("sys.exit(status=1)", sys.exit, status=1)
try:
    sys.exit()
except SystemExit as e:
    print("exit()", e.code)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit(3)", e.code)
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits())
for name in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod", "format", "getattr",
             "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "aiter", "anext", "len", "next", "oct",
             "ord", "pow", "repr", "round", "setattr", "sum", "vars", "globals", "locals"]:
    f = getattr(builtins, name)
    show(name + "()", f)
    show(name + "(*9)", f, *range(9))
    show(name + "(zz=1)", f, zz=1)
    show(name + "(1, zz=1)", f, 1, zz=1)
for f in (len, abs, divmod):
    print(f.__name__, f.__qualname__, f.__module__, f.__text_signature__)
# Built-ins that parse part of their arguments themselves: counts before
# keywords, as CPython; exec's keyword binding with fewer arguments than
# its positional-only parameters.
for name in ["eval", "exec", "compile", "max", "min", "print", "sorted"]:
    f = getattr(builtins, name)
    show(name + "()", f)
    show(name + "(*9)", f, *range(9))
    show(name + "(zz=1)", f, zz=1)
    show(name + "(1, zz=1)", f, 1, zz=1)
    show(name + "(None)", f, None)
    show(name + "('a', 'b')", f, "a", "b")
show("exec('x=1', globals=1)", exec, "x=1", globals=1)
show("exec('1', {}, closure=None)", exec, "1", {}, closure=None)
show("eval('1', 5)", eval, "1", 5)
show("compile('1', 'f', 'eval', flags=0, zz=1)", compile, "1", "f", "eval", flags=0, zz=1)
show("compile(source='1', filename='f', mode='eval')", compile, source="1", filename="f", mode="eval")


def scope():
    y = 5
    return eval("y + 1"), eval("y + 2", None), eval("y", {"y": 1})


print(scope())

# Wrong types to the built-ins and sys: None is named None.
for name in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod", "format", "getattr",
             "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "aiter", "anext", "len", "next", "oct",
             "ord", "pow", "repr", "round", "setattr", "sum", "vars"]:
    f = getattr(builtins, name)
    for args in [("a",), (None,), ([],), ("a", "b"), (None, None), (1.5, 1.5), (-1,), (-1, -1), (2**70,), (2**70, 2), (1, 2, 3)]:
        show(name + repr(args), f, *args)
for name in ["intern", "set_int_max_str_digits"]:
    f = getattr(sys, name)
    for args in [("a",), (None,), (1.5,), (2**70,), (None, None, None), (1, 2, 3)]:
        show(name + repr(args), f, *args)
