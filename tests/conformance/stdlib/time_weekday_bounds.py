# time.asctime/strftime take a weekday of -1 as Sunday (CPython counts from
# Sunday inside); -2 is out of range.
import time
print(time.asctime((1900, 1, 1, 0, 0, 0, -1, 1, -1)) == time.asctime((1900, 1, 1, 0, 0, 0, 6, 1, -1)))
print(time.asctime((1900, 1, 1, 0, 0, 0, -1, 1, -1)), time.strftime('%a %w', (1900, 1, 1, 0, 0, 0, -1, 1, -1)))
try:
    time.asctime((1900, 1, 1, 0, 0, 0, -2, 1, -1))
except ValueError as e:
    print('ValueError', e)
