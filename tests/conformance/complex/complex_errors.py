def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (1 + 2j) < (2 + 3j))
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: divmod(1j, 2))
t(lambda: 1j / 0)
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))
t(lambda: 0j ** -1)
t(lambda: 1j + "a")
t(lambda: format(1j, "d"))
t(lambda: abs(complex(1e308, 1e308)))
