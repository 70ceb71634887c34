import warnings
import sys

def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.filename.rsplit('/', 1)[-1], w.lineno)

for f in warnings.filters:
    print(f)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))
    def inner():
        warnings.warn("from inner", stacklevel=2)
    inner()
show(log)
print(len(log), type(log[0]).__name__, log[0].line, log[0].file, log[0].source)
print(str(log[0]).replace(log[0].filename, 'F'))

# default action: once per location
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    warnings.warn("loop")
show(log)

# once: once per text
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("same")
    warnings.warn("same")
    warnings.warn("other")
show(log)

# error
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("dep boom", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

# ignore
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("gone")
print(len(log))

# filterwarnings with message regex and category
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*", category=UserWarning)
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("keep me")
    warnings.warn("skip but runtime", RuntimeWarning)
show(log)
print(len(warnings.filters) == len(warnings.filters))

# filters restored after catch_warnings
print(warnings.filters[0])

# action keyword of catch_warnings (3.11)
with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("kw action")
    except UserWarning as e:
        print("kw", e)
