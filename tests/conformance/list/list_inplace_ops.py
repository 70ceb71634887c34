a = [1, 2]
a += (3, 4)
a += "ab"
a += range(2)
print(a)
a *= 2
print(a)
a *= 0
print(a)
b = [1]
try:
    b = b + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    b += 5
except TypeError as e:
    print("TypeError:", e)
c = [[1]]
c[0] += [2]
print(c)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
