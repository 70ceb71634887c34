a = [[1], [2]]
b = a[:]
b[0].append(9)
b[1] = "new"
print(a, b, a[:] == a, a[:] is not a)
s = "abc"
print(s[:] == s, s[::1] == s)
t = (1, 2)
print(t[:] == t)
big = list(range(1000))
print(big[::-1][:3], big[::100], sum(big[500:]))
