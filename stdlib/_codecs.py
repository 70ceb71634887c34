"""The codec registry and the built-in codecs (UTF-8/16/32, Latin-1,
ASCII, unicode_escape, raw_unicode_escape, escape_*), with the error
handler registry; written for pyx. The byte work of the UTF and
single-byte codecs is the interpreter's own `str.encode`/`bytes.decode`;
this module adds lookup, custom error handlers, incremental decoding and
the escape codecs.

pyx strings cannot hold lone surrogates, so the `surrogateescape` and
`surrogatepass` handlers do not exist here (LookupError), a deliberate
difference recorded in tests/conformance/DIFFERENCES.md.
"""

__all__ = ["register", "unregister", "lookup", "encode", "decode", "register_error",
           "lookup_error", "escape_encode", "escape_decode"]

_search_functions = []
_cache = {}
_error_handlers = {}

# Error handlers the interpreter's str.encode / bytes.decode apply itself.
_NATIVE_ENCODE_ERRORS = ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace")
_NATIVE_DECODE_ERRORS = ("strict", "ignore", "replace", "backslashreplace")


def _check_bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _check_str(s, name):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(s).__name__))


def _apply_encode(s, enc, errors, limit):
    """Encode `s` with the interpreter's codec `enc`, calling a Python
    error handler for characters it cannot encode (`limit` = first code
    point that codec cannot hold, or None when every one fits)."""
    if errors in _NATIVE_ENCODE_ERRORS:
        if errors == "strict" and limit is not None:
            for i, ch in enumerate(s):
                if ord(ch) >= limit:
                    end = i + 1
                    while end < len(s) and ord(s[end]) >= limit:
                        end += 1
                    raise UnicodeEncodeError(enc, s, i, end, "ordinal not in range(%d)" % limit)
        return s.encode(enc, errors)
    handler = None
    out = bytearray()
    pos = 0
    n = len(s)
    while pos < n:
        start = pos
        if limit is not None:
            while start < n and ord(s[start]) < limit:
                start += 1
        else:
            start = n
        out += s[pos:start].encode(enc)
        if start >= n:
            break
        end = start + 1
        while end < n and ord(s[end]) >= limit:
            end += 1
        exc = UnicodeEncodeError(enc, s, start, end, "ordinal not in range(%d)" % limit)
        if handler is None:
            handler = lookup_error(errors)
        res = handler(exc)
        if not isinstance(res, tuple) or len(res) != 2:
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        rep, newpos = res
        if isinstance(rep, str):
            for ch in rep:
                if ord(ch) >= limit:
                    raise exc
            out += rep.encode(enc)
        elif isinstance(rep, (bytes, bytearray)):
            out += rep
        else:
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        if newpos < 0:
            newpos += n
        if not 0 <= newpos <= n:
            raise IndexError("position %d from error handler out of bounds" % newpos)
        pos = newpos
    return bytes(out)


def _incomplete_tail(data, enc):
    """How many bytes at the end of `data` start a character that more
    input could complete (incremental decoding keeps them back)."""
    n = len(data)
    if enc == "utf-8":
        for back in range(1, min(3, n) + 1):
            b = data[n - back]
            if b & 0xC0 == 0x80:
                continue
            need = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
            return back if need > back else 0
        return 0
    if enc.startswith("utf-16"):
        keep = n % 2
        if n - keep >= 2:
            if enc.endswith("be"):
                unit = (data[n - keep - 2] << 8) | data[n - keep - 1]
            else:
                unit = data[n - keep - 2] | (data[n - keep - 1] << 8)
            if 0xD800 <= unit <= 0xDBFF:
                keep += 2
        return keep
    if enc.startswith("utf-32"):
        return n % 4
    return 0


def _apply_decode(data, enc, errors, final=True):
    """(text, consumed) from the interpreter's codec `enc`, with Python
    error handlers and incremental decoding on top."""
    data = _check_bytes(data)
    end_at = len(data) if final else len(data) - _incomplete_tail(data, enc)
    if errors in _NATIVE_DECODE_ERRORS and end_at == len(data):
        return data.decode(enc, errors), len(data)
    handler = None if errors in _NATIVE_DECODE_ERRORS else lookup_error(errors)
    out = []
    pos = 0
    while pos < end_at:
        chunk = data[pos:end_at]
        if handler is None:
            out.append(chunk.decode(enc, errors))
            break
        try:
            out.append(chunk.decode(enc))
            break
        except UnicodeDecodeError as e:
            out.append(chunk[:e.start].decode(enc))
            exc = UnicodeDecodeError(enc, data, pos + e.start, pos + e.end, e.reason)
            res = handler(exc)
            if not isinstance(res, tuple) or len(res) != 2 or not isinstance(res[0], str):
                raise TypeError("decoding error handler must return (str, int) tuple")
            rep, newpos = res
            out.append(rep)
            if newpos < 0:
                newpos += len(data)
            if not 0 <= newpos <= len(data):
                raise IndexError("position %d from error handler out of bounds" % newpos)
            pos = newpos
    return "".join(out), max(pos, end_at)


def _bom_decode(data, errors, final, width):
    """UTF-16/32 with byte-order detection: a BOM picks the order, else
    little-endian (this interpreter's native order)."""
    data = _check_bytes(data)
    boms = {2: (b"\xff\xfe", b"\xfe\xff"), 4: (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")}[width]
    base = "utf-16" if width == 2 else "utf-32"
    if data.startswith(boms[0]):
        text, used = _apply_decode(data[width:], base + "-le", errors, final)
        return text, used + width
    if data.startswith(boms[1]):
        text, used = _apply_decode(data[width:], base + "-be", errors, final)
        return text, used + width
    if not final and len(data) < width and (boms[0].startswith(data) or boms[1].startswith(data)):
        return "", 0
    return _apply_decode(data, base + "-le", errors, final)


# --- the codec functions CPython's _codecs exposes -------------------------

def utf_8_encode(s, errors=None):
    _check_str(s, "utf_8_encode")
    return _apply_encode(s, "utf-8", errors or "strict", None), len(s)


def utf_8_decode(data, errors=None, final=False):
    return _apply_decode(data, "utf-8", errors or "strict", final)


def latin_1_encode(s, errors=None):
    _check_str(s, "latin_1_encode")
    return _apply_encode(s, "latin-1", errors or "strict", 256), len(s)


def latin_1_decode(data, errors=None):
    data = _check_bytes(data)
    return data.decode("latin-1"), len(data)


def ascii_encode(s, errors=None):
    _check_str(s, "ascii_encode")
    return _apply_encode(s, "ascii", errors or "strict", 128), len(s)


def ascii_decode(data, errors=None):
    return _apply_decode(data, "ascii", errors or "strict", True)


def utf_16_encode(s, errors=None, byteorder=0):
    _check_str(s, "utf_16_encode")
    enc = {0: "utf-16", -1: "utf-16-le", 1: "utf-16-be"}[0 if byteorder == 0 else (-1 if byteorder < 0 else 1)]
    return s.encode(enc), len(s)


def utf_16_le_encode(s, errors=None):
    return utf_16_encode(s, errors, -1)


def utf_16_be_encode(s, errors=None):
    return utf_16_encode(s, errors, 1)


def utf_16_decode(data, errors=None, final=False):
    return _bom_decode(data, errors or "strict", final, 2)


def utf_16_le_decode(data, errors=None, final=False):
    return _apply_decode(data, "utf-16-le", errors or "strict", final)


def utf_16_be_decode(data, errors=None, final=False):
    return _apply_decode(data, "utf-16-be", errors or "strict", final)


def utf_32_encode(s, errors=None, byteorder=0):
    _check_str(s, "utf_32_encode")
    enc = "utf-32" if byteorder == 0 else ("utf-32-le" if byteorder < 0 else "utf-32-be")
    return s.encode(enc), len(s)


def utf_32_le_encode(s, errors=None):
    return utf_32_encode(s, errors, -1)


def utf_32_be_encode(s, errors=None):
    return utf_32_encode(s, errors, 1)


def utf_32_decode(data, errors=None, final=False):
    return _bom_decode(data, errors or "strict", final, 4)


def utf_32_le_decode(data, errors=None, final=False):
    return _apply_decode(data, "utf-32-le", errors or "strict", final)


def utf_32_be_decode(data, errors=None, final=False):
    return _apply_decode(data, "utf-32-be", errors or "strict", final)


_SIMPLE_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def unicode_escape_encode(s, errors=None):
    _check_str(s, "unicode_escape_encode")
    out = []
    for ch in s:
        o = ord(ch)
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return "".join(out).encode("ascii"), len(s)


_ESCAPE_CHARS = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
                 "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\n": ""}


def _decode_error(codec, data, start, end, reason, errors, out):
    """Run the error handler for a bad escape; return the new position."""
    exc = UnicodeDecodeError(codec, data, start, end, reason)
    if errors == "strict":
        raise exc
    rep, newpos = lookup_error(errors)(exc)
    out.append(rep)
    return newpos if newpos >= 0 else newpos + len(data)


def _unicode_escape(data, errors, codec):
    data = _check_bytes(data)
    text = data.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "\\":
            j = text.find("\\", i)
            if j < 0:
                j = n
            out.append(text[i:j])
            i = j
            continue
        if i + 1 >= n:
            i = _decode_error(codec, data, i, n, "\\ at end of string", errors, out)
            continue
        c = text[i + 1]
        if c in _ESCAPE_CHARS:
            out.append(_ESCAPE_CHARS[c])
            i += 2
        elif c in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = text[i + 2:i + 2 + width]
            good = len(digits) == width and all(d in "0123456789abcdefABCDEF" for d in digits)
            if good and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + width
            else:
                end = i + 2
                while end < n and end < i + 2 + width and text[end] in "0123456789abcdefABCDEF":
                    end += 1
                reason = ("illegal Unicode character" if good else
                          "truncated \\%s%s escape" % (c, "X" * width))
                i = _decode_error(codec, data, i, end if not good else i + 2 + width, reason, errors, out)
        elif c == "N":
            close = text.find("}", i)
            if i + 2 < n and text[i + 2] == "{" and close > i + 3:
                name = text[i + 3:close]
                try:
                    import unicodedata
                    out.append(unicodedata.lookup(name))
                    i = close + 1
                    continue
                except (ImportError, KeyError):
                    pass
                i = _decode_error(codec, data, i, close + 1, "unknown Unicode character name",
                                  errors, out)
            else:
                i = _decode_error(codec, data, i, min(n, i + 2), "malformed \\N character escape",
                                  errors, out)
        else:
            out.append("\\" + c)
            i += 2
    return "".join(out), len(data)


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    return _unicode_escape(data, errors or "strict", "unicodeescape")


def raw_unicode_escape_encode(s, errors=None):
    _check_str(s, "raw_unicode_escape_encode")
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif o < 0x10000:
            out += b"\\u%04x" % o
        else:
            out += b"\\U%08x" % o
    return bytes(out), len(s)


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _check_bytes(data)
    errors = errors or "strict"
    text = data.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(d in "0123456789abcdefABCDEF" for d in digits) \
                    and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
            end = i + 2
            while end < n and end < i + 2 + width and text[end] in "0123456789abcdefABCDEF":
                end += 1
            reason = "truncated \\%sXXXX escape" % ("u" if width == 4 else "UXXXX")
            if len(digits) == width and end == i + 2 + width:
                reason = "\\Uxxxxxxxx out of range"
            i = _decode_error("rawunicodeescape", data, i, end, reason, errors, out)
            continue
        if ch == "\\":
            # A run of backslashes: each pair stands for itself, only the
            # last one may start an escape.
            j = i
            while j < n and text[j] == "\\":
                j += 1
            run = j - i
            if run > 1:
                escapes = run % 2 == 1 and j < n and text[j] in "uU"
                out.append("\\" * (run - 1 if escapes else run))
                i = j - 1 if escapes else j
                continue
        out.append(ch)
        i += 1
    return "".join(out), len(data)


def escape_encode(data, errors=None):
    data = _check_bytes(data)
    out = []
    for b in data:
        c = chr(b)
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == "'":
            out.append("\\'")
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    return "".join(out).encode("ascii"), len(data)


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _check_bytes(data)
    text, _ = _unicode_escape_bytes(data, errors or "strict")
    return text, len(data)


def _unicode_escape_bytes(data, errors):
    """Escapes of a bytes literal: like unicode_escape without \\u, \\U, \\N."""
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = chr(data[i + 1])
        if c in _ESCAPE_CHARS:
            out += _ESCAPE_CHARS[c].encode("latin-1")
            i += 2
        elif c in "01234567":
            j = i + 1
            while j < n and j < i + 4 and chr(data[j]) in "01234567":
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xFF)
            i = j
        elif c == "x":
            digits = data[i + 2:i + 4]
            if len(digits) == 2 and all(chr(d) in "0123456789abcdefABCDEF" for d in digits):
                out.append(int(digits, 16))
                i += 4
            elif errors == "strict":
                raise ValueError("invalid \\x escape at position %d" % i)
            elif errors == "replace":
                out.append(0x3F)
                i += 2
            else:
                i += 2
        else:
            out += b"\\" + c.encode("latin-1")
            i += 2
    return bytes(out), n


# --- the registry -----------------------------------------------------------

def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return encoding.strip().lower().replace(" ", "_")


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in [_builtin_search] + _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def _builtin_search(name):
    """The codecs this module defines, found through `codecs`."""
    import codecs
    return codecs._builtin_codec(name)


def _result_check(result, what, want, encoding):
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % what)
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    return _result_check(info[0](obj, errors), "encoder", None, encoding)


def decode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    return _result_check(info[1](obj, errors), "decoder", None, encoding)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _span(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return exc.start, exc.end


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    start, end = _span(exc)
    return "", end


def replace_errors(exc):
    start, end = _span(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "\ufffd", end
    if isinstance(exc, UnicodeEncodeError):
        return "?" * (end - start), end
    return "\ufffd" * (end - start), end


def backslashreplace_errors(exc):
    start, end = _span(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "".join("\\x%02x" % b for b in exc.object[start:end]), end
    out = []
    for ch in exc.object[start:end]:
        o = ord(ch)
        out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
    return "".join(out), end


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    start, end = exc.start, exc.end
    return "".join("&#%d;" % ord(ch) for ch in exc.object[start:end]), end


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for ch in exc.object[exc.start:exc.end]:
        try:
            out.append("\\N{%s}" % unicodedata.name(ch))
        except ValueError:
            o = ord(ch)
            out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
    return "".join(out), exc.end


for _name, _fn in (("strict", strict_errors), ("ignore", ignore_errors), ("replace", replace_errors),
                   ("backslashreplace", backslashreplace_errors),
                   ("xmlcharrefreplace", xmlcharrefreplace_errors),
                   ("namereplace", namereplace_errors)):
    _error_handlers[_name] = _fn
del _name, _fn
