def kind(x):
    match x:
        case str() | bytes():
            return "text"
        case [*_]:
            return "sequence"
        case {**rest}:
            return f"mapping {len(rest)}"
        case _:
            return "scalar"
for v in ["s", b"b", bytearray(b"x"), [1], (1,), range(2), {"k": 1}, 5, {1, 2}, iter([1])]:
    print(type(v).__name__, kind(v))
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        pass
    case _:
        pass
print("x after failed partial match:", x)
match 1, 2:
    case a, b:
        print("tuple subject", a, b)
match {"a": 1}:
    case {"a": 1, **kw} if not kw:
        print("exact mapping")
