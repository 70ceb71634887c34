from fractions import Fraction as F
import math

print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 3) == 1 / 3,
      F(1, 2) == 0.5 + 0j, F(1, 2) == 1j, F(1) == True, F(0) == float('nan'))
print(F(1, 3) < 0.34, F(1, 3) > 0.33, F(1, 2) <= 0.5, F(1, 2) >= 1,
      0.2 < F(1, 4), 1 > F(1, 2), F(5) < float('inf'), F(5) > float('-inf'),
      F(1) < float('nan'), F(1) > float('nan'))
print(sorted([F(3, 4), 0.5, 1, F(1, 3), -1.5, F(-7, 5)]))
print(max(F(1, 3), F(2, 7)), min(0.3, F(1, 3)))
for bad in [lambda: F(1) < 'a', lambda: F(1) < 1j]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(F(1, 2) != 'x', F(1, 2) == None)
for x in [F(1, 2), F(-1, 2), F(5), F(-1), F(1, 3), F(10**30, 7), F(-2, 2**61 - 1),
          F(3, 2**61 - 1), F(0)]:
    print(x, hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), hash(F(-1)) == hash(-1))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))
d = {F(1, 4): 'q'}
print(d[0.25], d.get(F(2, 8)))

# limit_denominator and continued fractions
pi = F(math.pi)
for m in [1, 7, 100, 113, 1000, 10**6]:
    print(m, pi.limit_denominator(m))
print(F(3, 10).limit_denominator(2), F(-3, 10).limit_denominator(2),
      F(5, 3).limit_denominator(1), F(1, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError:', e)
import copy
x = F(22, 7)
print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.copy(x) == x)


class MyF(F):
    pass


m = MyF(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__)
print(sum([F(1, n) for n in range(1, 11)]))
print(F(1, 3) * 3 == 1, F(2, 3) - F(2, 3) == 0)
import numbers
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Number),
      isinstance(F(1, 2), numbers.Integral))
