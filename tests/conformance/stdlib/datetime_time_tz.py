from datetime import time, timezone, timedelta, tzinfo, datetime, UTC
import datetime as dtmod

t = time(13, 5, 7, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 4)), repr(time(5, tzinfo=timezone.utc)))
print(t.isoformat(), t.isoformat('milliseconds'), t.replace(second=0), t.strftime('%H|%M|%S|%f|%p|%I|%Y|%j'))
print(time.fromisoformat('04:23:01'), time.fromisoformat('T04:23:01.000384'), repr(time.fromisoformat('04:23:01+04:00')),
      time.fromisoformat('0423'), repr(time.fromisoformat('04:23Z')))
print(time.min, time.max, time.resolution, bool(time()), bool(time(0, 0, 0, 1)))
print(time(1) < time(2), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))),
      time(1) == time(1, tzinfo=timezone.utc))
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print('TypeError:', e)
for bad in [lambda: time(24), lambda: time(0, 0, 0, 10**6), lambda: time(fold=2),
            lambda: time.fromisoformat('4:23'), lambda: time(1.0)]:
    try:
        print('no error', bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

print(repr(timezone.utc), str(timezone.utc), timezone.utc is UTC, repr(timezone(timedelta(0))))
for off in [timedelta(hours=5, minutes=30), -timedelta(hours=8), timedelta(seconds=1),
            timedelta(hours=-1, microseconds=5), timedelta(hours=23, minutes=59)]:
    tz = timezone(off)
    print(repr(tz), str(tz), tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(repr(timezone(timedelta(hours=1), 'CET')), timezone(timedelta(hours=1), 'CET'))
print(timezone.min, timezone.max, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'))
for bad in [lambda: timezone(1), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(0), 5),
            lambda: timezone.utc.utcoffset(5)]:
    try:
        print('no error', bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)


class FixedEST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'EST'

    def __repr__(self):
        return 'FixedEST()'


class Bad(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)


est = FixedEST()
d = datetime(2020, 1, 1, 12, tzinfo=est)
print(d, repr(d), d.utcoffset(), d.tzname(), d.strftime('%z %Z'), d.astimezone(timezone.utc))
print(datetime(2020, 1, 1, 17, tzinfo=timezone.utc).astimezone(est), est.fromutc(datetime(2020, 1, 1, 17, tzinfo=est)))
print(time(3, tzinfo=est).utcoffset(), time(3, tzinfo=est).isoformat())
try:
    datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()
except ValueError as e:
    print('ValueError:', e)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(dtmod.MINYEAR, dtmod.MAXYEAR, sorted(n for n in dtmod.__all__))
