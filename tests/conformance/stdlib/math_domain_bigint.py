# math: domain/range errors as CPython reports them (NaN from a non-NaN argument,
# infinity from a finite one), accurate acosh/asinh/atanh, logs of big ints,
# comb/perm/factorial/ldexp with big ints, fsum specials, hypot and dist.
import math
from fractions import Fraction as F
from decimal import Decimal as D
def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
for e in ['math.acos(math.inf)', 'math.asin(-math.inf)', 'math.sqrt(-math.inf)', 'math.sin(math.inf)', 'math.cos(-math.inf)',
          'math.acosh(1.0000000000000002)', 'math.acosh(1.001)', 'math.acosh(1.3067079752499342e+308)', 'math.asinh(-1.2775271979042634e+308)',
          'math.asinh(1e-300)', 'math.asinh(-0.0)', 'math.atanh(-0.9999999999999999)', 'math.atanh(0.25)', 'math.atanh(1)', 'math.acosh(math.inf)',
          'math.log2(2**1024)', 'math.log10(10**1000)', 'math.log(10**1000, 10)', 'math.log(-2**1000)', 'math.log(1, 2, 3)', 'math.log(8, 2)',
          'math.log(2, 10**400)', 'math.log2(0)', 'math.log10(-1)', 'math.log(math.nan)',
          'math.pow(0., -math.inf)', 'math.pow(-0., -math.inf)', 'math.pow(0., -1)', 'math.pow(-2, 0.5)', 'math.pow(-math.inf, 0.5)', 'math.pow(1e300, 2)',
          'math.trunc(1j)', 'math.trunc(3.7)', 'math.trunc(-5)', 'math.lcm(120, 0, 84.0)', 'math.lcm(4, 6, 0)',
          'math.factorial(-10**100)', 'math.factorial(10**100)', 'math.comb(-2**1000, 1)', 'math.comb(1, -2**1000)', 'math.comb(1, 2**1000)',
          'math.comb(2**100, 3) == (2**100)*(2**100-1)*(2**100-2)//6', 'math.comb(2**100, 2**100-1)', 'math.comb(2**100, 2**99)', 'math.perm(2**100, 2)',
          'math.perm(2**100, 2**100)', 'math.perm(5)', 'math.perm(5, None)', 'math.comb(True, False)',
          'math.ldexp(math.inf, -2**100)', 'math.ldexp(1.0, -2**100)', 'math.ldexp(1.0, 2**100)', 'math.ldexp(0.0, 2**100)',
          'math.fsum([1.0, math.inf])', 'math.fsum([math.inf, -math.inf])', 'math.fsum([math.nan, 1.0])', 'math.fsum([1e308, 1e308])', 'math.fsum([0.1]*10)',
          'math.prod([10, 20], 1)', 'math.prod([2, 3], start=5)', 'math.prod([2], x=1)',
          'math.hypot(1025906489.6997133, 1451494456.3886702)', 'math.hypot(3, 4)', 'math.hypot()', 'math.hypot(-5)', 'math.hypot(math.nan, math.inf)',
          'math.hypot(1e308, 1e308)', 'math.hypot(5e-324, 5e-324)', 'math.hypot(*[0.1]*10)',
          'math.dist((1.0, 2.0, 3.0), (4.0, 2.0, -1.0))', 'math.dist(iter([1, 2]), [4, 6])', 'math.dist((D(14), D(1)), (D(2), D(-4)))',
          'math.dist((F(14, 32), F(1, 32)), (F(2, 32), F(-4, 32)))', 'math.dist((), ())', 'math.copysign(1.0, math.dist((-0.0,), (0.0,)))',
          'math.dist(1, 2)', 'math.dist((1, 2), (1,))', 'math.dist((1.1, "s"), (1, 2))', 'math.dist(p=(1,), q=(2,))', 'math.dist((1,))',
          'math.sqrt("4")', 'math.exp(1000)', 'math.fabs(-math.inf)', 'math.expm1(1000)', 'math.log1p(-1)']:
    show(e)
