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
            'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53), 'f': (1, 6, 0, 999999)}


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
            sign = -1 if s[pos] == '-' else 1
            rest = s[pos + 1:pos + 10]
            digits = ''
            k = 0
            while k < len(rest) and len(digits) < 6 and (rest[k].isdigit() or rest[k] == ':'):
                if rest[k] != ':':
                    digits += rest[k]
                k += 1
            if len(digits) not in (4, 6):
                fail()
            off = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
            found['z'] = sign * off
            pos += 1 + k
        elif d == 'Z':
            for name in ('UTC', 'GMT') + tuple(_time.tzname):
                if s[pos:pos + len(name)].upper() == name.upper():
                    found['Z'] = name
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
    """(9-tuple, microseconds, gmtoff or None) parsed from data_string."""
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
    if month == 2 and day == 29 and 'Y' not in f and 'y' not in f:
        year = 1904
    days_in = [31, 29 if _time._is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if day > days_in[month - 1]:
        raise ValueError('day is out of range for month')
    if 'j' in f and 'm' not in f and 'month' not in f and 'd' not in f:
        days = _time._days_from_civil(year, 1, 1) + f['j'] - 1
        year, month, day = _time._civil_from_days(days)
    days = _time._days_from_civil(year, month, day)
    wday = (days + 3) % 7
    yday = _time._yday(year, month, day)
    tt = (year, month, day, hour, f.get('M', 0), f.get('S', 0), wday, yday, -1)
    return tt, f.get('f', 0), f.get('z'), f.get('Z')


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    tt, _, gmtoff, zone = _strptime(data_string, format)
    return _time.struct_time(tt + (zone, gmtoff))
