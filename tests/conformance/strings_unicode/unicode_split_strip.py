s = "\u3000 word1\u2003word2\xa0word3\u2028word4 \n"
print(s.split(), len(s.strip()), repr(s.strip()))
print("a\u2029b\x1cc\x1dd\x1ee\x85f".splitlines())
print("١٢٣".isdigit(), int("١٢٣"), float("١٫٥") if False else float("١.٥"), int("𝟗𝟖"))
print("x\u00a0y".split(" "), "x\u00a0y".split())
print("ÄÖÜ".center(9, "·"), "日本".ljust(5, "＊") + "|", "→".rjust(3, "←"))
