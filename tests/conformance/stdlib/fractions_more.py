from fractions import Fraction as F
import math

print(F('1/3') + F('1/6'), F('-.5e1'), F('7e-2'))
vals = [F(1, 3), F(-7, 4), F(22, 7), F(0), F(10**20 + 1, 10**19)]
for v in vals:
    print(v, repr(v), float(v), int(v), round(v), round(v, 3), math.floor(v), math.ceil(v), v.limit_denominator(5), abs(v), -v)
print(sum(vals), max(vals), min(vals), sorted(vals), F(1, 3) * 3 == 1, F(2, 4) is not F(1, 2))
h = F(1, 1)
for n in range(2, 12):
    h += F(1, n)
print(h, h.numerator.bit_length(), h.limit_denominator(100))
print([F(x).limit_denominator(1000) for x in (math.pi, math.e, math.sqrt(2), 0.1)])
print(F(3, 4) ** 3, F(-2) ** -3, F(4, 9) ** F(1, 2), F(8) ** F(1, 3), 2 ** F(-2), (-8) ** F(1, 1))
print(divmod(F(7, 3), F(1, 2)), F(7, 3) % F(-1, 2), F(-7, 3) // F(1, 2), 5 % F(3, 2), 5 // F(3, 2))
print(F(1, 2) + 0.25, 0.25 + F(1, 2), F(1, 2) * 2j, F(3) == 3.0, F(1, 10) == 0.1, F(1, 10) < 0.1, hash(F(1, 10)) == hash(0.1))
print(F('  42  '), F('-3/-4') if False else F('3/4'), F(' +1_000.000_1 '), F('1e+3'))
