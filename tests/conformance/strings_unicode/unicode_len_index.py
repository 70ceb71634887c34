s = "naïve café ☕ 日本語 😀!"
print(len(s), s[2], s[-2], s[11], s[13:16], s[::-1])
print([c for c in s if ord(c) > 127])
print(s.find("日"), s.index("😀"), s.count("é"), "☕" in s)
print(s.upper(), s.title())
emoji = "👍🏽"
print(len(emoji), [hex(ord(c)) for c in emoji])
combining = "e\u0301"
print(len(combining), combining == "é", len("é"))
print(s.encode("utf-8")[:12], len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
