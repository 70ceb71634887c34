a = list(range(12))
del a[::3]
print(a)
del a[-2:]
print(a)
del a[1:-1:2]
print(a)
del a[::-1]
print(a)
b = list(range(5))
del b[10:20]
print(b)
del b[:]
print(b)
c = bytearray(b"0123456789")
del c[1::2]
print(c)
d = list("abcdef")
del d[4:1:-1]
print(d)
try:
    s = "abc"
    del s[0:1]
except TypeError as e:
    print("TypeError:", e)
try:
    t = (1, 2)
    del t[::1]
except TypeError as e:
    print("TypeError:", e)
