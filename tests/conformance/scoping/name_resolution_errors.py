def f():
    print(undefined_global)
try:
    f()
except NameError as e:
    print("NameError:", e)
def g():
    v = v + 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class C:
    def m(self):
        return m
try:
    C().m()
except NameError as e:
    print("NameError:", e)
def h():
    return [w for w in range(2)], w
try:
    h()
except NameError as e:
    print("NameError:", e)
