"""The two parsers `string.Formatter` is built on, written for pyx:
`formatter_parser` splits a format string into its pieces and
`formatter_field_name_split` splits a field name into its first part and
its `.attr` / `[key]` accessors. Errors are CPython's."""


def formatter_parser(format_string):
    """Iterate (literal_text, field_name, format_spec, conversion) over
    FORMAT_STRING; the last three are None for trailing literal text."""
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    return iter(_parse(format_string))


def _parse(s):
    out = []
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{' or c == '}':
            if i + 1 < n and s[i + 1] == c:
                # An escaped brace ends the literal chunk it belongs to.
                literal.append(c)
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            name, conversion, spec, i = _parse_field(s, i + 1)
            out.append((''.join(literal), name, spec, conversion))
            literal = []
        else:
            literal.append(c)
            i += 1
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


def _parse_field(s, i):
    """Parse the field starting after its '{' at I: (name, conversion,
    spec, index after the closing '}')."""
    n = len(s)
    start = i
    while i < n:
        c = s[i]
        if c == '[':
            # Anything, braces included, up to the matching ']'.
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                break
            i += 1
            continue
        if c in '}:!':
            break
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name = s[start:i]
    conversion = None
    if s[i] == '}':
        return name, None, '', i + 1
    if s[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] == '}':
            return name, conversion, '', i + 1
        if s[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    # s[i] == ':': the spec runs to the '}' that balances the field's '{'.
    i += 1
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, s[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def formatter_field_name_split(field_name):
    """(first, rest): FIRST is an int when it is all digits, REST iterates
    (is_attribute, key) for each `.name` and `[key]` after it."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
            i = j
        elif c == '[':
            j = field_name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
