def m(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one-or-two"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imag"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, 2, -1, 1.5, 2j, "hello", b"bytes", True, False, None, 0.0, 1.0, "x", [], 3]:
    print(repr(v), m(v))
