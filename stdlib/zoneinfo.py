"""IANA time zones from TZif files, as CPython 3.11's `zoneinfo`
(written for pyx from RFC 8536 and CPython's documentation).

`ZoneInfo(key)` reads `<dir>/<key>` for the first directory of `TZPATH`
that has it, through the built-in `open`: a pyx program sees time zones
only when its host grants a directory of them for reading (for the `pyx`
command: `--allow-read=/usr/share/zoneinfo`). Without such a grant every
key is a `ZoneInfoNotFoundError`. There is no `tzdata` package fallback.

`TZPATH` starts as CPython's default on Linux; `reset_tzpath()` changes
it (the environment variable `PYTHONTZPATH` is not read: a pyx program
has no host environment).
"""

import bisect
import builtins
import os
import struct
from datetime import datetime, timedelta, timezone, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                   "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
TZPATH = _DEFAULT_TZPATH


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for a key was found."""


class InvalidTZPathWarning(RuntimeWarning):
    """A TZPATH entry that is not an absolute path."""


def reset_tzpath(to=None):
    """Set `TZPATH` to the absolute paths in `to` (default: the built-in
    default). Relative paths are a ValueError."""
    global TZPATH
    if to is None:
        paths = _DEFAULT_TZPATH
    else:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r"
                            % (type(to), to))
        paths = tuple(to)
        relative = [p for p in paths if not os.path.isabs(p)]
        if relative:
            raise ValueError("Paths should be absolute but found the following "
                             "relative paths:\n    " + "\n    ".join(map(str, relative)))
    TZPATH = paths


def _check_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(key).__name__)
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if normal == os.pardir or normal.startswith(os.pardir + os.sep):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _read_key(key):
    """The bytes of the TZif file for `key`, from the first TZPATH entry
    that has it; None if none does (or nothing is granted)."""
    _check_key(key)
    opener = getattr(builtins, 'open', None)
    if opener is None:
        return None
    for root in TZPATH:
        path = os.path.join(root, key)
        try:
            with opener(path, 'rb') as f:
                return f.read()
        except (OSError, ValueError):
            continue
    return None


def available_timezones():
    """The set of keys of every TZif file under the TZPATH directories
    that can be listed (none without a grant)."""
    found = set()
    walk = getattr(os, 'walk', None)
    if walk is None:
        return found
    opener = getattr(builtins, 'open', None)
    for root in TZPATH:
        for here, dirs, files in walk(root):
            if here == root:
                # The leap-second and POSIX-rule copies of the database.
                for special in ('right', 'posix'):
                    if special in dirs:
                        dirs.remove(special)
            for name in files:
                path = os.path.join(here, name)
                key = os.path.relpath(path, root)
                if not key or key in found:
                    continue
                try:
                    with opener(path, 'rb') as f:
                        if f.read(4) == b'TZif':
                            found.add(key)
                except (OSError, ValueError, TypeError):
                    pass
    found.discard('posixrules')
    return found


# --- TZif -----------------------------------------------------------

class _Kind:
    """One local time type: offset from UTC, DST part, abbreviation."""
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (isinstance(other, _Kind) and self.utcoff == other.utcoff
                and self.dstoff == other.dstoff and self.tzname == other.tzname)

    def __hash__(self):
        return hash((self.utcoff, self.dstoff, self.tzname))


def _parse_tzif(data):
    """(transition times in UTC seconds, index of the kind after each,
    (utcoff seconds, isdst, abbreviation) per kind, footer TZ string)."""
    if data[:4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]

    def header(at):
        if data[at:at + 4] != b'TZif':
            raise ValueError("Invalid TZif file: magic not found")
        return struct.unpack('>6l', data[at + 20:at + 44])

    def body(at, wide):
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header(at)
        at += 44
        tsize = 8 if wide else 4
        fmt = '>%d%s' % (timecnt, 'q' if wide else 'l')
        times = list(struct.unpack(fmt, data[at:at + timecnt * tsize]))
        at += timecnt * tsize
        idx = list(data[at:at + timecnt])
        at += timecnt
        kinds = []
        for _ in range(typecnt):
            utoff, isdst, abbr = struct.unpack('>lBB', data[at:at + 6])
            kinds.append((utoff, isdst, abbr))
            at += 6
        chars = data[at:at + charcnt]
        at += charcnt
        at += leapcnt * (tsize + 4) + isstdcnt + isutcnt
        out = []
        for utoff, isdst, abbr in kinds:
            end = chars.find(b'\x00', abbr)
            name = chars[abbr:end if end >= 0 else len(chars)].decode('ascii', 'replace')
            out.append((utoff, isdst, name))
        if any(i >= len(out) for i in idx):
            raise ValueError("Invalid TZif file: transition to an unknown local time type")
        return times, idx, out, at

    times, idx, kinds, end = body(0, False)
    footer = ''
    if version and version >= b'2':
        times, idx, kinds, end = body(end, True)
        if data[end:end + 1] == b'\n':
            stop = data.find(b'\n', end + 1)
            if stop > end:
                footer = data[end + 1:stop].decode('ascii')
    return times, idx, kinds, footer


def _dst_parts(idx, kinds):
    """Seconds of DST in each kind: a DST kind's offset less that of the
    standard kind next to it in the transitions (TZif stores only a flag);
    an hour when no neighbour tells."""
    n = len(kinds)
    dst = [0] * n
    for i in range(1, len(idx)):
        k = idx[i]
        if not kinds[k][1] or dst[k]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(idx) and not kinds[idx[j]][1]:
                part = kinds[k][0] - kinds[idx[j]][0]
                if part:
                    dst[k] = part
                    break
    for k in range(n):
        if kinds[k][1] and not dst[k]:
            dst[k] = 3600
    return dst


# --- POSIX TZ strings (the footer: local time after the last transition)

def _tz_offset(text, at, sign_east):
    """Parse [+-]hh[:mm[:ss]] at `at`: (seconds, next index)."""
    sign = 1
    if at < len(text) and text[at] in '+-':
        sign = -1 if text[at] == '-' else 1
        at += 1
    parts = []
    while True:
        start = at
        while at < len(text) and text[at].isdigit():
            at += 1
        if at == start:
            raise ValueError("Invalid TZ string: %r" % text)
        parts.append(int(text[start:at]))
        if len(parts) < 3 and at < len(text) and text[at] == ':':
            at += 1
            continue
        break
    while len(parts) < 3:
        parts.append(0)
    seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
    # POSIX offsets count west of Greenwich as positive.
    return (-sign * seconds if sign_east else sign * seconds), at


def _tz_name(text, at):
    if at < len(text) and text[at] == '<':
        stop = text.find('>', at)
        if stop < 0:
            raise ValueError("Invalid TZ string: %r" % text)
        return text[at + 1:stop], stop + 1
    start = at
    while at < len(text) and text[at].isalpha():
        at += 1
    if at - start < 3:
        raise ValueError("Invalid TZ string: %r" % text)
    return text[start:at], at


_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


class _Rule:
    """A POSIX date rule with its time of day: local seconds since the
    epoch of the change in a given year."""
    __slots__ = ('kind', 'a', 'b', 'c', 'time')

    def __init__(self, kind, a, b, c, time):
        self.kind, self.a, self.b, self.c, self.time = kind, a, b, c, time

    def local_seconds(self, year):
        first = _days_before_year(year) + 1  # ordinal of January 1st
        if self.kind == 'J':  # Jn: day 1..365, February 29 never counted
            day = self.a - 1
            if _is_leap(year) and self.a >= 60:
                day += 1
            ordinal = first + day
        elif self.kind == 'n':  # n: day 0..365, February 29 counted
            ordinal = first + self.a
        else:  # Mm.w.d: weekday d of week w (5 = last) of month m
            m, w, d = self.a, self.b, self.c
            month_first = first + _CUMULATIVE[m - 1] + (1 if m > 2 and _is_leap(year) else 0)
            weekday = month_first % 7  # 0 = Sunday, since ordinal 1 is a Monday
            ordinal = month_first + (d - weekday) % 7 + (w - 1) * 7
            days_in = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30,
                       31, 31, 30, 31, 30, 31][m - 1]
            while ordinal >= month_first + days_in:
                ordinal -= 7
        return (ordinal - _EPOCH_ORDINAL) * 86400 + self.time


def _parse_rule(text, at):
    if text[at] == 'J':
        at += 1
        start = at
        while at < len(text) and text[at].isdigit():
            at += 1
        rule = ['J', int(text[start:at]), 0, 0]
    elif text[at] == 'M':
        at += 1
        nums = []
        for i in range(3):
            start = at
            while at < len(text) and text[at].isdigit():
                at += 1
            nums.append(int(text[start:at]))
            if i < 2:
                if text[at:at + 1] != '.':
                    raise ValueError("Invalid TZ string: %r" % text)
                at += 1
        m, w, d = nums
        if not (1 <= m <= 12 and 1 <= w <= 5 and 0 <= d <= 6):
            raise ValueError("Invalid TZ string: %r" % text)
        rule = ['M', m, w, d]
    else:
        start = at
        while at < len(text) and text[at].isdigit():
            at += 1
        if at == start:
            raise ValueError("Invalid TZ string: %r" % text)
        rule = ['n', int(text[start:at]), 0, 0]
    time = 7200
    if at < len(text) and text[at] == '/':
        time, at = _tz_offset(text, at + 1, False)
    return _Rule(rule[0], rule[1], rule[2], rule[3], time), at


class _Posix:
    """Local time from a POSIX TZ string: standard time, or standard and
    daylight time with the rules of when each starts."""

    def __init__(self, text):
        std_name, at = _tz_name(text, 0)
        std_off, at = _tz_offset(text, at, True)
        self.std = _Kind(timedelta(seconds=std_off), timedelta(0), std_name)
        self.dst = None
        if at == len(text):
            return
        dst_name, at = _tz_name(text, at)
        dst_off = std_off + 3600
        if at < len(text) and text[at] != ',':
            dst_off, at = _tz_offset(text, at, True)
        if text[at:at + 1] != ',':
            raise ValueError("Invalid TZ string: %r" % text)
        self.start, at = _parse_rule(text, at + 1)
        if text[at:at + 1] != ',':
            raise ValueError("Invalid TZ string: %r" % text)
        self.end, at = _parse_rule(text, at + 1)
        if at != len(text):
            raise ValueError("Invalid TZ string: %r" % text)
        self.diff = dst_off - std_off
        self.dst = _Kind(timedelta(seconds=dst_off), timedelta(seconds=self.diff), dst_name)
        self.std_seconds = std_off
        self.dst_seconds = dst_off

    def _bounds(self, year):
        # A rule's time is local wall time: standard time for the start of
        # DST, daylight time for its end.
        return self.start.local_seconds(year), self.end.local_seconds(year)

    def for_local(self, ts, year, fold):
        if self.dst is None:
            return self.std
        start, end = self._bounds(year)
        # Wall times in the gap belong to the earlier kind with fold=0 and
        # the later with fold=1; repeated ones to the first with fold=0.
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        if start < end:
            is_dst = start <= ts < end
        else:
            is_dst = not (end <= ts < start)
        return self.dst if is_dst else self.std

    def for_utc(self, ts, year):
        """(kind, fold) for a UTC timestamp."""
        if self.dst is None:
            return self.std, 0
        start, end = self._bounds(year)
        start -= self.std_seconds
        end -= self.dst_seconds
        if start < end:
            is_dst = start <= ts < end
        else:
            is_dst = not (end <= ts < start)
        if self.diff > 0:
            fold = end <= ts < end + self.diff
        else:
            fold = start <= ts < start - self.diff
        return (self.dst if is_dst else self.std), int(fold)


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600
            + dt.minute * 60 + dt.second)


# --- ZoneInfo --------------------------------------------------------

class ZoneInfo(tzinfo):
    """The time zone of an IANA key, such as 'Europe/Paris'. Instances
    are cached: ZoneInfo(key) is ZoneInfo(key)."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None:
            zone = cls.no_cache(key)
            zone._from_cache = True
            zone = cls._cache.setdefault(key, zone)
        return zone

    @classmethod
    def no_cache(cls, key):
        """A new instance, read from the files again."""
        data = _read_key(key)
        if data is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = None
        zone._from_cache = False
        zone._load(data)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A zone read from a binary file object (not cached)."""
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = repr(fobj)
        zone._from_cache = False
        zone._load(fobj.read())
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached zones (only those of `only_keys` if given)."""
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        times, idx, raw, footer = _parse_tzif(data)
        dst = _dst_parts(idx, raw)
        kinds = [_Kind(timedelta(seconds=off), timedelta(seconds=dst[k]), name)
                 for k, (off, isdst, name) in enumerate(raw)]
        self._utc = times
        self._after_kind = [kinds[i] for i in idx]
        # Before the first transition: the first standard-time kind.
        self._before = None
        for k, (off, isdst, name) in enumerate(raw):
            if not isdst:
                self._before = kinds[k]
                break
        if self._before is None and kinds:
            self._before = kinds[0]
        # Transitions in local wall seconds, for fold=0 and fold=1: at each
        # one the larger offset (fold=0) or the smaller (fold=1) applies.
        wall0, wall1 = [], []
        for i, t in enumerate(times):
            before = raw[idx[i - 1]][0] if i else (self._before.utcoff // timedelta(seconds=1))
            after = raw[idx[i]][0]
            wall0.append(t + max(before, after))
            wall1.append(t + min(before, after))
        self._wall = (wall0, wall1)
        if footer:
            self._tail = _Posix(footer)
        elif self._after_kind:
            self._tail = self._after_kind[-1]
        elif self._before is not None:
            self._tail = self._before
        else:
            raise ValueError("Invalid TZif file: no local time types")
        if isinstance(self._tail, _Posix) and self._tail.dst is None:
            self._tail = self._tail.std
        # A zone with one fixed offset answers without searching.
        self._fixed = None
        if not times and isinstance(self._tail, _Kind):
            self._fixed = self._tail

    def _kind_for(self, dt):
        if self._fixed is not None:
            return self._fixed
        ts = _local_seconds(dt)
        wall = self._wall[dt.fold]
        if wall and ts < wall[0]:
            return self._before
        if not wall or ts > wall[-1]:
            tail = self._tail
            if isinstance(tail, _Kind):
                return tail
            return tail.for_local(ts, dt.year, dt.fold)
        return self._after_kind[bisect.bisect_right(wall, ts) - 1]

    def utcoffset(self, dt):
        if dt is None:
            return None
        return self._kind_for(dt).utcoff

    def dst(self, dt):
        if dt is None:
            return None
        return self._kind_for(dt).dstoff

    def tzname(self, dt):
        if dt is None:
            return None
        return self._kind_for(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        if self._fixed is not None:
            return dt + self._fixed.utcoff
        ts = _local_seconds(dt)
        times = self._utc
        fold = 0
        i = bisect.bisect_right(times, ts)
        if i == len(times) and not isinstance(self._tail, _Kind):
            kind, fold = self._tail.for_utc(ts, dt.year)
        elif i == 0:
            kind = self._before
        else:
            kind = self._tail if i == len(times) else self._after_kind[i - 1]
            # Just after a change back (a smaller offset), local times
            # repeat: the second time round is fold=1.
            previous = self._after_kind[i - 2] if i >= 2 else self._before
            shift = (previous.utcoff - kind.utcoff) // timedelta(seconds=1)
            if shift > 0 and ts - times[i - 1] < shift:
                fold = 1
        out = dt + kind.utcoff
        if fold:
            out = out.replace(fold=1)
        return out

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        # CPython names its own class with the module, subclasses without.
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return "%s(key=%r)" % (name, self._key)
        return "%s.from_file(%s)" % (name, self._file_repr)

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)
