def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f1():
    a, b, c = [1, 2]
def f2():
    a, b = [1, 2, 3]
def f3():
    a, b = 1
def f4():
    a, *b, c = [1]
def f5():
    a, b = "abc"
def f6():
    (a, b), c = [1, 2], 3
def f7():
    a, b = {"x": 1}
def f8():
    a, b = (x for x in range(5))
def f9():
    a, b, c, d = "ab"
def f10():
    x, = []
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10]:
    t(f)
try:
    exec("a, *b, *c = [1, 2, 3]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("*a = [1]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
