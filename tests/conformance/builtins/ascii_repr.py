for v in ["abc", "é", "日本\n", 5, [1, "ü"], {"ß": "x"}, b"\xff", None, 1.5, ("\u2603",)]:
    print(ascii(v), repr(v))
class R:
    def __repr__(self):
        return "Rép"
print(ascii(R()), repr(R()))
