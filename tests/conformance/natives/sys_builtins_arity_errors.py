# sys's and the built-ins' functions through the door: sys names its
# functions `sys.intern()` where CPython does; built-ins never carry
# `builtins.`.
import sys, builtins


def show(label, f, *a, **k):
    try:
        f(*a, **k)
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


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
