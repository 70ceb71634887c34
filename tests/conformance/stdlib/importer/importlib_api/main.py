import importlib
import sys
m = importlib.import_module("lib.alpha")
print(m.NAME, m.__name__)
print(importlib.import_module(".alpha", "lib") is m)
print(importlib.import_module("..alpha", "lib.beta") is m)
print(importlib.import_module(".gamma", package="lib.beta").NAME)
print(importlib.import_module("lib.beta").NAME)
try:
    importlib.import_module(".alpha")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("...alpha", "lib.beta")
except ImportError as e:
    print("ImportError", e)
try:
    importlib.import_module("lib.zeta")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
import selfreplace
print(selfreplace.NAME, type(selfreplace).__name__)
print(importlib.import_module("selfreplace").NAME)
import importlib.util
print(importlib.util.find_spec("lib.alpha").name)
print(importlib.util.find_spec("lib.nothing"))
print(importlib.util.find_spec("nothing_at_all"))
print(importlib.util.resolve_name(".alpha", "lib"))
import lib.alpha
print(importlib.reload(lib.alpha) is lib.alpha)
