# A property subclass that overrides __get__ or __set__ is used on both
# class and instance access (enum.property and DynamicClassAttribute
# rely on it); one that does not override them behaves as property.
import enum
import types


class Logged(property):
    def __get__(self, instance, owner=None):
        if instance is None:
            return 'class access of ' + owner.__name__
        return ('logged', super().__get__(instance, owner))

    def __set__(self, instance, value):
        super().__set__(instance, value * 2)


class Plain(property):
    pass


class A:
    def __init__(self):
        self._x = 1

    @Logged
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value

    @Plain
    def y(self):
        return 'y'


a = A()
print(A.x, a.x)
a.x = 5
print(a.x, a._x)
print(type(A.y).__name__, a.y)


class Meta(type):
    def __getattr__(cls, name):
        return 'meta ' + name


class B(metaclass=Meta):
    @types.DynamicClassAttribute
    def d(self):
        return 'instance d'


print(B.d, B().d)


class Color(enum.Enum):
    RED = 1

    @enum.property
    def shade(self):
        return 'dark ' + self.name


class Named(enum.Enum):
    name = 1
    value = 2


print(Color.RED.shade, Color.RED.name, Color.RED.value)
print(Named.name, Named.value, Named.name.name, Named.value.value)
try:
    Color.shade
except AttributeError as e:
    print('AttributeError', e)
