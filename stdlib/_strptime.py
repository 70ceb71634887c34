"""``time.strptime`` for pyx (C locale; written from the ``time`` docs).

Directives: %Y %y %m %d %e %H %I %M %S %f %j %a %A %b %B %h %p %w %u %U %W
%z %Z %n %t %% (and %c %x %X %D %T %R %F as their C-locale expansions).
Whitespace in the format matches any run of whitespace, as in CPython.
"""

import time as _time

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december')
_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
           'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}
# directive: (min digits, max digits, low, high)
_NUMBERS = {'Y': (4, 4, 0, 9999), 'y': (2, 2, 0, 99), 'm': (1, 2, 1, 12),
            'd': (1, 2, 1, 31), 'e': (1, 2, 1, 31), 'H': (1, 2, 0, 23),
            'I': (1, 2, 1, 12), 'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61),
            'j': (1, 3, 1, 366), 'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7),
            'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53), 'f': (1, 6, 0, 999999),
            'G': (4, 4, 0, 9999), 'V': (1, 2, 1, 53)}


def _expand(fmt):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt) and fmt[i + 1] in _EXPAND:
            out.append(_EXPAND[fmt[i + 1]])
            i += 2
        elif c == '%' and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _parse(data_string, format):
    for a, nm in ((data_string, 0), (format, 1)):
        if not isinstance(a, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (nm, type(a)))
    fmt = _expand(format)
    s = data_string
    pos = 0
    found = {}

    def fail():
        raise ValueError('time data %r does not match format %r' % (data_string, format))

    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
            continue
        if c != '%':
            if s[pos:pos + 1].lower() != c.lower():
                fail()
            pos += 1
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format '%s'" % format)
        d = fmt[i + 1]
        i += 2
        if d in _NUMBERS:
            lo_n, hi_n, lo, hi = _NUMBERS[d]
            j = pos
            while j < len(s) and j - pos < hi_n and '0' <= s[j] <= '9':
                j += 1
            if j - pos < lo_n:
                fail()
            text = s[pos:j]
            v = int(text)
            if d == 'f':
                v = int(text + '0' * (6 - len(text)))
            elif not lo <= v <= hi:
                fail()
            found[d] = v
            pos = j
        elif d in 'aAbBhp':
            names = {'a': _DAYS, 'A': _DAYS, 'b': _MONTHS, 'B': _MONTHS,
                     'h': _MONTHS, 'p': ('am', 'pm')}[d]
            low = s[pos:].lower()
            best = None
            for k, full in enumerate(names):
                for cand in ((full,) if d == 'p' else (full, full[:3])):
                    if low.startswith(cand) and (best is None or len(cand) > best[1]):
                        best = (k, len(cand))
            if best is None:
                fail()
            found['month' if d in 'bBh' else 'wday' if d in 'aA' else 'p'] = best[0]
            pos += best[1]
        elif d == 'z':
            if s[pos:pos + 1] == 'Z':
                found['z'] = 0
                pos += 1
                continue
            if s[pos:pos + 1] not in ('+', '-'):
                fail()
            # [+-]HH[:]MM[[:]SS[.ffffff]], minutes and seconds below 60
            sign = -1 if s[pos] == '-' else 1
            start = pos
            k = pos + 1

            def two(k, top):
                if (k + 2 <= len(s) and '0' <= s[k] <= top
                        and '0' <= s[k + 1] <= '9'):
                    return int(s[k:k + 2])
                return None
            hh = two(k, '9')
            if hh is None:
                fail()
            k += 2
            colon = s[k:k + 1] == ':'
            mm = two(k + colon, '5')
            if mm is None:
                fail()
            k += colon + 2
            ss = us = 0
            colon2 = s[k:k + 1] == ':'
            sec = two(k + colon2, '5')
            if sec is not None:
                if colon != colon2:
                    raise ValueError('Inconsistent use of : in %s'
                                     % s[start:k + colon2 + 2])
                ss = sec
                k += colon2 + 2
                if s[k:k + 1] == '.' and s[k + 1:k + 2].isdigit():
                    j = k + 1
                    while j < len(s) and j - k <= 6 and '0' <= s[j] <= '9':
                        j += 1
                    us = int(s[k + 1:j].ljust(6, '0'))
                    k = j
            found['z'] = sign * (hh * 3600 + mm * 60 + ss)
            found['zf'] = sign * us
            pos = k
        elif d == 'Z':
            names = sorted(set(('UTC', 'GMT') + tuple(_time.tzname)),
                           key=len, reverse=True)
            for name in names:
                if name and s[pos:pos + len(name)].upper() == name.upper():
                    found['Z'] = s[pos:pos + len(name)]
                    pos += len(name)
                    break
            else:
                fail()
        elif d in 'nt':
            while pos < len(s) and s[pos].isspace():
                pos += 1
        elif d == '%':
            if s[pos:pos + 1] != '%':
                fail()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    if pos != len(s):
        raise ValueError('unconverted data remains: %s' % s[pos:])
    return found


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """((year, month, day, hour, minute, second, weekday, yday, isdst,
    zone or None, gmtoff or None), microseconds, gmtoff's microseconds)
    parsed from data_string (the shape CPython's _strptime gives)."""
    f = _parse(data_string, format)
    year = f.get('Y')
    if year is None:
        year = 1900
        if 'y' in f:
            year = f['y'] + (2000 if f['y'] <= 68 else 1900)
    month = f.get('m', f['month'] + 1 if 'month' in f else 1)
    day = f.get('d', f.get('e', 1))
    hour = f.get('H', 0)
    if 'I' in f:
        hour = f['I'] % 12 + (12 if f.get('p') == 1 else 0)
    # 29 February without a year: checked and counted in a leap year
    # (1904), reported in the default year 1900.
    leap_fix = (month == 2 and day == 29 and 'Y' not in f and 'y' not in f
                and 'G' not in f)
    if leap_fix:
        year = 1904
    days_in = [31, 29 if _time._is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if day > days_in[month - 1]:
        raise ValueError('day is out of range for month')
    # The weekday, Monday = 0, from %a/%A, %u or %w.
    weekday = f.get('wday')
    if 'u' in f:
        weekday = f['u'] - 1
    elif 'w' in f:
        weekday = (f['w'] - 1) % 7
    _WD = "a weekday directive ('%A', '%a', '%w', or '%u')."
    if 'G' in f:
        if 'j' in f:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if 'V' not in f or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and " + _WD)
    elif 'V' in f:
        if ('Y' not in f and 'y' not in f) or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and " + _WD)
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    first = _time._days_from_civil(year, 1, 1)
    days = None
    if 'j' in f and 'm' not in f and 'month' not in f and 'd' not in f:
        days = first + f['j'] - 1
    elif weekday is not None and ('U' in f or 'W' in f):
        # Day of the year from the week number: week 1 starts on the first
        # Sunday (%U) or Monday (%W); days before it are in week 0.
        monday_first = 'W' in f
        week = f['W'] if monday_first else f['U']
        jan1 = (first + 3) % 7                  # weekday of 1 January
        start = 0 if monday_first else 6        # the weeks' first day
        day_in_week = (weekday - start) % 7
        to_week1 = (start - jan1) % 7           # days of week 0
        if week == 0:
            days = first + day_in_week - (jan1 - start) % 7
        else:
            days = first + to_week1 + 7 * (week - 1) + day_in_week
    elif weekday is not None and 'G' in f and 'V' in f:
        g = f['G']
        jan4 = _time._days_from_civil(g, 1, 4)
        week1_monday = jan4 - (jan4 + 3) % 7
        days = week1_monday + 7 * (f['V'] - 1) + weekday
    if days is not None:
        year, month, day = _time._civil_from_days(days)
    days = _time._days_from_civil(year, month, day)
    # A weekday that was given is reported as given.
    wday = (days + 3) % 7 if weekday is None else weekday
    yday = _time._yday(year, month, day)
    if leap_fix:
        year = 1900
    isdst = -1
    zone = f.get('Z')
    if zone is not None:
        low = zone.lower()
        if low in ('utc', 'gmt') or low == _time.tzname[0].lower():
            isdst = 0
        elif low == _time.tzname[1].lower():
            isdst = 1
    return ((year, month, day, hour, f.get('M', 0), f.get('S', 0), wday,
             yday, isdst, zone, f.get('z')), f.get('f', 0), f.get('zf', 0))


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """cls (datetime or a subclass) parsed from data_string: aware, with a
    fixed-offset timezone named by %Z when there, if %z matched."""
    tt, fraction, gmtoff_us = _strptime(data_string, format)
    zone, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        if zone:
            tz = datetime.timezone(delta, zone)
        else:
            tz = datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
