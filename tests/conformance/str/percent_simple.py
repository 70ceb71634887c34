# `str % args` with bare %s directives (a fast path) and its neighbours
# that must still take the general formatter, errors included.
cases = [
    ("%s: %s", ("a", "b")), ("%s: %s", ("a", 1)), ("%s", -12345678901234), ("%s", "x"),
    ("[%s]", "é☃😀"), ("é%s☃%%%s", ("ü", 0)), ("abc", ()), ("abc", "x"), ("abc", 5), ("abc", {}),
    ("%s", ()), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%", "a"), ("%s%", ("a",)), ("%%", ()),
    ("%s", True), ("%s", None), ("%s", [1]), ("%s", {"a": 1}), ("%(a)s", {"a": 1}),
    ("%s", 2**70), ("%s", -0), ("%s", -9223372036854775808), ("%d %s", (1, "x")), ("100%%", ()),
    ("%s", ("a",)), ("", ()), ("", "a"), ("%s%s%s", ("", "", "")),
]
class S(str):
    def __str__(self): return "sub"
cases += [("%s", S("x")), ("%s", (S("y"),))]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
