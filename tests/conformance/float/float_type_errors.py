def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1.5 + "x")
t(lambda: 1.5 & 1)
t(lambda: 1.5 << 2)
t(lambda: ~1.5)
t(lambda: [1] * 2.0)
t(lambda: "ab" * 1.5)
t(lambda: (1.5).foo)
t(lambda: 1.5 < None)
t(lambda: divmod(2.5, "a"))
fl = 1.5
t(lambda: fl[0])
t(lambda: len(1.5))
