a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) != id(c))
print(None is None, True is True, type(a) is list)
x = object()
print(x is x, [x].index(x), x in [x], (x,) == (x,))
