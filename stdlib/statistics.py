"""Basic statistics (pyx pure-Python implementation, a subset written from
the statistics documentation): mean, fmean, median (+ low,
high, grouped), mode, multimode, variance, pvariance, stdev, pstdev,
harmonic_mean, geometric_mean, quantiles, covariance, correlation,
linear_regression, and the NormalDist class.

Sums and sums of squares are computed exactly (with Fractions) and only the
final result is rounded, so results match CPython's exactly."""

import math
from collections import Counter
from fractions import Fraction

__all__ = ['StatisticsError', 'mean', 'fmean', 'median', 'median_low',
           'median_high', 'mode', 'multimode', 'variance', 'pvariance',
           'stdev', 'pstdev', 'harmonic_mean', 'quantiles', 'median_grouped',
           'covariance', 'correlation', 'linear_regression',
           'geometric_mean', 'NormalDist']


class StatisticsError(ValueError):
    pass


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _exact(x):
    """x -> Fraction, or x itself when it is a NaN or infinity (float or
    Decimal)."""
    if isinstance(x, float) and not math.isfinite(x):
        return x
    try:
        return Fraction(*x.as_integer_ratio())
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # A Decimal infinity or NaN has no ratio.
        return x
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return Fraction(x.numerator, x.denominator)
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _sum(data):
    """(type, exact total, count)."""
    T = int
    total = Fraction(0)
    special = None
    n = 0
    for x in data:
        T = _coerce(T, type(x))
        e = _exact(x)
        n += 1
        if isinstance(e, float):
            special = e if special is None else special + e
        else:
            total += e
    if special is not None:
        return T, special, n
    return T, total, n


def _convert(value, T):
    if type(value) is T:
        return value
    if isinstance(value, float):
        return T(value) if T is not int else value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Fraction):
            return Fraction(value)
        if _is_decimal_type(T):
            # Decimal takes no Fraction: divide its two parts instead.
            return T(value.numerator) / T(value.denominator)
        raise


def _is_decimal_type(T):
    try:
        from decimal import Decimal
    except ImportError:
        return False
    return issubclass(T, Decimal)


def _exact_ratio(x):
    """(numerator, denominator) of a number; (x, None) for a float or
    Decimal infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def mean(data):
    """Arithmetic mean ("average") of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast float arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = _fsum(x * w for x, w in zip(data, weights))
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def _fsum(values):
    fsum = getattr(math, 'fsum', None)
    if fsum is not None:
        return fsum(values)
    total = Fraction(0)
    special = None
    for v in values:
        e = _exact(float(v))
        if isinstance(e, float):
            special = e if special is None else special + e
        else:
            total += e
    return special if special is not None else float(total)


def median(data):
    """Median (middle value) of data; mean of the two middle values when
    the number of points is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def mode(data):
    """Most common data point (the first one met, on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """List of the most common values, in order of first occurrence."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data, c=None):
    """(type, exact sum of squared deviations, count)."""
    data = list(data)
    if c is not None:
        T, ss, n = _sum((x - c) * (x - c) for x in data)
        return T, ss, n
    T, total, n = _sum(data)
    if n == 0:
        return T, Fraction(0), 0
    if isinstance(total, float):
        return T, total, n
    xbar = total / n
    ss = Fraction(0)
    for x in data:
        d = _exact(x) - xbar
        ss += d * d
    return T, ss, n


def _integer_sqrt_of_frac_rto(n, m):
    """The integer square root of n/m, made odd when it is inexact
    ("round to odd"), so that a later rounding of it is correct."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a |= 1
    return a


# Bits carried by the rounded-to-odd root before the final division: two
# doubles' worth and a few guard bits.
_SQRT_BITS = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """The correctly rounded float square root of the fraction n/m."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return float(_integer_sqrt_of_frac_rto(n, m << (2 * q)) << q)
    return _integer_sqrt_of_frac_rto(n << (-2 * q), m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m as a Decimal, correctly rounded in the
    current decimal context (errors as Decimal.sqrt and Fraction give)."""
    from decimal import Decimal, getcontext
    if m == 0:
        raise ZeroDivisionError('Fraction(%d, 0)' % n)
    if m < 0:
        n, m = -n, -m
    if n <= 0:
        return Decimal(n).sqrt()
    prec = getcontext().prec
    # Scale by 10**(2k) so the integer root has at least prec + 2 digits.
    k = max(0, prec + 2 - (len(str(n // m)) + 1) // 2 + 1)
    num, den = n * 10 ** (2 * k), m
    r = math.isqrt(num // den)
    if r * r * den != num and r % 5 == 0:
        # Inexact: keep the last digit off 0 and 5 so the context's
        # rounding below cannot mistake it for exact or for a tie.
        r += 1
    return +Decimal('%dE-%d' % (r, k))


def _sqrt_frac(ss):
    """Correctly rounded float square root of a non-negative Fraction."""
    if isinstance(ss, float):
        return math.sqrt(ss)
    if ss.numerator == 0:
        return 0.0
    return _float_sqrt_of_frac(ss.numerator, ss.denominator)


def _isfinite(x):
    try:
        return x.is_finite()        # Decimal
    except AttributeError:
        return math.isfinite(x)


def _fail_neg(values, errmsg='negative value'):
    """Pass the values through, raising StatisticsError(errmsg) at the
    first negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def geometric_mean(data):
    """The geometric mean of positive data, as a float (computed from
    the mean of the logarithms)."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def variance(data, xbar=None):
    """Sample variance of data (n - 1 in the denominator)."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation of data."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_frac(ss / (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation of data."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_frac(ss / n)


def harmonic_mean(data, weights=None):
    """Harmonic mean of (non-negative) data."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data '
                                  'size')
        _, sum_weights, _ = _sum(w for w in weights if w >= 0 or
                                 _neg(errmsg))
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def _neg(msg):
    raise StatisticsError(msg)


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def median_grouped(data, interval=1):
    """The 50th percentile of continuous data grouped in classes of width
    `interval` centred on the data points: L + interval * (n/2 - cf) / f,
    with L the lower limit of the median's class, cf the number of points
    below it and f the number in it."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    below = _bisect_left(data, x)
    within = _bisect_right(data, x, below) - below
    return lower + interval * (n / 2 - below) / within


def _bisect_left(a, x, lo=0):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(a, x, lo=0):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y, /):
    """Sample covariance of two inputs of the same length."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _paired(x, y, 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def _linear_regression_type():
    from collections import namedtuple
    return namedtuple('LinearRegression', ('slope', 'intercept'))


LinearRegression = _linear_regression_type()
LinearRegression.__module__ = 'statistics'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through
    (x, y); with proportional=True, the line through the origin."""
    n = _paired(x, y, 'linear regression')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


def _normal_dist_inv_cdf(p, mu, sigma):
    """The x with P(X <= x) = p for X ~ N(mu, sigma), for 0 < p < 1.

    A rational first guess (Abramowitz & Stegun 26.2.23, good to about
    4.5e-4) refined by Halley steps on the exact tail function
    0.5*erfc(z/sqrt(2)), which converge to full float precision."""
    if p != p:
        return p
    q = p if p < 0.5 else 1.0 - p
    if q == 0.5:
        return mu
    t = math.sqrt(-2.0 * math.log(q))
    z = t - ((0.010328 * t + 0.802853) * t + 2.515517) / \
        (((0.001308 * t + 0.189269) * t + 1.432788) * t + 1.0)
    # z > 0 solves tail(z) = q, where tail(z) = P(Z > z).
    for _ in range(50):
        err = 0.5 * math.erfc(z / _SQRT2) - q
        dens = math.exp(-0.5 * z * z) / _SQRT_TAU
        if dens == 0.0:
            break
        # tail'(z) = -dens, tail''(z) = z * dens.
        step = err / dens
        step = step / (1.0 + 0.5 * z * step)
        z += step
        if abs(step) <= 1e-16 * max(1.0, abs(z)):
            break
    if p < 0.5:
        z = -z
    return mu + z * sigma


_SQRT2 = math.sqrt(2.0)
_SQRT_TAU = math.sqrt(math.tau)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and sample standard
        deviation of data."""
        if not isinstance(data, (list, tuple)):
            data = list(data)
        return cls(fmean(data), stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with a
        seed)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def _need_spread(self, what):
        if not self._sigma:
            raise StatisticsError('%s not defined when sigma is zero' % what)

    def pdf(self, x):
        """Probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """P(X <= x)."""
        self._need_spread('cdf()')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with P(X <= x) = p (the percent-point function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        self._need_spread('inv_cdf()')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n
        intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area both probability densities share (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Let a be the narrower one (then the lower mean on a tie).
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = abs(b._mu - a._mu)
        if not dv:
            # Equal spreads: the densities cross once, half way.
            return 1.0 - math.erf(dm / (2.0 * a._sigma * _SQRT2))
        # Unequal spreads: the densities cross at the two roots of a
        # quadratic; the shared area is 1 less the differences of the
        # cdfs there.
        c = a._mu * vb - b._mu * va
        r = a._sigma * b._sigma * math.sqrt(dm * dm + dv * math.log(vb / va))
        lost = 0.0
        for x in ((c + r) / dv, (c - r) / dv):
            lost += abs(b.cdf(x) - a.cdf(x))
        return 1.0 - lost

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
