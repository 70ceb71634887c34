print(type(1), type("s"), type([]), type(type), type(None), type(len), type(...))
class A:
    pass
print(str(type(A())).replace(__name__, "M"), type(A()).__name__)
T = type("T", (A,), {"x": 5, "hello": lambda self: "hi " + type(self).__name__})
t = T()
print(T.__name__, t.x, t.hello(), isinstance(t, A), T.__bases__[0].__name__, T.__mro__[1] is A)
try:
    type("U", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("U", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
