x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
f()
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 0
g()
def h(flag):
    if flag:
        z = 1
    return z
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def k():
    v = 1
    del v
    return v
try:
    k()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 2
    return inner()
print(outer())
