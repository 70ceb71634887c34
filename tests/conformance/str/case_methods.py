words = ["hello world", "HELLO", "hElLo WoRlD", "it's a dog's life", "ǅungla", "123abc def", "", "a1b2 c3", "o'neil mcDONALD"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
