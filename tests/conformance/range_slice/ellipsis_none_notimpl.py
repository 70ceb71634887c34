print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(...), str(Ellipsis))
print(None, type(None).__name__, None is None, bool(None), repr(None), None == 0, None == None)
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
print(bool(...), [...], {...: 1})
def f():
    pass
print(f(), f() is None)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
