# CPython's Lib `fractions` (or pyx's own, which wins) imported and used.
from fractions import Fraction
print(Fraction(3,4)+Fraction(1,6), Fraction('0.125'), Fraction(1.5).limit_denominator(), round(Fraction(7,3),2))
