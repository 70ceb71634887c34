"""Fraction, rational numbers of arbitrary precision (pyx pure-Python
implementation, written from the fractions documentation).

Hashes equal CPython's (the numeric-hash scheme of the language reference:
hash(Fraction(n, d)) == hash(n * d**-1 mod P)), so Fraction(1, 2), 0.5 and
Decimal('0.5') hash alike.  String parsing follows the documented grammar
(sign, numerator, optional /denominator or decimal point and exponent,
underscores between digits) without using ``re``."""

import sys

try:
    import math
except ImportError:             # the host withheld the native math module
    class math:
        @staticmethod
        def gcd(a, b):
            a, b = abs(a), abs(b)
            while b:
                a, b = b, a % b
            return a

        @staticmethod
        def isnan(x):
            return x != x

        @staticmethod
        def isinf(x):
            return x == x and (x - x) != 0

try:
    import numbers as _numbers
except ImportError:
    _numbers = None

__all__ = ['Fraction']

try:
    _PyHASH_MODULUS = sys.hash_info.modulus
    _PyHASH_INF = sys.hash_info.inf
except AttributeError:
    _PyHASH_MODULUS = (1 << 61) - 1
    _PyHASH_INF = 314159


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    return _numbers is not None and isinstance(x, _numbers.Rational)


def _is_real_float(x):
    if isinstance(x, float):
        return True
    return (_numbers is not None and isinstance(x, _numbers.Real)
            and not _is_rational(x))


def _is_complex(x):
    if isinstance(x, complex):
        return True
    return _numbers is not None and isinstance(x, _numbers.Complex)


def _digits(s, i):
    """Scan digits separated by single underscores from s[i]; return the
    end index and the digit string without underscores ('' if none)."""
    n = len(s)
    j = i
    out = []
    while j < n and s[j].isdecimal():
        out.append(s[j])
        j += 1
        if j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
            j += 1
    return j, ''.join(out)


def _parse(text):
    """Parse a Fraction literal; return (numerator, denominator) or None."""
    s = text.strip()
    n = len(s)
    i = 0
    neg = False
    if i < n and s[i] in '+-':
        neg = s[i] == '-'
        i += 1
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    i, num = _digits(s, i)
    numerator = int(num or '0')
    denominator = 1
    if i < n and s[i] == '/':
        j = i + 1
        k, den = _digits(s, j)
        if not den or k != n:
            return None
        denominator = int(den)
    else:
        if i < n and s[i] == '.':
            i, dec = _digits(s, i + 1)
            if dec:
                scale = 10 ** len(dec)
                numerator = numerator * scale + int(dec)
                denominator *= scale
        if i < n and s[i] in 'eE':
            i += 1
            eneg = False
            if i < n and s[i] in '+-':
                eneg = s[i] == '-'
                i += 1
            i, ex = _digits(s, i)
            if not ex:
                return None
            ex = int(ex)
            if eneg:
                denominator *= 10 ** ex
            else:
                numerator *= 10 ** ex
        if i != n:
            return None
    if neg:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction('3/4'), Fraction(' -1.5e3 '),
    Fraction(0.25), Fraction(Fraction(1, 2)) are all accepted."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or \
                    type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = \
                    numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be '
                            'Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a finite float (or int) to an exactly equal Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a Decimal (or int) to an exactly equal Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r '
                            '(%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return (numerator, denominator), denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q of self.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact for rationals, float/complex fall back

    def _binop(a, b, exact, inexact):
        if _is_rational(b):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def _rbinop(b, a, exact, inexact):
        if _is_rational(a):
            return exact(Fraction(a), b)
        if _is_real_float(a):
            return inexact(float(a), float(b))
        if _is_complex(a):
            return inexact(complex(a), complex(b))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a.numerator * b.denominator +
                        b.numerator * a.denominator,
                        a.denominator * b.denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a.numerator * b.denominator -
                        b.numerator * a.denominator,
                        a.denominator * b.denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a.numerator * b.numerator,
                        a.denominator * b.denominator)

    @staticmethod
    def _div(a, b):
        nb, db = b.numerator, b.denominator
        if nb == 0:
            # CPython reduces by gcd(na, nb) first, leaving the sign of na.
            na = a.numerator
            raise ZeroDivisionError('Fraction(%s, 0)'
                                    % ((na > 0) - (na < 0)))
        return Fraction(a.numerator * db, a.denominator * nb)

    @staticmethod
    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        return a._binop(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._rbinop(a, Fraction._add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._binop(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._rbinop(a, Fraction._sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._binop(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._rbinop(a, Fraction._mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._binop(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._rbinop(a, Fraction._div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._binop(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._rbinop(a, Fraction._floordiv, lambda x, y: x // y)

    def __divmod__(a, b):
        return a._binop(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._rbinop(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._binop(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._rbinop(a, Fraction._mod, lambda x, y: x % y)

    def __pow__(a, b):
        """a ** b: exact for integral b, a float otherwise."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves round to even."""
        if ndigits is None:
            d = self._denominator
            floor, rem = divmod(self._numerator, d)
            if rem * 2 < d:
                return floor
            if rem * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            h = _PyHASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


if _numbers is not None:
    _numbers.Rational.register(Fraction)
