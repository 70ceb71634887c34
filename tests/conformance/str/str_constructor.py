print(str(), str(""), str(123), str(-1.5), str(b"abc"), str([None]), str({"a": 1}))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "utf-8"))
print(str(b"\xff", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError:", e)
class S:
    def __str__(self):
        return "custom"
class R:
    def __repr__(self):
        return "reprR"
class Bad:
    def __str__(self):
        return 5
print(str(S()), str(R()), repr(R()), [R()], "%s" % R())
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
class MyStr(str):
    pass
m = MyStr("abc")
print(m, type(m).__name__, type(m + "d").__name__, type(m.upper()).__name__, type(str(m)).__name__, m == "abc")
