# Slicing an exact list or tuple with int/None bounds (the eval loop does
# it without a slice object) against subclasses, generators that resize
# the list while it is assigned, and errors.
l = list(range(10))
print(l[:], l[2:5], l[::-1], l[5::-1], l[-3:], l[:100], l[100:], l[::3], l[1:8:2], l[8:1:-3])
t = tuple(l)
print(t[:], t[2:5], t[::-1], t[5::-1])
m = l[:]
m[:3] = [7, 8]
print(m)
m[::2] = 'abcde'
print(m)
m[1:1] = (i for i in range(3))
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    m[1:2] = 5
except TypeError as e:
    print(e)
class L(list):
    def __getitem__(self, k):
        return ('sub', k)
    def __setitem__(self, k, v):
        print('set', k, v)
x = L([1, 2])
print(x[1:2])
x[1:2] = 9
def g():
    m.clear()
    yield 1
m = list(range(10))
m[3:8] = g()
print(m)
m = list(range(10))
def h():
    del m[2:]
    yield from 'xyz'
m[0:9:2] = 'abcde' if False else [1,2,3,4,5]
print(m)
s = 'hello'
print(s[1:3], s[::-1])
print(l[True:3])
m = list(range(10))
def h():
    del m[4:]
    yield from 'abcde'
try:
    m[0:10:2] = h()
except ValueError as e:
    print(e)
print(m)
b = [1, 2, 3]
b[1:] = b
print(b)
b[::-1] = b
print(b)
print([0, 1, 2, 3][-100:100:-1], (1, 2)[5:], [][::-1])
class T(tuple):
    pass
print(T((1, 2, 3))[1:], type(T((1, 2, 3))[1:]).__name__)
print(list(range(5))[None:None:None])
