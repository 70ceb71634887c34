# CPython's Lib `abc` (or pyx's own, which wins) imported and used.
import abc
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class C(B):
    def f(self): return 1
print(C().f(), isinstance(C(), B), B.__abstractmethods__)
