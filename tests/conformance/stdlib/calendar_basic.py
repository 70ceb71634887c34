import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 2))
print(calendar.month(2021, 8, w=3, l=2))
print(calendar.calendar(2023))
print(calendar.timegm((2024, 1, 2, 3, 4, 5)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name)[1:4], calendar.month_abbr[12])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(tc.formatweekheader(3), "|", tc.formatweekheader(9))
print(list(tc.iterweekdays()), tc.getfirstweekday())
c = calendar.Calendar(firstweekday=2)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 1))[:4], list(c.itermonthdays4(2024, 12))[-2:])
print(c.monthdatescalendar(2024, 6)[0], len(c.yeardays2calendar(2024)), len(c.yeardayscalendar(2024, 4)[0]))
html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 1))
print(html.formatyear(2024, width=4)[:300])
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9),
            lambda: calendar.month(2024, 0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.prmonth(2000, 1)
