# cmath: principal branches, signed zeros on the cuts, special values,
# conversions, CPython's errors. Values printed to 12 significant digits
# (the last bit may differ between libm implementations).
import cmath

def show(z):
    if isinstance(z, complex):
        return '(%.12g%+.12gj)' % (z.real, z.imag)
    return '%.12g' % z

pts = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 0j, -1 + 0j, 2 + 0j, -2 + 0j, complex(-2, -0.0),
       0.5 + 0.5j, -3.7 + 1.2j, 1e-8 - 2j, 3j, -3j, 1e5 + 1e5j, complex(1e300, 1e300), 1.5, 7]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
             'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in pts:
        try:
            out.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
inf, nan = float('inf'), float('nan')
for name in ['sqrt', 'exp', 'log', 'sinh', 'cosh', 'tanh', 'asinh', 'acos', 'atanh']:
    out = []
    for z in [complex(inf, 0), complex(-inf, 1), complex(1, inf), complex(nan, 0), complex(0, nan), complex(inf, inf)]:
        try:
            out.append(repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3 + 4j), show(cmath.rect(2, cmath.pi / 3)))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1j)), cmath.isfinite(1 + 2j), cmath.isinf(complex(inf, 0)),
      cmath.isnan(complex(0, nan)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)

class C:
    def __complex__(self):
        return 2j

class F:
    def __float__(self):
        return 4.0

print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(True))
for f, args, kw in [(cmath.log, (0,), {}), (cmath.sqrt, ('a',), {}), (cmath.exp, (1000,), {}),
                    (cmath.cosh, (complex(1000, 1),), {}), (cmath.rect, (1, 1j), {}),
                    (cmath.isclose, (1, 2), {'rel_tol': -1}), (cmath.log, (1, 0), {}),
                    (cmath.atanh, (1,), {}), (cmath.polar, (complex(1e308, 1e308),), {})]:
    try:
        f(*args, **kw)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
