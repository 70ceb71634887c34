# math.remainder, ulp, nextafter, acosh, asinh, atanh, cbrt, exp2 (CPython
# 3.11's; their absence made 50 of test_math's tests error).
import math
for x, y in [(10, 3), (11, 3), (-10, 3), (7.5, 2), (6.5, 2), (5.5, 2), (-5.5, 2), (0.0, 1), (-0.0, 1),
             (1e308, 3e-308), (3, math.inf), (-3, math.inf), (2 ** 53 + 1.0, 2)]:
    print('remainder', x, y, math.remainder(x, y))
for x, y in [(math.inf, 1), (1, 0), (math.nan, 1)]:
    try:
        print('remainder', x, y, math.remainder(x, y))
    except ValueError as e:
        print('ValueError', e)
for x in [1.0, 0.0, -1.0, 1e-320, 5e-324, 1.7976931348623157e308, math.inf, 2.0 ** 52, 0.1]:
    print('ulp', x, math.ulp(x))
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (-5e-324, 0.0),
             (1.7976931348623157e308, math.inf), (math.inf, 0.0)]:
    print('nextafter', x, y, math.nextafter(x, y))
for name, vals in [('acosh', [1, 2, 10]), ('asinh', [0, 1, -2.5]), ('atanh', [0, 0.5]),
                   ('cbrt', [-8, 0.0, 1]), ('exp2', [0, 10, -1, 0.5])]:
    for v in vals:
        print(name, v, getattr(math, name)(v))
for name, v in [('acosh', 0.5), ('atanh', 1), ('atanh', -2), ('exp2', 2000)]:
    try:
        getattr(math, name)(v)
    except (ValueError, OverflowError) as e:
        print(name, v, type(e).__name__, e)
