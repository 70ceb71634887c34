"""Extract, format and print exceptions and their tracebacks, as CPython
3.11's `traceback` module (written for pyx from CPython's documentation).

Built from what a traceback shows, never from frames: each traceback
entry's file display name, function name, line number and source line
come from the native `_pyx_where.tb_entry`, the span of the failing
expression (for the `^^^`/`~~^~~` markers under it) from
`_pyx_where.tb_position`, and `extract_stack` from `_pyx_where.caller`.
Differences from CPython, by design: `walk_tb`/`walk_stack` yield records
of a code's names and line in place of frames (there are no frame objects
to hand out), and `capture_locals` finds no locals in them (objects a
program builds itself that look like tracebacks and frames are read as
they are, locals included).
"""

import linecache
import sys
import textwrap

try:
    import _pyx_where
except ImportError:
    _pyx_where = None

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

class _Implicit:
    """The default of `value` and `tb`: shown as `<implicit>` in
    signatures, as CPython's."""

    def __repr__(self):
        return "<implicit>"


_sentinel = _Implicit()


def _source_line(filename, lineno):
    """The source line `lineno` of `filename`: the interpreter's own copy
    of the file's text, else what `linecache` holds (never the host's
    files); "" when neither has it."""
    if lineno is None:
        return ""
    line = None
    if _pyx_where is not None:
        try:
            line = _pyx_where.source_line(filename, lineno)
        except Exception:
            line = None
    if line is not None:
        # As linecache gives it, with its line break.
        return line + "\n"
    line = linecache.getline(filename, lineno)
    return line if line is not None else ""


try:
    raise Exception
except Exception as _e:
    _TracebackType = type(_e.__traceback__)
    del _e


def _code_position(code, lasti):
    """(lineno, end_lineno, colno, end_colno) of instruction `lasti` of a
    code-like object that offers `co_positions` (None each when unknown)."""
    if lasti is None or lasti < 0:
        return None, None, None, None
    try:
        positions = iter(code.co_positions())
        for _ in range(lasti // 2):
            next(positions)
        return tuple(next(positions))
    except Exception:
        return None, None, None, None


def _tb_entries(tb):
    """(filename, name, lineno, line, position, globals, locals) for each
    entry of traceback `tb`. A traceback of the interpreter's is read
    through `_pyx_where` (no globals or locals); any other object is read
    through its `tb_frame`, `tb_lineno` and `tb_next`, as CPython does."""
    while tb is not None:
        if _pyx_where is not None and type(tb) is _TracebackType:
            filename, name, _qualname, lineno, line = _pyx_where.tb_entry(tb)
            position = _pyx_where.tb_position(tb)
            if line is not None:
                line += "\n"
            yield filename, name, lineno, line, position, None, None
        else:
            frame = tb.tb_frame
            code = frame.f_code
            position = _code_position(code, getattr(tb, "tb_lasti", None))
            yield (code.co_filename, code.co_name, tb.tb_lineno, None, position,
                   getattr(frame, "f_globals", None), getattr(frame, "f_locals", None))
        tb = tb.tb_next


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    entries = list(entries)
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    return entries


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or 4-tuples) for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback `tb`."""
    return _summary_of_tb(tb, limit)


def _summary_of_tb(tb, limit, lookup_lines=True, capture_locals=False, klass=None):
    result = (klass or StackSummary)()
    for filename, name, lineno, line, position, f_globals, f_locals in _limited(_tb_entries(tb), limit):
        if f_globals:
            linecache.lazycache(filename, f_globals)
        _start, end_lineno, colno, end_colno = position or (lineno, None, None, None)
        result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                   locals=f_locals if capture_locals else None,
                                   line=line, end_lineno=end_lineno,
                                   colno=colno, end_colno=end_colno))
    if lookup_lines:
        for frame_summary in result:
            frame_summary.line
    return result


class _CodeInfo:
    """What a frame summary needs of a code object: its names."""

    __slots__ = ("co_filename", "co_name", "co_qualname")

    def __init__(self, filename, name, qualname):
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = qualname


class _FrameInfo:
    """Stands for a frame in walk_tb/walk_stack: the code's names and the
    line, never the frame's globals or locals (pyx has no frame objects;
    f_globals and f_locals are empty)."""

    __slots__ = ("f_code", "f_lineno", "f_globals", "f_locals", "f_back")

    def __init__(self, filename, name, qualname, lineno):
        self.f_code = _CodeInfo(filename, name, qualname)
        self.f_lineno = lineno
        self.f_globals = {}
        self.f_locals = {}
        self.f_back = None

    def _key(self):
        return (self.f_code.co_filename, self.f_code.co_qualname, self.f_lineno)

    def __eq__(self, other):
        if isinstance(other, _FrameInfo):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return "<frame info, file %r, line %s, code %s>" % (
            self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


def walk_tb(tb):
    """Yield (frame, lineno) for each traceback entry; pyx has no frame
    objects, so each frame is a record of the code's names and the line."""
    while tb is not None:
        if _pyx_where is not None:
            filename, name, qualname, lineno, _line = _pyx_where.tb_entry(tb)
        else:
            filename, name, qualname, lineno = "<unknown>", "<unknown>", "<unknown>", tb.tb_lineno
        yield _FrameInfo(filename, name, qualname, lineno), lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) for the active calls, newest first (frames as
    in walk_tb); `f` must be None. As CPython 3.11's walk_stack(None), the
    stack is read when iteration starts and begins four calls above this
    generator: in `StackSummary.extract(walk_stack(None))` that is
    extract's caller."""
    _check_no_frame(f)
    # _stack_entries is 0, this generator 1, the four above it 2 to 5.
    for filename, lineno, name in reversed(_stack_entries(5)):
        yield _FrameInfo(filename, name, name, lineno), lineno


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of
    strings, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f"<{what} {func.__name__}() failed>"


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _stack_entries(skip):
    """(filename, lineno, name) of the active calls, outermost first,
    leaving out the `skip` innermost Python frames (this function is 0)."""
    if _pyx_where is None:
        return []
    entries = []
    depth = skip
    info = _pyx_where.caller(depth)
    while info is not None:
        filename, lineno, _module, name = info
        if not filename.startswith("<frozen "):
            entries.append((filename, lineno, name))
        depth += 1
        info = _pyx_where.caller(depth)
    entries.reverse()
    return entries


def _check_no_frame(f):
    if f is not None:
        raise TypeError("pyx has no frame objects: f must be None")


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from the caller's point."""
    _check_no_frame(f)
    print_list(_extract_stack(limit, 3), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    _check_no_frame(f)
    return format_list(_extract_stack(limit, 3))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame: a
    StackSummary, oldest call first."""
    _check_no_frame(f)
    return _extract_stack(limit, 3)


def _extract_stack(limit, skip):
    entries = _stack_entries(skip)
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        # The `limit` newest calls.
        entries = entries[len(entries) - limit:] if limit > 0 else []
    result = StackSummary()
    for filename, lineno, name in entries:
        result.append(FrameSummary(filename, lineno, name))
    return result


def clear_frames(tb):
    """Clear all references to local variables in the frames of a
    traceback: pyx's tracebacks hold no frames, so nothing to do."""


class FrameSummary:
    """Information about a single frame from a traceback: filename,
    lineno, name, line and locals."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def _char_offset(text, byte_offset):
    """The character offset in `text` of UTF-8 byte offset `byte_offset`."""
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="replace"))


def _display_width(text, offset):
    """How many columns the first `offset` characters of `text` take on a
    fixed-width display: wide East Asian characters take two."""
    if text.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text[:offset])


def _marker_line(frame_summary):
    """The line of `^` (and `~`) markers under a frame summary's source
    line, after its four-space indent and without the line break; None
    when none is shown: when the position is unknown, or when the markers
    would cover the whole stripped line and single out no operator or
    brackets.

    The arithmetic is CPython 3.11's: the characters stripped from the
    line (its indent and trailing white space, line break included, as a
    line from linecache has one) are taken off one-based display
    columns."""
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return None
    original = frame_summary._original_line
    stripped = frame_summary.line
    stripped_chars = len(original) - len(stripped)
    start = _char_offset(original, frame_summary.colno)
    end = _char_offset(original, frame_summary.end_colno)
    segment = original[start:end]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        if _pyx_where is not None:
            try:
                anchors = _pyx_where.caret_anchors(segment)
            except Exception:
                anchors = None
    else:
        # The expression goes on below: mark to the end of this line.
        end = len(original.rstrip())
    singles_out = anchors is not None and anchors[1] > anchors[0]
    if not (end - start < len(stripped) or singles_out):
        return None
    dp_start = _display_width(original, start) + 1
    dp_end = _display_width(original, end) + 1
    if anchors is None:
        marks = "^" * (dp_end - dp_start)
    else:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        marks = "~" * left + "^" * (right - left) + "~" * (dp_end - dp_start - right)
    return " " * (dp_start - stripped_chars) + marks


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from (frame, lineno) pairs such as walk_tb
        and walk_stack give."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, lineno
        # The same depth of calls as CPython's extract, which walk_stack's
        # "four calls above" counts on.
        return klass._extract_from_frames(extended_frame_gen(), limit, lookup_lines, capture_locals)

    @classmethod
    def _extract_from_frames(klass, frame_gen, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = []
        for item in frame_gen:
            if limit is not None and 0 <= limit <= len(frames):
                break
            frames.append(item)
        if limit is not None and limit < 0:
            frames = frames[limit:]
        result = klass()
        for f, lineno in frames:
            filename = f.f_code.co_filename
            f_globals = getattr(f, "f_globals", None)
            if f_globals:
                linecache.lazycache(filename, f_globals)
            f_locals = getattr(f, "f_locals", None) if capture_locals else None
            result.append(FrameSummary(filename, lineno, f.f_code.co_name,
                                       lookup_line=False, locals=f_locals))
        if lookup_lines:
            for frame_summary in result:
                frame_summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or old-style
        (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line.strip()))
            marks = _marker_line(frame_summary)
            if marks is not None:
                row.append("    {}\n".format(marks))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        """Format the stack ready for printing: a list of strings, one per
        frame; long runs of the same frame are summarised."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = "|"
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + " "
        if isinstance(text_gen, str):
            yield textwrap.indent(text_gen, indent_str, lambda line: True)
        else:
            for text in text_gen:
                yield textwrap.indent(text, indent_str, lambda line: True)


class TracebackException:
    """An exception ready for rendering: its type, message, stack and
    chained exceptions captured as plain data."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _summary_of_tb(exc_traceback, limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        if (exc_type and issubclass(exc_type, (NameError, AttributeError))
                and getattr(exc_value, "name", None) is not None and _pyx_where is not None):
            suggestion = _pyx_where.suggestion(exc_value)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            # pyx's SyntaxError may lack attributes never set.
            self.filename = getattr(exc_value, "filename", None)
            lno = getattr(exc_value, "lineno", None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, "end_lineno", None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, "text", None)
            self.offset = getattr(exc_value, "offset", None)
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = getattr(exc_value, "msg", None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_recursive_call:
            return
        # Chained exceptions are converted with a work list, not recursion.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            kw = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                      max_group_width=max_group_width, max_group_depth=max_group_depth,
                      _seen=_seen)
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__,
                                           e.__cause__.__traceback__, **kw)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **kw)
            else:
                context = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = []
                for exc in e.exceptions:
                    exceptions.append(TracebackException(type(exc), exc, exc.__traceback__, **kw))
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type else None

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: a generator of
        strings, each ending in a newline."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, "note")
                yield from [line + "\n" for line in note.split("\n")]
        elif notes is not None:
            yield _safe_string(notes, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join((c if c.isspace() else " ") for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def format(self, *, chain=True, _ctx=None):
        """Format the exception, its traceback and chained exceptions: a
        generator of strings, each ending in a newline."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit("Traceback (most recent call last):\n")
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx, self)

    def _format_group(self, chain, _ctx, top):
        exc = self
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        width = top.max_group_width
        n = num_excs if num_excs <= width else width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True
            truncated = i >= width
            title = f"{i + 1}" if not truncated else "..."
            yield (_ctx.indent() + ("+-" if i == 0 else "  ") +
                   f"+---------------- {title} ----------------\n")
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - width
                plural = "s" if remaining > 1 else ""
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0
