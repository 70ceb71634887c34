def t(s):
    try:
        print(repr(float(s)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["3.14", "  -2.5\n", "1e10", "1E-3", ".5", "5.", "1_000.5", "+0", "-0", "0x10", "1e", "e5", "",
          "abc", "1.2.3", "inf", "-iNF", "nan", "infinity", "1__0", "1e400", "-1e400", "1e-400", "١.٥", "0.1e1_0"]:
    t(s)
t(b"2.5")
t(None)
t([1.0])
print(float(), float(5), float(True), float(10 ** 20))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
