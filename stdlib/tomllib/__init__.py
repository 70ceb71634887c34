"""Parse TOML 1.0 (`loads`, `load`), written for pyx from the TOML
specification; errors are `TOMLDecodeError` with the line and column."""

import datetime
import re

__all__ = ["loads", "load", "TOMLDecodeError"]


class TOMLDecodeError(ValueError):
    """An error while decoding TOML."""


_BARE = re.compile(r"[A-Za-z0-9_-]+")
_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:\d{2})?)?")
_TIME = re.compile(r"(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?")
_NUMBER = re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?"
    r"|[+-]?(?:inf|nan)")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def load(fp, /, *, parse_float=float):
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    if isinstance(s, (bytes, bytearray)):
        # What CPython's str-only replace reports for bytes.
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(s, str):
        raise TypeError("Expected str object, not '%s'" % type(s).__qualname__)
    return _Parser(s.replace("\r\n", "\n"), parse_float).parse()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.defined = set()        # tables made by a [header] or by a value
        self.frozen = set()         # inline tables and arrays: closed to later keys
        self.aot = set()            # arrays of tables
        self.dotted = set()         # tables made by dotted keys (a.b = 1)

    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        line = self.src.count("\n", 0, pos) + 1
        col = pos - (self.src.rfind("\n", 0, pos) + 1) + 1
        if pos >= len(self.src):
            return TOMLDecodeError("%s (at end of document)" % msg)
        return TOMLDecodeError("%s (at line %d, column %d)" % (msg, line, col))

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_ws(self):
        while self.peek() in (" ", "\t") and self.peek():
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            while self.pos < len(self.src) and self.src[self.pos] != "\n":
                c = self.src[self.pos]
                if (ord(c) < 0x20 and c != "\t") or c == "\x7f":
                    raise self.error("Illegal character in comment")
                self.pos += 1

    def skip_ws_comments_newlines(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
            else:
                return

    def end_of_line(self):
        self.skip_ws()
        self.skip_comment()
        if self.pos < len(self.src):
            if self.src[self.pos] != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1

    def parse(self):
        current = ()
        while True:
            self.skip_ws_comments_newlines()
            if self.pos >= len(self.src):
                return self.root
            c = self.peek()
            if c == "[":
                if self.src.startswith("[[", self.pos):
                    self.pos += 2
                    key = self.parse_key()
                    if not self.src.startswith("]]", self.pos):
                        raise self.error("Expected ']]' at the end of an array declaration")
                    self.pos += 2
                    self.open_aot(key)
                else:
                    self.pos += 1
                    key = self.parse_key()
                    if self.peek() != "]":
                        raise self.error("Expected ']' at the end of a table declaration")
                    self.pos += 1
                    self.open_table(key)
                current = key
            elif c in "\"'" or _BARE.match(c):
                self.key_value(current)
            else:
                raise self.error("Invalid statement")
            self.end_of_line()

    def table_at(self, key, create_from_header=False):
        """The dict at `key`, walking through arrays of tables."""
        d = self.root
        for i, part in enumerate(key):
            if part not in d:
                d[part] = {}
            v = d[part]
            if isinstance(v, list):
                if key[:i + 1] not in self.aot:
                    raise self.error("Cannot overwrite a value")
                v = v[-1]
            if not isinstance(v, dict):
                raise self.error("Cannot overwrite a value")
            if key[:i + 1] in self.frozen:
                raise self.error("Cannot mutate immutable namespace %r" % (key[:i + 1],))
            d = v
        return d

    def _real(self, key):
        """`key` with array-of-table positions resolved to their index."""
        d = self.root
        out = []
        for part in key:
            out.append(part)
            v = d.get(part) if isinstance(d, dict) else None
            if isinstance(v, list) and tuple(out[:]) in self.aot:
                out.append(len(v) - 1)
                v = v[-1]
            d = v
        return tuple(out)

    def open_table(self, key):
        parent = self.table_at(key[:-1])
        real = self._real(key[:-1]) + (key[-1],)
        if key[-1] in parent:
            v = parent[key[-1]]
            if not isinstance(v, dict) or real in self.defined or real in self.frozen:
                raise self.error("Cannot declare %r twice" % (key,))
        else:
            parent[key[-1]] = {}
        self.defined.add(real)

    def open_aot(self, key):
        parent = self.table_at(key[:-1])
        last = key[-1]
        if last in parent:
            if key not in self.aot or not isinstance(parent[last], list):
                raise self.error("Cannot overwrite a value")
            parent[last].append({})
        else:
            parent[last] = [{}]
            self.aot.add(key)

    def key_value(self, current):
        key = self.parse_key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        value = self.parse_value()
        self.assign(current, key, value, self.root)

    def assign(self, current, key, value, root):
        if root is self.root:
            base_real = self._real(current)
            d = self.table_at(current) if current else self.root
        else:
            base_real = None
            d = root
        for i, part in enumerate(key[:-1]):
            if part not in d:
                d[part] = {}
                if base_real is not None:
                    self.defined.add(base_real + key[:i + 1])
            elif base_real is not None and base_real + key[:i + 1] in self.defined \
                    and not self._made_by_dotted(base_real + key[:i + 1]):
                raise self.error("Cannot mutate a table defined elsewhere")
            d = d[part]
            if not isinstance(d, dict) or (base_real is not None and base_real + key[:i + 1] in self.frozen):
                raise self.error("Cannot overwrite a value")
        if key[-1] in d:
            raise self.error("Cannot overwrite a value")
        d[key[-1]] = value
        if base_real is not None:
            full = base_real + key
            if isinstance(value, (dict, list)):
                self.frozen.add(full)
            self.defined.add(full)
            if len(key) > 1:
                self.dotted.add(base_real + key[:-1])

    def _made_by_dotted(self, real):
        return real in self.dotted

    def parse_key(self):
        parts = []
        while True:
            self.skip_ws()
            c = self.peek()
            if c == '"':
                parts.append(self.basic_string())
            elif c == "'":
                parts.append(self.literal_string())
            else:
                m = _BARE.match(self.src, self.pos)
                if not m:
                    raise self.error("Invalid initial character for a key part")
                parts.append(m.group())
                self.pos = m.end()
            self.skip_ws()
            if self.peek() == ".":
                self.pos += 1
                continue
            return tuple(parts)

    def parse_value(self):
        c = self.peek()
        src = self.src
        if c == '"':
            if src.startswith('"""', self.pos):
                return self.multiline_basic()
            return self.basic_string()
        if c == "'":
            if src.startswith("'''", self.pos):
                return self.multiline_literal()
            return self.literal_string()
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        if src.startswith("true", self.pos):
            self.pos += 4
            return True
        if src.startswith("false", self.pos):
            self.pos += 5
            return False
        m = _DATETIME.match(src, self.pos)
        if m:
            return self.datetime_value(m)
        m = _TIME.match(src, self.pos)
        if m:
            self.pos = m.end()
            return self.time_value(m.group(1), m.group(2), m.group(3), m.group(4))
        m = _NUMBER.match(src, self.pos)
        if m:
            text = m.group()
            self.pos = m.end()
            if text[:2] in ("0x", "0o", "0b"):
                return int(text, 0)
            if any(ch in text for ch in ".eEn") or text.lstrip("+-") == "inf":
                value = self.parse_float(text.replace("_", ""))
                if isinstance(value, (dict, list)):
                    raise ValueError("parse_float must not return dicts or lists")
                return value
            return int(text.replace("_", ""))
        raise self.error("Invalid value")

    def time_value(self, hh, mm, ss, frac):
        micro = int((frac or "0")[:6].ljust(6, "0"))
        try:
            return datetime.time(int(hh), int(mm), int(ss), micro)
        except ValueError:
            raise self.error("Invalid date or datetime") from None

    def datetime_value(self, m):
        self.pos = m.end()
        y, mo, d, hh, mi, ss, frac, off = m.groups()
        try:
            if hh is None:
                return datetime.date(int(y), int(mo), int(d))
            micro = int((frac or "0")[:6].ljust(6, "0"))
            tz = None
            if off is not None:
                if off in ("Z", "z"):
                    tz = datetime.timezone.utc
                else:
                    sign = -1 if off[0] == "-" else 1
                    tz = datetime.timezone(sign * datetime.timedelta(hours=int(off[1:3]),
                                                                     minutes=int(off[4:6])))
            return datetime.datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss), micro, tzinfo=tz)
        except ValueError:
            raise self.error("Invalid date or datetime") from None

    def array(self):
        self.pos += 1
        out = []
        while True:
            self.skip_ws_comments_newlines()
            if self.peek() == "]":
                self.pos += 1
                return out
            out.append(self.parse_value())
            self.skip_ws_comments_newlines()
            c = self.peek()
            if c == ",":
                self.pos += 1
            elif c == "]":
                self.pos += 1
                return out
            else:
                raise self.error("Unclosed array")

    def inline_table(self):
        self.pos += 1
        out = {}
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.parse_key()
            if self.peek() != "=":
                raise self.error("Expected '=' after a key in a key/value pair")
            self.pos += 1
            self.skip_ws()
            value = self.parse_value()
            d = out
            for part in key[:-1]:
                d = d.setdefault(part, {})
                if not isinstance(d, dict):
                    raise self.error("Cannot overwrite a value")
            if key[-1] in d:
                raise self.error("Cannot overwrite a value")
            d[key[-1]] = value
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                return out
            if c != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_ws()

    def _escape(self, multiline):
        src = self.src
        self.pos += 1
        c = src[self.pos:self.pos + 1]
        if multiline and c in (" ", "\t", "\n"):
            # A line-ending backslash trims the newline and the whitespace after it.
            j = self.pos
            while j < len(src) and src[j] in " \t":
                j += 1
            if src[j:j + 1] != "\n":
                raise self.error("Unescaped '\\' in a string")
            while j < len(src) and src[j] in " \t\n":
                j += 1
            self.pos = j
            return ""
        if c in _ESCAPES:
            self.pos += 1
            return _ESCAPES[c]
        if c in ("u", "U"):
            width = 4 if c == "u" else 8
            digits = src[self.pos + 1:self.pos + 1 + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise self.error("Invalid hex value")
            n = int(digits, 16)
            if not (0 <= n <= 0xD7FF or 0xE000 <= n <= 0x10FFFF):
                raise self.error("Escaped character is not a Unicode scalar value")
            self.pos += 1 + width
            return chr(n)
        raise self.error("Unescaped '\\' in a string")

    def _check_char(self, c, multiline):
        if (ord(c) < 0x20 and c != "\t" and not (multiline and c == "\n")) or c == "\x7f":
            raise self.error("Illegal character %r" % c)

    def basic_string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.src):
                raise self.error("Unterminated string")
            c = self.src[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                out.append(self._escape(False))
                continue
            self._check_char(c, False)
            out.append(c)
            self.pos += 1

    def literal_string(self):
        self.pos += 1
        end = self.src.find("'", self.pos)
        stop = len(self.src) if end < 0 else end
        for i in range(self.pos, stop):
            c = self.src[i]
            # A newline or control character before the closing quote.
            if (ord(c) < 0x20 and c != "\t") or c == "\x7f":
                self.pos = i
                raise self.error("Found invalid character %r" % c)
        if end < 0:
            self.pos = stop
            raise self.error("Expected \"'\"")
        text = self.src[self.pos:end]
        self.pos = end + 1
        return text

    def _multiline(self, quote, escapes):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.src):
                raise self.error("Unterminated string")
            if self.src.startswith(quote * 3, self.pos):
                # Up to two quotes may sit right before the closing three.
                extra = 0
                while extra < 2 and self.src.startswith(quote * (4 + extra), self.pos):
                    extra += 1
                out.append(quote * extra)
                self.pos += 3 + extra
                return "".join(out)
            c = self.src[self.pos]
            if escapes and c == "\\":
                out.append(self._escape(True))
                continue
            self._check_char(c, True)
            out.append(c)
            self.pos += 1

    def multiline_basic(self):
        return self._multiline('"', True)

    def multiline_literal(self):
        return self._multiline("'", False)
