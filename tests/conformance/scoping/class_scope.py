x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    def method2(self):
        return self.x
    z = [x for _ in range(1)]
print(C.y, C().method(), C().method2(), C.z)
def f():
    x = "enclosing"
    class D:
        a = x
        x = "class-local"
        b = x
        def m(self):
            return x
    return D.a, D.b, D().m()
print(f())
def g():
    v = "enc"
    class E:
        nonlocal_read = v
    return E.nonlocal_read
print(g())
