from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return "%s with area %s" % (self.name(), self.area())
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sq(Half):
    def name(self): return "square"
print(Sq().describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Plugin(metaclass=ABCMeta):
    pass
class Thing: pass
Plugin.register(Thing)
print(isinstance(Thing(), Plugin), issubclass(Thing, Plugin), issubclass(int, Plugin))
@Plugin.register
class Other: pass
print(issubclass(Other, Plugin), Other.__name__)
class Sub(Thing): pass
print(issubclass(Sub, Plugin))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, "quack")
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
class P(ABC):
    @property
    @abstractmethod
    def val(self): ...
class Q(P):
    @property
    def val(self): return 3
print(Q().val, type(P).__name__)
try:
    Plugin.register(5)
except TypeError as e:
    print("TypeError", e)
