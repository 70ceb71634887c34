a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = "xy"
print(a, b)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
x = y = z = 0
print(x, y, z)
a, b = b, a
print(a, b)
first, second = {"k1": 1, "k2": 2}
print(first, second)
(single,) = [42]
print(single)
[] = []
print("empty ok")
lst = [0, 0]
lst[0], lst[1] = 5, 6
print(lst)
i = 0
i, lst[i] = 1, 9
print(i, lst)
