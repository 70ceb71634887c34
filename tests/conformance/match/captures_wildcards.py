def m(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case other:
            return f"captured {other!r}"
print(m(0), m(-5), m("s"), m([1]))
match 42:
    case _:
        print("wildcard always matches")
match "value":
    case captured:
        pass
print(captured)
def wild(x):
    match x:
        case (_, _):
            return "pair"
        case [_, _, *_]:
            return "2+ seq"
        case _:
            return "any"
print(wild((1, 2)), wild([1, 2, 3]), wild("ab"), wild([1]))
