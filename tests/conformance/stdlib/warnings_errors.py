import warnings
import sys

try:
    warnings.warn("x", 42)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
for args in [("bogus",), ("ignore", 5), ("ignore", "", int), ("ignore", "", Warning, 3), ("ignore", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print("AssertionError:", e)

cw = warnings.catch_warnings(record=True)
print(repr(cw))
print(repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)

# formatwarning / showwarning to a stream
import io
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, line="  x = 1  ")))
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "mod.py", 7, file=buf, line="src()")
print(repr(buf.getvalue()))

# a replaced showwarning is called
seen = []
def hook(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = hook
    warnings.warn("hooked")
    warnings.warn("hooked2", SyntaxWarning)
print(seen)
print(warnings.showwarning is hook)

# warn_explicit with a registry
reg = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 5, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 5, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 6, registry=reg)
    warnings.warn_explicit("explicit", UserWarning, "other.py", 5)
print([(str(w.message), w.filename, w.lineno) for w in log])
print(sorted(k for k in reg if k != "version"), "version" in reg)

# module action
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    warnings.warn_explicit("m", UserWarning, "a.py", 1, module="a", registry=reg)
    warnings.warn_explicit("m", UserWarning, "a.py", 2, module="a", registry=reg)
print(len(log))

# a Warning subclass of our own, filtered by module regex
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="foo")
    warnings.warn_explicit("mw", MyWarning, "f.py", 1, module="foobar")
    warnings.warn_explicit("mw", MyWarning, "f.py", 1, module="bar")
print([(w.category.__name__, str(w.message)) for w in log])

warnings.resetwarnings()
print(warnings.filters)
try:
    warnings.filters.append(("weird", None, Warning, None, 0))
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
