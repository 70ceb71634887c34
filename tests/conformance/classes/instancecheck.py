class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is int
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even), issubclass(int, Even), issubclass(str, Even))
print(isinstance(4, (str, Even)), isinstance(Even(), Even))
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Duck), isinstance(5, Duck))
