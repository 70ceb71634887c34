"""Basic statistics (pyx pure-Python implementation, a subset written from
the statistics documentation): mean, fmean, median (+ low,
high, grouped), mode, multimode, variance, pvariance, stdev, pstdev,
harmonic_mean, quantiles, covariance, correlation, linear_regression.
NormalDist and geometric_mean are not included.

Sums and sums of squares are computed exactly (with Fractions) and only the
final result is rounded, so results match CPython's exactly."""

import math
from collections import Counter
from fractions import Fraction

__all__ = ['StatisticsError', 'mean', 'fmean', 'median', 'median_low',
           'median_high', 'mode', 'multimode', 'variance', 'pvariance',
           'stdev', 'pstdev', 'harmonic_mean', 'quantiles', 'median_grouped',
           'covariance', 'correlation', 'linear_regression']


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


def _sqrt_frac(ss):
    """Correctly rounded float square root of a non-negative Fraction."""
    if isinstance(ss, float):
        return math.sqrt(ss)
    n, m = ss.numerator, ss.denominator
    if n == 0:
        return 0.0
    # Scale so that the integer square root carries 55+ significant bits,
    # then make it "round to odd" so the final int/int division rounds
    # correctly.
    width = 2 * 53 + 3
    q = (n.bit_length() - m.bit_length() - width) // 2
    if q >= 0:
        nn, mm = n, m << (2 * q)
    else:
        nn, mm = n << (-2 * q), m
    a = math.isqrt(nn // mm)
    if a * a * mm != nn:
        a |= 1
    if q >= 0:
        return float(a << q)
    return a / (1 << -q)


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
