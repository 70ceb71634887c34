# A global load from one site while the globals and the built-ins change
# between loads: a name found in the globals shadows the built-in of that
# name whatever happens to the built-ins; once it is gone the built-in is
# found again. (pyx caches each load site and checks the dicts' versions.)
import builtins


def get_len():
    return len


def get_name():
    return shadowed_name


print(get_len() is builtins.len)
len = lambda x: 42
print(get_len()("abc"))
del len
print(get_len() is builtins.len, get_len()("abc"))

shadowed_name = "global"
print(get_name(), get_name())
builtins.shadowed_name = "builtin"
print(get_name())
builtins.shadowed_name = "builtin again"
print(get_name())
del globals()["shadowed_name"]
print(get_name())
builtins.shadowed_name = "builtin changed"
print(get_name())
shadowed_name = "global again"
print(get_name())
del shadowed_name
print(get_name())
del builtins.shadowed_name
try:
    get_name()
except NameError as e:
    print("NameError:", e)
shadowed_name = 1
for i in range(3):
    print(get_name())
    shadowed_name += 1
