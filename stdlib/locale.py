"""Locale services for pyx: the "C" locale only.

The host's locale settings are part of its environment, which a sandboxed
interpreter does not see; every interpreter runs in the "C" (POSIX) locale,
where formatting is the same as plain `str`/`format`.
"""

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof",
           "atoi", "format_string", "currency", "normalize", "LC_CTYPE",
           "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "LC_MESSAGES", "CHAR_MAX", "getencoding"]

_builtin_str = str


class Error(Exception):
    pass


CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY,
               LC_MESSAGES, LC_ALL)


def localeconv():
    """The conventions of the C locale (as CPython reports them)."""
    return {
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
        'negative_sign': '', 'int_frac_digits': CHAR_MAX,
        'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
        'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
        'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
        'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '',
        'grouping': [],
    }


def setlocale(category, locale=None):
    if category not in _CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale in (None, "", "C", "POSIX", "C.UTF-8", "C.utf8"):
        return "C"
    raise Error("unsupported locale setting")


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError("category LC_ALL is not supported")
    return (None, None)


def getdefaultlocale(envvars=None):
    return (None, "UTF-8")


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def getencoding():
    return "utf-8"


def normalize(localename):
    return localename


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
