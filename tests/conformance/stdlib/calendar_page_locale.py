# HTMLCalendar.formatyearpage (a complete XHTML page, as bytes) and the
# Locale{Text,HTML}Calendar classes, here in the "C" locale.
import calendar
import locale

cal = calendar.HTMLCalendar(firstweekday=6)
page = cal.formatyearpage(2023, width=4, encoding="ascii")
print(type(page).__name__, len(page))
print(page.decode("ascii")[:700])
print(page[-80:])
print(cal.formatyearpage(1999, css=None, encoding="utf-8")[:400].decode())
print(calendar.HTMLCalendar().formatyearpage(2004) == calendar.HTMLCalendar().formatyearpage(2004, encoding="utf-8"))
sub = calendar.HTMLCalendar()
sub.cssclass_year = "yr"
print(sub.formatyearpage(2001, 2, "x.css", "latin-1")[:500])

before = locale.setlocale(locale.LC_TIME)
t = calendar.LocaleTextCalendar(locale="C")
print(repr(t.formatweekday(0, 1)), repr(t.formatweekday(0, 3)), repr(t.formatweekday(2, 10)))
print(repr(t.formatmonthname(2010, 10, 20)), repr(t.formatmonthname(2010, 10, 12, withyear=False)))
print(t.formatmonth(2024, 2))
h = calendar.LocaleHTMLCalendar(firstweekday=3, locale="C")
print(h.formatweekday(6), h.formatmonthname(2010, 10), h.formatmonthname(2010, 10, withyear=False))
h.cssclass_month_head = "text-center month"
print(h.formatmonthname(2010, 11))
print(locale.setlocale(locale.LC_TIME) == before)
print(isinstance(calendar.LocaleTextCalendar(), calendar.TextCalendar),
      isinstance(calendar.LocaleHTMLCalendar(), calendar.HTMLCalendar))
print("LocaleTextCalendar" in calendar.__all__, "LocaleHTMLCalendar" in calendar.__all__)
