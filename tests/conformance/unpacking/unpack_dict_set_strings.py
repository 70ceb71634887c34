a, b, c = {"x": 1, "y": 2, "z": 3}.values()
print(a, b, c)
(k1, v1), (k2, v2) = {"p": 1, "q": 2}.items()
print(k1, v1, k2, v2)
x, y = sorted({5, 3})
print(x, y)
h, *t = "héllo"
print(h, t)
a, b = b"hi"
print(a, b)
*init, tail = range(4)
print(init, tail)
first, second, *rest = map(str.upper, "abcd")
print(first, second, rest)
