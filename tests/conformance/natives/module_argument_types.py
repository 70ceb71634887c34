# Arguments of the wrong type to native module functions: Argument
# Clinic's wording ("argument", "argument 2" or "argument 'name'", and
# None named as None), and CPython's order of conversion (the data of a
# zlib function first).
import math, zlib, unicodedata, _heapq, _bisect


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "-> ok", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


SKIP = {"decomposition"}
for mod in (math, zlib, unicodedata, _heapq, _bisect):
    for name in sorted(dir(mod)):
        f = getattr(mod, name)
        if type(f).__name__ != "builtin_function_or_method" or name in SKIP:
            continue
        q = mod.__name__ + "." + name
        for args in [("a",), (None,), ([],), ("a", "b"), (None, None), (1.5, 1.5), (-1,), (-1, -1), (2**70,), (2**70, 2)]:
            show(q + repr(args), f, *args)
show("gcd('a')", math.gcd, "a")
show("isqrt(-1)", math.isqrt, -1)
show("category('ab')", unicodedata.category, "ab")
show("normalize('NFC', 5)", unicodedata.normalize, "NFC", 5)
