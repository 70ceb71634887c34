name, n, pi = "Ann", 7, 3.14159265
print(f"{name} has {n} items", f"{n * 2}", f"{name!r}", f"{name!s:>6}", f"{'é'!a}")
print(f"{pi:.2f}", f"{pi:10.4f}|", f"{n:04d}", f"{n:b}", f"{n:#x}", f"{255:X}", f"{n:+}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|", f"{pi:>{w}}|", f"{name:{'*'}^{w}}")
print(f"{n=}", f"{pi=:.2f}", f"{name=!r}", f"{n + 1 = }", f"{ n = }", f"{name=!s}")
print(f"{{literal}}", f"{{{n}}}", f"{'nested ' + f'{n}'}", f"{[x * 2 for x in range(3)]}")
d = {"k": "v"}
print(f"{d['k']}", f"{d}", f"{(lambda x: x + 1)(4)}", f"{n if n > 5 else 0}", f"{n:{'>'}{5}}")
print(f"{3.0!r:>6}", f"{'a' 'b'}", f"""{
    n
}""", rf"\n{n}", fr"{n}\t")
class C:
    def __format__(self, spec):
        return f"C[{spec}]"
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "strC"
c = C()
print(f"{c}", f"{c:xyz}", f"{c!r}", f"{c!s}", f"{c!r:>6}", format(c, "q"), "{:abc}".format(c))
print(f"{1e20:,.0f}", f"{-0.5:.0f}", f"{12345:_>+10,}", f"{0.000123:.2e}", f"{True:d}", f"{None!r}")
try:
    f"{n:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
