from datetime import date, datetime, timedelta, timezone

start = date(2024, 1, 31)
print([start + timedelta(days=30 * k) for k in range(4)], (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(date(2000, 2, 28) + timedelta(1), date(1900, 2, 28) + timedelta(1), date(2023, 12, 31) + timedelta(1))
dt = datetime(2024, 3, 9, 23, 30)
print(dt + timedelta(hours=1), dt - timedelta(days=365), dt + timedelta(microseconds=-1), dt - dt, dt - datetime(2024, 1, 1, 12))
print((datetime(2024, 1, 1) - datetime(2023, 1, 1)).total_seconds(), timedelta(weeks=1) // timedelta(days=1), timedelta(days=1) / timedelta(hours=7))
tz5 = timezone(timedelta(hours=5))
a = datetime(2024, 6, 1, 0, 0, tzinfo=tz5)
print(a.astimezone(timezone.utc), a - datetime(2024, 5, 31, 19, tzinfo=timezone.utc), a.isoformat(), a.timestamp())
print(sorted([datetime(2024, 1, 1, 5, tzinfo=tz5), datetime(2024, 1, 1, 1, tzinfo=timezone.utc)]))
print([date(2024, m, 1).strftime('%b %a %U') for m in range(1, 13)])
print([(d.isoformat(), d.isocalendar().week) for d in (date(2024, 12, 30), date(2021, 1, 3), date(2020, 12, 31))])
print(datetime.fromordinal(738000), datetime(2024, 1, 1).toordinal(), date.fromordinal(date(2024, 5, 5).toordinal()))
print(datetime(2024, 2, 29).replace(year=2028), timedelta(days=-1, seconds=5) + timedelta(seconds=86395))
try:
    datetime(2024, 2, 29).replace(year=2023)
except ValueError as e:
    print('ValueError:', e)
print(max(date(2020, 1, 1), date(2019, 12, 31)), min(timedelta(1), timedelta(hours=23)), abs(timedelta(-2, 3)))
print(datetime.combine(date(2024, 1, 1), datetime.min.time()) + timedelta(seconds=86399.5))
print(timedelta(hours=1.5), timedelta(minutes=0.5), timedelta(milliseconds=1500), timedelta(0.5) * 3, timedelta(1) * 1.5)
