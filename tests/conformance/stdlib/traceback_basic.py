import traceback
import sys

# The script's own file name as tracebacks show it.
FILE = traceback.extract_stack()[-1].filename

def clean(s):
    # The file name is the script's; keep only its base name.
    return s.replace(FILE, "FILE")

def f1():
    raise ValueError("bad value")

def f2():
    f1()

try:
    f2()
except ValueError:
    print(clean(traceback.format_exc()))
    print(clean("".join(traceback.format_exception(*sys.exc_info()))))
    e = sys.exc_info()[1]

print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, e))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Exception()))
print(repr(traceback.format_exc()))

tb = e.__traceback__
st = traceback.extract_tb(tb)
print(type(st).__name__, len(st))
for fs in st:
    print(clean(repr(fs)), fs.lineno, fs.name, repr(fs.line))
print([clean(x) for x in traceback.format_tb(tb)])
print([clean(x) for x in traceback.format_tb(tb, limit=1)])
print([clean(x) for x in traceback.format_tb(tb, limit=-1)])
fs = st[0]
print(fs == (FILE, fs.lineno, fs.name, fs.line), len(fs), list(fs)[1:])
a, b, c, d = fs
print(b, c, d)

# chained exceptions
def chained():
    try:
        raise KeyError("missing")
    except KeyError as k:
        raise RuntimeError("while handling") from k

try:
    chained()
except RuntimeError as ex:
    print(clean("".join(traceback.format_exception(ex))))
    print(clean("".join(traceback.format_exception(ex, chain=False))))

def implicit():
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        raise TypeError("second")

try:
    implicit()
except TypeError as ex:
    print(clean("".join(traceback.format_exception(type(ex), ex, ex.__traceback__))))

try:
    try:
        raise OSError("first")
    except OSError:
        raise LookupError("hidden context") from None
except LookupError as ex:
    print(clean("".join(traceback.format_exception(ex))))

class MyError(Exception):
    pass
print(traceback.format_exception_only(MyError("mine")))
import json
try:
    json.loads("{")
except ValueError as ex:
    print(traceback.format_exception_only(ex))

# exception without traceback
print(traceback.format_exception(ValueError("no tb")))

# print_exc / print_exception to a file
import io
buf = io.StringIO()
try:
    f2()
except ValueError:
    traceback.print_exc(file=buf)
print(clean(buf.getvalue()))
buf = io.StringIO()
traceback.print_exception(KeyError("x"), file=buf)
print(repr(buf.getvalue()))

try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as ex:
    print("ValueError:", ex)
try:
    traceback.format_exception(42)
except TypeError as ex:
    print("TypeError:", ex)
