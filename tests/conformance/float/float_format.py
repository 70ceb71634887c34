x = 1234.56789
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", ".10g",
             "G", "%", ".1%", ",", ",.2f", "_.3f", "015.2f", "#.0f", ".0f", ".0e", "n", "=+12.2f"]:
    print(repr(spec), format(x, spec))
for v in [0.0001, 0.00001, 1e15, 1e16, 123456789.0, float("inf"), float("nan"), -0.0]:
    print(format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"))
print(f"{3.14159:.2}", f"{1e-7:.3}", f"{100.0:.3}", f"{1234567.0:.3}")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
