print("a  b".split(" "), "  a  ".split(" "), "a\tb\nc d".split(), "a,b,".split(","), ",".split(","))
print("abc".split("abc"), "abcabc".split("abc"), "a".split("a", 0), "aXbXc".split("X", -1), "aXbXc".rsplit("X", 1))
print(" a b ".split(None), " a b ".rsplit(None, 0), "\u3000a\u3000b".split(), "a\x1fb".split(), "a\x85b".split())
print("one two three".split(maxsplit=1), "one two three".rsplit(sep=" ", maxsplit=1))
try:
    "a".split(sep=None, maxsplit="1")
except TypeError as e:
    print("TypeError:", e)
