s1 = "caf\u00e9"
s2 = "cafe\u0301"
print(s1 == s2, len(s1), len(s2), s1.encode(), s2.encode())
print(s1.upper(), s2.upper(), s1[-1], repr(s2[-1]))
print(sorted([s2, s1]), s1 < s2, {s1: 1, s2: 2})
print([hex(ord(c)) for c in s2])
