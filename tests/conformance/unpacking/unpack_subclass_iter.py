# Unpacking an exact tuple or list reads its items in place; a subclass's
# own __iter__ decides what it unpacks to, as in CPython.
class T(tuple):
    def __iter__(self):
        yield "x"
        yield "y"
a, b = T((5, 6))
print(a, b)
class L(list):
    def __iter__(self):
        return iter([7, 8, 9])
a, b, c = L([1, 2, 3])
print(a, b, c)
try:
    a, b = L([1, 2])
except ValueError as e:
    print(e)
a, b = [1, 2]; print(a, b)
a, b = (3, 4); print(a, b)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
x = [1, 2]
x[0], x[1] = x
print(x)
