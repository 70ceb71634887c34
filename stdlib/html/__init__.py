"""HTML escaping and unescaping, written for pyx from the HTML standard's
rules for character references."""

import re as _re
from html.entities import html5 as _html5

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references to 0x80..0x9F mean the windows-1252 character (the
# standard's table); five of them are undefined there and stay as they are.
_C1 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f"
       "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")


def _dropped(num):
    """Code points a numeric reference may not produce: they vanish."""
    if 0x1 <= num <= 0x8 or num == 0xB or 0xE <= num <= 0x1F or 0x7F <= num <= 0x9F:
        return True
    if 0xFDD0 <= num <= 0xFDEF:
        return True
    return (num & 0xFFFF) in (0xFFFE, 0xFFFF)


def _replace_reference(m):
    s = m.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num == 0:
            return "\ufffd"
        if num == 0x0D:
            return "\r"
        if 0x80 <= num <= 0x9F:
            return _C1[num - 0x80]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd"
        if _dropped(num):
            return ""
        return chr(num)
    if s in _html5:
        return _html5[s]
    # The longest known name that prefixes the text (the legacy names
    # such as "amp" work without a semicolon).
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in _html5:
            return _html5[s[:end]] + s[end:]
    return "&" + s


_reference = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    if "&" not in s:
        return s
    return _reference.sub(_replace_reference, s)
