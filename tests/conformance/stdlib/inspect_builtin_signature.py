# Signatures of built-in functions and methods, read from their text signatures.
import inspect

cases = [
    len, abs, divmod, isinstance, repr, hash, id, callable,
    str.split, str.join, str.replace, int.to_bytes, list.sort, list.append,
    dict.get, dict.fromkeys,
    "a b".split, [].append, {}.get, (1).to_bytes,
]
for f in cases:
    try:
        sig = inspect.signature(f)
    except ValueError as e:
        print("no signature:", type(e).__name__)
        continue
    print(getattr(f, "__qualname__", f), sig)
    for p in sig.parameters.values():
        print("   ", p.name, p.kind, p.default is inspect.Parameter.empty)

sig = inspect.signature(str.split)
print(sig.bind("a b", maxsplit=1).arguments)
try:
    sig.bind("x", "y", "z", "w")
except TypeError as e:
    print("TypeError:", e)

sig = inspect.signature("abc".replace)
print(list(sig.parameters))
print(inspect.signature(divmod).bind(7, 2).args)

# Built-ins name their module and carry a docstring.
import math
print(len.__module__, math.sqrt.__module__, "a".split.__module__)
print(type(len.__doc__).__name__, type(math.sqrt.__doc__).__name__, type(str.split.__doc__).__name__)
print(inspect.getmodule(len).__name__, inspect.getmodule(math.sqrt).__name__)
