"""Time access and conversions (pyx; written from the ``time`` docs).

The clock is the host's to grant (``_pyx_time``): the ``pyx`` command gives
a real one (``--fixed-clock`` a virtual one, ``--no-clock`` none); an
embedder decides.  Without a clock, ``time()``, ``monotonic()`` and the
like raise ``RuntimeError``; converting a given timestamp always works.
Local time is UTC unless the host's clock names a zone.  ``sleep`` counts
against the run's time limit and stops when the host interrupts it.
"""

import _pyx_time

_NS = 1_000_000_000

timezone = 0
altzone = 0
daylight = 0
tzname = (_pyx_time.zone_name(), _pyx_time.zone_name())


def time_ns():
    """Return the current time in nanoseconds since the Epoch."""
    return _pyx_time.time_ns()


def time():
    """Return the current time in seconds since the Epoch."""
    return _pyx_time.time_ns() / _NS


def monotonic_ns():
    return _pyx_time.monotonic_ns()


def monotonic():
    return _pyx_time.monotonic_ns() / _NS


perf_counter_ns = monotonic_ns
perf_counter = monotonic


def process_time_ns():
    return _pyx_time.process_time_ns()


def process_time():
    return _pyx_time.process_time_ns() / _NS


thread_time_ns = process_time_ns
thread_time = process_time


def _index(x):
    if isinstance(x, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(x), '__index__'):
        return type(x).__index__(x)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _seconds(secs):
    """A timestamp as whole seconds (rounded down), with CPython's errors."""
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.2e18 < secs < 9.2e18:
            raise OverflowError('timestamp out of range for platform time_t')
        i = int(secs)
        return i - 1 if i > secs else i
    i = _index(secs)
    if not -(1 << 63) <= i < (1 << 63):
        raise OverflowError('timestamp out of range for platform time_t')
    return i


def sleep(*args, **kwargs):
    """Delay execution for a given number of seconds."""
    if kwargs:
        raise TypeError('time.sleep() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('time.sleep() takes exactly one argument (%d given)' % len(args))
    secs = args[0]
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.2e9 < secs < 9.2e9:
            raise OverflowError('timestamp out of range for platform time_t')
        ns = int(secs * _NS)
    else:
        ns = _index(secs)
        if not -(1 << 63) < ns * _NS < (1 << 63):
            raise OverflowError('timestamp out of range for platform time_t')
        ns *= _NS
    if ns < 0:
        raise ValueError('sleep length must be non-negative')
    _pyx_time.sleep_ns(ns)


# The number of fields a struct_time carries, tm_zone and tm_gmtoff
# included (CPython's own tests read it to know tm_zone is supported).
_STRUCT_TM_ITEMS = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - n)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (f, v) for f, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), None))


struct_time.__module__ = 'time'

# ------------------------------------------------------------ calendar math


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _yday(y, m, d):
    return _days_from_civil(y, m, d) - _days_from_civil(y, 1, 1) + 1


def _broken_down(t, zone, offset):
    days, rem = divmod(t + offset, 86400)
    y, m, d = _civil_from_days(days)
    if not -2147481748 <= y <= 2147485547:
        raise OverflowError('timestamp out of range for platform time_t')
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    return struct_time((y, m, d, hh, mm, ss, wday, _yday(y, m, d), 0, zone, offset))


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    t = _pyx_time.time_ns() // _NS if seconds is None else _seconds(seconds)
    return _broken_down(t, 'GMT', 0)


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    t = _pyx_time.time_ns() // _NS if seconds is None else _seconds(seconds)
    return _broken_down(t, _pyx_time.zone_name(), _pyx_time.utc_offset(t))


def _time_tuple(t, fname):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % fname)
    return tuple(_index(x) for x in t)


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    y, mo, d, hh, mi, ss, _, _, _ = _time_tuple(t, 'mktime')
    # Normalise the month as C's mktime does; days, hours... carry over.
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    local = _days_from_civil(y, mo, 1) * 86400 + (d - 1) * 86400 + hh * 3600 + mi * 60 + ss
    if not -(1 << 63) <= local < (1 << 63):
        raise OverflowError('mktime argument out of range')
    return float(local - _pyx_time.utc_offset(local))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')


def _checked(t, fname):
    t = _time_tuple(t, fname)
    y, mo, d, hh, mi, ss, wd, yd, dst = t
    if mo == 0:
        mo = 1
    if not 1 <= mo <= 12:
        raise ValueError('month out of range')
    if d == 0:
        d = 1
    if not 1 <= d <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hh <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mi <= 59:
        raise ValueError('minute out of range')
    if not 0 <= ss <= 61:
        raise ValueError('seconds out of range')
    # CPython counts weekdays from Sunday inside ((wd + 1) % 7, which must
    # not be negative): -1 is accepted and means Sunday (6), -2 is not.
    if wd < -1:
        raise ValueError('day of week out of range')
    wd %= 7
    if yd == 0:
        yd = 1
    if not 1 <= yd <= 366:
        raise ValueError('day of year out of range')
    if dst < -1:
        dst = -1
    elif dst > 1:
        dst = 1
    return y, mo, d, hh, mi, ss, wd, yd, dst


def _asctime(t):
    y, mo, d, hh, mi, ss, wd = t[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wd], _MONTHS[mo - 1], d, hh, mi, ss, y)


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    return _asctime(_checked(t, 'asctime'))


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return _asctime(localtime(seconds))


def _week_number(yday, wday, first):
    # Weeks start on `first` (6: Sunday, 0: Monday); days before the
    # year's first such day are in week 0.
    return (yday - 1 + 7 - (wday - first) % 7) // 7


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        lt = localtime()
        zone, gmtoff = lt.tm_zone, lt.tm_gmtoff
        t = tuple(lt)
    else:
        zone = getattr(t, 'tm_zone', None)
        gmtoff = getattr(t, 'tm_gmtoff', None)
        t = _checked(t, 'strftime')
    if zone is None:
        zone = tzname[0]
    if gmtoff is None:
        gmtoff = timezone
    y, mo, d, hh, mi, ss, wd, yd, dst = t
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'a':
            out.append(_DAYS[wd])
        elif f == 'A':
            out.append(_FULL_DAYS[wd])
        elif f in 'bh':
            out.append(_MONTHS[mo - 1])
        elif f == 'B':
            out.append(_FULL_MONTHS[mo - 1])
        elif f == 'c':
            out.append(_asctime(t))
        elif f == 'C':
            out.append('%02d' % (y // 100))
        elif f == 'd':
            out.append('%02d' % d)
        elif f == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'e':
            out.append('%2d' % d)
        elif f == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif f == 'H':
            out.append('%02d' % hh)
        elif f == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif f == 'j':
            out.append('%03d' % yd)
        elif f == 'm':
            out.append('%02d' % mo)
        elif f == 'M':
            out.append('%02d' % mi)
        elif f == 'n':
            out.append('\n')
        elif f == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif f == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif f == 'S':
            out.append('%02d' % ss)
        elif f == 't':
            out.append('\t')
        elif f == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == 'u':
            out.append(str(wd + 1))
        elif f == 'U':
            out.append('%02d' % _week_number(yd, wd, 6))
        elif f == 'w':
            out.append(str((wd + 1) % 7))
        elif f == 'W':
            out.append('%02d' % _week_number(yd, wd, 0))
        elif f == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == 'y':
            out.append('%02d' % (y % 100))
        elif f == 'Y':
            out.append(str(y))
        elif f == 'Z':
            out.append(zone)
        elif f == 'z':
            sign = '-' if gmtoff < 0 else '+'
            h, m = divmod(abs(gmtoff) // 60, 60)
            out.append('%s%02d%02d' % (sign, h, m))
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(data_string, format)


def get_clock_info(name):
    if name not in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
        raise ValueError('unknown clock')
    import types
    return types.SimpleNamespace(
        implementation='pyx host clock', monotonic=name != 'time',
        adjustable=name == 'time', resolution=1e-09)
