# sys.excepthook / sys.__excepthook__ write an exception as the interpreter
# reports an uncaught one (CPython's test_exceptions calls it for
# suggestions); captured here through a replaced sys.stderr.
import io
import sys


class Capture(io.StringIO):
    pass


def report(f):
    try:
        f()
    except Exception:
        old = sys.stderr
        sys.stderr = buf = Capture()
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            sys.stderr = old
        return buf.getvalue().splitlines()[-1]


blech = 1
print(report(lambda: blach))
print(report(lambda: 1 / 0))
print(report(lambda: int("x")))
print(sys.excepthook is sys.__excepthook__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError")
