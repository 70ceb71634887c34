# Slice assignment from exact lists and tuples (copied directly), from
# itself, from other iterables, same length (overwritten in place) and
# other lengths; fannkuch's flip.

def flips(perm):
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n, perm

print(flips([3, 1, 4, 0, 2]), flips([2, 0, 1]))

a = list(range(8))
a[2:5] = [20, 30, 40]
print(a)
a[2:5] = (7,)
print(a)
a[1:1] = ("x", "y")
print(a)
a[:] = a
print(a)
a[::2] = a[1::2]
print(a)
a[-3:] = []
print(a)
a[5:2] = [9, 9]
print(a)
a[100:] = (1, 2)
print(a)
a[:2] = a[::-1][:2]
print(a)

class L(list):
    def __iter__(self):
        return iter(["sub"])

b = [1, 2, 3]
b[0:2] = L([5, 6])
print(b)
b[1:] = "ab"
print(b)
b[0:1] = (i * i for i in range(3))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    b[::2] = 5
except TypeError as e:
    print("TypeError", e)
t = (1, 2)
c = [0, 0, 0]
c[1:3] = t
print(c, c[1:3] == list(t))
