class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def describe(cls):
        return f"class {cls.__name__}"
class Base(metaclass=Meta, flag=1):
    pass
class Child(Base):
    pass
print(Base.added_by_meta, Child.added_by_meta, Base.kw, Child.kw, type(Base).__name__, type(Child).__name__)
print(Base.describe(), isinstance(Base, Meta), isinstance(Base, type), hasattr(Base(), "describe"))
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class W(metaclass=Counted):
    def __init__(self, v):
        self.v = v
ws = [W(i) for i in range(3)]
print(Counted.count, ws[2].v)
