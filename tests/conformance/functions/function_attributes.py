def f(a, b=1, *args, c, **kw):
    """Docstring here."""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount)
f.custom = "attr"
print(f.custom, sorted(f.__dict__))
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, C.method.__name__)
def noddoc():
    pass
print(noddoc.__doc__, (lambda: 0).__qualname__)
def annotated(a: int, b: "str" = "x") -> bool:
    pass
print(annotated.__annotations__)
