def t(*a):
    try:
        print(repr(complex(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["1+2j", " (1+2j) ", "3j", "-3.5J", "1e3-2e-1j", "j", "-j", "2", "inf+nanj", "1 + 2j", "1+2", "", "abc", "(1+2j"]:
    t(s)
t("1", 2)
t(1, "2")
t(1 + 2j, 1j)
t(None)
t(3.5, 2)
