s = "hello"
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<7", ".3", "10.2", "^9.1", "=>8", "s", "0>8", "08"]:
    try:
        print(repr(spec), repr(format(s, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for spec in ["+", " ", "#", ",", "=10", "x"]:
    try:
        print(repr(spec), repr(format(s, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
