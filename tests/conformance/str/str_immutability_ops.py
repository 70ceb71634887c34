s = "abc"
t = s
s += "d"
print(s, t)
u = s.replace("a", "A")
print(s, u)
chars = list(s)
chars[0] = "Z"
print("".join(chars), s)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s.append("e")
except AttributeError as e:
    print("AttributeError:", e)
print(s.upper() is not s, s[:] == s, s * 1 == s)
