a = [1]
b = a
a = a + [2]
print(a, b)
a = b
a += [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = {1}
s2 = s
s |= {2}
print(s, s2 is s)
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d2)
n = 5
m = n
n += 1
print(n, m)
