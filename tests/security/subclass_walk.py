# config: default
# expect: ok
# The classic escape: walk from a literal to object, then to every class.
routes = [
    lambda: ().__class__.__base__.__subclasses__(),
    lambda: object.__subclasses__(),
    lambda: type.__subclasses__(object),
    lambda: ''.__class__.__mro__[-1].__subclasses__(),
    lambda: type(object).__dict__['__subclasses__'](object),
    lambda: vars(type)['__subclasses__'],
    lambda: getattr(object, '__sub' + 'classes__')(),
]
for i, r in enumerate(routes):
    try:
        r()
        print("ESCAPED", i)
    except (AttributeError, KeyError, TypeError):
        pass
print("done")
