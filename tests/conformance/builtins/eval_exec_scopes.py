x = "global"
def f():
    x = "local"
    return eval("x")
print(f(), eval("x"))
def g():
    y = 10
    return eval("y + 1", {}, {"y": 5})
print(g())
ns = {}
exec("x = 'in ns'", ns)
print(x, ns["x"])
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
code2 = compile("result = 7 * 6", "<stmt>", "exec")
d = {}
exec(code2, d)
print(d["result"])
single = compile("q = 1", "<s>", "single")
exec(single, d)
print(d["q"])
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    compile("1", "<x>", "weird")
except ValueError as e:
    print("ValueError:", e)
