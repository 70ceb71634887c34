print(repr(1), repr("a"), repr([1, "b"]), repr((1,)), repr({"k": 1.5}), repr(None), repr(...), repr(b"x"), repr(set()), repr(frozenset({1})))
print(repr(int), repr(str), repr(type), repr(object), repr(ValueError), repr(len), repr(print))
class C:
    def __repr__(self):
        return "C-repr"
print(repr(C()), repr([C()]), str(C()), f"{C()!r}")
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
print(repr(ValueError("x")), repr(KeyError("k")), repr(Exception()), repr(Exception(1, "a")), repr(StopIteration(5)))
print(repr(range(3)), repr(slice(1, 2)), repr(1j), repr(-0.0), repr(2 ** 0.5))
