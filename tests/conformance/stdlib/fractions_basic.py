from fractions import Fraction as F
import math

print(F(3, 4), F(6, -8), F(0, 5), F(-0), repr(F(10, 4)), F(7), F())
print(F('3/4'), F(' -1.5e3 '), F('1.25'), F('.5'), F('5.'), F('+2/6'),
      F('1_000/3'), F('1e-3'), F('-0.0'), F('3.1415E+2'))
print(F(0.25), F(-2.5), F(1e-3), F(F(2, 3)), F(F(1, 2), F(3, 4)), F(True))
print(F.from_float(0.1), F.from_float(5), F(0.1).limit_denominator(10))
for bad in ['', '1/', '/2', '1 / 2', '1.2/3', 'x', '1__0', '_1', '1e', '--1', '1/-2', '. 5']:
    try:
        print(F(bad))
    except ValueError as e:
        print('ValueError:', e)
for args in [(1, 0), ('1/0',), (F(1), F(0))]:
    try:
        F(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for args in [(1.5, 2), ([],), (None,), (1, 2.0), (2j,)]:
    try:
        F(*args)
    except TypeError as e:
        print('TypeError:', e)
for v in [float('nan'), float('inf')]:
    try:
        F(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    F.from_float('1')
except TypeError as e:
    print('TypeError:', e)

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2)
print(b ** F(1, 2), 4 ** F(1, 2), 2 ** F(2), F(-2, 3) ** -3, F(2) ** -1)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b)
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a + 1j, 1j * a, b ** 0.5, 2.0 ** b)
print(divmod(F(-7, 2), 2), divmod(7, F(2, 3)), F(-7, 2) % 2, F(-7, 2) // 2)
print(-a, +a, abs(F(-5, 3)), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.floor(F(7, 2)), math.ceil(F(7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2),
      round(F(12345, 1), -2), round(F(25, 1), -1), round(F(2, 3), 0))
print(float(F(1, 3)), float(F(10**400, 10**399)), complex(F(1, 2)))
print(bool(F(0)), bool(F(1, 9)), a.numerator, a.denominator, a.as_integer_ratio())
print(a.real, a.imag, a.conjugate())
for bad in [lambda: a / 0, lambda: a // 0, lambda: a % F(0), lambda: F(0) ** -1]:
    try:
        bad()
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
print(type(a + 1).__name__, type(a + 1.0).__name__, type(a // b).__name__,
      type(a ** F(1, 2)).__name__, type(2 ** F(2)).__name__)
