from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.ctime())
print(d.isoformat(), str(d), d.replace(day=1), d.replace(year=2023, day=28))
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), timedelta(3) + d)
print(date.fromordinal(1), date.fromordinal(738000), date.min, date.max, date.resolution)
print(date.fromisoformat('2021-06-15'), date.fromisoformat('20210615'),
      date.fromisoformat('2021-W24-2'), date.fromisocalendar(2020, 53, 7))
print(MINYEAR, MAXYEAR, d > date(2024, 2, 28), d == date(2024, 2, 29), d != d)
for y in (2000, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2026):
    print(y, [date(y, 1, k).isocalendar()[:2] for k in (1, 2, 3, 4)],
          date(y, 12, 31).isocalendar(), date(y, 12, 28).isocalendar()[1])
print(d.strftime('%Y-%m-%d %a %A %b %B %j %y %U %W %w %%'))
print(d.strftime('%H:%M:%S %p %f %z|%Z|'), date(5, 3, 1).strftime('%Y|%y|%C'))
print(format(d, '%d/%m/%Y'), format(d), f'{d:%A}', '{:%b %d}'.format(d))
print(d.timetuple()[:9], d.timetuple().tm_yday)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2020, 13, 1),
            lambda: date(2020, 1, 32), lambda: date(1.5, 1, 1), lambda: date.fromordinal(0),
            lambda: date.fromisoformat('2020-1-1'), lambda: date.fromisoformat(20200101),
            lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
            lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 1, 8),
            ]:
    try:
        print('no error', bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(date(2020, 1, 1) == datetime.datetime(2020, 1, 1), datetime.datetime(2020, 1, 1) == date(2020, 1, 1))
try:
    date(2020, 1, 1) < datetime.datetime(2020, 1, 1)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(datetime.datetime(2020, 1, 1), date), issubclass(datetime.datetime, date))


class MyDate(date):
    def __repr__(self):
        return 'MyDate(%s)' % self.isoformat()


m = MyDate(2020, 2, 2)
print(m, repr(m), type(m.replace(day=3)).__name__, type(m + timedelta(1)).__name__)
total = 0
for o in range(1, 3652060, 9973):
    dd = date.fromordinal(o)
    assert dd.toordinal() == o
    total += dd.year + dd.month + dd.day + dd.weekday()
print(total)
