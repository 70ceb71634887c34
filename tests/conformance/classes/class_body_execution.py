print("before class")
class C:
    print("in class body")
    x = 1
    y = x + 1
    items = [i * 2 for i in range(3)]
    try:
        bad = [x * i for i in range(3)]
    except NameError as e:
        print("NameError:", e)
    ok = [x * i for x in [y] for i in range(3)]
    def f(self):
        return self.y
    if True:
        conditional = "yes"
    for i in range(2):
        pass
print("after class", C.y, C.items, C.ok, C.conditional, C.i, C().f())
def make_class(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is not B, A.__qualname__)
