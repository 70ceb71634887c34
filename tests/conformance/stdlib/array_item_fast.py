# array items read and written by int index (the common path), next to
# the conversions and range errors that take the general one.
from array import array
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    for v in (5, -1, 300, 70000, 2**31, 2**32, 2**63, -2**63-1, 2**64, 1.5, True):
        try:
            a[1] = v
            print(tc, repr(v), a[1])
        except Exception as e:
            print(tc, repr(v), type(e).__name__, e)
    for k in (3, -4):
        try: a[k] = 1
        except Exception as e: print(type(e).__name__, e)
        try: a[k]
        except Exception as e: print(type(e).__name__, e)
    print(a[-1], a[0])
f = array('f', [0.0]); f[0] = 0.1; print(f[0]); f[0] = 1e300; print(f[0])
u = array('u', 'abc'); print(u[1]); u[1] = 'z'; print(u)
