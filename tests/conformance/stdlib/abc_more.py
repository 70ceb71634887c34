import abc


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...

    @classmethod
    @abc.abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def kind():
        ...

    def describe(self):
        return '%s with area %s' % (self.kind(), self.area)


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Sq(Shape):
    def __init__(self, s=2):
        self.s = s

    @property
    def area(self):
        return self.s ** 2

    @classmethod
    def make(cls):
        return cls(3)

    @staticmethod
    def kind():
        return 'square'


print(Sq().describe(), Sq.make().area, sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)


class Half(Shape):
    @property
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class Reg(abc.ABC):
    pass


Reg.register(int)


@Reg.register
class Other:
    pass


print(isinstance(3, Reg), issubclass(bool, Reg), isinstance(Other(), Reg), issubclass(str, Reg), Reg.register(float) is float)


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))


class M(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self):
        pass


class N(M):
    pass


N.f = lambda self: 1
abc.update_abstractmethods(N)
print(N().f(), type(M).__name__, abc.get_cache_token() is not None)
print(getattr(Shape.area.fget, '__isabstractmethod__', False), getattr(Sq.describe, '__isabstractmethod__', False))
