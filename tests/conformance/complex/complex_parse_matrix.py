def t(*a, **k):
    try:
        print(repr(complex(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["1_0j", "1__0j", "_1j", "(j)", "( 1+2j )", "1e5j", "1e+j", "1.j", ".5-.5j", "infj", "-infinityj", "nan+nanj", "1e", "1+1e3j", "\t2 ", "+j", "1-j", "J", "1jj", "(1)", "()", "1+2jx", "١+٢j", "1e3", "1.5e-3-2.5e+4J"]:
    t(s)
t(imag=2); t(real=3); t(1j, 2j); t(2, 3j); t(1+1j, 2); t(); t(1, None); t(None, 1); t(real="1"); t(foo=1)
class F(float): pass
print(complex(F(2.5)), complex(True, False))
