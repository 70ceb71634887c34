def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 1 / 0)
t(lambda: 10 ** 30 // 0)
t(lambda: 0 ** -1)
t(lambda: pow(0, -1))
t(lambda: pow(2, -1, 0))
t(lambda: True / False)
