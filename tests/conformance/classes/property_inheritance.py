class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
class Child(Base):
    @Base.v.getter
    def v(self):
        return self._v * 100
c = Child()
c.v = 5
print(c.v, Base.v is not Child.v)
class ReadOnlyChild(Base):
    @property
    def v(self):
        return "read only"
r = ReadOnlyChild()
try:
    r.v = 3
except AttributeError as e:
    print("AttributeError:", e)
class Computed:
    @property
    def area(self):
        return self.w * self.h
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Computed(3, 4).area)
