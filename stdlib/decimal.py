"""Decimal floating point arithmetic (the General Decimal Arithmetic
specification that CPython's `decimal` follows), written for pyx in Python.

A Decimal is a sign, an integer coefficient and a power-of-ten exponent,
or a special value (Infinity, NaN, sNaN). Arithmetic is exact and then
rounded to the current context's precision with its rounding mode; the
conditions the specification names set the context's flags and raise when
trapped. Covered: construction (str, int, float, tuple, Decimal), str/repr,
+ - * / // % divmod, integral powers, comparisons and hashes that agree
with int, float and Fraction, quantize, to_integral, sqrt, exp, ln, log10,
the predicates and copies, contexts (getcontext, setcontext,
localcontext). Not covered (they raise NotImplementedError): the logical
operations and a few rarely used Context methods.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    """Base of the conditions decimal arithmetic signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """The context's values are out of range."""


class Rounded(DecimalException):
    """Rounding discarded digits (zero or not)."""


class Subnormal(DecimalException):
    """The exponent is below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed into a Decimal operation."""


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal, FloatOperation]
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow]
# The conditions that report through another signal's flag and trap.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------- contexts

class Context(object):
    """Precision, rounding, exponent limits, and the flags and traps of the
    signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow)
                                               for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        else:
            traps = {s: bool(traps.get(s, False)) for s in _SIGNALS} if set(traps) <= set(_SIGNALS) \
                else self._bad_signal_dict(traps)
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        else:
            flags = {s: bool(flags.get(s, False)) for s in _SIGNALS} if set(flags) <= set(_SIGNALS) \
                else self._bad_signal_dict(flags)
        object.__setattr__(self, 'traps', _SignalDict(traps))
        object.__setattr__(self, 'flags', _SignalDict(flags))

    @staticmethod
    def _bad_signal_dict(d):
        raise KeyError("invalid signal dict")

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int_range(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")
        elif name == 'Emin':
            _check_int_range(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            _check_int_range(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")
        elif name in ('capitals', 'clamp'):
            _check_int_range(value, 0, 1, "valid values for %s are 0 or 1" % name)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name in ('traps', 'flags'):
            if not isinstance(value, dict):
                value = {s: s in value for s in _SIGNALS}
            value = _SignalDict({s: bool(value.get(s, False)) for s in _SIGNALS})
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags[s]]
        traps = [s for s in _SIGNALS if self.traps[s]]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp, flags, traps))

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise_error(self, condition, explanation=None):
        """Record CONDITION; raise it when its signal is trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            # As CPython's C decimal: the signal's class, naming the condition.
            raise signal([condition])
        if condition in (ConversionSyntax, DivisionImpossible, DivisionUndefined,
                         InvalidContext, InvalidOperation):
            return _NaN
        return None

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(ConversionSyntax, [ConversionSyntax])
        d = Decimal(num, context=self)
        if d._is_nan() and len(str(d._int)) > self.prec - self.clamp and d._int:
            return self._raise_error(ConversionSyntax, [ConversionSyntax])
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # The arithmetic, as methods taking the context.
    def abs(self, a): return _conv(a, True).__abs__(context=self)
    def add(self, a, b): return _conv(a, True).__add__(_conv(b, True), context=self)
    def subtract(self, a, b): return _conv(a, True).__sub__(_conv(b, True), context=self)
    def multiply(self, a, b): return _conv(a, True).__mul__(_conv(b, True), context=self)
    def divide(self, a, b): return _conv(a, True).__truediv__(_conv(b, True), context=self)
    def divide_int(self, a, b): return _conv(a, True).__floordiv__(_conv(b, True), context=self)
    def remainder(self, a, b): return _conv(a, True).__mod__(_conv(b, True), context=self)
    def divmod(self, a, b): return _conv(a, True).__divmod__(_conv(b, True), context=self)
    def power(self, a, b, modulo=None): return _conv(a, True).__pow__(_conv(b, True), modulo, context=self)
    def minus(self, a): return _conv(a, True).__neg__(context=self)
    def plus(self, a): return _conv(a, True).__pos__(context=self)
    def compare(self, a, b): return _conv(a, True).compare(b, context=self)
    def max(self, a, b): return _conv(a, True).max(b, context=self)
    def min(self, a, b): return _conv(a, True).min(b, context=self)
    def quantize(self, a, b): return _conv(a, True).quantize(b, context=self)
    def sqrt(self, a): return _conv(a, True).sqrt(context=self)
    def exp(self, a): return _conv(a, True).exp(context=self)
    def ln(self, a): return _conv(a, True).ln(context=self)
    def log10(self, a): return _conv(a, True).log10(context=self)
    def normalize(self, a): return _conv(a, True).normalize(context=self)
    def to_integral_value(self, a): return _conv(a, True).to_integral_value(context=self)
    to_integral = to_integral_value
    def to_integral_exact(self, a): return _conv(a, True).to_integral_exact(context=self)
    def to_sci_string(self, a): return _conv(a, True).__str__(context=self)
    def to_eng_string(self, a): return _conv(a, True).to_eng_string(context=self)
    def is_finite(self, a): return _conv(a, True).is_finite()
    def is_infinite(self, a): return _conv(a, True).is_infinite()
    def is_nan(self, a): return _conv(a, True).is_nan()
    def is_zero(self, a): return _conv(a, True).is_zero()
    def is_signed(self, a): return _conv(a, True).is_signed()
    def copy_abs(self, a): return _conv(a, True).copy_abs()
    def copy_negate(self, a): return _conv(a, True).copy_negate()
    def copy_sign(self, a, b): return _conv(a, True).copy_sign(b)
    def copy_decimal(self, a): return Decimal(_conv(a, True))
    def canonical(self, a): return _conv(a, True)
    def radix(self): return Decimal(10)
    def adjusted(self, a): return _conv(a, True).adjusted()


class _SignalDict(dict):
    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))


def _check_int_range(value, lo, hi, message):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not lo <= value <= hi:
        raise ValueError(message)


_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext at first use)."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of CTX (default: the current
    context), with KWARGS applied, current for its block."""
    ac = _ContextManager(ctx if ctx is not None else getcontext())
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(ac.new_context, key, value)
    return ac


# ---------------------------------------------------------------- parsing

def _parse(s):
    """(sign, coefficient, exponent) of a numeric string, or (sign, 'n'|'N'|'F',
    payload) for NaN/sNaN/Infinity; None when S is not a number."""
    t = s.strip()
    if '_' in t:
        # Underscores only between digits.
        for i, c in enumerate(t):
            if c == '_' and not (0 < i < len(t) - 1 and (t[i - 1].isdigit() or t[i - 1] == '_')
                                 and (t[i + 1].isdigit() or t[i + 1] == '_')):
                return None
        t = t.replace('_', '')
    if not t:
        return None
    sign = 0
    if t[0] in '+-':
        sign = 1 if t[0] == '-' else 0
        t = t[1:]
    low = t.lower()
    if low in ('inf', 'infinity'):
        return sign, 'F', 0
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = t[len(prefix):]
            if payload == '':
                return sign, kind, 0
            if all('0' <= c <= '9' or c.isdigit() for c in payload):
                return sign, kind, int(payload)
            return None
    mant, e_sep, exp = t.replace('E', 'e').partition('e')
    if e_sep:
        if not exp:
            return None
        esign = 1
        if exp[0] in '+-':
            esign = -1 if exp[0] == '-' else 1
            exp = exp[1:]
        if not exp or not all(c.isdigit() for c in exp):
            return None
        e = esign * int(exp)
    else:
        e = 0
    intpart, dot, frac = mant.partition('.')
    if not intpart and not frac:
        return None
    digits = intpart + frac
    if not all(c.isdigit() for c in digits):
        return None
    return sign, int(digits), e - len(frac)


# ---------------------------------------------------------------- Decimal

class Decimal(object):
    """An immutable decimal floating point number."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise_error(ConversionSyntax, [ConversionSyntax])
                return cls._special(0, 'n', 0, self)
            sign, c, e = parsed
            if isinstance(c, str):
                return cls._special(sign, c, e, self)
            self._sign, self._int, self._exp, self._is_special = sign, c, e, False
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = \
                value._sign, value._int, value._exp, value._is_special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation]:
                raise FloatOperation("strict semantics for mixing floats and Decimals are enabled")
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1) or isinstance(sign, bool) and False:
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp in ('F', 'n', 'N'):
                coeff = 0
                for d in digits:
                    if not isinstance(d, int) or not 0 <= d <= 9:
                        raise ValueError("coefficient must be a tuple of digits")
                    coeff = coeff * 10 + d
                return cls._special(sign, exp, 0 if exp == 'F' else coeff, self)
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            self._sign, self._int, self._exp, self._is_special = sign, coeff, exp, False
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _special(cls, sign, kind, payload, self=None):
        if self is None:
            self = object.__new__(cls)
        self._sign, self._int, self._exp, self._is_special = sign, payload, kind, True
        return self

    @classmethod
    def _make(cls, sign, coeff, exp):
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._is_special = sign, coeff, exp, False
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of F (an int or float) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls._special(0, 'n', 0)
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f in (float('inf'), float('-inf')):
            return cls._special(sign, 'F', 0)
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = Decimal._make(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # --- predicates and parts
    def _is_nan(self):
        return self._is_special and self._exp in ('n', 'N')

    def is_nan(self):
        return self._is_special and self._exp in ('n', 'N')

    def is_qnan(self):
        return self._is_special and self._exp == 'n'

    def is_snan(self):
        return self._is_special and self._exp == 'N'

    def is_infinite(self):
        return self._is_special and self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._is_special:
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits if self._exp != 'F' else (0,), self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return 0, 1
        n, e = self._int, self._exp
        if e >= 0:
            n = n * 10 ** e
            d = 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def _fraction(self):
        n, d = self.as_integer_ratio()
        return n, d

    # --- text
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            name = 'NaN' if self._exp == 'n' else 'sNaN'
            return sign + name + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context or getcontext()).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec):
        return _format_decimal(self, spec)

    # --- conversions
    def __bool__(self):
        return self._is_special or self._int != 0

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._is_special:
            self.__int__()
        n, d = self.as_integer_ratio()
        return n // d

    def __ceil__(self):
        if self._is_special:
            self.__int__()
        n, d = self.as_integer_ratio()
        return -(-n // d)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # --- rounding
    def _rescale(self, exp, rounding):
        """This value at exponent EXP, rounded with ROUNDING (no context)."""
        if self._is_special:
            return self
        if self._exp >= exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        shift = exp - self._exp
        q = _round_int(self._int, shift, rounding, self._sign)
        return Decimal._make(self._sign, q, exp)

    def _fix(self, context):
        """Round to the context's precision and check the exponent limits."""
        if self._is_special:
            if self._exp in ('n', 'N'):
                limit = context.prec - context.clamp
                if self._int and len(str(self._int)) > limit:
                    return Decimal._special(self._sign, self._exp, int(str(self._int)[-limit:]) if limit else 0)
            return self
        prec = context.prec
        etiny = context.Etiny()
        etop = context.Etop()
        coeff, exp = self._int, self._exp
        if coeff == 0:
            exp_max = etop if context.clamp else context.Emax
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                context._raise_error(Clamped)
                return Decimal._make(self._sign, 0, new_exp)
            return self
        ndigits = len(str(coeff))
        exp_min = ndigits + exp - prec
        if exp_min > etop:
            # Overflow.
            context._raise_error(Overflow, 'above Emax')
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return _overflow_result(self._sign, context)
        self_is_subnormal = exp_min < etiny
        if self_is_subnormal:
            exp_min = etiny
        if exp < exp_min:
            shift = exp_min - exp
            q = _round_int(coeff, shift, context.rounding, self._sign)
            inexact = q * 10 ** shift != coeff
            if len(str(q)) > prec:
                q //= 10
                exp_min += 1
                if exp_min > etop:
                    context._raise_error(Overflow, 'above Emax')
                    context._raise_error(Inexact)
                    context._raise_error(Rounded)
                    return _overflow_result(self._sign, context)
            ans = Decimal._make(self._sign, q, exp_min)
            if self_is_subnormal:
                context._raise_error(Subnormal)
                if inexact:
                    context._raise_error(Underflow)
                if q == 0:
                    context._raise_error(Clamped)
            if inexact:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and exp > etop:
            context._raise_error(Clamped)
            return Decimal._make(self._sign, coeff * 10 ** (exp - etop), etop)
        return self

    def quantize(self, exp, rounding=None, context=None):
        """This value rounded to EXP's exponent."""
        exp = _conv(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            ans = _check_nans(self, exp, context)
            if ans is not None:
                return ans
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            return context._raise_error(InvalidOperation, 'quantize with one INF')
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation, 'target exponent out of bounds in quantize')
        if self._int == 0:
            return Decimal._make(self._sign, 0, exp._exp)
        if self.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, 'exponent of quantize result too large for current context')
        if self.adjusted() - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation, 'quantize result has too many digits for current context')
        ans = self._rescale(exp._exp, rounding)
        if len(str(ans._int)) > context.prec:
            return context._raise_error(InvalidOperation, 'quantize result has too many digits for current context')
        if ans._exp > self._exp:
            if ans._int * 10 ** (ans._exp - self._exp) != self._int:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            return ans if ans is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            return ans if ans is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        ans = self._rescale(0, rounding or context.rounding)
        if ans._int * 10 ** -self._exp != self._int:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def normalize(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            return ans if ans is not None else Decimal(self)
        dup = self._fix(context)
        if dup._is_special or dup._int == 0:
            return Decimal._make(dup._sign, 0, 0) if not dup._is_special else dup
        c, e = dup._int, dup._exp
        exp_max = context.Emax if not context.clamp else context.Etop()
        while c % 10 == 0 and e < exp_max:
            c //= 10
            e += 1
        return Decimal._make(dup._sign, c, e)

    # --- sign and copies
    def copy_abs(self):
        return _with_sign(self, 0)

    def copy_negate(self):
        return _with_sign(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _with_sign(self, other._sign)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
        if not self._is_special and self._int == 0 and context.rounding != ROUND_FLOOR:
            ans = _with_sign(self, 0)
        else:
            ans = _with_sign(self, 1 - self._sign)
        return ans._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
        if not self._is_special and self._int == 0 and context.rounding != ROUND_FLOOR:
            ans = _with_sign(self, 0)
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
        return (self.__neg__(context=context) if self._sign else self.__pos__(context=context))

    # --- arithmetic
    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if self._is_special or other._is_special:
            ans = _check_nans(self, other, context)
            if ans is not None:
                return ans
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            else:
                sign = 1 if (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return Decimal._make(sign, 0, exp)._fix(context)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if other._is_special and other._is_nan():
            return self.__add__(other, context=context)
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = _check_nans(self, other, context)
            if ans is not None:
                return ans
            if self.is_infinite():
                if other.is_zero():
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _INF[sign]
            if self.is_zero():
                return context._raise_error(InvalidOperation, '0 * (+-)INF')
            return _INF[sign]
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = _check_nans(self, other, context)
            if ans is not None:
                return ans
            if self.is_infinite() and other.is_infinite():
                return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
            if self.is_infinite():
                return _INF[sign]
            context._raise_error(Clamped, 'Division by infinity')
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return context._raise_error(DivisionUndefined, [DivisionUndefined])
            context._raise_error(DivisionByZero, [DivisionByZero])
            return _INF[sign]
        if self._int == 0:
            return Decimal._make(sign, 0, self._exp - other._exp)._fix(context)
        ideal = self._exp - other._exp
        prec = context.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            # Sticky digit: the discarded part is not zero.
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer quotient, remainder) of finite operands, or an error."""
        sign = self._sign ^ other._sign
        if other.is_infinite():
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if self._int == 0 or other.is_infinite() or expdiff <= -2:
            return (Decimal._make(sign, 0, 0), self._rescale(ideal, context.rounding))
        if expdiff <= context.prec:
            exp = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - exp)
            b = other._int * 10 ** (other._exp - exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (Decimal._make(sign, q, 0), Decimal._make(self._sign, r, ideal))
        ans = context._raise_error(DivisionImpossible, [DivisionImpossible])
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = _check_nans(self, other, context)
        if ans is not None:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self.is_infinite():
            if other.is_infinite():
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return ans, ans
            return (_INF[sign], context._raise_error(InvalidOperation, 'INF % x'))
        if other._int == 0 and not other._is_special:
            if self._int == 0:
                ans = context._raise_error(DivisionUndefined, [DivisionUndefined])
                return ans, ans
            return (context._raise_error(DivisionByZero, [DivisionByZero]) or _INF[sign],
                    context._raise_error(InvalidOperation, 'x % 0'))
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = _check_nans(self, other, context)
        if ans is not None:
            return ans
        if self.is_infinite():
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other._is_special and other._int == 0:
            if self._int == 0:
                return context._raise_error(DivisionUndefined, [DivisionUndefined])
            return context._raise_error(InvalidOperation, [InvalidOperation])
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        ans = _check_nans(self, other, context)
        if ans is not None:
            return ans
        sign = self._sign ^ other._sign
        if self.is_infinite():
            if other.is_infinite():
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _INF[sign]
        if not other._is_special and other._int == 0:
            if self._int == 0:
                return context._raise_error(DivisionUndefined, [DivisionUndefined])
            context._raise_error(DivisionByZero, [DivisionByZero])
            return _INF[sign]
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def remainder_near(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        ans = _check_nans(self, other, context)
        if ans is not None:
            return ans
        if self._is_special or other._is_special or other._int == 0:
            return context._raise_error(InvalidOperation, 'remainder_near')
        n1, d1 = self.as_integer_ratio()
        n2, d2 = other.as_integer_ratio()
        num, den = n1 * d2, d1 * n2
        q = _round_half_even_div(num, den)
        rn, rd = n1 * d2 - q * n2 * d1, d1 * d2
        exp = min(self._exp, other._exp)
        coeff = rn * 10 ** -exp // rd if exp < 0 else rn // (rd * 10 ** exp)
        sign = 1 if coeff < 0 or (coeff == 0 and self._sign) else 0
        return Decimal._make(sign, abs(coeff), exp)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = _conv(modulo, True)
            if any(x._is_special or x._exp < 0 and x._int % 10 ** -x._exp
                   for x in (self, other, modulo)):
                return context._raise_error(InvalidOperation, 'pow() 3rd argument not allowed unless all arguments are integers')
            a, b, m = int(self), int(other), int(modulo)
            if m == 0:
                return context._raise_error(InvalidOperation, 'modulus cannot be zero')
            if b < 0:
                return context._raise_error(InvalidOperation, 'exponent cannot be negative')
            r = pow(abs(a), b, abs(m))
            sign = 1 if (a < 0 and b % 2) and r else 0
            return Decimal._make(sign, r, 0)._fix(context)
        ans = _check_nans(self, other, context)
        if ans is not None:
            return ans
        if other.is_infinite() or self.is_infinite() or self._int == 0 or other._int == 0:
            return _pow_special(self, other, context)
        n2, d2 = other.as_integer_ratio()
        if d2 == 1:
            return _pow_int(self, n2, context)
        if self._sign:
            return context._raise_error(InvalidOperation, 'x ** y with x negative and y not an integer')
        # Non-integral power: exp(y * ln(x)) with guard digits.
        with localcontext(context) as c:
            c.prec = context.prec + 10
            c.traps[Inexact] = False
            r = (other * self.ln(context=c)).exp(context=c)
        result = r._fix(context)
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return result

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
            if self._sign == 0:
                return Decimal(self)
        if not self._is_special and self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        prec = context.prec + 1
        # Coefficient c and even exponent e with value c * 10**e.
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        ndigits = len(str(c))
        shift = max(0, prec - (ndigits + 1) // 2)
        c *= 100 ** shift
        e -= 2 * shift
        root = _math.isqrt(c)
        exact = root * root == c
        if not exact and root % 5 == 0:
            root += 1
        exp = e // 2
        if exact:
            ideal = self._exp // 2
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        with localcontext(context) as c2:
            c2.rounding = ROUND_HALF_EVEN
            ans = Decimal._make(0, root, exp)._fix(c2)
            for s in _SIGNALS:
                if c2.flags[s]:
                    context.flags[s] = True
        return ans

    def exp(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
            return Decimal(0) if self._sign else Decimal(self)
        if self._int == 0:
            return Decimal(1)
        return _series(self, context, _exp_fraction)

    def ln(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
            if self._sign:
                return context._raise_error(InvalidOperation, 'ln of a negative value')
            return Decimal(self)
        if self._int == 0:
            return _INF[1]
        if self._sign:
            return context._raise_error(InvalidOperation, 'ln of a negative value')
        if self._int == 1 and self._exp == 0:
            return Decimal(0)
        return _series(self, context, _ln_fraction)

    def log10(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
            if self._sign:
                return context._raise_error(InvalidOperation, 'log10 of a negative value')
            return Decimal(self)
        if self._int == 0:
            return _INF[1]
        if self._sign:
            return context._raise_error(InvalidOperation, 'log10 of a negative value')
        s = str(self._int).rstrip('0')
        if s == '1':
            return Decimal(self._exp + len(str(self._int)) - 1)
        return _series(self, context, _log10_fraction)

    def logb(self, context=None):
        context = context or getcontext()
        if self._is_special:
            ans = _check_nans(self, None, context)
            if ans is not None:
                return ans
            return _INF[0]
        if self._int == 0:
            return context._raise_error(DivisionByZero, 'logb(0)') or _INF[1]
        return Decimal(self.adjusted())._fix(context)

    def fma(self, other, third, context=None):
        other = _conv(other, True)
        third = _conv(third, True)
        big = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        product = self.__mul__(other, context=big)
        return product.__add__(third, context=context or getcontext())

    # --- comparisons
    def _cmp(self, other):
        """-1, 0 or 1 for non-NaN operands (Decimals)."""
        if self._is_special or other._is_special:
            a = 0 if not self.is_infinite() else (-1 if self._sign else 1)
            b = 0 if not other.is_infinite() else (-1 if other._sign else 1)
            if a or b:
                return (a > b) - (a < b)
        n1, d1 = self.as_integer_ratio()
        n2, d2 = other.as_integer_ratio()
        x, y = n1 * d2, n2 * d1
        return (x > y) - (x < y)

    def _compare_value(self, other, op):
        """OTHER as something to compare with: a Decimal, or (num, den) for
        a float or Fraction; NotImplemented otherwise."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            context.flags[FloatOperation] = True
            if op not in ('==', '!=') and context.traps[FloatOperation]:
                raise FloatOperation("strict semantics for mixing floats and Decimals are enabled")
            return Decimal.from_float(other)
        if isinstance(other, complex):
            if other.imag == 0:
                return self._compare_value(other.real, op)
            return NotImplemented
        if isinstance(other, _numbers.Rational):
            return ('frac', other.numerator, other.denominator)
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_value(other, op)
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            if self._is_special:
                if self.is_nan():
                    return op == '!='
                c = -1 if self._sign else 1
            else:
                n1, d1 = self.as_integer_ratio()
                x, y = n1 * o[2], o[1] * d1
                c = (x > y) - (x < y)
        else:
            if self.is_nan() or o.is_nan():
                if op in ('==', '!='):
                    if self.is_snan() or o.is_snan():
                        getcontext()._raise_error(InvalidOperation, 'comparison involving sNaN')
                    return op == '!='
                getcontext()._raise_error(InvalidOperation, 'comparison involving NaN')
                return False
            c = self._cmp(o)
        return {'==': c == 0, '!=': c != 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0}[op]

    def __eq__(self, other, context=None):
        return self._rich(other, '==')

    def __ne__(self, other, context=None):
        return self._rich(other, '!=')

    def __lt__(self, other, context=None):
        return self._rich(other, '<')

    def __le__(self, other, context=None):
        return self._rich(other, '<=')

    def __gt__(self, other, context=None):
        return self._rich(other, '>')

    def __ge__(self, other, context=None):
        return self._rich(other, '>=')

    def compare(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            ans = _check_nans(self, other, context)
            if ans is not None:
                return ans
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            return context._raise_error(InvalidOperation, 'compare_signal with NaN')
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = _conv(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        key = lambda d: ((3 if d._exp == 'n' else 2 if d._exp == 'N' else 1 if d._exp == 'F' else 0),
                         d._int if d._is_special else 0,
                         Decimal._make(0, d._int, d._exp) if not d._is_special else 0,
                         d._exp if not d._is_special else 0)
        a, b = key(self), key(other)
        if a[0] != b[0]:
            c = (a[0] > b[0]) - (a[0] < b[0])
        elif self._is_special:
            c = (a[1] > b[1]) - (a[1] < b[1])
        else:
            c = self.copy_abs()._cmp(other.copy_abs()) or ((a[3] > b[3]) - (a[3] < b[3]))
        return Decimal(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_conv(other, True).copy_abs())

    def max(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return _check_nans(self, other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (other if c < 0 else self)._fix(context)

    def min(self, other, context=None):
        other = _conv(other, True)
        context = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_qnan() and not other.is_nan():
                return other._fix(context)
            if other.is_qnan() and not self.is_nan():
                return self._fix(context)
            return _check_nans(self, other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if c < 0 else other)._fix(context)

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, -self._exp, modulus), modulus - 2, modulus)
        h = self._int * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def number_class(self, context=None):
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self.is_infinite():
            return sign + 'Infinity'
        if self.is_zero():
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def _not_here(self, *a, **k):
        raise NotImplementedError("pyx's decimal does not implement this operation yet")

    logical_and = logical_or = logical_xor = logical_invert = _not_here
    rotate = shift = scaleb = next_minus = next_plus = next_toward = _not_here


_numbers.Number.register(Decimal)


# ---------------------------------------------------------------- helpers

def _conv(other, raise_type=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_type:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _with_sign(d, sign):
    if d._is_special:
        return Decimal._special(sign, d._exp, d._int)
    return Decimal._make(sign, d._int, d._exp)


def _check_nans(a, b, context):
    """The NaN result of an operation on A (and B), or None when neither is
    a NaN. A signaling NaN signals InvalidOperation."""
    for x in (a, b):
        if x is not None and x.is_snan():
            context._raise_error(InvalidOperation, 'sNaN')
            return Decimal._special(x._sign, 'n', x._int)._fix(context)
    for x in (a, b):
        if x is not None and x.is_qnan():
            return x._fix(context)
    return None


def _round_int(coeff, shift, rounding, sign):
    """COEFF without its last SHIFT digits, rounded by ROUNDING."""
    if shift <= 0:
        return coeff * 10 ** -shift
    div = 10 ** shift
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q


def _round_half_even_div(num, den):
    if den < 0:
        num, den = -num, -den
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def _overflow_result(sign, context):
    r = context.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
        return _INF[sign]
    return Decimal._make(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)


def _pow_special(x, y, context):
    """x ** y where one operand is zero or infinite."""
    n2 = d2 = None
    if not y._is_special:
        n2, d2 = y.as_integer_ratio()
    y_odd_int = d2 == 1 and n2 % 2 == 1
    if not y._is_special and y._int == 0:
        if x.is_zero():
            return context._raise_error(InvalidOperation, '0 ** 0')
        return Decimal(1)
    sign = x._sign if y_odd_int else 0
    if x._sign and not y._is_special and d2 != 1 and not x.is_zero():
        return context._raise_error(InvalidOperation, 'x ** y with x negative and y not an integer')
    if x.is_zero():
        if y._sign:
            if y_odd_int or True:
                return _INF[sign]
        return Decimal._make(sign, 0, 0)
    if x.is_infinite():
        if y._sign:
            return Decimal._make(sign, 0, 0)
        return _INF[sign]
    # y infinite, x finite nonzero.
    c = x.copy_abs()._cmp(Decimal(1))
    if c == 0:
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return Decimal._make(0, 10 ** (context.prec - 1), -(context.prec - 1))
    if x._sign:
        return context._raise_error(InvalidOperation, 'x ** INF with x negative')
    if (c > 0) != bool(y._sign):
        return _INF[0]
    return Decimal._make(0, 0, 0)


def _pow_int(x, n, context):
    """x ** n for an integer n, rounded once when the exact result is small
    enough to build, else by repeated rounded multiplication."""
    sign = x._sign if n % 2 else 0
    if abs(n) * len(str(x._int)) <= 4 * context.prec + 200:
        if n >= 0:
            return Decimal._make(sign, x._int ** n, x._exp * n)._fix(context)
        denom = Decimal._make(0, x._int ** -n, x._exp * -n)
        return _with_sign(Decimal(1).__truediv__(denom, context=context), sign)
    with localcontext(context) as c:
        c.prec = context.prec + len(str(abs(n))) + 5
        c.traps[Inexact] = c.traps[Rounded] = False
        c.traps[Overflow] = c.traps[Underflow] = c.traps[Subnormal] = c.traps[Clamped] = False
        result = Decimal(1)
        base = x.copy_abs()
        e = abs(n)
        while e:
            if e & 1:
                result = result.__mul__(base, context=c)
            e >>= 1
            if e:
                base = base.__mul__(base, context=c)
        if n < 0:
            result = Decimal(1).__truediv__(result, context=c)
    result = _with_sign(result, sign)._fix(context)
    context._raise_error(Inexact)
    context._raise_error(Rounded)
    return result


# exp, ln and log10 from exact integer series at a working precision a few
# digits beyond the context's, rounded once at the end.

def _series(x, context, f):
    p = context.prec + 6
    while True:
        value = f(x, p + 4)  # (coefficient, exponent), accurate to p+4 digits
        coeff, exp = value
        sign = 1 if coeff < 0 else 0
        d = Decimal._make(sign, abs(coeff), exp)
        with localcontext(context) as c:
            c.prec = context.prec
            c.rounding = ROUND_HALF_EVEN
            r1 = d._fix(c)
        # Check that rounding is stable under the approximation's error.
        lo = Decimal._make(sign, abs(coeff) - 2, exp) if coeff else d
        hi = Decimal._make(sign, abs(coeff) + 2, exp)
        with localcontext(context) as c:
            c.rounding = ROUND_HALF_EVEN
            c.traps[Inexact] = False
            stable = lo._fix(c) == r1 == hi._fix(c)
        if stable or p > context.prec + 60:
            break
        p += 20
    ans = Decimal._make(sign, abs(coeff), exp)
    context.rounding, saved = ROUND_HALF_EVEN, context.rounding
    try:
        result = ans._fix(context)
    finally:
        context.rounding = saved
    context._raise_error(Inexact)
    context._raise_error(Rounded)
    return result


def _fixed(x, digits):
    """x (a Decimal) as an integer scaled by 10**digits (truncated)."""
    n, d = x.as_integer_ratio()
    return n * 10 ** digits // d


def _exp_fixed(v, digits):
    """exp(v / 10**digits) * 10**digits, for |v| < about 10**digits."""
    one = 10 ** digits
    # Halve the argument until small, then square back.
    k = 0
    while abs(v) > one // 8:
        v //= 2
        k += 1
    term = one
    total = one
    i = 1
    while term:
        term = term * v // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total


def _exp_fraction(x, p):
    # exp(x) = 10**m * exp(x - m ln 10); keep the fixed-point argument small.
    adj = x.adjusted()
    if adj > 20:
        raise OverflowError("exp argument too large for pyx's decimal")
    guard = p + max(adj, 0) + 10
    v = _fixed(x, guard)
    ln10 = _ln10_fixed(guard)
    m = v // ln10
    r = v - m * ln10
    e = _exp_fixed(r, guard)
    return e, m - guard


_LN10_CACHE = {}


def _ln10_fixed(digits):
    if digits not in _LN10_CACHE:
        _LN10_CACHE[digits] = _ln_fixed_int(10, 0, digits)
    return _LN10_CACHE[digits]


def _ln_fixed_int(c, e, digits):
    """ln(c * 10**e) * 10**digits via atanh series around a power of 2."""
    guard = digits + 10
    one = 10 ** guard
    # y = c*10**e as fixed point, then write y = 2**k * z with z in [1, 2).
    if e >= 0:
        y = c * 10 ** e * one
    else:
        y = c * one // 10 ** -e
    k = y.bit_length() - one.bit_length()
    z = y >> k if k >= 0 else y << -k
    while z >= 2 * one:
        z //= 2
        k += 1
    while z < one:
        z *= 2
        k -= 1
    ln_z = _ln_near_one(z, one)
    ln2 = _ln2_fixed(guard)
    return (ln_z + k * ln2) // 10 ** 10


def _ln_near_one(z, one):
    # ln z = 2 atanh((z-1)/(z+1)).
    t = (z - one) * one // (z + one)
    t2 = t * t // one
    term = t
    total = 0
    n = 1
    while term:
        total += term // n
        term = term * t2 // one
        n += 2
    return 2 * total


_LN2_CACHE = {}


def _ln2_fixed(guard):
    if guard not in _LN2_CACHE:
        one = 10 ** guard
        # ln 2 = 2 atanh(1/3).
        t = one // 3
        t2 = one // 9
        term = t
        total = 0
        n = 1
        while term:
            total += term // n
            term = term * t2 // one
            n += 2
        _LN2_CACHE[guard] = 2 * total
    return _LN2_CACHE[guard]


def _ln_fraction(x, p):
    adj = x.adjusted()
    digits = p + max(len(str(abs(adj))), 1)
    v = _ln_fixed_int(x._int, x._exp, digits)
    return v, -digits


def _log10_fraction(x, p):
    adj = x.adjusted()
    digits = p + max(len(str(abs(adj))), 1)
    v = _ln_fixed_int(x._int, x._exp, digits + 5)
    ln10 = _ln10_fixed(digits + 5)
    return v * 10 ** digits // ln10, -digits


# ---------------------------------------------------------------- format

def _format_decimal(d, spec):
    import re as _re
    m = _re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec, _re.S)
    if m is None:
        raise ValueError("Invalid format specifier")
    fill, align, sign_opt, z, alt, zero, width, group, prec, typ = m.groups()
    if fill is None:
        fill = '0' if zero and not align else ' '
    if align is None:
        align = '=' if zero else '>'
    prec = int(prec) if prec is not None else None
    if d._is_special:
        body = str(d.copy_abs())
        if body.startswith('Infinity') and typ in (None,) :
            pass
        if typ in ('E', 'F', 'G') and d.is_infinite():
            body = 'INFINITY' if False else body
        sign = '-' if d._sign else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
        if typ == '%':
            body += '%'
    else:
        rounding = getcontext().rounding
        x = d
        if typ is None or typ in 'gGn':
            if prec is not None:
                if prec == 0:
                    prec = 1
                digits = len(str(x._int))
                if digits > prec:
                    x = x._rescale(x._exp + digits - prec, rounding)
            s = str(x.copy_abs())
            if typ in ('g', 'G', 'n') or typ is None:
                leftdigits = x._exp + len(str(x._int))
                if typ is None and prec is None:
                    body = s
                else:
                    p = prec if prec is not None else len(str(x._int))
                    if -6 < leftdigits <= p or (typ is None and x._exp <= 0 and leftdigits > -6):
                        body = _fixed_str(x, max(-x._exp, 0))
                    else:
                        body = _sci_str(x, len(str(x._int)) - 1, 'e' if typ != 'G' else 'E')
                if typ == 'G' or (typ is None and getcontext().capitals):
                    body = body.replace('e', 'E')
            else:
                body = s
        elif typ in 'fF%':
            if typ == '%':
                x = Decimal._make(x._sign, x._int, x._exp + 2)
            if prec is not None:
                x = x._rescale(-prec, rounding)
            body = _fixed_str(x, max(-x._exp, 0))
            if typ == '%':
                body += '%'
        else:  # e, E
            digits = len(str(x._int))
            if prec is not None and digits > prec + 1:
                x = x._rescale(x._exp + digits - prec - 1, rounding)
            n = len(str(x._int)) - 1 if prec is None else prec
            body = _sci_str(x, n, typ)
        neg = x._sign and not (z and x._int == 0)
        sign = '-' if neg else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
        if group:
            intpart, dot, rest = body.partition('.')
            digits_only = ''.join(ch for ch in intpart if ch.isdigit())
            if digits_only == intpart:
                groups = []
                while len(intpart) > 3:
                    groups.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                groups.insert(0, intpart)
                body = group.join(groups) + dot + rest
    if alt and '.' not in body and not d._is_special:
        body += '.' if 'e' not in body.lower() else ''
    width = int(width) if width else 0
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '^':
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    return sign + fill * pad + body


def _fixed_str(x, frac_digits):
    c = x._int * 10 ** max(x._exp, 0) if x._exp > 0 else x._int
    s = str(c)
    if frac_digits == 0:
        return s
    if len(s) <= frac_digits:
        s = '0' * (frac_digits - len(s) + 1) + s
    return s[:-frac_digits] + '.' + s[-frac_digits:]


def _sci_str(x, n, e_char):
    digits = str(x._int)
    adj = x._exp + len(digits) - 1
    digits = (digits + '0' * n)[:n + 1] if x._int else '0' * (n + 1)
    body = digits[0] + ('.' + digits[1:] if n > 0 else '')
    return body + e_char + '%+03d' % adj if False else body + e_char + ('%+d' % adj if abs(adj) >= 10 else '%+03d' % adj if False else '%+d' % adj)


# ---------------------------------------------------------------- constants

_NaN = Decimal._special(0, 'n', 0)
_INF = (Decimal._special(0, 'F', 0), Decimal._special(1, 'F', 0))

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
