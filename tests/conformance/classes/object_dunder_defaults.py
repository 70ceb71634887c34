class A:
    pass
a = A()
print(a.__class__.__name__, A.__name__, A.__module__, A.__doc__, A.__dict__.get("__doc__"))
print(type(a.__dict__).__name__, a.__eq__(a), a.__ne__(a), a.__lt__(a), a.__hash__() == hash(a))
print(object.__str__(a) == object.__repr__(a), a.__format__("") == str(a))
try:
    format(a, "x")
except TypeError as e:
    print("TypeError:", e)
print(a.__sizeof__() > 0 if False else "skip", A.__init__ is object.__init__, A.__new__ is object.__new__)
print(isinstance(A.__dict__, dict), "__dict__" in A.__dict__)
