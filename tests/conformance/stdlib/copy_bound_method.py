# copy.copy of a bound method goes through method.__reduce__: (getattr, (self, name)).
import copy
class A:
    def m(self): return 1
    @classmethod
    def c(cls): return cls
a=A()
b=copy.copy(a.m)
print(b(), b.__self__ is a, b == a.m, b is a.m)
c=copy.deepcopy(a.m)
print(c(), c.__self__ is a, type(c.__self__).__name__)
print(a.m.__reduce__()[0] is getattr, a.m.__reduce__()[1][1])
cm=copy.copy(A.c); print(cm() is A)
l=[1]
ap=copy.copy(l.append); ap(2); print(l)
print(copy.deepcopy(l.append) is l.append, copy.deepcopy(len) is len)
import types
mm=types.MethodType(len, [1,2])
try:
    print(copy.copy(mm))
except Exception as e: print(type(e).__name__, e)
def f(): pass
f.__name__='g'
mm=types.MethodType(f, a)
try: copy.copy(mm)
except Exception as e: print(type(e).__name__, e)
try: type(a.m).__reduce__(1)
except Exception as e: print(type(e).__name__, e)
