class Base:
    def __init__(self):
        print("Base init")
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom init")
        super().__init__()
        self.log.append("Bottom")
b = Bottom()
print(b.log, [c.__name__ for c in Bottom.__mro__])
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Real(Mixin, dict):
    pass
r = Real(a=1)
print(r.hello(), r, isinstance(r, dict))
