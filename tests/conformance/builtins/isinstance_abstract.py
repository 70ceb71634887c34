# isinstance/issubclass beyond types: the abstract protocol (__class__ and
# __bases__), a __class__ property, errors that are masked (AttributeError)
# and those that propagate, and nested tuples.


class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    @property
    def __bases__(self):
        return self.bases

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    @property
    def __class__(self):
        return self.klass


ASuper = AbstractClass(())
AChild = AbstractClass((ASuper,))


class Super:
    pass


class Child(Super):
    pass


def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for inst in (Super(), Child(), ASuper(), AChild()):
    print([isinstance(inst, c) for c in (Super, Child, ASuper, AChild)])
for sub in (Super, Child, ASuper, AChild):
    print([issubclass(sub, c) for c in (Super, Child, ASuper, AChild)])


class Proxy:
    @property
    def __class__(self):
        return int


p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), isinstance(p, (str, int)), type(p).__name__, p.__class__)


class Raises:
    @property
    def __class__(self):
        raise RuntimeError('no class')


show(isinstance, Raises(), bool)
show(isinstance, Raises(), Raises)


class NoBases:
    @property
    def __bases__(self):
        raise AttributeError


class BadBases:
    @property
    def __bases__(self):
        raise KeyError('bases')


show(isinstance, 1, NoBases())
show(isinstance, 1, BadBases())
show(issubclass, int, NoBases())
show(issubclass, int, BadBases())
show(issubclass, NoBases(), int)
show(issubclass, BadBases(), int)
show(issubclass, 1, int)
show(isinstance, 1, 1)
show(issubclass, int, (1,))
show(isinstance, 1, (str, (bytes, (int,))))
show(issubclass, bool, (str, (bytes, (int,))))


class Cycle:
    @property
    def __bases__(self):
        return (self, self)


def kind(f, *args):
    # The type only: the message's suffix (" in __subclasscheck__") is CPython's C-stack detail.
    try:
        print(f.__name__, f(*args))
    except RecursionError:
        print(f.__name__, 'RecursionError')


kind(issubclass, Cycle(), int)
deep = (str,)
for _ in range(5000):
    deep = (deep,)
kind(issubclass, str, deep)
kind(isinstance, '', deep)


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42

    def __subclasscheck__(cls, sub):
        return sub is float


class M(metaclass=Meta):
    pass


print(isinstance(42, M), isinstance(M(), M), issubclass(float, M), issubclass(M, M))
print(type.__instancecheck__(M, M()), type.__subclasscheck__(M, M), type.__instancecheck__(int, p))
