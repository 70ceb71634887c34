"""Mathematical functions for complex numbers (pyx; written from the
``cmath`` docs and the textbook formulas for the principal branches,
W. Kahan's "Branch Cuts for Complex Elementary Functions" for the inverse
functions, so that signed zeros pick the side of a branch cut as CPython
does).  Infinite and NaN inputs follow C99 Annex G in the common cases;
results can differ from CPython's in the last bit.
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LN2 = 0.6931471805599453
_LARGE = 1e154          # beyond it, squares overflow: scale
_LOG_LARGE = 708.0      # exp() overflows past about 709.78


def _c(z):
    """The argument as a complex number, with CPython's TypeError."""
    if type(z) is complex:
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    t = type(z)
    if hasattr(t, '__complex__'):
        r = t.__complex__(z)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(r).__name__)
        return r
    if hasattr(t, '__float__'):
        return complex(t.__float__(z), 0.0)
    if hasattr(t, '__index__'):
        return complex(float(t.__index__(z)), 0.0)
    raise TypeError('must be real number, not %s' % t.__name__)


def _domain():
    return ValueError('math domain error')


def _asinh_real(x):
    ax = abs(x)
    if ax != ax or ax == inf:
        return x
    if ax > 1e150:
        r = _m.log(ax) + _LN2
    elif ax < 2.0 ** -28:
        return x
    else:
        r = _m.log1p(ax + ax * ax / (1.0 + _m.sqrt(1.0 + ax * ax)))
    return _m.copysign(r, x)


def phase(z):
    """Return argument, also known as the phase angle, of a complex."""
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    """Convert a complex from rectangular coordinates to polar coordinates."""
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if r == inf and z.real == z.real and z.imag == z.imag and abs(z.real) != inf and abs(z.imag) != inf:
        raise OverflowError('math range error')
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _c(r)
    phi = _c(phi)
    if r.imag or phi.imag:
        raise TypeError('must be real number, not complex')
    r, phi = r.real, phi.real
    if abs(phi) == inf and r == r:
        if r == 0.0:
            return complex(0.0, 0.0)
        raise _domain()
    if r == 0.0 and phi == phi:
        return complex(r * _m.cos(phi) if abs(phi) != inf else 0.0, r * _m.sin(phi) if abs(phi) != inf else 0.0)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _c(a)
    b = _c(b)
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a)) or diff <= abs_tol


def sqrt(z):
    """Return the square root of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if abs(y) == inf:
        return complex(inf, y)
    if x != x:
        return complex(x, y if y != y else nan)
    if x == inf:
        return complex(inf, _m.copysign(0.0, y) if y == y else nan)
    if x == -inf:
        return complex(nan if y != y else 0.0, _m.copysign(inf, y) if y == y else inf)
    if y != y:
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 * 4 and ay < 2.2250738585072014e-308 * 4:
        # Scale tiny arguments up to keep the bits.
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z):
    """Return the exponential value e**z."""
    z = _c(z)
    x, y = z.real, z.imag
    if x != x:
        return complex(x, y if y == 0.0 else nan)
    if x == inf:
        if y == 0.0:
            return complex(x, y)
        if y != y:
            return complex(inf, nan)
        if abs(y) == inf:
            raise _domain()
        return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
    if x == -inf:
        if not _m.isfinite(y):
            return complex(0.0, 0.0)
        return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
    if y != y:
        return complex(nan, nan)
    if y == 0.0:
        if x > 709.782712893384:
            raise OverflowError('math range error')
        return complex(_m.exp(x), y)
    if abs(y) == inf:
        raise _domain()
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * e, l * _m.sin(y) * e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    if isinf(r):
        raise OverflowError('math range error')
    return r


def _log(z):
    x, y = z.real, z.imag
    if x != x or y != y:
        if abs(x) == inf or abs(y) == inf:
            return complex(inf, nan)
        return complex(nan, nan)
    if abs(x) == inf or abs(y) == inf:
        return complex(inf, _m.atan2(y, x))
    ax, ay = abs(x), abs(y)
    if ax == 0.0 and ay == 0.0:
        raise _domain()
    h = _m.hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        am = max(ax, ay)
        an = min(ax, ay)
        real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
    elif h == inf:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    else:
        real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None):
    """log(z[, base]) -> the logarithm of z to the given base."""
    z = _log(_c(z))
    if base is None:
        return z
    b = _log(_c(base))
    if b == 0:
        raise ZeroDivisionError('complex division by zero')
    return z / b


def log10(z):
    """Return the base-10 logarithm of z."""
    z = _log(_c(z))
    ln10 = 2.302585092994046
    return complex(z.real / ln10, z.imag / ln10)


def cosh(z):
    """Return the hyperbolic cosine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if abs(y) == inf and (_m.isfinite(x) or abs(x) == inf):
            raise _domain()
        if y != y and x == 0.0:
            return complex(nan, 0.0)
        if abs(x) == inf and y == 0.0:
            return complex(inf, _m.copysign(0.0, x) * y if y == y else nan)
        if abs(x) == inf and _m.isfinite(y):
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)) * _m.copysign(1.0, x))
        if abs(x) == inf:
            return complex(inf, nan)
        return complex(nan, 0.0 if y == 0.0 else nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    if isinf(r):
        raise OverflowError('math range error')
    return r


def sinh(z):
    """Return the hyperbolic sine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if abs(y) == inf and (_m.isfinite(x) or abs(x) == inf):
            raise _domain()
        if y != y and x == 0.0:
            return complex(0.0, nan)
        if abs(x) == inf and y == 0.0:
            return complex(x, y)
        if abs(x) == inf and _m.isfinite(y):
            return complex(_m.copysign(inf, _m.cos(y)) * _m.copysign(1.0, x), _m.copysign(inf, _m.sin(y)))
        if abs(x) == inf:
            return complex(x, nan)
        return complex(nan, y if y == 0.0 else nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    if isinf(r):
        raise OverflowError('math range error')
    return r


def tanh(z):
    """Return the hyperbolic tangent of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if abs(x) == inf:
            if _m.isfinite(y):
                return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
            return complex(_m.copysign(1.0, x), 0.0)
        if abs(y) == inf and _m.isfinite(x):
            raise _domain()
        return complex(nan, y if y == 0.0 else nan)
    if abs(x) > 354.0:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _rot_in(z):
    """i * z."""
    return complex(-z.imag, z.real)


def _rot_out(s):
    """-i * s."""
    return complex(s.imag, -s.real)


def cos(z):
    """Return the cosine of z."""
    return cosh(_rot_in(_c(z)))


def sin(z):
    """Return the sine of z."""
    return _rot_out(sinh(_rot_in(_c(z))))


def tan(z):
    """Return the tangent of z."""
    return _rot_out(tanh(_rot_in(_c(z))))


def asinh(z):
    """Return the inverse hyperbolic sine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if x != x:
            if y == 0.0:
                return complex(x, y)
            return complex(inf, nan) if abs(y) == inf else complex(nan, nan)
        if y != y:
            return complex(x, nan) if abs(x) == inf else complex(nan, nan)
        if abs(x) == inf:
            return complex(x, _m.copysign(pi / 4 if abs(y) == inf else 0.0, y))
        return complex(_m.copysign(inf, x), _m.copysign(pi / 2, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        r = _log(complex(abs(x), abs(y)))
        return complex(_m.copysign(r.real + _LN2, x), _m.copysign(_m.atan2(abs(y), abs(x)), y))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_asinh_real(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    """Return the arc sine of z."""
    return _rot_out(asinh(_rot_in(_c(z))))


def acos(z):
    """Return the arc cosine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if abs(y) == inf:
            re = nan if x != x else (pi / 4 if x == inf else 3 * pi / 4 if x == -inf else pi / 2)
            return complex(re, -y)
        if abs(x) == inf:
            if y != y:
                return complex(nan, inf)
            return complex(0.0 if x > 0 else pi, -_m.copysign(inf, y) if x > 0 else -_m.copysign(inf, y))
        if y != y:
            return complex(pi / 2 if x == 0.0 else nan, nan)
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        r = _log(complex(abs(x), abs(y)))
        return complex(_m.atan2(abs(y), x), -_m.copysign(r.real + _LN2, y) if y != 0 else (-(r.real + _LN2) if _m.copysign(1.0, y) > 0 else r.real + _LN2))
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _asinh_real(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    """Return the inverse hyperbolic cosine of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if y != y:
            return complex(inf if abs(x) == inf else nan, nan)
        a = acos(z)
        return complex(abs(a.imag), _m.copysign(a.real, y) if y == y else a.real)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        r = _log(complex(abs(x), abs(y)))
        return complex(r.real + _LN2, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_asinh_real(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    """Return the inverse hyperbolic tangent of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0.0 or (x == 0.0 and _m.copysign(1.0, x) < 0):
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if x != x:
            return complex(0.0, _m.copysign(pi / 2, y)) if abs(y) == inf else complex(nan, nan)
        if y != y:
            if x == 0.0:
                return complex(x, nan)
            return complex(0.0 if x == inf else nan, nan)
        return complex(0.0, _m.copysign(pi / 2, y))
    ay = abs(y)
    if x > _LARGE or ay > _LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2, -y))
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    real = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    """Return the arc tangent of z."""
    return _rot_out(atanh(_rot_in(_c(z))))


# CPython's cmath functions are built-ins, which do not bind as methods:
# code keeps them as class attributes (`isclose = cmath.isclose`) and calls
# them through `self`. Each public function is wrapped in a callable that,
# like a built-in, has no __get__.
class _BuiltinFunction:
    def __init__(self, f):
        self.__wrapped__ = f
        self.__name__ = f.__name__
        self.__qualname__ = f.__qualname__
        self.__doc__ = f.__doc__
        self.__module__ = 'cmath'

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


for _name in ('phase', 'polar', 'rect', 'isfinite', 'isinf', 'isnan', 'isclose', 'sqrt',
              'exp', 'log', 'log10', 'cosh', 'sinh', 'tanh', 'cos', 'sin', 'tan', 'asinh',
              'asin', 'acos', 'acosh', 'atanh', 'atan'):
    globals()[_name] = _BuiltinFunction(globals()[_name])
del _name
