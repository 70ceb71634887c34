"""Read and write CSV files (reader, writer, DictReader, DictWriter,
dialects), written for pyx from the documented behaviour of CPython's
csv module. `Sniffer` is not provided yet."""

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect", "__doc__", "__version__"]

__version__ = "1.0"
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """A validated, read-only set of dialect parameters."""

    __slots__ = ("_values",)

    def __reduce_ex__(self, protocol):
        # as CPython's _csv.Dialect: neither copied nor pickled
        raise TypeError("cannot pickle 'Dialect' instances")

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name in _ATTRS:
            if name in kwargs:
                values[name] = kwargs.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        if kwargs:
            bad = next(iter(kwargs))
            raise TypeError("'%s' is an invalid keyword argument for this function" % bad)
        quoting = values.get("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or isinstance(quoting, bool) and False:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        delimiter = _char("delimiter", values.get("delimiter", ","), False)
        quotechar = _char("quotechar", values.get("quotechar", '"'), True)
        escapechar = _char("escapechar", values.get("escapechar", None), True)
        lineterminator = values.get("lineterminator", "\r\n")
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if quotechar is None and quoting != QUOTE_NONE and "quotechar" in values \
                and values["quotechar"] is None and quoting != QUOTE_MINIMAL:
            raise TypeError("quotechar must be set if quoting enabled")
        self._values = {
            "delimiter": delimiter, "quotechar": quotechar, "escapechar": escapechar,
            "lineterminator": lineterminator, "quoting": quoting,
            "doublequote": bool(values.get("doublequote", True)),
            "skipinitialspace": bool(values.get("skipinitialspace", False)),
            "strict": bool(values.get("strict", False)),
        }

    def __getattr__(self, name):
        try:
            return object.__getattribute__(self, "_values")[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        if name == "_values":
            object.__setattr__(self, name, value)
        elif name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        else:
            raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.reader' object")

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._input = iter(csvfile)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect._values
        state = self._state
        eol = c is None
        crlf = c == "\n" or c == "\r"
        if state == _START_RECORD:
            if eol:
                return
            if crlf:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if crlf or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d["quotechar"] and d["quoting"] != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d["escapechar"]:
                self._state = _ESCAPED_CHAR
            elif c == " " and d["skipinitialspace"]:
                pass
            elif c == d["delimiter"]:
                self._save_field()
            else:
                if d["quoting"] == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if crlf:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if eol else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if eol:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if crlf or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif c == d["escapechar"]:
                self._state = _ESCAPED_CHAR
            elif c == d["delimiter"]:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if eol:
                pass
            elif c == d["escapechar"]:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d["quotechar"] and d["quoting"] != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d["doublequote"] else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if eol else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d["quoting"] != QUOTE_NONE and c == d["quotechar"]:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d["delimiter"]:
                self._save_field()
                self._state = _START_FIELD
            elif crlf or eol:
                self._save_field()
                self._state = _START_RECORD if eol else _EAT_CRNL
            elif not d["strict"]:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d["delimiter"], d["quotechar"]))
        elif state == _EAT_CRNL:
            if crlf:
                pass
            elif eol:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


class _Writer:
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.writer' object")

    def __init__(self, fileobj, dialect="excel", **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Dialect(dialect, **fmtparams)

    def _quote(self, field, quoted):
        d = self.dialect._values
        out = []
        lineterm = d["lineterminator"]
        for c in field:
            want_escape = False
            if (c == d["delimiter"] or c == d["escapechar"] or c == d["quotechar"]
                    or c in lineterm):
                if d["quoting"] == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d["quotechar"]:
                        if d["doublequote"]:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d["escapechar"]:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d["escapechar"] is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d["escapechar"])
            out.append(c)
        text = "".join(out)
        if quoted:
            q = d["quotechar"] or ""
            text = q + text + q
        return text

    def writerow(self, row):
        d = self.dialect._values
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        fields = []
        for field in items:
            if d["quoting"] == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex)) or isinstance(field, bool) and False
            elif d["quoting"] == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            fields.append(self._quote(text, quoted))
        if len(fields) == 1 and fields[0] == "":
            if d["quoting"] == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            q = d["quotechar"] or ""
            fields[0] = q + q
        return self._write(d["delimiter"].join(fields) + d["lineterminator"])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect="excel", **fmtparams):
    return _Writer(fileobj, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
