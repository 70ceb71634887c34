for w in [0, 3, 5, 8, 9]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("ab".center(4)), repr("ab".center(5)), repr("abc".center(6)), repr("a".center(4)))
