x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print("x" in g, g["x"], "f" in g, g["__name__"])
g["dynamic"] = 99
print(dynamic)
class K:
    y = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
