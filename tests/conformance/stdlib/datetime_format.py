from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2009, 7, 4, 9, 5, 3, 7000, tzinfo=timezone(timedelta(hours=-4), 'EDT'))
for fmt in ['%Y-%m-%d', '%y%m%d', '%d/%m/%Y %H:%M', '%I:%M %p', '%A, %B %d', '%a %b %e', '%j', '%U %W %w %u',
            '%H%M%S.%f', '%z %Z', '%c', '%x %X', '%%Y', '%D %F %T %R', '%G-W%V-%u', '%C %g', 'literal text', '']:
    print(repr(fmt), '->', repr(dt.strftime(fmt)))
print(f'{dt:%Y}', '{:%H:%M}'.format(dt), format(dt.date(), '%d.%m.'), format(dt.time(), '%H|%f'), format(dt, ''))
print(date(2024, 1, 1).strftime('%U %W %V'), date(2023, 1, 1).strftime('%U %W %V %G'), date(2027, 12, 31).strftime('%j %U %W'))
print(datetime(2024, 1, 1, 0).strftime('%I %p'), datetime(2024, 1, 1, 12).strftime('%I %p'), datetime(2024, 1, 1, 23).strftime('%I %p'))
print(time(7, 8, 9).strftime('%H:%M:%S %Y-%m-%d %j'), time(1, tzinfo=timezone.utc).strftime('%z %Z'))
print(dt.isoformat(), dt.isoformat(sep=' ', timespec='minutes'), dt.time().isoformat(), dt.timetz().isoformat(), dt.date().isoformat())
print(str(dt), repr(dt.tzinfo), dt.tzname(), dt.utcoffset(), dt.astimezone(timezone.utc).strftime('%H:%M %Z'))
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat('2009-07-04T09:05:03.007-04:00').utcoffset())
print(datetime.strptime('Sat Jul  4 09:05:03 2009', '%a %b %d %H:%M:%S %Y'), datetime.strptime('20090704', '%Y%m%d').date())
print(datetime.strptime('4 July 2009, 9 PM', '%d %B %Y, %I %p'), datetime.strptime('2009-185', '%Y-%j'))
