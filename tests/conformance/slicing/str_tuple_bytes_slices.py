s = "abcdefgh"
t = tuple(s)
b = s.encode()
for sl in [slice(None, None, -1), slice(1, None, 2), slice(-2, 1, -2), slice(None, -5), slice(6, 100), slice(-100, 2)]:
    print(sl, s[sl], t[sl], b[sl], bytearray(b)[sl])
print(repr(s[5:1]), t[5:1], b[5:1], s[::-1][::-1] == s)
r = range(20)
print(r[::-3], list(r[5:15:4]), r[-5:], r[::-1][:3])
