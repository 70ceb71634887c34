"""The codec registry and the built-in codecs (UTF-8/16/32, Latin-1,
ASCII, unicode_escape, raw_unicode_escape, escape_*), with the error
handler registry; written for pyx. The byte work of the UTF and
single-byte codecs is the interpreter's own `str.encode`/`bytes.decode`;
this module adds lookup (the first lookup imports `encodings`, whose
search function finds the codec modules), custom error handlers,
incremental decoding, the escape, charmap and UTF-7 codecs, and
`_text_encode`/`_text_decode`, which the VM calls for `str.encode` /
`bytes.decode` with a codec it does not implement itself.

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
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
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
            if need <= back:
                return 0
            # Held back only if it can still become a valid character: the
            # second byte's range depends on the first (no overlong forms or
            # code points past U+10FFFF; a surrogate's first two bytes are
            # held back, as CPython does).
            if back > 1:
                lo, hi = {0xE0: (0xA0, 0xBF), 0xF0: (0x90, 0xBF),
                          0xF4: (0x80, 0x8F)}.get(b, (0x80, 0xBF))
                if not lo <= data[n - back + 1] <= hi:
                    return 0
            return back
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


# --- UTF-7 (RFC 2152) --------------------------------------------------------

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# Written as themselves: printable ASCII but '+' (it opens a shift), '\\'
# and '~', plus tab, newline and carriage return.
_UTF7_DIRECT = frozenset(c for c in range(32, 127) if chr(c) not in "+\\~") | {9, 10, 13}


def utf_7_encode(s, errors=None):
    _check_str(s, "utf_7_encode")
    out = []
    shifted = False
    bits = nbits = 0
    for ch in s:
        c = ord(ch)
        if c in _UTF7_DIRECT:
            if shifted:
                if nbits:
                    out.append(_B64[(bits << (6 - nbits)) & 63])
                bits = nbits = 0
                shifted = False
                if ch in _B64 or ch == "-":
                    out.append("-")    # else it would read as base64
            out.append(ch)
            continue
        if not shifted:
            if ch == "+":
                out.append("+-")
                continue
            out.append("+")
            shifted = True
        units = (c,) if c < 0x10000 else (0xD800 | ((c - 0x10000) >> 10), 0xDC00 | (c & 0x3FF))
        for unit in units:
            bits = (bits << 16) | unit
            nbits += 16
            while nbits >= 6:
                nbits -= 6
                out.append(_B64[(bits >> nbits) & 63])
            bits &= (1 << nbits) - 1
    if shifted:
        if nbits:
            out.append(_B64[(bits << (6 - nbits)) & 63])
        out.append("-")
    return "".join(out).encode("ascii"), len(s)


def utf_7_decode(data, errors=None, final=False):
    data = _check_bytes(data)
    errors = errors or "strict"
    out = []
    n = len(data)
    i = 0
    shifted = False
    start = 0          # offset of the '+' opening the current shift
    out_at_start = 0   # len(out) then (a partial shift is given back)
    bits = nbits = 0
    high = None        # a high surrogate waiting for its low half

    def fail(begin, end, reason):
        exc = UnicodeDecodeError("utf7", data, begin, end, reason)
        if errors == "strict":
            raise exc
        if errors == "ignore":
            return end
        if errors == "replace":
            out.append("\ufffd")
            return end
        rep, newpos = lookup_error(errors)(exc)
        out.append(rep)
        return newpos if newpos >= 0 else newpos + n

    while i < n:
        b = data[i]
        if shifted:
            v = _B64_VALUE.get(b)
            if v is not None:
                bits = (bits << 6) | v
                nbits += 6
                i += 1
                if nbits >= 16:
                    nbits -= 16
                    unit = bits >> nbits
                    bits &= (1 << nbits) - 1
                    if high is not None:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)))
                            high = None
                            continue
                        shifted = False
                        bits = nbits = 0
                        high = None
                        i = fail(start, i, "second surrogate missing")
                    elif 0xD800 <= unit <= 0xDBFF:
                        high = unit
                    elif 0xDC00 <= unit <= 0xDFFF:
                        shifted = False
                        bits = nbits = 0
                        i = fail(start, i, "unexpected second surrogate")
                    else:
                        out.append(chr(unit))
                continue
            # The shift ends here.
            shifted = False
            empty = i == start + 1
            if nbits >= 6 or bits or high is not None:
                reason = ("partial character in shift sequence" if nbits >= 6 or high is not None
                          else "non-zero padding bits in shift sequence")
                bits = nbits = 0
                high = None
                i = fail(start, i + 1, reason)
                continue
            bits = nbits = 0
            if b == ord("-"):
                if empty:
                    out.append("+")
                i += 1
                continue
            if empty:
                i = fail(start, i + 1, "ill-formed sequence")
                continue
            # Any other byte ends the shift and is read as itself below.
        if b == ord("+"):
            shifted = True
            start = i
            out_at_start = len(out)
            i += 1
        elif b < 128:
            out.append(chr(b))
            i += 1
        else:
            i = fail(i, i + 1, "unexpected special character")
    if shifted:
        if not final:
            del out[out_at_start:]
            return "".join(out), start
        if nbits >= 6 or bits or high is not None:
            fail(start, n, "unterminated shift sequence")
    return "".join(out), n


# --- charmap: single-byte codecs given by a table ---------------------------

_UNDEFINED = "character maps to <undefined>"


def charmap_build(decoding_table):
    """The encoding map of a 256-character decoding table: a dict of code
    point -> byte value (charmap_encode accepts it)."""
    _check_str(decoding_table, "charmap_build")
    return {ord(ch): i for i, ch in enumerate(decoding_table) if ch != "\ufffe"}


def _charmap_lookup(mapping, byte):
    """The text byte `byte` decodes to, or None when it is undefined."""
    if isinstance(mapping, str):
        if byte < len(mapping) and mapping[byte] != "\ufffe":
            return mapping[byte]
        return None
    try:
        value = mapping[byte]
    except LookupError:
        return None
    if value is None or value == 0xFFFE:
        return None
    if isinstance(value, int):
        if not 0 <= value < 0x110000:
            raise TypeError("character mapping must be in range(0x110000)")
        return chr(value)
    if isinstance(value, str):
        return None if value == "\ufffe" else value
    raise TypeError("character mapping must return integer, None or str")


def charmap_decode(data, errors=None, mapping=None):
    if mapping is None:
        return latin_1_decode(data, errors)
    data = _check_bytes(data)
    errors = errors or "strict"
    out = []
    i = 0
    n = len(data)
    while i < n:
        text = _charmap_lookup(mapping, data[i])
        if text is not None:
            out.append(text)
            i += 1
            continue
        exc = UnicodeDecodeError("charmap", data, i, i + 1, _UNDEFINED)
        if errors == "strict":
            raise exc
        if errors == "ignore":
            i += 1
            continue
        if errors == "replace":
            out.append("\ufffd")
            i += 1
            continue
        rep, newpos = lookup_error(errors)(exc)
        out.append(rep)
        i = newpos if newpos >= 0 else newpos + n
    return "".join(out), n


def _charmap_encode_char(mapping, ch):
    """The bytes `ch` encodes to, or None when it is undefined."""
    try:
        value = mapping[ord(ch)]
    except LookupError:
        return None
    if value is None:
        return None
    if isinstance(value, int):
        if not 0 <= value < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((value,))
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % type(value).__name__)


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    _check_str(s, "charmap_encode")
    errors = errors or "strict"
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        b = _charmap_encode_char(mapping, s[i])
        if b is not None:
            out += b
            i += 1
            continue
        end = i + 1
        while end < n and _charmap_encode_char(mapping, s[end]) is None:
            end += 1
        exc = UnicodeEncodeError("charmap", s, i, end, _UNDEFINED)
        if errors == "strict":
            raise exc
        if errors == "ignore":
            i = end
            continue
        if errors == "replace":
            rep, newpos = "?" * (end - i), end
        else:
            res = lookup_error(errors)(exc)
            if not isinstance(res, tuple) or len(res) != 2:
                raise TypeError("encoding error handler must return (str/bytes, int) tuple")
            rep, newpos = res
        if isinstance(rep, (bytes, bytearray)):
            out += rep
        else:
            for ch in rep:
                b = _charmap_encode_char(mapping, ch)
                if b is None:
                    raise UnicodeEncodeError("charmap", s, i, end, _UNDEFINED)
                out += b
        i = newpos if newpos >= 0 else newpos + n
    return bytes(out), n


def readbuffer_encode(data, errors=None):
    """(bytes, length) of a str (as UTF-8) or a bytes-like object."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    else:
        data = _check_bytes(data)
    return data, len(data)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    """UTF-16 decoding that reports the byte order: (text, consumed,
    order) with order -1 (little), 1 (big) or 0 (not known yet)."""
    return _ex_decode(data, errors, byteorder, final, 2)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 4)


def _ex_decode(data, errors, byteorder, final, width):
    data = _check_bytes(data)
    errors = errors or "strict"
    base = "utf-16" if width == 2 else "utf-32"
    le, be = (b"\xff\xfe", b"\xfe\xff") if width == 2 else (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
    skip = 0
    if byteorder == 0:
        if data.startswith(le):
            byteorder, skip = -1, width
        elif data.startswith(be):
            byteorder, skip = 1, width
        elif len(data) < width and not final:
            return "", 0, 0
    enc = base + ("-be" if byteorder > 0 else "-le")
    text, used = _apply_decode(data[skip:], enc, errors, final)
    return text, used + skip, byteorder


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


def _collapse(encoding):
    """`encoding` with each run of characters other than ASCII letters,
    digits and '.' made one '_' (none at the ends); other letters and
    digits dropped (encodings.normalize_encoding)."""
    out = []
    gap = False
    for ch in encoding:
        if ch.isalnum() or ch == ".":
            if gap and out:
                out.append("_")
            if ch.isascii():
                out.append(ch)
            gap = False
        else:
            gap = True
    return "".join(out)


def _normalize(encoding):
    """The name search functions see: `_collapse` in lower case
    ('AAA---8' -> 'aaa_8')."""
    return _collapse(encoding).lower()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    if not _encodings_loaded:
        _load_encodings()
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


_encodings_loaded = False


def _load_encodings():
    """Import the `encodings` package (it registers its search function),
    once, on the first lookup -- CPython does this at start-up."""
    global _encodings_loaded
    _encodings_loaded = True
    import encodings
    # Under pyx importing it registered its search function here; if an
    # `encodings` package was already loaded (this module run under
    # another Python), add its search function now.
    search = getattr(encodings, "search_function", None)
    if search is not None and search not in _search_functions:
        _search_functions.append(search)


def _result_check(result, what, want, encoding):
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % what)
    return result[0]


# Built-in exception types whose constructor takes more than a message:
# an error of one of these from a codec is passed on as it is.
_OWN_INIT = (OSError, SyntaxError, ImportError, StopIteration, SystemExit, UnicodeEncodeError,
             UnicodeDecodeError, UnicodeTranslateError, AttributeError, NameError)


def _call_codec(func, obj, errors, what, encoding):
    """func(obj, errors); an exception it raises comes back as the same
    type with "<what> with '<encoding>' codec failed (<Type>: <msg>)" and
    the original as __cause__ -- when that type can be rebuilt from one
    message (no own __init__/__new__, at most one argument, no attributes)."""
    try:
        return func(obj, errors)
    except Exception as exc:
        t = type(exc)
        wrap = not isinstance(exc, _OWN_INIT) and len(exc.args) <= 1 and not getattr(exc, "__dict__", None)
        if wrap:
            for c in t.__mro__:
                if c.__module__ == "builtins":
                    break
                if "__init__" in c.__dict__ or "__new__" in c.__dict__:
                    wrap = False
                    break
        if not wrap:
            raise
        try:
            new = t("%s with %r codec failed (%s: %s)" % (what, encoding, t.__name__, exc))
        except Exception:
            raise exc from None
        raise new from exc


def encode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    return _result_check(_call_codec(info[0], obj, errors, "encoding", encoding),
                         "encoder", None, encoding)


def decode(obj, encoding="utf-8", errors="strict"):
    info = lookup(encoding)
    return _result_check(_call_codec(info[1], obj, errors, "decoding", encoding),
                         "decoder", None, encoding)


def _text_encode(s, encoding, errors):
    """str.encode for a codec the interpreter does not implement itself
    (the VM calls this): a text codec from the registry, bytes out."""
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle "
                          "arbitrary codecs" % encoding)
    result = _result_check(_call_codec(info[0], s, errors, "encoding", encoding), "encoder",
                           None, encoding)
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() "
                        "to encode to arbitrary types" % (encoding, type(result).__name__))
    return result


def _text_decode(data, encoding, errors):
    """bytes.decode / str(b, encoding) for a codec the interpreter does
    not implement itself (the VM calls this): str out."""
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle "
                          "arbitrary codecs" % encoding)
    result = _result_check(_call_codec(info[1], data, errors, "decoding", encoding), "decoder",
                           None, encoding)
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() "
                        "to decode to arbitrary types" % (encoding, type(result).__name__))
    return result


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
