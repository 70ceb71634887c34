"""HTTP cookie state (RFC 2109 / 6265 style `Set-Cookie` headers), written
for pyx from the documented behaviour of `http.cookies`.

`SimpleCookie` is a dict of cookie name -> `Morsel`; `load` parses a
`Cookie:` header string, `output` renders `Set-Cookie:` lines. Values are
quoted (with octal escapes) when they hold characters a token may not.
"""

import re
import string

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters allowed unquoted in a cookie value (and in a key).
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + " ()/<=>?@[]{}"

_escapes = {}
for _n in range(256):
    _c = chr(_n)
    if _c not in _UnescapedChars:
        _escapes[_n] = "\\%03o" % _n
_escapes[ord('"')] = '\\"'
_escapes[ord("\\")] = "\\\\"
del _n, _c

_is_legal_key = re.compile("[%s]+" % re.escape(_LegalChars)).fullmatch


def _quote(s):
    """`s` as is when every character is legal in a token, else in double
    quotes with `"`, `\\` and other characters escaped."""
    if s is None or _is_legal_key(s):
        return s
    return '"' + s.translate(_escapes) + '"'


_unescape_re = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")


def _unquote(s):
    """Undo `_quote`: strip one pair of double quotes and decode the
    backslash escapes inside (anything else comes back unchanged)."""
    if s is None or len(s) < 2 or s[0] != '"' or s[-1] != '"':
        return s
    body = s[1:-1]

    def sub(m):
        if m.group(1):
            return chr(int(m.group(1), 8))
        return m.group(2)

    return _unescape_re.sub(sub, body)


_weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    from time import gmtime, time
    year, month, day, hh, mm, ss, wd, y, z = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: its key, value and coded (quoted) value, plus the
    attributes (path, domain, expires, ...) as the dict's items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {"secure", "httponly"}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values=(), **kwds):
        data = {}
        for key, val in dict(values, **kwds).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not _is_legal_key(key):
            raise CookieError("Illegal key %r" % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {"key": self._key, "value": self._value, "coded_value": self._coded_value}

    def __setstate__(self, state):
        self._key = state["key"]
        self._value = state["value"]
        self._coded_value = state["coded_value"]

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    parts.append(str(name))
            else:
                parts.append("%s=%s" % (name, value))
        return "; ".join(parts)

    try:
        from types import GenericAlias as _GA
        __class_getitem__ = classmethod(_GA)
        del _GA
    except ImportError:
        pass


# One `key[=value]` item of a Cookie header: the key, then optionally `=`
# and a quoted string, an `expires` date ("Wdy, DD-Mon-YYYY HH:MM:SS GMT")
# or a plain word; it ends at whitespace, `;` or the end.
_KeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_ValueChars = _KeyChars + r"\[\]"
_CookiePattern = re.compile(
    r"\s*(?P<key>[" + _KeyChars + r"]+?)"
    r"(\s*=\s*(?P<val>\"(?:[^\\\"]|\\.)*\""
    r"|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT"
    r"|[" + _ValueChars + r"]*))?"
    r"\s*(\s+|;|$)", re.ASCII)


class BaseCookie(dict):
    """A dict of Morsels; subclasses choose how values are coded
    (`value_encode`) and decoded (`value_decode`)."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        M = self.get(key, Morsel())
        M.set(key, real_value, coded_value)
        dict.__setitem__(self, key, M)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = " ".join("%s=%s" % (key, repr(value.value)) for key, value in sorted(self.items()))
        return "<%s: %s>" % (self.__class__.__name__, items)

    def js_output(self, attrs=None):
        return "".join(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        """Add the cookies of a header string, or of a mapping of name ->
        value (each value coded with `value_encode`)."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text):
        # Everything is checked before anything is stored: a malformed
        # header leaves the cookie unchanged.
        i = 0
        n = len(text)
        items = []
        seen_morsel = False
        while 0 <= i < n:
            m = _CookiePattern.match(text, i)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            i = m.end(0)
            if key[0] == "$":
                if not seen_morsel:
                    continue
                items.append(("attr", key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_morsel:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        items.append(("attr", key, True))
                    else:
                        return
                else:
                    items.append(("attr", key, _unquote(value)))
            elif value is not None:
                items.append(("kv", key, self.value_decode(value)))
                seen_morsel = True
            else:
                return
        M = None
        for kind, key, value in items:
            if kind == "attr":
                M[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                M = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted when they need it."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
