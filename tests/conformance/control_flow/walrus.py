data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
items = iter(["a", "b", "", "c"])
while (item := next(items)):
    print("item", item)
print((y := 5) + y, y)
def f(x):
    return (z := x * 2), z + 1
print(f(3))
print([m for s in ["a1", "b", "c22"] if (m := len(s)) > 1], m)
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("x := 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
