s = "  \t hello  world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print(s.split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(" "), "".split(), "".split(","))
print("a,b,c".rsplit(",", 1), "  a  b  ".rsplit(None, 1), "a b c".rsplit(maxsplit=1), "x".split("x"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("a::b::c".partition("::"), "abc".partition("x"), "a::b::c".rpartition("::"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("1 2 3".split(None, 0), "  1 2 3".split(None, 1))
