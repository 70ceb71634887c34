# CPython's Lib `decimal` (or pyx's own, which wins) imported and used.
from decimal import Decimal, getcontext
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), Decimal('2').sqrt())
getcontext().prec = 5
print(Decimal(1) / Decimal(3))
