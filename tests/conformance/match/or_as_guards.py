def m(x):
    match x:
        case (0 | 1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, _] as whole:
            return f"letter {letter} in {whole}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str(s) if len(s) > 3 and s.isalpha():
            return f"long word {s}"
        case str(s) if (calls := len(s)):
            return f"short str len {calls}"
        case _:
            return "fallback"
for v in [0, 2, ["a", 1], ["b", 2], ["c", 3], 500, 500.5, 50, "hello", "hi", "", "12345"]:
    print(repr(v), m(v))
guard_calls = []
def g(v):
    guard_calls.append(v)
    return False
match 1:
    case 1 if g("first"):
        pass
    case 1 if g("second"):
        pass
    case _:
        print("guards evaluated:", guard_calls)
