def t(f):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
class C:
    x = 1
t(lambda: C().y)
t(lambda: C.y)
t(lambda: (5).foo)
t(lambda: "s".bar)
t(lambda: [].nope)
t(lambda: None.attr)
t(lambda: type.nope)
t(lambda: int.nope)
t(lambda: (lambda: 0).nope)
import_free = {"a": 1}
t(lambda: import_free.a)
class S:
    __slots__ = ()
def setter():
    S().x = 1
t(setter)
def set_on_int():
    (5).real = 3
t(set_on_int)
def set_builtin_type():
    int.foo = 1
try:
    set_builtin_type()
except TypeError as e:
    print("TypeError:", e)
