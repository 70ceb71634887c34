# AttributeError's name/obj, NameError's name, SyntaxError's attributes,
# the checks on __cause__/__context__/__traceback__, notes, and context
# chains on re-raise.

class A:
    blech = None

a = A()
try:
    a.bluch
except AttributeError as e:
    print(e.name, e.obj is a)

e = AttributeError("m")
print(e.name, e.obj, e.args)
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, e.args)
e.name = "other"
e.obj = None
print(e.name, e.obj)
for kw in [{"foo": 1}]:
    try:
        AttributeError(**kw)
    except TypeError as t:
        print(t)
try:
    NameError(obj=1)
except TypeError as t:
    print(t)
print(NameError().name, NameError(name="x").name)
try:
    undefined_thing
except NameError as n:
    print(n.name)


# A __getattr__ raising a bare AttributeError: the failed lookup's object
# and name are filled in.
class G:
    def __getattr__(self, attr):
        raise AttributeError()

g = G()
try:
    g.missing
except AttributeError as e:
    print(e.name, e.obj is g)


class H:
    def __getattr__(self, attr):
        raise AttributeError("given", name="mine", obj=None)

try:
    H().missing
except AttributeError as e:
    print(e.name, e.obj)

# SyntaxError
s = SyntaxError()
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset,
      s.print_file_and_line)
s = SyntaxError("bad bad", ("bad.py", 1, 2, "abcdefg"))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
s = SyntaxError("bad bad", ("bad.py", 1, 2, "abcdefg", 1, 5))
print(s.end_lineno, s.end_offset)
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad bad", args)
    except TypeError as t:
        print(t)

# __cause__, __context__, __traceback__
for name in ["__cause__", "__context__", "__traceback__"]:
    try:
        setattr(Exception(), name, 1)
    except TypeError as t:
        print(t)
    try:
        delattr(Exception(), name)
    except TypeError as t:
        print(t)
x = Exception()
x.__cause__ = ValueError()
x.__context__ = None
x.__traceback__ = None
print(type(x.__cause__).__name__, x.__suppress_context__)

# notes
x = Exception()
x.__notes__ = 42
try:
    x.add_note("n")
except TypeError as t:
    print(t)
print(x.__notes__)


# raise X from a class calls it, and its errors propagate.
class Bad(Exception):
    def __init__(self):
        raise RuntimeError("from the cause")

try:
    raise IndexError from Bad
except RuntimeError as r:
    print("RuntimeError", r)
try:
    raise IndexError from KeyError
except IndexError as i:
    print(type(i.__cause__).__name__)
try:
    raise IndexError from 5
except TypeError as t:
    print(t)

# Re-raising an earlier exception sets its context and breaks the cycle.
try:
    try:
        undefined_name_here
    except NameError as a1:
        try:
            1 / 0
        except ZeroDivisionError:
            raise a1
except NameError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)
