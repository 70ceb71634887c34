# Markers under the failing expression in traceback's output: `^^^` under
# the expression, `~~^~~` for a binary operator, `~~^^^` for a subscript.
import traceback

FILE = traceback.extract_stack()[-1].filename


def show(f):
    try:
        f()
    except Exception as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(FILE, "FILE"))


def raise_in_if():
    if True: raise ValueError("caret")


def binary():
    divisor = 0
    return 10 + divisor / 0 + 30


def subscript():
    d = {"x": {"y": {}}}
    return d["x"]["y"]["z"]


def attribute():
    x = None
    return x.foo


def call_in_args():
    return print(1, int("a"))


def parenthesised():
    a = 1; b = None
    return ( a   )   + b


def unicode_line():
    if True: raise ValueError("Ĥellö Wörld")


def whole_line():
    raise KeyError("no markers when the expression is the whole line")


def multi_line():
    if True: x = (1 +
                  None)


for f in [raise_in_if, binary, subscript, attribute, call_in_args,
          parenthesised, unicode_line, whole_line, multi_line]:
    show(f)

# Frame summaries built by hand: positions are UTF-8 byte columns.
fs = traceback.FrameSummary("f.py", 3, "g", line="    y = a[b] + ü", end_lineno=3,
                            colno=8, end_colno=12)
print(fs.colno, fs.end_colno, fs.end_lineno)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("f.py", 3, "g", line="    y = zz + ü", end_lineno=3,
                            colno=8, end_colno=15)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("f.py", 3, "g", line="    foo(a, b)", end_lineno=3,
                            colno=4, end_colno=13)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("f.py", 3, "g", line="    foo(a,", end_lineno=4,
                            colno=8, end_colno=2)
print(traceback.StackSummary.from_list([fs]).format())

# extract_tb carries the positions.
try:
    binary()
except ZeroDivisionError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    print(last.lineno, last.end_lineno, last.colno, last.end_colno, last.line)
