# CPython's Lib `calendar` (or pyx's own, which wins) imported and used.
import calendar
print(calendar.isleap(2024), calendar.monthrange(2026, 2), calendar.weekday(2026, 11, 23))
print(calendar.month(2026, 11))
