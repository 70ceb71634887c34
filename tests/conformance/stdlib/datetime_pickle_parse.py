"""datetime: pickle state, mixed comparisons, strftime flags, ISO week
datetimes and strptime's week/offset directives (CPython 3.11 behaviour)."""
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo

# Pickles carry CPython's packed state, so pickles move between the two.
for obj in (date(2015, 11, 27), time(20, 59, 16, 4096),
            datetime(2003, 2, 7, 16, 48, 37, 444116),
            datetime(2003, 2, 7, 16, 48, 37, tzinfo=timezone.utc),
            time(1, 2, tzinfo=timezone(timedelta(hours=-5), 'EST'))):
    print(obj.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(obj, proto)) == obj
print(pickle.loads(b'\x80\x02cdatetime\ndate\nU\x04\x07\xdf\x0b\x1b\x85R.',
                   encoding='latin1'))
print(pickle.loads(b"cdatetime\ntime\n(S'\\x14;\\x10\\x00\\x10\\x00'\ntR.",
                   encoding='latin1'))
for proto in (3, 4):
    y = pickle.loads(pickle.dumps(datetime(1, 1, 1, fold=1), proto))
    z = pickle.loads(pickle.dumps(time(fold=1), proto))
    print(proto, y.fold, z.fold)
for args in ((b'19\x0d5-03-25',), (bytes([1] * 10), 'EST')):
    try:
        datetime(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    time(bytes([1] * 6), 'EST')
except TypeError as e:
    print('TypeError', e)


class Fixed(tzinfo):
    def __init__(self, offset=None, name=None):
        self.__offset = offset
        self.__name = name

    def utcoffset(self, dt):
        return self.__offset


class FixedSlots(Fixed):
    __slots__ = '_Fixed__offset', '_Fixed__name', 'spam'


for cls in (Fixed, FixedSlots):
    t = pickle.loads(pickle.dumps(cls(timedelta(minutes=-300), 'x')))
    print(cls.__name__, t.utcoffset(None), hasattr(t, 'spam'))

# date against datetime is a mixed-type comparison
d = date(2020, 5, 17)
dt = datetime(2020, 5, 17)
print(d == dt, dt == d, d != dt, d.__eq__(dt))
for op in ('<', '<=', '>', '>='):
    try:
        eval('d %s dt' % op)
    except TypeError as e:
        print(op, 'TypeError', e)

print(datetime.combine(time=time(1, 2), date=d))
try:
    datetime.fromtimestamp(1e200)
except OverflowError as e:
    print('OverflowError', e)

# glibc strftime flags and widths
for fmt in ('%Y', '%4Y', '%-d/%-m', '%_d|%_H', '%10B|', '%^a', '%05j'):
    print(repr(fmt), repr(date(7, 2, 3).strftime(fmt)))

# the basic ISO week form splits its digits so the time has an even count
for s in ('2022W52520', '2022W527520', '2025W01503', '2025W014503',
          '2025-W01-4T03', '2025-W01T03'):
    print(s, datetime.fromisoformat(s))

p = datetime.strptime
print(p('-00:02:01.000003', '%z').utcoffset())
print(repr(p('+0130 gmt', '%z %Z').tzinfo), p('UTC', '%Z').tzinfo)
print(p('6/04/03', '%w/%U/%y'), p('6/4/2003', '%u/%W/%Y'),
      p('6/4/2003', '%u/%V/%G'), p('0/0/2021', '%w/%U/%Y'))
for s, fmt in (('01/02/3', '%d/%m/%y'), ('-2400', '%z'), ('-000', '%z'),
               ('+01:3000', '%z'), ('4/2003', '%V/%G'), ('1/4/2003', '%u/%V/%Y')):
    try:
        p(s, fmt)
    except ValueError as e:
        print('ValueError', e)

# time.strptime: a given weekday is kept, 29 February without a year is
# reported in 1900, a UTC/GMT zone name means no DST
import time
print(time.strptime('Sunday', '%A').tm_wday, time.strptime('2/29', '%m/%d')[:8],
      time.strptime('gmt', '%Z').tm_isdst, time.strptime('1', '%d').tm_isdst)
