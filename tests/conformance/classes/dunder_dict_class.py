class A:
    x = 1
    def f(self):
        pass
a = A()
a.y = 2
print(a.__dict__, "x" in A.__dict__, "f" in A.__dict__, type(A.__dict__).__name__)
a.__dict__["z"] = 3
print(a.z, vars(a))
try:
    A.__dict__["x"] = 5
except TypeError as e:
    print("TypeError:", e)
print(a.__class__ is A, a.__class__.__name__, A.__class__ is type, A.__name__, A.__qualname__)
class B:
    pass
a.__class__ = B
print(type(a).__name__, isinstance(a, A))
