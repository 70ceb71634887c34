class Describe:
    def __get__(self, obj, owner=None):
        return f"obj={type(obj).__name__} owner={owner.__name__}"
class A:
    d = Describe()
class B(A):
    pass
print(A.d)
print(A().d)
print(B.d)
print(B().d)
class Meth:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class C:
    @Meth
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"
print(C().hello("world"), type(C.hello).__name__)
