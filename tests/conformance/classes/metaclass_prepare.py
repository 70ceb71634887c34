class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"preset": 42}
    def __new__(mcls, name, bases, ns):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Recorder):
    z = 1
    a = 2
    def m(self):
        pass
print(C.preset, C.order)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self, n):
        self.n = n
print(Db(1) is Db(2), Db(3).n)
