print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("a\nb\tc".expandtabs(3)), repr("12345\t1\t".expandtabs(2)))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "file".removesuffix(""))
print("Hello".translate({ord("l"): "L", ord("o"): None, ord("H"): 74}))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print(sorted(str.maketrans({"a": "1", "b": None}).items()))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
