"""Common string constants, Template and Formatter (pyx)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions.

    The default syntax ($$, $name, ${name}) is scanned by hand; a subclass
    that overrides ``pattern``, ``idpattern``, ``braceidpattern`` or
    ``flags`` gets the regular-expression machinery of CPython's Template
    (compiled with ``re`` on first use)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2           # re.IGNORECASE
    _custom = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        if any(k in cls.__dict__ for k in ('pattern', 'idpattern',
                                           'braceidpattern', 'flags')):
            cls._custom = True

    @classmethod
    def _regex(cls):
        compiled = cls.__dict__.get('_compiled')
        if compiled is not None:
            return compiled
        import re
        if 'pattern' in cls.__dict__ and not isinstance(cls.pattern, str) \
                and hasattr(cls.pattern, 'finditer'):
            compiled = cls.pattern
        else:
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                ident = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = (r"""
                %s(?:
                  (?P<escaped>%s)  |
                  (?P<named>%s)    |
                  {(?P<braced>%s)} |
                  (?P<invalid>)
                )""" % (delim, delim, ident, bid))
            compiled = re.compile(pattern, (cls.flags or 0) | re.VERBOSE)
        cls._compiled = compiled
        cls.pattern = compiled
        return compiled

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, text, start) pieces: ('text', s), ('escaped', d),
        ('named', name), ('invalid', None)."""
        t = self.template
        d = self.delimiter
        if type(self)._custom:
            yield from self._scan_regex(t, d)
            return
        n = len(t)
        i = 0
        while i < n:
            j = t.find(d, i)
            if j < 0:
                yield ('text', t[i:], i)
                return
            if j > i:
                yield ('text', t[i:j], i)
            k = j + len(d)
            if t.startswith(d, k):
                yield ('escaped', d, j)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and _is_id_start(t[m]):
                    e = m + 1
                    while e < n and _is_id_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        yield ('named', t[m:e], j)
                        i = e + 1
                        continue
                yield ('invalid', None, j)
                i = k
                continue
            if k < n and _is_id_start(t[k]):
                e = k + 1
                while e < n and _is_id_char(t[e]):
                    e += 1
                yield ('named', t[k:e], j)
                i = e
                continue
            yield ('invalid', None, j)
            i = k

    def _scan_regex(self, t, d):
        last = 0
        for mo in self._regex().finditer(t):
            if mo.start() > last:
                yield ('text', t[last:mo.start()], last)
            last = mo.end()
            gd = mo.groupdict()
            named = gd.get('named')
            if named is None:
                named = gd.get('braced')
            if named is not None:
                yield ('named', named, mo.start(), mo.group())
            elif gd.get('escaped') is not None:
                yield ('escaped', d, mo.start())
            elif gd.get('invalid') is not None:
                yield ('invalid', mo.group(), mo.start('invalid') - len(d))
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        if last < len(t):
            yield ('text', t[last:], last)

    def _invalid(self, pos):
        pos += len(self.delimiter)
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for kind, text, pos, *_ in self._scan():
            if kind == 'named':
                out.append(str(mapping[text]))
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        t = self.template
        for kind, text, pos, *whole in self._scan():
            if kind == 'named':
                try:
                    out.append(str(mapping[text]))
                except KeyError:
                    if whole:
                        out.append(whole[0])
                    elif t.startswith(self.delimiter + '{', pos):
                        out.append(self.delimiter + '{' + text + '}')
                    else:
                        out.append(self.delimiter + text)
            elif kind == 'invalid':
                out.append(text if type(self)._custom else self.delimiter)
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, pos, *_ in self._scan():
            # Invalid placeholders are skipped, as CPython 3.11 does.
            if kind == 'named':
                if text not in ids:
                    ids.append(text)
        return ids


class _ChainLookup:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


def _parse_format(s):
    """Split a format string into (literal, field_name, format_spec,
    conversion) tuples, like str.format's parser (_string.formatter_parser).
    """
    result = []
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                result.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # parse a field up to the matching '}'
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if j == i + 1 or depth:
                    raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # split name!conv:spec (the name part may contain [..])
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            conv = None
            spec = ''
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for '
                                     'conversion specifier')
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion '
                                     'specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            result.append((''.join(lit), name, spec, conv))
            lit = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                result.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        result.append((''.join(lit), None, None, None))
    return result


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])"""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in '
                                 'format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in '
                             'format field specifier')
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args,
                    recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
