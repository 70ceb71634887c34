class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r)
print(repr(Plain).replace(__name__, "mod"), Plain.__module__)
class Nested:
    class Inner:
        pass
print(Nested.Inner.__qualname__, Nested.Inner.__name__, repr(Nested.Inner).replace(__name__, "mod"))
