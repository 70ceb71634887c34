def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class User:
    def __init__(self, name, age):
        self.name, self.age = name, age
print(User("ann", 3), list(REG), REG["User"] is User)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class Cfg:
    pass
print(Cfg() is Cfg(), type(Cfg).__name__)
