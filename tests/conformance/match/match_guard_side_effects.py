calls = []
def check(label, result):
    calls.append(label)
    return result
def m(x):
    match x:
        case [a] if check("g1", a > 5):
            return "big single"
        case [a] if check("g2", a > 0):
            return "positive single"
        case [a, b] if check("g3", a == b):
            return "pair equal"
        case _:
            return "other"
for v in [[10], [1], [-1], [2, 2], [2, 3]]:
    calls.clear()
    print(v, m(v), calls)
