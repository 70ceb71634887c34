s = "héllo"
print(list(s), tuple(s), [c for c in s if c != "l"], sorted(s), sorted(s, reverse=True))
it = iter(s)
print(next(it), next(it), list(it), list(it))
print(list(enumerate("ab")), list(zip("abc", "12")), list(reversed("abc")), "".join(reversed("xyz")))
print(set("aab") == {"a", "b"}, dict.fromkeys("ab"), len(""), len("abc"), list(map(ord, "AZ")))
for i, ch in enumerate("xyz"):
    print(i, ch, end="; ")
print()
print(min("hello"), max("hello"), "l" in s, s.index("l"), [ord(c) for c in "é!"])
