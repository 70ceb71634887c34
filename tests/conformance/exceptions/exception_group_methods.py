eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"), ExceptionGroup("sub", [ValueError("v2"), KeyError("k")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), repr(eg.split(Exception)[1]))
print(repr(eg.derive([ValueError("new")])))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print("TypeError:", e)
