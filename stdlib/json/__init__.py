"""JSON encoder and decoder.

Output and error messages follow CPython's json module exactly. Whole
documents go to the native `_pyx_json` (crates/pyx-vm/src/json.rs) when the
host allows it; the pure-Python code below is the fallback and serves the
paths CPython also runs in Python (`dump`'s chunks, subclass overrides)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INF = float('inf')

try:
    import _pyx_json as _native
except ImportError:
    _native = None

# ---------------------------------------------------------------- encoding

_ESC = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
        '\r': '\\r', '\t': '\\t'}


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)


def _encode_basestring(s):
    _check_str(s)
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _encode_basestring_ascii(s):
    _check_str(s)
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ' ' <= ch <= '~':
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                               0xdc00 | (n & 0x3ff)))
    out.append('"')
    return ''.join(out)


if _native is not None:
    encode_basestring = _native.encode_basestring
    encode_basestring_ascii = _native.encode_basestring_ascii
else:
    encode_basestring = _encode_basestring
    encode_basestring_ascii = _encode_basestring_ascii


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and _native is not None:
            # The whole text at once, as CPython's c_make_encoder (which
            # pyx also uses with indent: the output is the same).
            return (_native.encode(o, indent, self.item_separator,
                                   self.key_separator, self.sort_keys,
                                   self.skipkeys, self.ensure_ascii,
                                   self.allow_nan, self.check_circular,
                                   self.default),)
        markers = {} if self.check_circular else None
        enc_str = (encode_basestring_ascii if self.ensure_ascii
                   else encode_basestring)
        allow_nan = self.allow_nan
        item_sep = self.item_separator
        key_sep = self.key_separator
        sort_keys = self.sort_keys
        skipkeys = self.skipkeys
        default = self.default

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INF:
                text = 'Infinity'
            elif o == -_INF:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                # CPython's C encoder (no indent) omits the value.
                if indent is None:
                    raise ValueError('Out of range float values are not '
                                     'JSON compliant')
                raise ValueError('Out of range float values are not JSON '
                                 'compliant: ' + repr(o))
            return text

        def enc(o, level, out):
            if isinstance(o, str):
                out.append(enc_str(o))
            elif o is None:
                out.append('null')
            elif o is True:
                out.append('true')
            elif o is False:
                out.append('false')
            elif isinstance(o, int):
                out.append(int.__repr__(o))
            elif isinstance(o, float):
                out.append(floatstr(o))
            elif isinstance(o, (list, tuple)):
                enc_list(o, level, out)
            elif isinstance(o, dict):
                enc_dict(o, level, out)
            else:
                if markers is not None:
                    mid = id(o)
                    if mid in markers:
                        raise ValueError('Circular reference detected')
                    markers[mid] = o
                enc(default(o), level, out)
                if markers is not None:
                    del markers[mid]

        def enc_list(lst, level, out):
            if not lst:
                out.append('[]')
                return
            if markers is not None:
                mid = id(lst)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = lst
            # Chunks as CPython's encoder yields them: the opening bracket
            # or separator is joined to a following scalar.
            buf = '['
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep = item_sep + nl
                buf += nl
            else:
                nl = None
                sep = item_sep
            first = True
            for v in lst:
                if not first:
                    buf = sep
                first = False
                if isinstance(v, (str, int, float)) or v is None:
                    piece = []
                    enc(v, level, piece)
                    out.append(buf + piece[0])
                else:
                    out.append(buf)
                    enc(v, level, out)
            if nl is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append(']')
            if markers is not None:
                del markers[mid]

        def enc_dict(dct, level, out):
            if not dct:
                out.append('{}')
                return
            if markers is not None:
                mid = id(dct)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = dct
            out.append('{')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep = item_sep + nl
                out.append(nl)
            else:
                nl = None
                sep = item_sep
            first = True
            items = sorted(dct.items()) if sort_keys else dct.items()
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = int.__repr__(key)
                elif skipkeys:
                    continue
                else:
                    raise TypeError('keys must be str, int, float, bool or '
                                    'None, not %s' % key.__class__.__name__)
                if not first:
                    out.append(sep)
                first = False
                out.append(enc_str(key))
                out.append(key_sep)
                enc(value, level, out)
            if nl is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append('}')
            if markers is not None:
                del markers[mid]

        out = []
        enc(o, 0, out)
        return iter(out)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    cls = kw.pop('cls', None) or JSONEncoder
    for chunk in cls(**kw).iterencode(obj):
        fp.write(chunk)


# ---------------------------------------------------------------- decoding

class JSONDecodeError(ValueError):
    # CPython defines it in json.decoder; tracebacks show that name.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
              'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _NoValue(Exception):
    def __init__(self, pos):
        self.pos = pos


def _decode_u(s, pos):
    esc = s[pos + 1:pos + 5]
    # As CPython's scanner: a character must follow the four digits.
    if len(esc) == 4 and pos + 5 < len(s) and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def _scanstring(s, end, strict=True):
    if _native is not None:
        return _native.scanstring(s, end, strict, JSONDecodeError)
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\' or c < ' ':
                break
            i += 1
        else:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if i > end:
            chunks.append(s[end:i])
        term = s[i]
        end = i + 1
        if term == '"':
            break
        if term != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, i)
            chunks.append(term)
            continue
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                chunks.append(_BACKSLASH[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end - 1) from None
            end += 1
        else:
            uni = _decode_u(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_u(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))
    return ''.join(chunks), end


def _match_number(s, idx):
    n = len(s)
    i = idx
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and '1' <= s[i] <= '9':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
    else:
        return None
    int_end = i
    frac = exp = False
    if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
        i += 2
        while i < n and '0' <= s[i] <= '9':
            i += 1
        frac = True
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and '0' <= s[j] <= '9':
            j += 1
            while j < n and '0' <= s[j] <= '9':
                j += 1
            i = j
            exp = True
    return int_end, i, frac or exp


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def _native_args(self):
        pc = self.parse_constant
        return (self.strict, self.object_hook, self.object_pairs_hook,
                self.parse_float, self.parse_int,
                None if pc is _default_parse_constant else pc,
                JSONDecodeError)

    def decode(self, s):
        if (_native is not None and isinstance(s, str)
                and type(self).raw_decode is JSONDecoder.raw_decode):
            return _native.decode(s, 0, True, *self._native_args())
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if _native is not None:
            return _native.decode(s, idx, False, *self._native_args())
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            obj, end = self._scan(s, idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None
        finally:
            self.memo.clear()
        return obj, end

    def _scan(self, s, idx):
        if idx >= len(s):
            raise _NoValue(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        m = _match_number(s, idx)
        if m is not None:
            int_end, end, is_float = m
            if is_float:
                return self.parse_float(s[idx:end]), end
            return self.parse_int(s[idx:end]), end
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise _NoValue(idx)

    def _value(self, s, end):
        try:
            return self._scan(s, end)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None

    def _object(self, s, end):
        pairs = []
        memo = self.memo
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _WS and nextchar:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            elif nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in '
                                      'double quotes', s, end)
        end += 1
        while True:
            key, end = _scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = self._value(s, end)
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in '
                                      'double quotes', s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def _array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self._value(s, end)
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': float('nan')}
_default_parse_constant = _CONSTANTS.__getitem__
_default_decoder = JSONDecoder()


def _detect_encoding(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16' if not b.startswith(b'\xff\xfe\x00\x00') else 'utf-32'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                                  'utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, '
                            'not %s' % s.__class__.__name__)
        s = s.decode(_detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        if _native is not None:
            # What _default_decoder.decode does, without the steps between
            # (CPython's scanner, too, is fixed when the decoder is made).
            return _native.decode(s, 0, True, True, None, None, float, int,
                                  None, JSONDecodeError)
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)


# As in CPython, `import json` makes the submodules attributes too.
from json import decoder, encoder  # noqa: E402
