def area(shape):
    match shape:
        case ("square", s):
            return s * s
        case ("rect", w, h):
            return w * h
        case _:
            raise ValueError(f"unknown shape {shape!r}")
print(area(("square", 3)))
print(area(("rect", 2, 5)))
print(area(("circle", 1)))
