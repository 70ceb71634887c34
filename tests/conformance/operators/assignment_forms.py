a = b = c = [1]
a.append(2)
print(b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
d = {}
d["a"] = d["b"] = 0
print(d)
(p, q), r = "ab", "c"
print(p, q, r)
n: int = 5
m: str
print(n, "m" in dir())
class A:
    x: int = 3
    y: list
print(A.x, A.__annotations__)
