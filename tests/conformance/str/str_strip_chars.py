print(repr("  spaced  ".strip(" ")), repr("\n\t x \x0b\x0c".strip()), repr("\u3000x\u3000".strip()), repr("xyzzyx".strip("xy")))
print(repr("www.example.com".strip("cmowz.")), repr("aaa".strip("a")), repr("".strip()), repr("abc".strip("")))
print(repr("  x  ".lstrip(None)), repr("  x  ".rstrip(None)))
