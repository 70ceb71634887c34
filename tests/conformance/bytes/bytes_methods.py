b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.split(), b.split(b","), b"a,b,c".split(b",", 1), b"a b".rsplit(maxsplit=1), b"x\ny\r\n".splitlines(), b"x\ny".splitlines(True))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.count(ord("l")), b.find(111), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b"-".join([b"a", b"b", bytearray(b"c")]), b"ab".center(6, b"*"))
print(b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4), b"abc".partition(b"b"), b"abc".rpartition(b"x"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"), b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
try:
    b"a,b".split(",")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
