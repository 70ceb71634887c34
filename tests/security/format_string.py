# config: default
# expect: ok
# str.format reaches attributes: it must reach no more than getattr does.
def f():
    pass
class C:
    pass
probes = [
    "{0.__globals__}",
    "{0.__globals__[__builtins__]}",
    "{0.__class__.__base__.__subclasses__}",
    "{0.__code__.co_consts}",
    "{0.__builtins__}",
    "{0.__init__.__globals__}",
]
for i, p in enumerate(probes):
    for obj in (f, C()):
        try:
            p.format(obj)
            print("ESCAPED", i)
        except (AttributeError, KeyError, IndexError, TypeError):
            pass
for p in ["%(x)s" % {"x": 1}]:
    pass
print("done")
