import numbers

for v in [1, True, 1.5, 2j, 'x', None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                          numbers.Rational, numbers.Integral)
                    if isinstance(v, c)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational),
      issubclass(complex, numbers.Number), issubclass(bool, numbers.Integral))
print(numbers.Integral.__mro__[1:])
try:
    numbers.Real()
except TypeError as e:
    print('TypeError:', str(e).split(' with')[0])


class Mod7(numbers.Integral):
    def __init__(self, v):
        self.v = v % 7
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return Mod7(pow(self.v, int(e), 7))
    def __rpow__(self, b): return NotImplemented
    def __lshift__(self, o): return Mod7(self.v << int(o))
    def __rlshift__(self, o): return NotImplemented
    def __rshift__(self, o): return Mod7(self.v >> int(o))
    def __rrshift__(self, o): return NotImplemented
    def __and__(self, o): return Mod7(self.v & int(o))
    def __rand__(self, o): return Mod7(self.v & int(o))
    def __xor__(self, o): return Mod7(self.v ^ int(o))
    def __rxor__(self, o): return Mod7(self.v ^ int(o))
    def __or__(self, o): return Mod7(self.v | int(o))
    def __ror__(self, o): return Mod7(self.v | int(o))
    def __invert__(self): return Mod7(~self.v)
    def __add__(self, o): return Mod7(self.v + int(o))
    def __radd__(self, o): return Mod7(self.v + int(o))
    def __neg__(self): return Mod7(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Mod7(self.v * int(o))
    def __rmul__(self, o): return Mod7(self.v * int(o))
    def __truediv__(self, o): return NotImplemented
    def __rtruediv__(self, o): return NotImplemented
    def __abs__(self): return self
    def __eq__(self, o): return self.v == int(o) % 7
    def __hash__(self): return self.v
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Mod7(self.v // int(o))
    def __rfloordiv__(self, o): return NotImplemented
    def __mod__(self, o): return Mod7(self.v % int(o))
    def __rmod__(self, o): return NotImplemented
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return 'Mod7(%d)' % self.v


m = Mod7(10)
print(m, m + 5, m - 1, 3 - m, m * 4, float(m), complex(m), m.numerator, m.denominator,
      m.real, m.imag, m.conjugate(), m.__index__(), divmod(m, 2), bool(Mod7(7)), [0, 1, 2, 3][m])
from fractions import Fraction
print(Fraction(m), Fraction(m, Mod7(2)))
