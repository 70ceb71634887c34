print([1, "two", 3.0, None, True, [4, [5]], (6,), {"k": [7]}, {8}, b"9", 1j])
print(repr([]), str([[]]), repr(["'", '"', "\n"]))
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "not used in list"
print([R(), R()], str([R()]), (R(),), {"r": R()})
