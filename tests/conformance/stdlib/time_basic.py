# time: conversions of given timestamps (deterministic), the clock's
# properties (not its values), and CPython's errors.
import time

t = time.gmtime(0)
print(repr(t))
print(tuple(time.gmtime(1700000000.7)), time.gmtime(1700000000).tm_zone)
print(tuple(time.gmtime(-1.5)), tuple(time.gmtime(951782400)))  # leap day 2000
g = time.gmtime(1700000000)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_gmtoff)
print(len(g), g[0], g[-1], list(g[1:3]), isinstance(g, tuple), type(g).__name__)
print(time.asctime(g), '|', time.asctime(time.gmtime(0)))
print(time.strftime('%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %y %Y %% %e', g))
print(time.strftime('%x %X %c %D %T %F %R', g))
print(time.strftime('%U %W', time.gmtime(0)), time.strftime('%U %W %j', time.gmtime(1704067200)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_zone, st.tm_gmtoff)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'X', 60)).tm_zone)
print(time.strptime('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S'))
print(tuple(time.strptime('Tue Nov 14 22:13:20 2023')))
print(tuple(time.strptime('14 November 23 10pm', '%d %B %y %I%p')))
print(tuple(time.strptime('2024 060', '%Y %j')))
print(time.mktime(time.localtime(1700000000)), time.mktime((2024, 14, 1, 0, 0, 0, 0, 0, 0)))
print(time.timezone, time.altzone, time.daylight)

# The clock: types and ordering only.
a = time.time(); b = time.time()
print(type(a).__name__, a > 1.6e9, b >= a, type(time.time_ns()).__name__)
m1 = time.monotonic(); m2 = time.monotonic()
print(m2 >= m1, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, time.process_time_ns() >= 0)
p1 = time.perf_counter(); time.sleep(0.01); p2 = time.perf_counter()
print(p2 - p1 >= 0.01, time.sleep(0))
print(time.localtime().tm_year >= 2024, len(time.ctime()) == 24)

for f, args in [(time.sleep, (-1,)), (time.sleep, ('a',)), (time.sleep, (float('nan'),)),
                (time.gmtime, ('x',)), (time.gmtime, (1e20,)), (time.gmtime, (float('nan'),)),
                (time.mktime, ((1, 2),)), (time.mktime, ('abc',)), (time.strftime, (1,)),
                (time.asctime, ((1, 2),)), (time.struct_time, ((1, 2),)), (time.ctime, ('a',)),
                (time.strptime, ('x', '%Y')), (time.strptime, ('2020x', '%Y')),
                (time.strftime, ('%d', (2020, 13, 1, 0, 0, 0, 0, 1, 0))),
                (time.strptime, (1,)), (time.sleep, ())]:
    try:
        f(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
