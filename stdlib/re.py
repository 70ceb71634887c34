"""Regular expressions (pyx implementation, written from the re
documentation).

Patterns are parsed here into a node tree (with CPython's error messages
and positions for the common mistakes) and compiled to a flat int program
that the native module ``_pyx_sre`` runs with an iterative backtracking
matcher (its backtrack stack is a Rust vector charged against the memory
budget, so matching ``a*`` against 100,000 characters needs no deep
recursion; only lookaround and atomic groups recurse, as deep as the
pattern nests them, at most ``_pyx_sre.MAX_DEPTH`` levels, past which the
match raises RecursionError).  Every matcher instruction also counts
against the interpreter's step meter, so --max-steps, --max-time and
Ctrl-C stop a runaway match.  Importing re therefore needs the native
module ``_pyx_sre`` to be allowed (it is by default).

Deliberate difference from CPython: a **step bound**.  Every search for one
match (match(), fullmatch(), search(), and each match found by findall(),
finditer(), sub(), split()) counts the instructions it executes, including
backtracking; past ``STEP_LIMIT`` (default 5,000,000) the call raises
``re.StepLimitError`` (a RuntimeError) instead of running for an
astronomically long time on catastrophic patterns such as ``(a*)*b``.
Set ``re.STEP_LIMIT`` (None = unbounded) to change it.

Not supported: the LOCALE flag's locale-dependent classes (LOCALE is
accepted for bytes patterns and treated as ASCII), ``\\N{...}`` names
(needs unicodedata; raises re.error), and the DEBUG flag's dump.
"""

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
    'finditer', 'compile', 'purge', 'template', 'escape', 'error',
    'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
    'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
    'NOFLAG', 'RegexFlag', 'StepLimitError',
]

import _pyx_sre as _sre

STEP_LIMIT = 5000000

# What the native matcher returns when STEP_LIMIT ran out (compared by
# identity: `==` with a list of captures would go the long way).
_OUT_OF_STEPS = -1
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


# ------------------------------------------------------------------- flags

class RegexFlag(int):
    """Flags for compile() and friends; combine with |."""

    _names = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'),
              (32, 'UNICODE'), (8, 'MULTILINE'), (16, 'DOTALL'),
              (64, 'VERBOSE'), (128, 'DEBUG'), (1, 'TEMPLATE')]
    _order = ['ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE',
              'DOTALL', 'VERBOSE', 'TEMPLATE', 'DEBUG']

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        parts = self._parts()[0]
        return '|'.join(parts) if parts else None

    @property
    def value(self):
        return int(self)

    def _parts(self):
        v = int(self)
        byname = {n: b for b, n in self._names}
        parts = []
        for n in self._order:
            b = byname[n]
            if v & b:
                parts.append(n)
                v &= ~b
        return parts, v

    def __repr__(self):
        parts, rest = self._parts()
        if int(self) < 0:
            return '~' + repr(RegexFlag(~int(self)))
        out = ['re.' + p for p in parts]
        if rest:
            out.append(hex(rest))
        return '|'.join(out) if out else 're.NOFLAG'

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_FLAG_CHARS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 'u': 32}
_GLOBAL_ONLY = 1 | 128


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno,
                                                   self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


class StepLimitError(RuntimeError):
    """A match exceeded re.STEP_LIMIT steps (pyx's guard against
    catastrophic backtracking)."""


def _step_limit():
    raise StepLimitError('regular expression exceeded the step limit '
                         '(%d steps)' % STEP_LIMIT)


# ------------------------------------------------------------ char classes

def _is_word_u(c):
    return c.isalnum() or c == '_'


def _is_word_a(c):
    return c < '\x80' and (c.isalnum() or c == '_')


def _is_digit_u(c):
    return c.isdecimal()


def _is_digit_a(c):
    return '0' <= c <= '9'


def _is_space_u(c):
    return c.isspace()


def _is_space_a(c):
    return c in ' \t\n\r\f\v'


_CATEGORIES = {
    'd': (_is_digit_u, _is_digit_a, False),
    'D': (_is_digit_u, _is_digit_a, True),
    'w': (_is_word_u, _is_word_a, False),
    'W': (_is_word_u, _is_word_a, True),
    's': (_is_space_u, _is_space_a, False),
    'S': (_is_space_u, _is_space_a, True),
}


# Characters that case-insensitive matching treats as equal beyond
# lower()/upper() (CPython's sre has the same extra equivalences).
_FOLD_GROUPS = ['i\u0131', 's\u017f', '\u00b5\u03bc', '\u03b9\u0345\u1fbe',
                '\u03b2\u03d0', '\u03b5\u03f5', '\u03b8\u03d1\u03f4',
                '\u03ba\u03f0', '\u03c0\u03d6', '\u03c1\u03f1',
                '\u03c3\u03c2', '\u03c6\u03d5', '\u1e61\u1e9b',
                '\ufb05\ufb06', '\u0432\u1c80', '\u0434\u1c81',
                '\u043e\u1c82', '\u0441\u1c83', '\u0442\u1c84\u1c85',
                '\u044a\u1c86', '\u0463\u1c87', '\ua64b\u1c88',
                'k\u212a', '\u00e5\u212b', '\u03c9\u2126', '\u00df\u1e9e']
_FOLD_GROUP_OF = {}
for _g in _FOLD_GROUPS:
    for _c in _g:
        _FOLD_GROUP_OF[_c] = _g
del _g, _c
_fold_cache = {}


def _fold_variants(c, ascii_only):
    if ascii_only:
        if 'a' <= c <= 'z' or 'A' <= c <= 'Z':
            return {c.lower(), c.upper()}
        return {c}
    r = _fold_cache.get(c)
    if r is not None:
        return r
    out = {c}
    for x in (c.lower(), c.upper()):
        if len(x) == 1:
            out.add(x)
            y = x.lower()
            if len(y) == 1:
                out.add(y)
    for x in list(out):
        g = _FOLD_GROUP_OF.get(x)
        if g:
            for y in g:
                out.add(y)
                for z in (y.lower(), y.upper()):
                    if len(z) == 1:
                        out.add(z)
    out = frozenset(out)
    if len(_fold_cache) < 4096:
        _fold_cache[c] = out
    return out


class _CharSet:
    """A character class: single chars, ranges and categories."""

    __slots__ = ('chars', 'ranges', 'cats', 'negated', 'icase', 'ascii')

    def __init__(self, negated, icase, ascii_):
        self.chars = set()
        self.ranges = []
        self.cats = []
        self.negated = negated
        self.icase = icase
        self.ascii = ascii_

    def _raw(self, c):
        if c in self.chars:
            return True
        for lo, hi in self.ranges:
            if lo <= c <= hi:
                return True
        for fn, neg in self.cats:
            if fn(c) != neg:
                return True
        return False

    def __call__(self, c):
        if self._raw(c):
            return not self.negated
        if self.icase:
            for v in _fold_variants(c, self.ascii):
                if v != c and self._raw(v):
                    return not self.negated
        return self.negated


# ------------------------------------------------------------------ parser

_SPECIAL = '.^$*+?{}[]\\|()'
_OCT = '01234567'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t', 'v': '\v', '\\': '\\'}


class _Parser:
    def __init__(self, pattern, flags):
        self.is_bytes = isinstance(pattern, (bytes, bytearray))
        if self.is_bytes:
            self.src = pattern.decode('latin-1')
        else:
            self.src = pattern
        self.pattern = pattern
        self.pos = 0
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open_groups = []
        self.lookbehind_groups = None
        self.grouprefpos = {}
        self.global_ok = True

    def err(self, msg, pos):
        return error(msg, self.pattern, pos)

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else None

    def at_end(self):
        return self.pos >= len(self.src)

    def checkgroupname(self, name, pos):
        if not (name.isidentifier() and (not self.is_bytes or
                                         name.isascii())):
            raise self.err('bad character in group name %r' % name, pos)

    # -- top level

    def parse(self):
        node = self.parse_alt(top=True)
        if not self.at_end():
            assert self.peek() == ')'
            raise self.err('unbalanced parenthesis', self.pos)
        return node

    def parse_alt(self, top=False):
        branches = [self.parse_seq()]
        while self.peek() == '|':
            self.pos += 1
            self.global_ok = False
            branches.append(self.parse_seq())
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def skip_verbose(self):
        src = self.src
        while self.pos < len(src):
            c = src[self.pos]
            if c in _WHITESPACE:
                self.pos += 1
            elif c == '#':
                while self.pos < len(src) and src[self.pos] != '\n':
                    self.pos += 1
            else:
                break

    def parse_seq(self):
        items = []
        src = self.src
        while True:
            if self.flags & 64:
                self.skip_verbose()
            if self.pos >= len(src):
                break
            c = src[self.pos]
            if c in '|)':
                break
            start = self.pos
            if c != '(' or src[self.pos + 1:self.pos + 2] != '?':
                self.global_ok = False
            item = self.parse_atom()
            if item is None:
                continue
            self.global_ok = False
            # quantifiers
            while True:
                if self.flags & 64:
                    self.skip_verbose()
                if self.pos >= len(src):
                    break
                here = self.pos
                c = src[here]
                if c == '*':
                    lo, hi = 0, MAXREPEAT
                    self.pos += 1
                elif c == '+':
                    lo, hi = 1, MAXREPEAT
                    self.pos += 1
                elif c == '?':
                    lo, hi = 0, 1
                    self.pos += 1
                elif c == '{':
                    r = self.parse_brace()
                    if r is None:
                        break
                    lo, hi = r
                else:
                    break
                if item[0] == 'at' or item[0] == 'empty':
                    raise self.err('nothing to repeat', here)
                if item[0] == 'rep' and not item[5]:
                    raise self.err('multiple repeat', here)
                mode = 'greedy'
                if self.peek() == '?':
                    self.pos += 1
                    mode = 'lazy'
                elif self.peek() == '+':
                    self.pos += 1
                    mode = 'possessive'
                item = ('rep', lo, hi, mode, item, False)
            items.append(item)
        if not items:
            return ('empty',)
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def parse_brace(self):
        """At '{': a repeat {m}, {m,}, {,n}, {m,n} or None (literal '{')."""
        src = self.src
        start = self.pos
        p = start + 1
        lo_s = ''
        while p < len(src) and src[p] in _DIGITS:
            lo_s += src[p]
            p += 1
        hi_s = lo_s
        if p < len(src) and src[p] == ',':
            p += 1
            hi_s = ''
            while p < len(src) and src[p] in _DIGITS:
                hi_s += src[p]
                p += 1
        else:
            if not lo_s:
                return None
        if p >= len(src) or src[p] != '}':
            return None
        lo = int(lo_s) if lo_s else 0
        hi = int(hi_s) if hi_s else MAXREPEAT
        if lo >= MAXREPEAT or (hi_s and hi >= MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi < lo:
            raise self.err('min repeat greater than max repeat', start + 1)
        self.pos = p + 1
        return lo, hi

    def icase(self):
        return bool(self.flags & 2)

    def ascii(self):
        return bool(self.flags & 256) or self.is_bytes

    def lit(self, ch):
        if self.icase() and len(_fold_variants(ch, self.ascii())) > 1:
            return ('lit_i', frozenset(_fold_variants(ch, self.ascii())))
        return ('lit', ch)

    def parse_atom(self):
        src = self.src
        c = src[self.pos]
        start = self.pos
        if c == '(':
            return self.parse_group()
        if c == '[':
            return self.parse_class()
        if c == '.':
            self.pos += 1
            return ('any', bool(self.flags & 16))
        if c == '^':
            self.pos += 1
            return ('at', 'bol_m' if self.flags & 8 else 'bos')
        if c == '$':
            self.pos += 1
            return ('at', 'eol_m' if self.flags & 8 else 'eos_nl')
        if c == '\\':
            return self.parse_escape()
        if c in '*+?':
            raise self.err('nothing to repeat', start)
        if c == '{':
            r = None
            save = self.pos
            r = self.parse_brace()
            if r is not None:
                raise self.err('nothing to repeat', start)
            self.pos = save + 1
            return self.lit('{')
        self.pos += 1
        return self.lit(c)

    def parse_escape(self):
        src = self.src
        start = self.pos
        self.pos += 1
        if self.pos >= len(src):
            raise self.err('bad escape (end of pattern)', start)
        c = src[self.pos]
        self.pos += 1
        if c == 'A':
            return ('at', 'bos')
        if c == 'Z':
            return ('at', 'eos')
        if c == 'b':
            return ('at', 'bound_a' if self.ascii() else 'bound_u')
        if c == 'B':
            return ('at', 'nbound_a' if self.ascii() else 'nbound_u')
        if c in _CATEGORIES:
            cs = _CharSet(False, False, self.ascii())
            fu, fa, neg = _CATEGORIES[c]
            cs.cats.append((fa if self.ascii() else fu, neg))
            return ('set', cs)
        if c in _DIGITS:
            # octal escape or group reference
            if c == '0':
                v = c
                while len(v) < 3 and self.pos < len(src) and \
                        src[self.pos] in _OCT:
                    v += src[self.pos]
                    self.pos += 1
                return self.lit(chr(int(v, 8)))
            v = c
            if self.pos < len(src) and src[self.pos] in _DIGITS:
                v += src[self.pos]
                self.pos += 1
                if (c in _OCT and v[1] in _OCT and self.pos < len(src)
                        and src[self.pos] in _OCT):
                    v += src[self.pos]
                    self.pos += 1
                    code = int(v, 8)
                    if code > 0o377:
                        raise self.err('octal escape value \\%s outside of '
                                       'range 0-0o377' % v, start)
                    return self.lit(chr(code))
            gid = int(v)
            if gid >= self.groups:
                raise self.err('invalid group reference %d' % gid, start + 1)
            if gid in self.open_groups:
                raise self.err('cannot refer to an open group', start)
            self.check_lookbehind_ref(gid, start)
            return ('backref', gid, self.icase(), self.ascii())
        ch = self.char_escape(c, start)
        if ch is not None:
            return self.lit(ch)
        if c in _ASCII_LETTERS:
            raise self.err('bad escape \\%s' % c, start)
        return self.lit(c)

    def check_lookbehind_ref(self, gid, pos):
        if self.lookbehind_groups is not None:
            if gid >= self.lookbehind_groups:
                raise self.err('cannot refer to group defined in the same '
                               'lookbehind subpattern', pos)

    def char_escape(self, c, start):
        """Escapes producing one character (shared with classes)."""
        src = self.src
        if c in _ESCAPES and c != 'b':
            return _ESCAPES[c]
        if c == 'x':
            h = src[self.pos:self.pos + 2]
            good = ''
            for x in h:
                if x not in _HEX:
                    break
                good += x
            if len(good) < 2:
                raise self.err('incomplete escape \\x%s' % good, start)
            self.pos += 2
            return chr(int(h, 16))
        if c in 'uU' and not self.is_bytes:
            n = 4 if c == 'u' else 8
            h = src[self.pos:self.pos + n]
            good = ''
            for x in h:
                if x not in _HEX:
                    break
                good += x
            if len(good) < n:
                raise self.err('incomplete escape \\%s%s' % (c, good), start)
            self.pos += n
            v = int(h, 16)
            if v > 0x10ffff:
                raise self.err('bad escape \\%s%s' % (c, h), start)
            return chr(v)
        if c == 'N' and not self.is_bytes:
            raise self.err('\\N{...} escapes are not supported by pyx re',
                           start)
        return None

    def parse_class(self):
        src = self.src
        start = self.pos
        self.pos += 1
        negated = False
        if self.peek() == '^':
            negated = True
            self.pos += 1
        cs = _CharSet(negated, self.icase(), self.ascii())
        first = True
        while True:
            if self.pos >= len(src):
                raise self.err('unterminated character set', start)
            c = src[self.pos]
            if c == ']' and not first:
                self.pos += 1
                break
            first = False
            itempos = self.pos
            lo = self.class_item()
            if self.peek() == '-' and self.pos + 1 < len(src) and \
                    src[self.pos + 1] != ']':
                self.pos += 1
                hipos = self.pos
                hi = self.class_item()
                if not isinstance(lo, str) or not isinstance(hi, str):
                    text = src[itempos:self.pos]
                    raise self.err('bad character range %s' % text, itempos)
                if hi < lo:
                    raise self.err('bad character range %s'
                                   % src[itempos:self.pos], itempos)
                cs.ranges.append((lo, hi))
                del hipos
            elif isinstance(lo, str):
                cs.chars.add(lo)
            else:
                cs.cats.append(lo)
        return ('set', cs)

    def class_item(self):
        """One class member: a character (str) or a (fn, neg) category."""
        src = self.src
        if self.pos >= len(src):
            raise self.err('unterminated character set', self.pos)
        c = src[self.pos]
        start = self.pos
        self.pos += 1
        if c != '\\':
            return c
        if self.pos >= len(src):
            raise self.err('unterminated character set', start - 1)
        c = src[self.pos]
        self.pos += 1
        if c in _CATEGORIES:
            fu, fa, neg = _CATEGORIES[c]
            return (fa if self.ascii() else fu, neg)
        if c == 'b':
            return '\b'
        if c in _OCT:
            v = c
            while len(v) < 3 and self.pos < len(src) and \
                    src[self.pos] in _OCT:
                v += src[self.pos]
                self.pos += 1
            code = int(v, 8)
            if code > 0o377:
                raise self.err('octal escape value \\%s outside of range '
                               '0-0o377' % v, start)
            return chr(code)
        if c in _DIGITS:
            raise self.err('bad escape \\%s' % c, start)
        ch = self.char_escape(c, start)
        if ch is not None:
            return ch
        if c in _ASCII_LETTERS:
            raise self.err('bad escape \\%s' % c, start)
        return c

    def parse_flags(self, start):
        """After '(?': inline flags.  Returns a node or None (global)."""
        src = self.src
        on = 0
        off = 0
        while self.pos < len(src) and src[self.pos] in _FLAG_CHARS:
            ch = src[self.pos]
            self.pos += 1
            on |= _FLAG_CHARS[ch]
            self.check_flag(ch, on)
        if self.pos >= len(src):
            raise self.err('missing -, : or )', self.pos)
        c = src[self.pos]
        if c == ')':
            self.pos += 1
            if not self.global_ok:
                raise self.err('global flags not at the start of the '
                               'expression', start)
            self.flags |= on
            return None
        if c == '-':
            self.pos += 1
            if self.pos >= len(src):
                raise self.err('missing flag', self.pos)
            if src[self.pos] not in _FLAG_CHARS:
                msg = 'missing flag' if not src[self.pos].isalpha() else \
                    'unknown flag'
                raise self.err(msg, self.pos)
            while self.pos < len(src) and src[self.pos] in _FLAG_CHARS:
                ch = src[self.pos]
                self.pos += 1
                if ch in 'aLu':
                    raise self.err("bad inline flags: cannot turn off flags "
                                   "'a', 'u' and 'L'", self.pos)
                off |= _FLAG_CHARS[ch]
                if on & off:
                    raise self.err('bad inline flags: flag turned on and '
                                   'off', self.pos)
            if self.pos >= len(src):
                raise self.err('missing :', self.pos)
            c = src[self.pos]
            if c != ':':
                if c.isalpha():
                    raise self.err('unknown flag', self.pos)
                raise self.err('missing :', self.pos)
        if c != ':':
            if c.isalpha():
                raise self.err('unknown flag', self.pos)
            raise self.err('missing -, : or )', self.pos)
        self.pos += 1
        self.global_ok = False
        saved = self.flags
        newflags = (self.flags | on) & ~off
        if on & 256:
            newflags &= ~32
        if on & 32:
            newflags &= ~256
        self.flags = newflags
        body = self.parse_alt()
        self.flags = saved
        self.expect_close(start)
        return ('group', None, body)

    def check_flag(self, ch, on):
        if ch == 'L' and not self.is_bytes:
            raise self.err("bad inline flags: cannot use 'L' flag with a "
                           "str pattern", self.pos)
        if ch == 'u' and self.is_bytes:
            raise self.err("bad inline flags: cannot use 'u' flag with a "
                           "bytes pattern", self.pos)
        if bin(on & (4 | 32 | 256)).count('1') > 1:
            raise self.err("bad inline flags: flags 'a', 'u' and 'L' are "
                           "incompatible", self.pos)

    def expect_close(self, start):
        if self.peek() != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.pos += 1

    def read_name(self, terminator, start_pos):
        src = self.src
        end = src.find(terminator, self.pos)
        if end < 0 and self.pos >= len(src):
            # Nothing after the opening bracket at all.
            raise self.err('missing group name', self.pos)
        if end < 0:
            raise self.err('missing %s, unterminated name' % terminator,
                           self.pos)
        name = src[self.pos:end]
        if not name:
            raise self.err('missing group name', self.pos)
        namepos = self.pos
        self.pos = end + 1
        return name, namepos

    def parse_group(self):
        src = self.src
        start = self.pos
        self.pos += 1
        if self.peek() != '?':
            gid = self.open_group(None, start)
            body = self.parse_alt()
            self.expect_close(start)
            self.close_group(gid)
            return ('group', gid, body)
        self.pos += 1
        if self.pos >= len(src):
            raise self.err('unexpected end of pattern', self.pos)
        c = src[self.pos]
        if c not in _FLAG_CHARS and c not in '-#':
            self.global_ok = False
        if c == ':':
            self.pos += 1
            body = self.parse_alt()
            self.expect_close(start)
            return ('group', None, body)
        if c == 'P':
            self.pos += 1
            if self.pos >= len(src):
                raise self.err('unexpected end of pattern', self.pos)
            c = src[self.pos]
            if c == '<':
                self.pos += 1
                name, namepos = self.read_name('>', start)
                self.checkgroupname(name, namepos)
                gid = self.open_group(name, namepos)
                body = self.parse_alt()
                self.expect_close(start)
                self.close_group(gid)
                return ('group', gid, body)
            if c == '=':
                self.pos += 1
                name, namepos = self.read_name(')', start)
                self.checkgroupname(name, namepos)
                gid = self.groupdict.get(name)
                if gid is None:
                    raise self.err('unknown group name %r' % name, namepos)
                if gid in self.open_groups:
                    raise self.err('cannot refer to an open group', namepos)
                self.check_lookbehind_ref(gid, namepos)
                return ('backref', gid, self.icase(), self.ascii())
            raise self.err('unknown extension ?P' + c, start + 1)
        if c == '#':
            end = src.find(')', self.pos)
            if end < 0:
                raise self.err('missing ), unterminated comment', start)
            self.pos = end + 1
            return None
        if c in '=!':
            self.pos += 1
            body = self.parse_alt()
            self.expect_close(start)
            return ('look', False, c == '!', body)
        if c == '<':
            self.pos += 1
            if self.pos >= len(src):
                raise self.err('unexpected end of pattern', self.pos)
            c2 = src[self.pos]
            if c2 not in '=!':
                raise self.err('unknown extension ?<' + c2, start + 1)
            self.pos += 1
            saved = self.lookbehind_groups
            if saved is None:
                self.lookbehind_groups = self.groups
            body = self.parse_alt()
            self.lookbehind_groups = saved
            self.expect_close(start)
            width = _fixed_width(body)
            if width is None:
                raise error('look-behind requires fixed-width pattern')
            return ('lookbehind', c2 == '!', body, width)
        if c == '>':
            self.pos += 1
            body = self.parse_alt()
            self.expect_close(start)
            return ('atomic', body)
        if c == '(':
            self.pos += 1
            end = src.find(')', self.pos)
            if end < 0 and self.pos >= len(src):
                raise self.err('missing group name', self.pos)
            if end < 0:
                raise self.err('missing ), unterminated name', self.pos)
            name = src[self.pos:end]
            namepos = self.pos
            if not name:
                raise self.err('missing group name', namepos)
            self.pos = end + 1
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid == 0:
                    raise self.err('bad group number', namepos)
                if gid >= MAXGROUPS:
                    raise self.err('invalid group reference %d' % gid,
                                   namepos)
                self.grouprefpos.setdefault(gid, namepos)
            else:
                self.checkgroupname(name, namepos)
                gid = self.groupdict.get(name)
                if gid is None:
                    raise self.err('unknown group name %r' % name, namepos)
            yes = self.parse_seq()
            no = None
            if self.peek() == '|':
                self.pos += 1
                no = self.parse_seq()
                if self.peek() == '|':
                    raise self.err('conditional backref with more than two '
                                   'branches', self.pos)
            self.expect_close(start)
            return ('cond', gid, yes, no)
        if c in _FLAG_CHARS or c == '-':
            return self.parse_flags(start)
        raise self.err('unknown extension ?' + c, start + 1)

    def open_group(self, name, pos):
        gid = self.groups
        self.groups += 1
        if self.groups > MAXGROUPS:
            raise self.err('too many groups', pos)
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise self.err('redefinition of group name %r as group %d; '
                               'was group %d' % (name, gid, old), pos)
            self.groupdict[name] = gid
        self.open_groups.append(gid)
        return gid

    def close_group(self, gid):
        self.open_groups.remove(gid)


def _fixed_width(node):
    """Width of a node if every match has the same length, else None."""
    kind = node[0]
    if kind in ('lit', 'lit_i', 'any', 'set'):
        return 1
    if kind in ('at', 'empty', 'look', 'lookbehind'):
        return 0
    if kind == 'cat':
        total = 0
        for n in node[1]:
            w = _fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = {_fixed_width(n) for n in node[1]}
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind in ('group',):
        return _fixed_width(node[2])
    if kind == 'atomic':
        return _fixed_width(node[1])
    if kind == 'rep':
        if node[1] != node[2]:
            return None
        w = _fixed_width(node[4])
        return None if w is None else w * node[1]
    if kind == 'cond':
        a = _fixed_width(node[2])
        b = _fixed_width(node[3]) if node[3] is not None else 0
        return a if a == b else None
    return None


# ---------------------------------------------------------------- compiler
#
# The node tree compiles to the flat int program that _pyx_sre runs (its
# module documentation lists the instructions) plus a list of character
# sets, each (chars, ranges, categories, negated, icase, ascii).

_OP_MATCH, _OP_CHAR, _OP_SET, _OP_ANY, _OP_ANYNL, _OP_SPLIT = 0, 1, 2, 3, 4, 5
_OP_JMP, _OP_SAVE, _OP_AT, _OP_BACKREF, _OP_LOOK, _OP_LOOKBEHIND = \
    7, 8, 9, 10, 11, 12
_OP_ATOMIC, _OP_COND, _OP_STAR, _OP_REPSTART, _OP_REPEAT = 13, 14, 15, 16, 17
_AT_KINDS = {'bos': 0, 'eos': 1, 'eos_nl': 2, 'bol_m': 3, 'eol_m': 4,
             'bound_u': 5, 'nbound_u': 6, 'bound_a': 7, 'nbound_a': 8}
_CAT_CODES = {_is_digit_u: 0, _is_digit_a: 1, _is_word_u: 2, _is_word_a: 3,
              _is_space_u: 4, _is_space_a: 5}


class _Compiler:
    def __init__(self):
        self.nregs = 0
        self.sets = []

    def compile(self, node):
        code = []
        self.emit(node, code)
        code.append(_OP_MATCH)
        return code

    def set_index(self, cs):
        ranges = []
        for lo, hi in cs.ranges:
            ranges.append(ord(lo))
            ranges.append(ord(hi))
        cats = []
        for fn, neg in cs.cats:
            cats.append(_CAT_CODES[fn])
            cats.append(1 if neg else 0)
        self.sets.append((''.join(cs.chars), ranges, cats, cs.negated,
                          cs.icase, cs.ascii))
        return len(self.sets) - 1

    def chars_index(self, chars):
        self.sets.append((''.join(chars), [], [], False, False, False))
        return len(self.sets) - 1

    def single(self, node):
        """(kind, arg) of a one-character matcher, or None."""
        while node[0] == 'group' and node[1] is None:
            node = node[2]      # (?:x) repeats as x does
        kind = node[0]
        if kind == 'lit':
            return 0, ord(node[1])
        if kind == 'lit_i':
            return 1, self.chars_index(node[1])
        if kind == 'any':
            return (2, 0) if node[1] else (3, 0)
        if kind == 'set':
            return 1, self.set_index(node[1])
        return None

    def sub(self, node, code):
        """Emit node as a sub-program ending in MATCH; its length."""
        start = len(code)
        self.emit(node, code)
        code.append(_OP_MATCH)
        return len(code) - start

    def emit(self, node, code):
        kind = node[0]
        if kind == 'lit':
            code += (_OP_CHAR, ord(node[1]))
        elif kind == 'lit_i':
            code += (_OP_SET, self.chars_index(node[1]))
        elif kind == 'any':
            code.append(_OP_ANY if node[1] else _OP_ANYNL)
        elif kind == 'set':
            code += (_OP_SET, self.set_index(node[1]))
        elif kind == 'empty':
            pass
        elif kind == 'cat':
            for n in node[1]:
                self.emit(n, code)
        elif kind == 'alt':
            jumps = []
            branches = node[1]
            for i, b in enumerate(branches):
                if i < len(branches) - 1:
                    split = len(code)
                    code += (_OP_SPLIT, split + 3, 0)
                    self.emit(b, code)
                    jumps.append(len(code) + 1)
                    code += (_OP_JMP, 0)
                    code[split + 2] = len(code)
                else:
                    self.emit(b, code)
            for j in jumps:
                code[j] = len(code)
        elif kind == 'group':
            gid = node[1]
            if gid is None:
                self.emit(node[2], code)
            else:
                code += (_OP_SAVE, 2 * gid)
                self.emit(node[2], code)
                code += (_OP_SAVE, 2 * gid + 1)
        elif kind == 'at':
            code += (_OP_AT, _AT_KINDS[node[1]])
        elif kind == 'backref':
            code += (_OP_BACKREF, node[1], 1 if node[2] else 0,
                     1 if node[3] else 0)
        elif kind == 'look':
            at = len(code)
            code += (_OP_LOOK, 1 if node[2] else 0, 0)
            code[at + 2] = self.sub(node[3], code)
        elif kind == 'lookbehind':
            at = len(code)
            code += (_OP_LOOKBEHIND, 1 if node[1] else 0, node[3], 0)
            code[at + 3] = self.sub(node[2], code)
        elif kind == 'atomic':
            at = len(code)
            code += (_OP_ATOMIC, 0)
            code[at + 1] = self.sub(node[1], code)
        elif kind == 'cond':
            pc = len(code)
            code += (_OP_COND, node[1], 0)
            self.emit(node[2], code)
            if node[3] is not None:
                j = len(code)
                code += (_OP_JMP, 0)
                code[pc + 2] = len(code)
                self.emit(node[3], code)
                code[j + 1] = len(code)
            else:
                code[pc + 2] = len(code)
        elif kind == 'rep':
            self.emit_rep(node, code)
        else:
            raise AssertionError(kind)

    def emit_rep(self, node, code):
        _, lo, hi, mode, body, _ = node
        if mode == 'possessive':
            inner = ('rep', lo, hi, 'greedy', body, False)
            self.emit(('atomic', inner), code)
            return
        m = self.single(body)
        if m is not None:
            code += (_OP_STAR, m[0], m[1], lo, hi,
                     1 if mode == 'greedy' else 0)
            return
        if hi == 1 and lo == 0:
            split = len(code)
            code += (_OP_SPLIT, 0, 0)
            self.emit(body, code)
            if mode == 'greedy':
                code[split + 1] = split + 3
                code[split + 2] = len(code)
            else:
                code[split + 1] = len(code)
                code[split + 2] = split + 3
            return
        if lo == hi and lo <= 3 and _simple_size(body) <= 8:
            for _ in range(lo):
                self.emit(body, code)
            return
        r = self.nregs
        self.nregs += 1
        code += (_OP_REPSTART, r)
        loop = len(code)
        code += (_OP_REPEAT, r, lo, hi, 1 if mode == 'greedy' else 0, 0, 0)
        body_pc = len(code)
        self.emit(body, code)
        code += (_OP_JMP, loop)
        code[loop + 5] = body_pc
        code[loop + 6] = len(code)


def _simple_size(node):
    kind = node[0]
    if kind in ('cat', 'alt'):
        return sum(_simple_size(n) for n in node[1]) + 1
    if kind == 'group':
        return 2 + _simple_size(node[2])
    if kind == 'rep':
        return 10 + _simple_size(node[4])
    return 1


# ------------------------------------------------------------ Pattern/Match

class Pattern:
    """Compiled regular expression."""

    def __init__(self, pattern, flags, prog, groups, groupindex, is_bytes):
        self.pattern = pattern
        self.flags = flags
        self._prog = prog
        self.groups = groups
        self._groupindex = groupindex
        self._is_bytes = is_bytes

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        names = []
        if not self._is_bytes:
            flags &= ~32
        for bit, name in ((1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'),
                          (8, 'MULTILINE'), (16, 'DOTALL'), (32, 'UNICODE'),
                          (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')):
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if names:
            return 're.compile(%s, %s)' % (p, '|'.join(names))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    # -- matching

    def _text(self, string):
        if self._is_bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like '
                                'object')
            if isinstance(string, (bytes, bytearray)):
                # Direct: pyx has no memoryview yet, and these two are by
                # far the common buffers.
                return string.decode('latin-1')
            try:
                return bytes(memoryview(string)).decode('latin-1')
            except TypeError:
                raise TypeError("expected string or bytes-like object, got "
                                "'%s'" % type(string).__name__) from None
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like '
                                'object')
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return string

    def _bounds(self, text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        if pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        if endpos < pos:
            endpos = pos
        return pos, endpos

    def _run(self, text, pos, endpos, mode, must_advance=False):
        """Native match: mode 0 match, 1 fullmatch, 2 search."""
        caps = self._prog.run(text, pos, endpos, mode, must_advance,
                              STEP_LIMIT)
        if caps is _OUT_OF_STEPS:
            _step_limit()
        return caps

    def _find(self, string, pos, endpos, mode):
        """match (mode 0), fullmatch (1) or search (2): a Match or None."""
        if pos == 0 and endpos is None and string.__class__ is str \
                and not self._is_bytes:
            # The common call, straight to the matcher (the text needs no
            # conversion and the bounds are the whole of it).
            caps = self._prog.run(string, 0, None, mode, False, STEP_LIMIT)
            if caps is None:
                return None
            if caps is _OUT_OF_STEPS:
                _step_limit()
            return Match(self, string, string, caps, 0, len(string))
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        caps = self._run(text, pos, endpos, mode)
        return None if caps is None else \
            Match(self, string, text, caps, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        """Match at the start of string (from pos)."""
        return self._find(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        """Match the whole of string (from pos to endpos)."""
        return self._find(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        """First match anywhere in string."""
        return self._find(string, pos, endpos, 2)

    def _all(self, text, pos, endpos, count=0):
        """Caps of the successive non-overlapping matches (at most count
        when > 0), found natively in one call."""
        found = self._prog.all(text, pos, endpos, count, STEP_LIMIT)
        if found is _OUT_OF_STEPS:
            _step_limit()
        return found

    def finditer(self, string, pos=0, endpos=None):
        """Iterator of Match objects for all non-overlapping matches."""
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        sc = self._prog.scanner(text, pos, endpos)
        batch = 1
        while True:
            found = sc.next(batch, STEP_LIMIT)
            if found is _OUT_OF_STEPS:
                _step_limit()
            for caps in found:
                yield Match(self, string, text, caps, pos, endpos)
            if len(found) < batch:
                return
            if batch < 64:
                batch *= 2

    def findall(self, string, pos=0, endpos=None):
        """List of all non-overlapping matches (groups when the pattern
        has them)."""
        out = []
        conv = self._conv
        text = self._text(string)
        pos, endpos = self._bounds(text, pos, endpos)
        for caps in self._all(text, pos, endpos):
            if self.groups == 0:
                out.append(conv(text[caps[0]:caps[1]]))
            else:
                vals = []
                for g in range(1, self.groups + 1):
                    a, b = caps[2 * g], caps[2 * g + 1]
                    vals.append(conv(text[a:b]) if a >= 0 and b >= 0
                                else conv(''))
                out.append(vals[0] if self.groups == 1 else tuple(vals))
        return out

    def _conv(self, s):
        if self._is_bytes:
            return s.encode('latin-1')
        return s

    def _piece(self, r, out):
        """Replacement `r` as matcher text. A wrong type fails as CPython's
        join of the pieces in `out` does."""
        if self._is_bytes:
            if isinstance(r, (bytes, bytearray)):
                return r.decode('latin-1')
            what = 'a bytes-like object'
        else:
            if isinstance(r, str):
                return r
            what = 'str instance'
        raise TypeError('sequence item %d: expected %s, %s found'
                        % (sum(1 for x in out if x), what, type(r).__name__))

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern."""
        text = self._text(string)
        if maxsplit < 0:
            return [self._conv(text)]
        out = []
        last = 0
        n = 0
        conv = self._conv
        for caps in self._all(text, 0, len(text), maxsplit):
            out.append(conv(text[last:caps[0]]))
            for g in range(1, self.groups + 1):
                a, b = caps[2 * g], caps[2 * g + 1]
                out.append(conv(text[a:b]) if a >= 0 and b >= 0 else None)
            last = caps[1]
            n += 1
        out.append(conv(text[last:]))
        return out

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        text = self._text(string)
        if callable(repl):
            func = repl
            literal = None
        else:
            # As CPython: the template parser reads bytes as latin-1 and
            # refuses non-buffers; a replacement of the wrong type fails
            # only when a substitution joins it in (see _piece).
            if isinstance(repl, str):
                rtext = repl
            elif isinstance(repl, (bytes, bytearray)):
                rtext = repl.decode('latin-1')
            else:
                raise TypeError('decoding to str: need a bytes-like object, '
                                '%s found' % type(repl).__name__)
            if '\\' not in rtext:
                if text.__class__ is str and repl.__class__ is str \
                        and not self._is_bytes and count >= 0:
                    # All in the matcher: no Python-level loop.
                    r = self._prog.sub(text, repl, count, STEP_LIMIT)
                    if r is _OUT_OF_STEPS:
                        _step_limit()
                    return r
                literal = repl
                func = None
            else:
                items = _parse_template(rtext, self, repl)
                literal = None

                def func(m, items=items):
                    return _expand_items(items, m)
                func._template = True
        if count < 0:
            return self._conv(text), 0
        out = []
        last = 0
        n = 0
        for caps in self._all(text, 0, len(text), count):
            out.append(text[last:caps[0]])
            if literal is not None:
                out.append(self._piece(literal, out))
            else:
                m = Match(self, string, text, caps, 0, len(text))
                r = func(m)
                if getattr(func, '_template', False):
                    out.append(r)
                elif r is not None:
                    out.append(self._piece(r, out))
            last = caps[1]
            n += 1
        out.append(text[last:])
        return self._conv(''.join(out)), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a
        function of the Match)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def search(self):
        return next(self._it, None)

    def match(self):
        m = self.search()
        if m is None or m.start() != self._pos:
            self._it = iter(())
            return None
        self._pos = m.end() if m.end() != m.start() else m.end() + 1
        return m


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, text, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text
        self._caps = caps
        self.pos = pos
        self.endpos = endpos

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (
            self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def _index(self, g):
        if isinstance(g, (str, bytes)):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                i = -1
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, g, default=None):
        i = self._index(g)
        a, b = self._caps[2 * i], self._caps[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.re._conv(self._text[a:b])

    def group(self, *groups):
        """group(0) is the whole match; one value or a tuple."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default)
                     for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default)
                for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        i = self._index(group)
        a, b = self._caps[2 * i], self._caps[2 * i + 1]
        return a if b >= 0 else -1

    def end(self, group=0):
        i = self._index(group)
        a, b = self._caps[2 * i], self._caps[2 * i + 1]
        return b if a >= 0 else -1

    def span(self, group=0):
        return (self.start(group), self.end(group))

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        li = self._caps[-1]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        """Substitute group references into template (as sub() does)."""
        if self.re._is_bytes:
            t = bytes(template).decode('latin-1')
        else:
            t = template
        items = _parse_template(t, self.re, template)
        r = _expand_items(items, self)
        return self.re._conv(r) if self.re._is_bytes else r


# --------------------------------------------------------------- templates

def _parse_template(t, pattern, original):
    """Parse a replacement template into [str | int group] items."""
    items = []
    lit = []
    i = 0
    n = len(t)

    def err(msg, pos):
        return error(msg, original, pos)

    while i < n:
        c = t[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = t[i]
        i += 1
        if c == 'g':
            if i >= n or t[i] != '<':
                raise err('missing <', i)
            close = t.find('>', i + 1)
            if close < 0 and i + 1 >= n:
                raise err('missing group name', i + 1)
            if close < 0:
                raise err('missing >, unterminated name', i + 1)
            name = t[i + 1:close]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid >= MAXGROUPS or gid > pattern.groups:
                    raise err('invalid group reference %d' % gid, i + 1)
            else:
                if not name.isidentifier():
                    raise err('bad character in group name %r' % name,
                              i + 1)
                if name not in pattern._groupindex:
                    raise IndexError('unknown group name %r' % name)
                gid = pattern._groupindex[name]
            i = close + 1
        elif c == '0':
            v = c
            while len(v) < 3 and i < n and t[i] in _OCT:
                v += t[i]
                i += 1
            lit.append(chr(int(v, 8)))
            continue
        elif c in _DIGITS:
            v = c
            if i < n and t[i] in _DIGITS:
                v += t[i]
                i += 1
                if (v[0] in _OCT and v[1] in _OCT and i < n and
                        t[i] in _OCT):
                    v += t[i]
                    i += 1
                    code = int(v, 8)
                    if code > 0o377:
                        raise err('octal escape value \\%s outside of range '
                                  '0-0o377' % v, start)
                    lit.append(chr(code))
                    continue
            gid = int(v)
            if gid > pattern.groups:
                raise err('invalid group reference %d' % gid, start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            raise err('bad escape \\%s' % c, start)
        else:
            lit.append('\\' + c)
            continue
        if lit:
            items.append(''.join(lit))
            lit = []
        items.append(gid)
    if lit:
        items.append(''.join(lit))
    return items


def _expand_items(items, m):
    out = []
    for it in items:
        if isinstance(it, int):
            a, b = m._caps[2 * it], m._caps[2 * it + 1]
            if a >= 0 and b >= 0:
                out.append(m._text[a:b])
        else:
            out.append(it)
    return ''.join(out)


# -------------------------------------------------------------- module API

_cache = {}
_MAXCACHE = 512


def _literal_prefix(node):
    """A case-sensitive literal every match starts with ('' if none)."""
    out = []
    items = node[1] if node[0] == 'cat' else [node]
    for n in items:
        if n[0] == 'lit':
            out.append(n[1])
        else:
            break
    return ''.join(out)


def _first_is_bos(node):
    while True:
        if node[0] == 'cat':
            node = node[1][0]
        elif node[0] == 'group':
            node = node[2]
        else:
            break
    return node == ('at', 'bos')


def _compile(pattern, flags):
    # A pattern seen before (the key is the one stored below: a RegexFlag
    # equals and hashes as its int).
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled '
                             'pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    is_bytes = isinstance(pattern, bytes)
    p = _Parser(pattern, flags)
    node = p.parse()
    # As CPython, the flags are checked once parsed: the argument's together
    # with the pattern's global inline flags.
    _check_flags(p.flags, is_bytes)
    for gid, gpos in p.grouprefpos.items():
        if gid >= p.groups:
            raise error('invalid group reference %d' % gid, pattern, gpos)
    final_flags = p.flags
    if not is_bytes and not final_flags & 256:
        final_flags |= 32
    comp = _Compiler()
    code = comp.compile(node)
    groupindex = dict(p.groupdict)
    prefix = _literal_prefix(node)
    anchored = _first_is_bos(node)
    prog = _sre.compile(code, comp.sets, 2 * p.groups + 1, comp.nregs,
                        prefix, anchored)
    pat = Pattern(pattern, final_flags, prog, p.groups - 1, groupindex,
                  is_bytes)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = pat
    return pat


def _check_flags(flags, is_bytes):
    if is_bytes:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 256 and flags & 4:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Match pattern at the start of string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match pattern against all of string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """First match of pattern anywhere in string; a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the non-overlapping matches of pattern in string by repl."""
    return _compile(pattern, flags).subn(repl, string, count)[0]


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), returning (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the occurrences of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """List of all non-overlapping matches in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


class Scanner:
    """A lexer over a list of (pattern, action) pairs (undocumented in
    CPython, used by its tests): `scan(string)` matches the patterns, in
    order of preference, at successive positions and collects what each
    action returns (an action None drops the token, a callable is called
    with the scanner and the matched text)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._group_of = []
        group = 1
        for phrase, action in lexicon:
            inner = compile(phrase, flags)
            parts.append('(%s)' % (phrase,))
            self._group_of.append(group)
            group += 1 + inner.groups
        self.scanner = compile('|'.join(parts), flags)
        self.match = None

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.match
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            index = 0
            for k, g in enumerate(self._group_of):
                if m.start(g) != -1:
                    index = k
                    break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    return _compile(pattern, flags | 1)


_SPECIAL_CHARS = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape the special characters of a string (or bytes)."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_SPECIAL_CHARS).encode('latin1')
