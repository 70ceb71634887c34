# Widths and precisions beyond 65,535 (where Rust's own formatter stops)
# give CPython's text: every exact digit of the double, then zeros.


def show(label, s):
    # Long results are summarised: length, both ends, and a digest.
    digest = sum((i + 1) * ord(c) for i, c in enumerate(s)) % 1000003
    print(label, len(s), repr(s[:24]), repr(s[-24:]), digest)


show("f", format(1.5, ".70000f"))
show("e", format(1.5, ".70000e"))
show("g", format(1.5, ".70000g"))
show("#g", format(1.5, "#.70000g"))
show("%", format(0.25, ".70000%"))
show("tiny g", format(5e-324, ".70000g"))
show("tiny f", format(5e-324, ".1200f"))
show("big f", format(1e300, ".70000f"))
show("tenth", format(0.1, ".100000f"))
show("neg", format(-2.5, "+.66000e"))
show("int as f", format(10**50, ".70000f"))
show("int e", format(5, ".70000e"))
show("complex", format(complex(1, 2), ".70000f"))
p = 70000
w = 80000
show("fstring g", f"{1.5:.{p}g}")
show("fstring f", f"{2.0:.{p}f}")
show("fstring w", f"{'ab':{w}}")
show("fstring wf", f"{3.25:>{w}.{p}f}")
show("str.format", "{:.70000f}|{:^70000}".format(1.5, "mid"))
show("str width", format("ab", "\u20ac<70000"))
show("str prec", format("ab", ".70000"))
show("int width", format(12, "70000"))
show("int zero", format(-12, "070000,"))
show("%.*f", "%.*f" % (70000, 1.5))
show("%*s", "%*s" % (70000, "a"))
show("%-*s", "%-*s" % (70000, "a"))
show("%.*d", "%.*d" % (70000, 5))
show("%.*x", "%#.*x" % (70000, 255))
show("%.*e", "%.*e" % (70000, 1.5))
show("%*.*g", "%*.*g" % (80000, 70000, 1.5))
show("%.70000s", "%.70000s" % "ab")
show("%(k)*s", "%(k)70000s" % {"k": "v"})
print(len(b"%.70000d" % 5), len(b"%*s" % (70000, b"a")), len(b"%.*f" % (70000, 1.5)))
print(("%.*f" % (-5, 1.5)), repr(("%*s" % (-70000, "a"))[:3]))
for spec in ["9999999999999", ".99999999999999999999f", ".2147483648f"]:
    try:
        format(1.5, spec)
    except (ValueError, MemoryError) as e:
        print(spec, type(e).__name__, e)
for args in [(2**31, 1.5), (2**63, 1.5)]:
    try:
        "%.*f" % args
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    "%*s" % (2**63, "a")
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(format("ab", ".3000000000")), repr(format("abc", "^.3000000000")))
for v, spec in [(12, ".3000000000"), (1.5, ".3000000000g"), ("ab", ".99999999999999999999")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(type(e).__name__, e)
