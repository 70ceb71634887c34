"""Run the interactive examples of docstrings and check their output, as
CPython 3.11's `doctest` (written for pyx from CPython's documentation).

Provided: testmod, run_docstring_examples, DocTestSuite, DocTestParser,
DocTestFinder, DocTestRunner, OutputChecker, Example, DocTest, the option
flags and the report formats (including unified/context/ndiff diffs).

Differences: an example is run as an expression (its value displayed) when
it is one, else as statements; a bare expression inside a compound
statement (`for x in y: x`) displays nothing.  `testfile`, `DocFileSuite`
and the debugger helpers have no pyx version (they need files or pdb).
Line numbers of a docstring come from the source text the interpreter
holds; `?` when it holds none.
"""

__docformat__ = "reStructuredText en"

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST",
    "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "run_docstring_examples", "DocTestSuite", "TestResults",
]

import builtins
import re
import sys
import traceback
import types
from collections import namedtuple
from io import StringIO

try:
    import _pyx_where
except ImportError:
    _pyx_where = None

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Create a new flag unless `name` is already known.
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    """Add the given number of space characters to the beginning of every
    non-blank line in `s`."""
    return re.sub("(?m)^(?!$)", indent * " ", s)


def _exception_traceback(exc_info):
    """The traceback of an exception, as a string."""
    excout = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=excout)
    return excout.getvalue()


class _SpoofOut(StringIO):
    def getvalue(self):
        result = StringIO.getvalue(self)
        # A nonempty output always ends in a newline (the example was cut
        # off at a prompt otherwise).
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Essentially the only subtle case: `...` in want matches any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        # Exact end matches required more characters than we have.
        return False
    # For the rest, we only need to find the leftmost non-overlapping
    # match for each piece.
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    # "pkg.Error: detail" -> "Error" (module path and detail dropped).
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(":", 0, end)
    if i >= 0:
        end = i
    i = msg.rfind(".", 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


# ---------------------------------------------------------------- examples

class Example:
    """A single doctest example: a source string and its expected output."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """A collection of doctest examples that should be run in a single
    namespace."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % len(self.examples)
        return "<%s %s from %s:%s (%s)>" % (self.__class__.__name__, self.name, self.filename,
                                           self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self)) <
                (other.name, other.filename, other.lineno, id(other)))


# ---------------------------------------------------------------- parsing

_OPTION_DIRECTIVE_RE = re.compile(r"#\s*doctest:\s*([^\n\'\"]*)$", re.MULTILINE)
_TRACEBACK_HEADER_RE = re.compile(r"Traceback \((?:most recent call last|innermost last)\):\s*$")
_IS_BLANK_OR_COMMENT = re.compile(r"^[ ]*(#.*)?$").match


class DocTestParser:
    """A class used to parse strings containing doctest examples."""

    def parse(self, string, name="<string>"):
        """Divide the given string into examples and intervening text:
        a list of str and Example."""
        string = string.expandtabs()
        # Leading whitespace common to all lines is removed.
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = "\n".join([l[min_indent:] for l in string.split("\n")])

        output = []
        lines = string.split("\n")
        n = len(lines)
        text_start = 0      # line where the current run of text begins
        i = 0
        while i < n:
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                i += 1
                continue
            indent = len(line) - len(stripped)
            first = i
            # Source: the prompt line and its "..." continuations.
            j = i + 1
            while j < n and lines[j].lstrip(" ").startswith("..."):
                j += 1
            # Want: following non-blank lines that are not prompts.
            k = j
            while k < n and lines[k].strip() and not lines[k].lstrip(" ").startswith(">>>"):
                k += 1
            source_lines = lines[first:j]
            want_lines = lines[j:k]

            # Text before the example.
            output.append("\n".join(lines[text_start:first]) + ("\n" if first > text_start else ""))
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, first)
            if not self._IS_BLANK_OR_COMMENT(source):
                output.append(Example(source, want, exc_msg, lineno=first,
                                      indent=min_indent + indent, options=options))
            text_start = k
            i = k
        output.append("\n".join(lines[text_start:]))
        return output

    _IS_BLANK_OR_COMMENT = staticmethod(_IS_BLANK_OR_COMMENT)

    def get_doctest(self, string, globs, name, filename, lineno):
        """Extract all doctest examples from the given string, and collect
        them into a DocTest object."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        """Extract all doctest examples from the given string."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join([sl[indent + 4:] for sl in source_lines])

        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join([wl[indent:] for wl in want_lines])
        if want_lines:
            want += "\n"

        # An expected exception: the last part of its traceback.
        exc_msg = None
        if want_lines and _TRACEBACK_HEADER_RE.match(want_lines[0][indent:]):
            rest = [wl[indent:] for wl in want_lines[1:]]
            for idx, wl in enumerate(rest):
                if wl[:1].isalnum() or wl[:1] == "_":
                    exc_msg = "\n".join(rest[idx:]) + "\n"
                    break

        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE_RE.finditer(source):
            option_strings = m.group(1).replace(",", " ").split()
            for option in option_strings:
                if (option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == "+")
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options

    def _min_indent(self, s):
        "Return the minimum indentation of any non-blank line in `s`"
        indents = [len(line) - len(line.lstrip(" ")) for line in s.split("\n") if line.strip()]
        if len(indents) > 0:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent "
                                 "leading whitespace: %r" % (lineno + i + 1, name, line))


# ---------------------------------------------------------------- finding

def _source_line(filename, lineno):
    if _pyx_where is None or filename is None:
        return None
    try:
        return _pyx_where.source_line(filename, lineno)
    except Exception:
        return None


def _module_filename(module):
    filename = getattr(module, "__file__", None)
    if filename:
        return filename[:-1] if filename.endswith((".pyc", ".pyo")) else filename
    # A script run by pyx has no __file__: its functions know their file.
    for value in list(vars(module).values()):
        code = getattr(value, "__code__", None)
        if code is not None and getattr(value, "__module__", None) == module.__name__:
            return code.co_filename
    return None


class DocTestFinder:
    """Find the DocTests relevant to an object: its docstring and those of
    the functions, classes and methods it contains, and `__test__`."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            if isinstance(obj, types.ModuleType):
                module = obj
            else:
                module = sys.modules.get(getattr(obj, "__module__", None))

        filename = _module_filename(module) if module is not None else None
        if globs is None:
            globs = module.__dict__.copy() if module is not None else {}
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"

        tests = []
        self._find(tests, obj, name, module, filename, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if isinstance(obj, types.ModuleType):
            return module is obj
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
        if isinstance(obj, property):
            return True
        mod_name = getattr(obj, "__module__", None)
        if mod_name is None:
            return True
        return module.__name__ == mod_name

    def _is_routine(self, obj):
        while hasattr(obj, "__wrapped__"):
            obj = obj.__wrapped__
        return isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType))

    def _find(self, tests, obj, name, module, filename, globs, seen):
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, filename)
        if test is not None:
            tests.append(test)

        if isinstance(obj, types.ModuleType) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = "%s.%s" % (name, valname)
                if ((self._is_routine(val) or isinstance(val, type)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, filename, globs, seen)

        if isinstance(obj, types.ModuleType) and self._recurse:
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (self._is_routine(val) or isinstance(val, (type, types.ModuleType, str))):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, filename, globs, seen)

        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((self._is_routine(val) or isinstance(val, type) or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, filename, globs, seen)

    def _get_test(self, obj, name, module, globs, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ""
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, filename)
        if self._exclude_empty and not docstring:
            return None
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, filename):
        """The 0-based line of the docstring's start, or None."""
        if isinstance(obj, types.ModuleType):
            return 0
        func = obj
        if isinstance(func, property):
            func = func.fget
        while hasattr(func, "__wrapped__"):
            func = func.__wrapped__
        if isinstance(func, types.MethodType):
            func = func.__func__
        code = getattr(func, "__code__", None)
        if code is None:
            return None
        lineno = code.co_firstlineno - 1
        # The docstring starts at the first line with a string literal.
        pat = re.compile(r"(^|.*:)\s*\w*(\"|\')")
        for offset in range(200):
            line = _source_line(code.co_filename, lineno + offset + 1)
            if line is None:
                return lineno
            if pat.match(line):
                return lineno + offset
        return lineno


# ---------------------------------------------------------------- running

class OutputChecker:
    """Compares the actual output of an example with the expected output."""

    def _toAscii(self, s):
        return str(s.encode("ASCII", "backslashreplace"), "ASCII")

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub("(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = difflib.unified_diff(want_lines, got_lines, n=2)
                diff = list(diff)[2:]
                kind = "unified diff with -expected +actual"
            elif optionflags & REPORT_CDIFF:
                diff = difflib.context_diff(want_lines, got_lines, n=2)
                diff = list(diff)[2:]
                kind = "context diff with expected followed by actual"
            elif optionflags & REPORT_NDIFF:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = "ndiff with -expected +actual"
            else:
                assert 0, "Bad diff option"
            return "Differences (%s):\n" % kind + _indent("".join(diff))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        elif want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        elif got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        else:
            return "Expected nothing\nGot nothing\n"


class DocTestRunner:
    """Runs DocTest cases and accumulates statistics."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in getattr(sys, "argv", [])
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            "Exception raised:\n" + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_source(self, source, filename, globs):
        """Run an example: an expression is evaluated and its value shown
        as the interactive interpreter would; anything else is executed."""
        try:
            code = compile(source, filename, "eval")
        except SyntaxError:
            code = None
        if code is None:
            exec(compile(source, filename, "exec"), globs)
            return
        value = eval(code, globs)
        if value is not None:
            builtins._ = value
            sys.stdout.write(repr(value) + "\n")

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output

        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            try:
                self._run_source(example.source, filename, test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE

            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS

            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif outcome is BOOM:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            else:
                assert False, ("unknown outcome", outcome)

            if failures and self.optionflags & FAIL_FAST:
                break

        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples in `test`, and display the results using the
        writer function `out` (sys.stdout.write by default)."""
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a summary of all the test cases that have been run by
        this DocTestRunner, and return a TestResults."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DocTestFailure(Exception):
    """A DocTest example has failed in debugging mode."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """A DocTest example has encountered an unexpected exception."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Run doc tests but raise an exception as soon as there is a failure."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test examples in docstrings in functions and classes reachable
    from module m (or the current module if m is not supplied)."""
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if not isinstance(m, types.ModuleType):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test examples in the given object's docstring (`f`), using `globs`
    as globals."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------- unittest

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the unittest option flags; returns the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def _unittest():
    import unittest
    return unittest


class _DocTestCaseBase:
    pass


def _make_doctest_case_class():
    unittest = _unittest()

    class DocTestCase(unittest.TestCase):

        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_globs = test.globs.copy()
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            test = self._dt_test
            if self._dt_setUp is not None:
                self._dt_setUp(test)

        def tearDown(self):
            test = self._dt_test
            if self._dt_tearDown is not None:
                self._dt_tearDown(test)
            test.globs.clear()
            test.globs.update(self._dt_globs)

        def runTest(self):
            test = self._dt_test
            new = StringIO()
            optionflags = self._dt_optionflags
            if not (optionflags & REPORTING_FLAGS):
                optionflags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker,
                                   verbose=False)
            try:
                runner.DIVIDER = "-" * 70
                results = runner.run(test, out=new.write, clear_globs=False)
            finally:
                pass
            if results.failed:
                raise self.failureException(self.format_failure(new.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            if test.lineno is None:
                lineno = "unknown line number"
            else:
                lineno = "%s" % test.lineno
            lname = ".".join(test.name.split(".")[-1:])
            return ("Failed doctest test for %s\n  File \"%s\", line %s, in %s\n\n%s"
                    % (test.name, test.filename, lineno, lname, err))

        def debug(self):
            self.setUp()
            runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                                 verbose=False)
            runner.run(self._dt_test, clear_globs=False)
            self.tearDown()

        def id(self):
            return self._dt_test.name

        def __eq__(self, other):
            if type(self) is not type(other):
                return NotImplemented
            return (self._dt_test == other._dt_test and
                    self._dt_optionflags == other._dt_optionflags and
                    self._dt_setUp == other._dt_setUp and
                    self._dt_tearDown == other._dt_tearDown and
                    self._dt_checker == other._dt_checker)

        def __hash__(self):
            return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                         self._dt_checker))

        def __repr__(self):
            name = self._dt_test.name.split(".")
            return "%s (%s)" % (name[-1], ".".join(name[:-1]))

        __str__ = object.__str__

        def shortDescription(self):
            return "Doctest: " + self._dt_test.name

    return DocTestCase


_DocTestCase = None


def __getattr__(name):
    if name == "DocTestCase":
        global _DocTestCase
        if _DocTestCase is None:
            _DocTestCase = _make_doctest_case_class()
        return _DocTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def DocFileSuite(*paths, **kw):
    """Doctests kept in text files. pyx code reads no files on its own (no
    file system capability reaches doctest), so each file becomes one test
    that is skipped with that reason."""
    unittest = _unittest()
    suite = unittest.TestSuite()
    for path in paths:
        def skipped(path=path):
            raise unittest.SkipTest("pyx's doctest cannot read the file %r" % (path,))
        suite.addTest(unittest.FunctionTestCase(skipped, description=str(path)))
    return suite


def _calling_module():
    """The module whose code called the public function that calls this
    (as CPython's doctest finds it from the caller's frame): by the
    `__name__` the interpreter reports for that frame; `__main__` when
    that is not known."""
    name = None
    if _pyx_where is not None:
        info = _pyx_where.caller(2)
        if info is not None:
            name = info[2]
    return sys.modules.get(name) or sys.modules["__main__"]


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """Convert doctest tests for a module to a unittest test suite."""
    global _DocTestCase
    unittest = _unittest()
    if _DocTestCase is None:
        _DocTestCase = _make_doctest_case_class()
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = _calling_module()
    elif isinstance(module, str):
        module = __import__(module, globals(), locals(), ["*"])
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if len(test.examples) == 0:
            continue
        if not test.filename:
            test.filename = _module_filename(module)
        suite.addTest(_DocTestCase(test, **options))
    return suite
