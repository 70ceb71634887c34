vals = [1.5-2j, -0.0+1j, 0j, 1j, complex(-0.0, -0.0), complex(1e20, 3), complex(float("inf"), float("nan")), 123456.789+0.001j]
specs = ["", "g", ".2f", "10.3e", "<30", "^30.2f", "+", " .3g", "#g", ",.2f", "_.1f", "n", "z.1f", "*>25", "x", "%", "010", "=20", "0<20"]
for v in vals:
    for s in specs:
        try:
            print(repr(s), repr(format(v, s)))
        except (ValueError, TypeError) as e:
            print(repr(s), type(e).__name__, e)
print(f"{1+2j:>12.1f}|{3j!r:>8}|")
