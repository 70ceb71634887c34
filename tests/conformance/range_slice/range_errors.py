def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: range(1, 10, 0))
t(lambda: range(1.5))
t(lambda: range("3"))
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5).index(7))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: len(range(2 ** 64)))
t(lambda: range(5)["a"])
t(lambda: range(3) + range(2))
t(lambda: range(3) < range(4))
