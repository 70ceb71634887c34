x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    z = 1
    def inner():
        return z
    del z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
class A:
    attr = 1
del A.attr
print(hasattr(A, "attr"))
