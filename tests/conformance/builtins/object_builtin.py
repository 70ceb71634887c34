o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, type.__bases__, int.__bases__, bool.__bases__, bool.__mro__)
class A:
    pass
print(A.__bases__, A.__mro__ == (A, object), object.__eq__(o, o), object.__ne__(o, 5), object.__eq__(o, 5))
print("__init__" in dir(object), "__eq__" in dir(object))
