print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval("  42  "))
ns = {"a": 5}
print(eval("a * 2", ns), eval("b + a", ns, {"b": 1}))
exec("c = a + 1\ndef f(x):\n    return x * c\n", ns)
print(ns["c"], ns["f"](3), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("for i in range(3):\n    total = i * 10", {}, loc)
print(loc)
print(exec("1 + 1"), eval("None"))
g = {}
exec("import_free = [n for n in range(3)]", g)
print(g["import_free"])
def t(src, mode=eval):
    try:
        print(mode(src))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("1 / 0")
t("undefined_name")
t("x = 1")
t("def")
t("1 +", exec)
t("return 5", exec)
t("break", exec)
