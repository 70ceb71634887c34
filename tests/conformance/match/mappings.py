def m(x):
    match x:
        case {"type": "point", "x": x0, "y": y0}:
            return f"point {x0},{y0}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-or-other mapping"
        case _:
            return "not a mapping"
print(m({"type": "point", "x": 1, "y": 2, "extra": 0}))
print(m({"type": "circle", "r": 5, "color": "red", "z": 1}))
print(m({"type": "hex"}), m({"other": 1}), m({}), m([("type", "point")]))
class Mapping(dict):
    pass
print(m(Mapping(type="point", x=0, y=0)))
def keys(x):
    match x:
        case {1: a, "two": b, None: c}:
            return (a, b, c)
    return "no"
print(keys({1: "i", "two": "s", None: "n"}), keys({1: "i"}))
class Missing(dict):
    def __missing__(self, k):
        return "default"
print(keys(Missing({1: 1, "two": 2})))
