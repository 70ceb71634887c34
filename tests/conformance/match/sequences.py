def m(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a},{b}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), "ab", range(3), b"ab"]:
    print(repr(v), m(v))
def star_pos(x):
    match x:
        case [*init, 0]:
            return f"ends with 0, init={init}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*_]:
            return "some sequence"
print(star_pos([1, 2, 0]), star_pos((0, 5)), star_pos([3]), star_pos([0]))
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(1, y), *_]:
            return f"starts (1, {y})"
        case _:
            return None
print(nested([[1, 2], [3, 4]]), nested([(1, "q"), 0]), nested([[1], [2]]))
