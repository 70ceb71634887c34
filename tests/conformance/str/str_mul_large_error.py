def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "ab" * (2 ** 100))
t(lambda: len("ab" * 3))
t(lambda: [0] * (2 ** 100))
t(lambda: (1,) * (2 ** 63))
t(lambda: "" * (10 ** 30))
t(lambda: "a" * 2.0)
