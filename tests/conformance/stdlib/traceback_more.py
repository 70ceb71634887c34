import traceback
import sys

# The script's own file name as tracebacks show it.
FILE = traceback.extract_stack()[-1].filename

def clean(s):
    return s.replace(FILE, "FILE")

# recursion collapsing
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)

try:
    rec(10)
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))))

try:
    rec(4)
except ValueError as e:
    print(clean("".join(traceback.format_tb(e.__traceback__))))

# TracebackException
try:
    rec(1)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print(clean("".join(te.format())))
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(len(te2.stack))

# notes
try:
    err = ValueError("with notes")
    err.add_note("first note")
    err.add_note("second\nmultiline")
    raise err
except ValueError as e:
    print(traceback.format_exception_only(e))

# exception groups
def group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [KeyError("k")])])

try:
    group()
except ExceptionGroup as eg:
    print(clean("".join(traceback.format_exception(eg))))

eg = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
te = traceback.TracebackException.from_exception(eg, max_group_width=3)
print("".join(te.format()))

# SyntaxError formatting
try:
    compile("x = (1,\n  2 +", "<src>", "exec")
except SyntaxError as e:
    se = e
print(type(se).__name__)
s = SyntaxError("invalid syntax", ("prog.py", 3, 5, "  a b c\n", 3, 8))
print(traceback.format_exception_only(s))
s = SyntaxError("msg only")
print(traceback.format_exception_only(s))
s = SyntaxError("no line", ("prog.py", None, None, None))
print(traceback.format_exception_only(s))

# format_list / StackSummary.from_list
lst = [("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", "")]
print(traceback.format_list(lst))
ss = traceback.StackSummary.from_list(lst)
print(ss[0].filename, ss[1].line, repr(ss[1]))
fs = traceback.FrameSummary("c.py", 5, "h", line="  y()  ")
print(fs.line, fs == ("c.py", 5, "h", "y()"), fs[2])
print(traceback.StackSummary.from_list([fs]).format())

# str() of exception that fails
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception(None))

# extract_stack / format_stack
def outer():
    return inner()
def inner():
    return traceback.extract_stack()
stack = outer()
print([(fs.name, fs.line) for fs in stack[-3:]])
print(clean("".join(traceback.format_stack()[-1:])))

# TracebackException.print (3.11)
import io
buf = io.StringIO()
try:
    rec(2)
except ValueError as e:
    traceback.TracebackException.from_exception(e).print(file=buf)
print(clean(buf.getvalue()))

# walk_tb / StackSummary.extract
try:
    rec(1)
except ValueError as e:
    for frame, lineno in traceback.walk_tb(e.__traceback__):
        print(clean(frame.f_code.co_filename), frame.f_code.co_name, lineno)
    ss = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print(clean("".join(ss.format())))
    print(len(traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), limit=1)))
