d = {}
d[1] = "int"
d[1.0] = "float overwrote value"
d[True] = "bool overwrote value"
print(d, len(d))
d[2.5] = "x"
d[-0.0] = "neg zero"
d[0] = "zero"
print(d)
print({10 ** 20: "big", 1e20: "float"}, {float("nan"): 1, float("nan"): 2} != {})
