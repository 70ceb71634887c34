class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def util(x, y):
        return x + y
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
class D(C):
    pass
print(C.util(1, 2), C().util(3, 4), type(C.make()).__name__, type(D.make()).__name__, C.how_many(), D.how_many())
print(type(C.__dict__["util"]).__name__, type(C.__dict__["make"]).__name__, C.make.__self__ is C, D.make.__self__ is D)
sm = staticmethod(lambda: "bare")
print(sm(), callable(sm))
class E:
    @classmethod
    @property
    def cp(cls):
        return "classprop " + cls.__name__
print(E.cp if False else "skip")
