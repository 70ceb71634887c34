class A:
    def __len__(self):
        return 3
a = A()
print(len(a))
del A.__len__
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
A.__len__ = lambda self: 7
print(len(a))
a.__len__ = lambda: 99
print(len(a), a.__len__())
class B:
    pass
b = B()
b.__add__ = lambda o: "instance add"
try:
    b + 1
except TypeError as e:
    print("TypeError:", e)
B.__add__ = lambda self, o: "class add"
print(b + 1)
