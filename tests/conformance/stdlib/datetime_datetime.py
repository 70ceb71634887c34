from datetime import datetime, date, time, timedelta, timezone, tzinfo

dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.isoformat(), dt.isoformat(' '))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, dt.isoformat(timespec=spec), time(1, 2).isoformat(timespec=spec))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, 1, 2, 3, 4)))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f %I%p %a %j'), dt.ctime(), f'{dt:%H.%M}')
print(dt + timedelta(hours=12), dt - timedelta(days=10, microseconds=123456), dt - datetime(2024, 1, 1))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.combine(dt.date(), dt.time(), timezone.utc))
print(dt.replace(hour=0, microsecond=0), dt.replace(tzinfo=timezone.utc))
print(datetime.fromisoformat('2011-11-04T00:05:23.283+00:00'), repr(datetime.fromisoformat('2011-11-04T00:05:23Z')))
print(datetime.fromisoformat('2011-11-04'), datetime.fromisoformat('20111104T000523'), datetime.fromisoformat('2011-W01-2T00:05:23.283'))
print(repr(datetime.fromisoformat('2011-11-04 00:05:23.283+05:30')))
print(datetime.min, datetime.max, datetime.resolution)
print(dt.timetuple(), dt.weekday(), dt.isocalendar(), dt.toordinal())
print(datetime.strptime('2021-07-04 13:45:10', '%Y-%m-%d %H:%M:%S'))
print(datetime.strptime('04 Jul 21 1:05PM', '%d %b %y %I:%M%p'))
print(repr(datetime.strptime('2021-07-04T01:02:03.5+0200', '%Y-%m-%dT%H:%M:%S.%f%z')))
print(datetime.strptime('March 3 1999', '%B %d %Y'), datetime.strptime('100 2020', '%j %Y'))
for bad in [('2021-07-04', '%Y/%m/%d'), ('2021-07-04x', '%Y-%m-%d')]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print('ValueError:', e)
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.5),
      datetime.fromtimestamp(86400 * 365.25, timezone.utc), datetime.fromtimestamp(-1.25, timezone(timedelta(hours=2))))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
a = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2020, 6, 1, 10, tzinfo=timezone.utc)
print(a == b, a - b, a.astimezone(timezone.utc), b.astimezone(timezone(timedelta(hours=-5), 'EST')))
print(a.utcoffset(), a.tzname(), a.dst(), b.tzname(), a.utctimetuple()[:6])
naive = datetime(2020, 6, 1, 10)
print(naive == b, naive != b, naive.utcoffset(), naive.tzname())
for bad in [lambda: naive < b, lambda: naive - b, lambda: datetime(2020, 2, 30),
            lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: datetime(2020, 1, 1, tzinfo=5), lambda: datetime.max + timedelta(1),
            lambda: datetime.fromisoformat('2020-01-01T25:00'), lambda: datetime.fromisoformat('nope'),
            lambda: datetime(2020, 1, 1) < date(2020, 1, 1),
            lambda: datetime.combine(1, time())]:
    try:
        print('no error', bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(sorted([datetime(2020, 1, 1, 5), datetime(2019, 12, 31, 23), datetime(2020, 1, 1)]))
print(len({a, b, a.astimezone(timezone.utc)}), hash(a) == hash(b))
print(datetime(2020, 1, 1, fold=1).fold, repr(datetime(2020, 1, 1, fold=1)))
