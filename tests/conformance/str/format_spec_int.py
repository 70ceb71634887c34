n = 42
for spec in ["", "d", "5", "<5", "^5", ">5", "05", "+05", "=+5", "*>+7", "x", "#X", "#o", "#b", "08b", "c", "e", ".1f", "%", "g",
             "_b", ",", "_", "10,", "-", " ", "+,", "n", "#06x", "^#10x"]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec not in ("c",) else "")
for spec in [",d", ",x", "_o", "z", ".", "5.5.5", ",_", "=c"]:
    try:
        print(repr(spec), repr(format(n, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(True, ""), format(True, "d"), format(False, ">5"), format(True, "^6s") if False else "")
