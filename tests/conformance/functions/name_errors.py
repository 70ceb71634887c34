def t(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
t(lambda: undefined_thing)
def uses_global():
    return never_defined + 1
t(uses_global)
def del_global():
    global tmp
    tmp = 1
    del tmp
    return tmp
t(del_global)
try:
    del not_there
except NameError as e:
    print("NameError:", e)
class C:
    try:
        print(zzz)
    except NameError as e:
        print("NameError:", e)
