"""Basic date and time types (pyx pure-Python implementation, written from
the datetime documentation).

The clock is the host's: ``date.today()``, ``datetime.now()`` and
``datetime.utcnow()`` read the clock the host granted (the ``time`` module's
``_pyx_time``) and raise ``RuntimeError`` when it granted none.  A host may
also provide a native module ``_pyx_clock`` with

    _pyx_clock.time() -> float      POSIX seconds (UTC)
    _pyx_clock.local_offset(t) -> int   optional: the local zone's UTC offset
                                         in seconds at POSIX time t (default 0)

which then wins.  The functions that need local time (``fromtimestamp``
without tz, ``astimezone()`` without tz, ``timestamp()`` of naive
datetimes) use the local offset (UTC unless the host's clock names a zone).
"""



class _math:
    """The few float helpers needed (no dependency on the native math)."""

    @staticmethod
    def isnan(x):
        return x != x

    @staticmethod
    def isinf(x):
        return x == x and (x - x) != 0

    @staticmethod
    def trunc(x):
        return int(x)

    @staticmethod
    def floor(x):
        i = int(x)
        return i - 1 if i > x else i
import operator as _operator

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

try:
    import _pyx_clock as _clock
except ImportError:
    _clock = None
try:
    import _pyx_time
except ImportError:
    _pyx_time = None


def _host_time():
    if _clock is not None:
        return _clock.time()
    if _pyx_time is None:
        raise RuntimeError('no clock: the host did not grant one')
    return _pyx_time.time_ns() / 1e9


def _local_offset(t):
    f = getattr(_clock, 'local_offset', None)
    if f is not None:
        return int(f(t))
    if _pyx_time is not None:
        return _pyx_time.utc_offset(int(t // 1))
    return 0


def _local_zone_name():
    if _pyx_time is not None:
        return _pyx_time.zone_name()
    return 'UTC'


# ------------------------------------------------------------ calendar math

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
del _n, _d


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_EPOCH_ORDINAL = 719163     # 1970-01-01


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    """A datetime of class cls from fields already known to be valid: an
    exact datetime is built directly, a subclass through its constructor
    (which may do more)."""
    if cls is not datetime:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._hashcode = -1
    self._fold = fold
    return self


def _ord2ymd(n):
    """Ordinal (1 = 0001-01-01) -> (year, month, day)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    # n is the day of the year (0-based); months average about 30.4 days,
    # so (n + 50) // 32 is the month or the one after it.
    leap = _is_leap(year)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May',
                   'June', 'July', 'August', 'September', 'October',
                   'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
                 'Saturday', 'Sunday']


def _index(x):
    if isinstance(x, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _operator.index(x)


def _check_date_fields(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if (type(hour) is not int or type(minute) is not int
            or type(second) is not int or type(microsecond) is not int):
        hour, minute = _index(hour), _index(minute)
        second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _state_bytes(state, what):
    """A pickled state (bytes, or str from a Python 2 pickle loaded with
    encoding='latin1') as bytes."""
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(
                "Failed to encode latin1 string when unpickling a %s object."
                " pickle.load(data, encoding='latin1') is assumed." % what
            ) from None
    return bytes(state)


def _is_state(arg, length, index, low, high):
    """True when arg is a pickled state: bytes or str of the length whose
    byte at index (fold bit masked off) lies in low..high."""
    if not isinstance(arg, (bytes, str)) or len(arg) != length:
        return False
    b = ord(arg[index:index + 1]) & 0x7F
    return low <= b <= high


def _check_state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    """timedelta -> '+HH:MM[:SS[.ffffff]]' ('' for None)."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -86400000000 < offset._to_microseconds() < 86400000000:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')


_NUMERIC_DIRECTIVES = frozenset('YyCmdeHIMSjwuGgVUW')
_FLAGGED_DIRECTIVES = _NUMERIC_DIRECTIVES | frozenset('aAbBhpcxXDFTRnt%')


def _wrap_strftime(obj, fmt, timetuple):
    """strftime for date/time/datetime: a subset of C's directives."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    year, month, day, hh, mm, ss, wday, yday = timetuple[:8]
    us = getattr(obj, 'microsecond', 0)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        # glibc's extensions: a flag (- no padding, _ spaces, 0 zeros,
        # ^ upper case) and a field width, as in '%4Y' or '%-d'.
        flag = ''
        if fmt[i] in '-_0^#':
            flag = fmt[i]
            i += 1
        j = i
        while i < n and fmt[i].isdigit():
            i += 1
        width = int(fmt[j:i]) if i > j else None
        if i >= n:
            out.append(fmt[j - len(flag) - 1:])
            break
        c = fmt[i]
        i += 1
        if flag or width is not None:
            if c in 'zZ':
                # CPython substitutes only bare %z/%Z; the C strftime then
                # sees a struct_time without a zone: %z is empty, %Z blank.
                out.append(' ' * (width or 0) if c == 'Z' else '')
                continue
            if c not in _FLAGGED_DIRECTIVES:
                # As glibc: an unknown conversion is kept as written (and
                # CPython handles %f, %z and %Z itself only when bare).
                out.append(fmt[j - len(flag) - 1:i])
                continue
            piece = _wrap_strftime(obj, '%' + c, timetuple)
            if c in _NUMERIC_DIRECTIVES and piece.strip().lstrip('-').isdigit():
                digits = piece.strip()
                sign = ''
                if digits[:1] == '-':
                    sign, digits = '-', digits[1:]
                digits = digits.lstrip('0') or '0'
                w = len(piece) if width is None else width
                if flag == '-':
                    piece = sign + digits
                elif flag == '_':
                    piece = (sign + digits).rjust(w)
                else:
                    piece = sign + digits.zfill(w - len(sign))
            else:
                if flag == '^':
                    piece = piece.upper()
                elif flag == '#':
                    piece = piece.swapcase()
                if width is not None:
                    piece = piece.rjust(width)
            out.append(piece)
            continue
        if c == 'Y':
            out.append(str(year))
        elif c == 'y':
            out.append('%02d' % (year % 100))
        elif c == 'C':
            out.append(str(year // 100))
        elif c == 'm':
            out.append('%02d' % month)
        elif c == 'd':
            out.append('%02d' % day)
        elif c == 'e':
            out.append('%2d' % day)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif c == 'M':
            out.append('%02d' % mm)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'a':
            out.append(_DAYNAMES[wday])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wday])
        elif c == 'w':
            out.append(str((wday + 1) % 7))
        elif c == 'u':
            out.append(str(wday + 1))
        elif c in 'bh':
            out.append(_MONTHNAMES[month])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[month])
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name is not None:
                # As CPython, which escapes the name with str.replace
                # before handing the format to the C strftime.
                if not isinstance(name.replace('%', '%%'), str):
                    raise TypeError('tzname.replace() did not return a '
                                    'string')
            out.append(name or '')
        elif c == '%':
            out.append('%')
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mm))
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAYNAMES[wday], _MONTHNAMES[month], day, hh, mm, ss, year))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c in 'GgV':
            iy, iw, _ = date(year, month, day).isocalendar()
            out.append(str(iy) if c == 'G' else
                       '%02d' % (iy % 100) if c == 'g' else '%02d' % iw)
        elif c in 'UW':
            first = (wday - (yday - 1)) % 7    # weekday of Jan 1 (Mon=0)
            if c == 'U':
                first_sun = (6 - first) % 7
                out.append('%02d' % ((yday - 1 - first_sun + 7) // 7))
            else:
                first_mon = (7 - first) % 7
                out.append('%02d' % ((yday - 1 - first_mon + 7) // 7))
        else:
            out.append('%' + c)
    return ''.join(out)


class _StructTime(tuple):
    """Fallback for time.struct_time when the time module is withheld."""
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')

    def __getattr__(self, name):
        try:
            return self[self._names.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % kv for kv in zip(self._names, self))


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    t = (y, m, d, hh, mm, ss, wday, dnum, dstflag)
    try:
        import time as _time
        return _time.struct_time(t)
    except (ImportError, AttributeError):
        return _StructTime(t)


# ---------------------------------------------------------------- timedelta

def _exact(x):
    """int/float -> (numerator, denominator), exactly."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % ('', type(x).__name__))


def _c_round(x):
    """C's round(): halves away from zero (float in, float out)."""
    a = abs(x)
    r = _math.floor(a)
    if a - r >= 0.5:
        r += 1
    return float(r) if x >= 0 else -float(r)


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, halves to even (any signs)."""
    q, r = divmod(a, b)
    # r has the sign of b: compare |2r| with |b|.
    r2 = 2 * r
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """Difference between two datetimes: days, seconds, microseconds.

    Normalised so that 0 <= seconds < 86400 and 0 <= microseconds < 10**6;
    float arguments are combined exactly and rounded half-even to a
    microsecond."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            # Whole numbers only (the usual case): exact, no rounding.
            return cls._from_microseconds(
                ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                 + seconds) * 1000000 + milliseconds * 1000 + microseconds)
        # Same arithmetic as CPython: integer parts exactly, the fractional
        # parts of float arguments accumulated in a float "leftover" that is
        # rounded (half-even) to a whole microsecond at the end.
        parts = ((microseconds, 1, 'microseconds'),
                 (milliseconds, 1000, 'milliseconds'),
                 (seconds, 10**6, 'seconds'),
                 (minutes, 60 * 10**6, 'minutes'),
                 (hours, 3600 * 10**6, 'hours'),
                 (days, 86400 * 10**6, 'days'),
                 (weeks, 7 * 86400 * 10**6, 'weeks'))
        total = 0
        leftover = 0.0
        for value, factor, name in parts:
            if isinstance(value, int):
                total += value * factor
                continue
            if not isinstance(value, float):
                raise TypeError('unsupported type for timedelta %s '
                                'component: %s' % (name, type(value).__name__))
            if not value:
                continue
            if _math.isnan(value):
                raise ValueError('cannot convert float NaN to integer')
            if _math.isinf(value):
                raise OverflowError('cannot convert float infinity to '
                                    'integer')
            ipart = _math.trunc(value)
            frac = value - ipart
            total += ipart * factor
            if frac == 0.0:
                continue
            scaled = float(factor) * frac
            ip2 = _math.trunc(scaled)
            total += ip2
            leftover += scaled - ip2
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            if not -2**31 <= d < 2**31:
                raise OverflowError('Python int too large to convert to C '
                                    'int')
            raise OverflowError('days=%d; must have magnitude <= 999999999'
                                % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return ((self._days * 86400 + self._seconds) * 1000000
                + self._microseconds)

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days,
                                's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10**6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(
                self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(_divide_and_round(usec, other)
                                                if other > 0 else
                                                _divide_and_round(-usec, -other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError('division by zero')
        if a < 0:
            a, b = -a, -b
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta._from_microseconds(r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._getstate(), other._getstate()
        return (a > b) - (a < b)

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) ==
                    (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) <
                    (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) <=
                    (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) >
                    (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds) >=
                    (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --------------------------------------------------------------------- date

class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % (__name__, self[0], self[1], self[2]))


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _parse_isodate(s):
    """'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]' -> (y, m, d)
    and the length consumed; raise ValueError on other text."""
    def num(part):
        if len(part) and part.isdigit() and part.isascii():
            return int(part)
        raise ValueError
    if len(s) < 7:
        raise ValueError
    year = num(s[0:4])
    ext = s[4] == '-'
    p = 5 if ext else 4
    if s[p:p + 1] == 'W':
        week = num(s[p + 1:p + 3])
        p += 3
        day = 1
        if ext and s[p:p + 1] == '-':
            day = num(s[p + 1:p + 2])
            p += 2
        elif not ext and len(s) > p and s[p].isdigit():
            day = num(s[p:p + 1])
            p += 1
        y, m, d = _isocal_to_ymd(year, week, day)
        return (y, m, d), p
    month = num(s[p:p + 2])
    p += 2
    if ext:
        if s[p:p + 1] != '-':
            raise ValueError
        p += 1
    day = num(s[p:p + 2])
    p += 2
    return (year, month, day), p


def _iso_date_end(s):
    """Where the date part of an ISO 8601 datetime string ends (the index
    of the date/time separator).  The basic week form is ambiguous after
    'YYYYWww': a run of digits there is split so that the time part has
    an even number of digits."""
    if len(s) == 7:
        return 7
    if s[4] == '-':
        if s[5:6] != 'W':
            return 10
        if len(s) > 8 and s[8] == '-':
            if len(s) == 9:
                raise ValueError
            return 10
        return 8
    if s[4] != 'W':
        return 8
    end = 7
    while end < len(s) and s[end].isdigit():
        end += 1
    if end < 9:
        return end
    return 7 if end % 2 == 0 else 8


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    o = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(o)


class date:
    """date(year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 1, 12):
            # Unpickling: date(b'YYMD') as __reduce__ gives.
            b = _state_bytes(year, 'date')
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2]
            self._day = b[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        """Current local date (needs the host clock)."""
        t = _host_time()
        return cls.fromtimestamp(t)

    @classmethod
    def fromtimestamp(cls, t):
        """Local date from a POSIX timestamp (local = host offset or UTC)."""
        dt = datetime.fromtimestamp(t)
        return cls(dt.year, dt.month, dt.day)

    @classmethod
    def fromordinal(cls, n):
        """Date from a proleptic Gregorian ordinal (1 = 0001-01-01)."""
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Date from 'YYYY-MM-DD' (or the other ISO 8601 date forms)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % date_string)
        try:
            ymd, p = _parse_isodate(date_string)
            if p != len(date_string):
                raise ValueError
        except ValueError:
            raise ValueError('Invalid isoformat string: %r'
                             % date_string) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Date from an ISO calendar year, week number and weekday."""
        return cls(*_isocal_to_ymd(year, week, day))

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__,
                                      self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day,
                                  0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date',) + self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        year = self._year
        today = self.toordinal()
        week1 = _iso_week1_monday(year)
        if today < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR and today >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        return (self.__class__, self._getstate())


_date_class = date
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time (standard algorithm)."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() '
                             'result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent '
                                 'results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        if getstate is not None:
            return (self.__class__, args, getstate())
        # The instance dict and, as (dict, slots), any slot values.
        state = getattr(self, '__dict__', None) or None
        import copyreg
        slots = {}
        for name in copyreg._slotnames(type(self)):
            try:
                slots[name] = getattr(self, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
        return (self.__class__, args, state)


# --------------------------------------------------------------------- time

def _parse_isotime(s):
    """'HH[:MM[:SS[.f+]]]' or basic 'HH[MM[SS[.f+]]]' -> (h, m, s, us)."""
    def num(part):
        if len(part) == 2 and part.isdigit() and part.isascii():
            return int(part)
        raise ValueError
    n = len(s)
    hh = num(s[0:2])
    mm = ss = us = 0
    p = 2
    ext = n > 2 and s[2] == ':'
    if p < n:
        if ext:
            p += 1
        mm = num(s[p:p + 2])
        p += 2
        if p < n:
            if ext:
                if s[p] != ':':
                    raise ValueError
                p += 1
            ss = num(s[p:p + 2])
            p += 2
            if p < n:
                if s[p] not in '.,':
                    raise ValueError
                frac = s[p + 1:]
                if not frac or not (frac.isdigit() and frac.isascii()):
                    raise ValueError
                digits = frac[:6]
                us = int(digits) * 10 ** (6 - len(digits))
    return hh, mm, ss, us


def _split_tz(s):
    """Split 'time[+-]HH:MM' / 'timeZ' -> (time part, tzinfo or None)."""
    for k, c in enumerate(s):
        if c in '+-Z':
            tpart, zpart = s[:k], s[k:]
            break
    else:
        return s, None
    if zpart == 'Z':
        return tpart, timezone.utc
    if zpart[0] == 'Z':
        raise ValueError
    sign = -1 if zpart[0] == '-' else 1
    body = zpart[1:]
    if len(body) in (4, 6) and body.isdigit():
        body = ':'.join(body[i:i + 2] for i in range(0, len(body), 2))
    hh, mm, ss, us = _parse_isotime(body)
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return tpart, timezone.utc
    return tpart, timezone(sign * off)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]], *, fold=0)"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            # Unpickling: time(b'HMSuuu'[, tzinfo]) as __reduce_ex__ gives.
            minute = minute or None
            _check_state_tzinfo(minute)
            b = _state_bytes(hour, 'time')
            self = object.__new__(cls)
            self._hour = b[0] & 0x7F
            self._fold = b[0] >> 7
            self._minute = b[1]
            self._second = b[2]
            self._microsecond = (b[3] * 256 + b[4]) * 256 + b[5]
            self._tzinfo = minute
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second,
                 other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            'times')
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - \
            otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second,
                                       t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour,
                                        minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second,
                                               self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second,
                                           self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s.%s(%d, %d%s)' % (self.__class__.__module__,
                                 self.__class__.__qualname__,
                                 self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Time from the output of isoformat() (and other ISO 8601 forms)."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            tpart, tz = _split_tz(s)
            h, m, sec, us = _parse_isotime(tpart)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r'
                             % time_string) from None
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or string, "
                            "not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def __bool__(self):
        return True

    def _getstate(self, protocol=3):
        us1, rest = divmod(self._microsecond, 65536)
        us2, us3 = divmod(rest, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        state = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_time_class = time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----------------------------------------------------------------- datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,
    tzinfo]]]]], *, fold=0)"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2, 1, 12):
            # Unpickling: datetime(b'YYMDHMSuuu'[, tzinfo]).
            _check_state_tzinfo(month)
            b = _state_bytes(year, 'datetime')
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2] & 0x7F
            self._fold = b[2] >> 7
            self._day = b[3]
            self._hour = b[4]
            self._minute = b[5]
            self._second = b[6]
            self._microsecond = (b[7] * 256 + b[8]) * 256 + b[9]
            self._tzinfo = month
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if isinstance(t, float) and (_math.isnan(t) or _math.isinf(t)):
            raise ValueError('cannot convert float %s to integer' % t)
        if isinstance(t, float):
            n, d = t.as_integer_ratio()
            us = _divide_and_round(n * 10**6, d)
        else:
            us = _index(t) * 10**6
        if not -2**63 <= us // 10**6 < 2**63:
            raise OverflowError('timestamp out of range for platform time_t')
        if not utc:
            us += _local_offset(us / 10**6) * 10**6
        days, us = divmod(us, 86400000000)
        o = days + _EPOCH_ORDINAL
        if not 0 < o <= _MAXORDINAL:
            raise ValueError('year is out of range')
        y, m, d = _ord2ymd(o)
        secs, us = divmod(us, 1000000)
        return _new_datetime(cls, y, m, d, secs // 3600, secs // 60 % 60,
                             secs % 60, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """datetime from a POSIX timestamp; local time (host offset, else
        UTC) when tz is None, else converted to tz."""
        _check_tzinfo_arg(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        result = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Current date and time (needs the host clock)."""
        return cls.fromtimestamp(_host_time(), tz)

    @classmethod
    def utcnow(cls):
        """Current UTC date and time, naive (needs the host clock)."""
        return cls.utcfromtimestamp(_host_time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """datetime from a date and a time (tzinfo from the time unless
        given)."""
        date_, time_ = date, time
        date, time = _date_class, _time_class
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour,
                   time_.minute, time_.second, time_.microsecond, tzinfo,
                   fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """datetime from the output of isoformat() (and other ISO 8601
        forms: basic format, week dates, 'Z', ',' fractions)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            if len(s) < 7:
                raise ValueError
            p = _iso_date_end(s)
            ymd, q = _parse_isodate(s[:p])
            if q != p:
                raise ValueError
            if p < len(s):
                tstr = s[p + 1:]
                if not tstr:
                    raise ValueError
                tpart, tz = _split_tz(tstr)
                h, m, sec, us = _parse_isotime(tpart)
            else:
                h = m = sec = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r'
                             % date_string) from None
        return cls(*ymd, h, m, sec, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string with format (subset of the directives)."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day,
                                  self.hour, self.minute, self.second, dst)

    def _local_timestamp(self):
        epoch = datetime(1970, 1, 1)
        t = (self - epoch) // timedelta(seconds=1)
        return t - _local_offset(t)

    def timestamp(self):
        """POSIX timestamp (naive datetimes are local: host offset or
        UTC)."""
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond,
                    fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if (type(self) is datetime and year is None and month is None
                and day is None and hour is None and minute is None
                and second is None and microsecond is None):
            # Only the zone or fold changes (the usual case): check those.
            if tzinfo is True:
                tzinfo = self._tzinfo
            else:
                _check_tzinfo_arg(tzinfo)
            if fold is None:
                fold = self._fold
            elif fold not in (0, 1):
                raise ValueError('fold must be either 0 or 1')
            return _new_datetime(datetime, self._year, self._month,
                                 self._day, self._hour, self._minute,
                                 self._second, self._microsecond, tzinfo,
                                 fold)
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        off = _local_offset(ts)
        return timezone(timedelta(seconds=off), _local_zone_name())

    def astimezone(self, tz=None):
        """Convert to tz (the local zone when None: host offset or UTC)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s.%s(%s)' % (self.__class__.__module__,
                           self.__class__.__qualname__,
                           ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or string, "
                            "not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour,
                 self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour,
                 other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other)
        if not isinstance(other, date):
            return None
        raise TypeError("can't compare %s.%s to %s.%s" % (
            'datetime', type(self).__name__, 'datetime',
            type(other).__name__))

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._microsecond + other._microseconds
        secs = (self._hour * 3600 + self._minute * 60 + self._second
                + other._seconds + us // 1000000)
        days = (_ymd2ord(self._year, self._month, self._day) + other._days
                + secs // 86400)
        if 0 < days <= _MAXORDINAL:
            secs %= 86400
            y, m, d = _ord2ymd(days)
            return _new_datetime(type(self), y, m, d, secs // 3600,
                                 secs // 60 % 60, secs % 60, us % 1000000,
                                 self._tzinfo)
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = _ymd2ord(self._year, self._month, self._day)
        days2 = _ymd2ord(other._year, other._month, other._day)
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta._from_microseconds(
            ((days1 - days2) * 86400 + secs1 - secs2) * 1000000
            + self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware "
                            "datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(('dt', t._year, t._month, t._day,
                                       t._hour, t._minute, t._second,
                                       t._microsecond))
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds,
                                                self.microsecond) - tzoff)
        return self._hashcode

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us1, rest = divmod(self._microsecond, 65536)
        us2, us3 = divmod(rest, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        state = bytes([yhi, ylo, m, self._day, self._hour, self._minute,
                       self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ----------------------------------------------------------------- timezone

class timezone(tzinfo):
    """Fixed offset from UTC: timezone(offset[, name])."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be '
                            'datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24),'
                             ' not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (self.__class__.__module__,
                                  self.__class__.__qualname__, self._offset)
        return '%s.%s(%r, %r)' % (self.__class__.__module__,
                                  self.__class__.__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance'
                        ' or None, not %s' % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname(dt) argument must be a datetime instance'
                        ' or None, not %s' % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance'
                        ' or None, not %s' % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc: argument must be a datetime')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
