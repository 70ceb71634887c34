def t(a, b):
    res = []
    for op in ["<", "<=", ">", ">=", "==", "!="]:
        try:
            res.append(str(eval(f"a {op} b")))
        except TypeError as e:
            res.append("TE")
    print(repr(a), repr(b), " ".join(res))
t(1, 1.0)
t(1, "1")
t("a", "b")
t([1], [1, 0])
t((1,), [1])
t(None, None)
t({1}, {1, 2})
t({1: 2}, {1: 2})
t(1j, 1j)
t(b"a", "a")
t(True, 1)
