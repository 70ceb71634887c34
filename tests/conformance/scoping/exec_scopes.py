def f():
    local_var = 1
    exec("local_var = 2")
    return local_var
print(f())
ns = {"a": 1}
exec("b = a + 1", ns)
print(ns["b"])
g = {}
l = {}
exec("x = 5\ndef fn():\n    return x\n", g, l)
print(l["x"], "x" in g)
try:
    l["fn"]()
except NameError as e:
    print("NameError:", e)
exec("y = 7\ndef fn2():\n    return y\nr = fn2()", g)
print(g["r"])
