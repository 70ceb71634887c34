# locale in the C locale.
import locale

print(locale.setlocale(locale.LC_ALL, "C"))
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"])
print(locale.format_string("%d items, %.2f", (3, 2.5)), locale.atof("1.5"), locale.atoi("42"))
print(locale.str(0.1), locale.strcoll("a", "b"), locale.strxfrm("abc"))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOPE")
except locale.Error as e:
    print("Error", e)
