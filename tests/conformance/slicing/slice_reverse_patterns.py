s = "Hello, World"
print(s[::-1], s[-1:-6:-1], s[7:][::-1], s[:5][::-1] + s[5:])
words = s.split(", ")
print([w[::-1] for w in words], ", ".join(words[::-1]))
a = list(range(10))
print(a[::-2], a[-2::-2], a[8:1:-3], a[-1:-4:-1])
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
print([is_pal(t) for t in ["racecar", "A man, a plan, a canal: Panama", "abc", ""]])
