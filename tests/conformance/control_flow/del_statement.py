a = [1, 2, 3, 4, 5]
del a[1]
print(a)
del a[1:3]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
del c.a
print(vars(c))
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del c.missing
except AttributeError as e:
    print("AttributeError:", e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
