from datetime import timedelta

for args, kw in [((), {}), ((1,), {}), ((0, 3600), {}), ((1, 1, 1), {}),
                 ((), dict(hours=25, minutes=61, seconds=61)),
                 ((), dict(weeks=2, days=-1)), ((-1,), {}), ((0, -1), {}),
                 ((), dict(microseconds=-1)), ((1.5,), {}), ((0, 0.5), {}),
                 ((), dict(milliseconds=1.5, microseconds=0.5)),
                 ((), dict(microseconds=2.5)), ((), dict(microseconds=3.5)),
                 ((), dict(hours=-0.25)), ((), dict(days=1/3)),
                 ((999999999, 86399, 999999), {})]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
a, b = timedelta(days=1, hours=2), timedelta(minutes=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 2 * a, a * 0.5, a / 3, a / 0.75)
print(a / b, a // b, a % b, divmod(a, b), a // 7, divmod(-a, b))
print(a > b, a < b, a == timedelta(hours=26), a != b, a >= a, b <= a)
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(sorted([timedelta(3), timedelta(-1), timedelta(0, 5)]))
print(sum([timedelta(hours=h) for h in range(10)], timedelta()))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(hours=24)}))
print(timedelta(seconds=1) / 3, timedelta(seconds=1) * (1 / 3), timedelta(seconds=5) / -2)
for bad in [lambda: timedelta(days=10**9), lambda: timedelta('1'),
            lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
            lambda: timedelta(float('nan')), lambda: timedelta.max + timedelta(1),
            lambda: timedelta(1) / timedelta(0)]:
    try:
        print('no error', bad())
    except (OverflowError, TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(timedelta(1) == 1, timedelta(0) == 0)
