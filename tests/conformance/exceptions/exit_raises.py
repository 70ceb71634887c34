class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    with BadExit():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)
class BadEnter:
    def __enter__(self):
        raise KeyError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with BadEnter():
        print("body not run")
except KeyError as e:
    print("KeyError:", e)
class Order:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
try:
    with Order(1), Order(2), BadEnter(), Order(3):
        pass
except KeyError:
    print("caught")
